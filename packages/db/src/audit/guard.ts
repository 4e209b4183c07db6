import { issue, joinPath, type Bag } from '@isee/domain';
import type { AuditDetails, JsonValue } from './chain.js';

/**
 * The audit trail keeps what was done to which record, never who the person is: a national ID or
 * G-code in it would outlive the record's retention and could never be erased (the chain forbids
 * edits). This cheap check refuses 13 digits standing alone in any text or key (plain, in the
 * 1-2345-67890-12-3 form, or after a G), and any 13-digit whole number, which also refuses epoch
 * milliseconds: write times as ISO text. Digits inside longer tokens (hex hashes, UUIDs) pass.
 */
const ALONE = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const THIRTEEN_DIGITS = new RegExp(
  `${ALONE}(?:G?\\d{13}|\\d[- ]\\d{4}[- ]\\d{5}[- ]\\d{2}[- ]\\d)${END}`,
  'u',
);

/** NUL and lone surrogates: the database cannot store them unchanged, so the hash would differ. */
const UNSTORABLE_TEXT = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkText(text: string, path: string, issues: Bag): void {
  if (UNSTORABLE_TEXT.test(text)) issues.push(issue('AUDIT_UNSTORABLE_VALUE', path));
  else if (THIRTEEN_DIGITS.test(text)) issues.push(issue('AUDIT_PERSONAL_DATA', path));
}

function checkNumber(value: number, path: string, issues: Bag): void {
  if (!Number.isFinite(value)) issues.push(issue('AUDIT_UNSTORABLE_VALUE', path));
  else if (Number.isInteger(value) && Math.abs(value) >= 1e12 && Math.abs(value) < 1e13)
    issues.push(issue('AUDIT_PERSONAL_DATA', path));
}

const isPlainObject = (value: object): boolean => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** Walks a JSON value: refuses personal data and anything JSON or jsonb would not keep as it is. */
function checkJson(value: JsonValue, path: string, issues: Bag): void {
  if (typeof value === 'string') return checkText(value, path, issues);
  if (typeof value === 'number') return checkNumber(value, path, issues);
  if (value === null || typeof value === 'boolean') return;
  if (Array.isArray(value)) {
    value.forEach((item: JsonValue, i) => checkJson(item, joinPath(path, i), issues));
    return;
  }
  if (typeof value !== 'object' || !isPlainObject(value)) {
    issues.push(issue('AUDIT_UNSTORABLE_VALUE', path));
    return;
  }
  for (const [key, item] of Object.entries(value as AuditDetails)) {
    const at = joinPath(path, key);
    checkText(key, at, issues);
    checkJson(item, at, issues);
  }
}

/** Every problem of an entry's text fields and details at once. */
export function checkEntry(
  fields: Readonly<Record<'action' | 'entity' | 'entityId', string>>,
  details: AuditDetails,
): Bag {
  const issues: Bag = [];
  for (const [name, text] of Object.entries(fields)) {
    if (text === '') issues.push(issue('REQUIRED', name));
    else checkText(text, name, issues);
  }
  checkJson(details, 'details', issues);
  return issues;
}
