import { createHash } from 'node:crypto';

/**
 * The hash chain's one definition, used by both the append and the verification, so they cannot
 * drift apart. A row's hash is SHA-256 (lower-case hex) over the UTF-8 bytes of
 *
 *   canonicalJson([prevHash, at, actorUserId, action, entity, entityId, details])
 *
 * where `at` is the row's time as `YYYY-MM-DDTHH:MM:SS.ffffffZ` (UTC, microseconds: all that
 * PostgreSQL stores, so any edit of `at` shows) and actorUserId is a number or null.
 */

/** What the first row links to. */
export const GENESIS_HASH = '0'.repeat(64);

export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export type AuditDetails = { readonly [key: string]: JsonValue };

/** The content a row's hash covers, as stored and as read back. */
export interface ChainedContent {
  readonly prevHash: string;
  readonly at: string;
  readonly actorUserId: number | null;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly details: AuditDetails;
}

/**
 * JSON with object keys sorted by UTF-16 code units and no white space: the same value gives the
 * same text whatever order its keys were built in (jsonb reorders them anyway).
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v: JsonValue) => canonicalJson(v)).join(',')}]`;
  const record = value as { readonly [key: string]: JsonValue };
  const fields = Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key] ?? null)}`);
  return `{${fields.join(',')}}`;
}

/**
 * The version of a JSON document (a screening's form): SHA-256 of its canonical text, so the same
 * content sent again, in any key order, is recognised as a retry and different content as an edit.
 */
export const contentHash = (value: JsonValue): string =>
  createHash('sha256').update(canonicalJson(value)).digest('hex');

export function chainHash(row: ChainedContent): string {
  const text = canonicalJson([
    row.prevHash,
    row.at,
    row.actorUserId,
    row.action,
    row.entity,
    row.entityId,
    row.details,
  ]);
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `at` in the chain's text form, computed by the database both when appending and verifying. */
export const atText = (expression: string): string =>
  `to_char(${expression} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
