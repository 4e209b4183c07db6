import {
  isRecord,
  readCode,
  readList,
  readNumber,
  readRecord,
  readString,
  type Bag,
} from '../core/guard.js';
import { issue, joinPath } from '../core/issue.js';
import { parseThaiId } from '../identity/thai-id.js';
import type { ChoiceField, Condition, Field, ListField, TextField } from './fields.js';
import { readDate, readDateTime, readGps, readPhone } from './readers.js';

/**
 * Reads any form through its field specs. Every field is read even after an error, so one pass
 * reports every problem; the returned object holds the fields that were valid.
 */
export interface ReadContext {
  /** The whole submitted form: conditions look up other answers in it. */
  readonly root: unknown;
  readonly issues: Bag;
}

export function readFields(
  fields: readonly Field[],
  record: Readonly<Record<string, unknown>>,
  path: string,
  ctx: ReadContext,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = readField(field, record[field.id], joinPath(path, field.id), ctx);
    if (value !== undefined) out[field.id] = value;
  }
  return out;
}

/** Nothing answered: absent, null or blank text. */
export const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function readField(field: Field, value: unknown, path: string, ctx: ReadContext): unknown {
  if (field.when) {
    const asked = conditionHolds(field.when, ctx.root);
    if (asked !== true) {
      if (asked === false && !isEmpty(value)) {
        ctx.issues.push(issue('FORM_NOT_ASKED', path, { field: field.when.field }));
      }
      return undefined;
    }
  }
  if (field.optional && isEmpty(value)) return undefined;
  return readValue(field, value, path, ctx);
}

function readValue(field: Field, value: unknown, path: string, ctx: ReadContext): unknown {
  const { issues } = ctx;
  switch (field.input) {
    case 'choice':
      return field.kind === 'single'
        ? readCode(value, path, codesOf(field), issues)
        : readSelection(field.options, value, path, issues);
    case 'text':
      return readText(field, value, path, issues);
    case 'number':
      return readNumber(value, path, field, issues);
    case 'boolean':
      return readBoolean(value, path, issues, field.mustBeTrue === true);
    case 'thaiId':
      return readThaiId(value, path, issues);
    case 'phone':
      return readPhone(value, path, issues);
    case 'date':
      return readDate(value, path, issues);
    case 'dateTime':
      return readDateTime(value, path, issues);
    case 'gps':
      return readGps(value, path, issues);
    case 'group': {
      const record = readRecord(value, path, issues);
      return record && readFields(field.fields, record, path, ctx);
    }
    case 'list':
      return readItems(field, value, path, ctx);
  }
}

const codesOf = (field: ChoiceField): readonly string[] => field.options.map((o) => o.code);

/**
 * A multi-choice answer: known options, each once, at least one, and an exclusive option ("none")
 * alone. The form validator and the PMT's input reader both read answers through it.
 */
export function readSelection(
  options: ChoiceField['options'],
  value: unknown,
  path: string,
  issues: Bag,
): string[] | undefined {
  const items = readList(value, path, issues);
  if (!items) return undefined;
  if (items.length === 0) {
    issues.push(issue('TOO_FEW_ITEMS', path, { min: 1 }));
    return undefined;
  }
  const before = issues.length;
  const codes = options.map((o) => o.code);
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const code = readCode(item, joinPath(path, i), codes, issues);
    if (code === undefined) return;
    if (seen.has(code)) issues.push(issue('DUPLICATE_KEY', joinPath(path, i), { value: code }));
    seen.add(code);
  });
  const exclusive = options.find((o) => o.exclusive && seen.has(o.code));
  if (exclusive && seen.size > 1) {
    issues.push(issue('FORM_EXCLUSIVE_OPTION', path, { value: exclusive.code }));
  }
  return issues.length === before ? [...seen] : undefined;
}

function readText(field: TextField, value: unknown, path: string, issues: Bag): string | undefined {
  const text = readString(value, path, issues);
  if (text === undefined) return undefined;
  if (text.length > field.maxLength) {
    issues.push(issue('FORM_TEXT_TOO_LONG', path, { max: field.maxLength }));
    return undefined;
  }
  if (field.pattern && !field.pattern.test(text)) {
    issues.push(issue('FORM_TEXT_FORMAT', path));
    return undefined;
  }
  return text;
}

function readBoolean(
  value: unknown,
  path: string,
  issues: Bag,
  mustBeTrue: boolean,
): boolean | undefined {
  if (typeof value !== 'boolean') {
    issues.push(
      issue(value === undefined || value === null ? 'REQUIRED' : 'FORM_NOT_A_BOOLEAN', path),
    );
    return undefined;
  }
  if (mustBeTrue && !value) {
    issues.push(issue('FORM_DECLARATION_REQUIRED', path));
    return undefined;
  }
  return value;
}

function readThaiId(value: unknown, path: string, issues: Bag): string | undefined {
  const parsed = parseThaiId(value, path);
  if (parsed.ok) return parsed.value;
  issues.push(...parsed.issues);
  return undefined;
}

/** Items are read only when the count is allowed: a list of a million junk rows gets one issue, not a million. */
function readItems(field: ListField, value: unknown, path: string, ctx: ReadContext): unknown {
  const items = readList(value, path, ctx.issues);
  if (!items) return undefined;
  if (items.length < field.min) {
    ctx.issues.push(issue('TOO_FEW_ITEMS', path, { min: field.min }));
  } else if (items.length > field.max) {
    ctx.issues.push(issue('TOO_MANY_ITEMS', path, { max: field.max }));
    return undefined;
  }
  return items.map((item, i) => {
    const record = readRecord(item, joinPath(path, i), ctx.issues);
    return record ? readFields(field.fields, record, joinPath(path, i), ctx) : {};
  });
}

/** true / false when the answer it depends on is readable; undefined when that answer is itself missing or bad. */
function conditionHolds(condition: Condition, root: unknown): boolean | undefined {
  let value: unknown = root;
  for (const key of condition.field.split('.')) value = isRecord(value) ? value[key] : undefined;
  if (typeof value === 'string') value = value.trim();
  if (typeof value !== 'string' && typeof value !== 'boolean') return undefined;
  return condition.anyOf.includes(value);
}
