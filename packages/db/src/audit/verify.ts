import { fail, issue, ok, readNumber, type Bag, type Result } from '@isee/domain';
import type { DatabaseHandle } from '../connection/handle.js';
import { atText, chainHash, GENESIS_HASH, type AuditDetails } from './chain.js';

/**
 * Why a row breaks the chain. edited: its stored hash does not match its content (a column was
 * changed, the hash included). unlinked: its prev_hash is not the hash of the row before it by id
 * (a row before it was deleted, inserted, or rewritten with a recomputed hash).
 */
export type AuditBreak = 'edited' | 'unlinked';

export interface AuditVerification {
  /** Rows checked: all of them, or up to and including the first broken one. */
  readonly rows: number;
  readonly firstBrokenId?: number;
  readonly reason?: AuditBreak;
  /** The last row's hash when the chain holds: recorded elsewhere, it also exposes a rewritten or cut tail. */
  readonly headHash?: string;
}

interface StoredRow {
  readonly id: number;
  readonly at: string;
  readonly actor_user_id: number | null;
  readonly action: string;
  readonly entity: string;
  readonly entity_id: string;
  readonly details: string;
  readonly prev_hash: string;
  readonly hash: string;
  [column: string]: unknown;
}

const BATCH_SQL = `
  select id, ${atText('created_at')} as at, actor_user_id, action, entity, entity_id,
         details::text as details, prev_hash, hash
  from audit_log where id > $1 order by id limit $2`;

function breakOf(row: StoredRow, expectedPrev: string): AuditBreak | undefined {
  const content = {
    prevHash: row.prev_hash,
    at: row.at,
    actorUserId: row.actor_user_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    details: JSON.parse(row.details) as AuditDetails,
  };
  if (chainHash(content) !== row.hash) return 'edited';
  return row.prev_hash === expectedPrev ? undefined : 'unlinked';
}

/**
 * Walks the whole trail in id order, a batch at a time (keyset pagination: memory stays bounded),
 * recomputing each hash and link; stops at the first broken row. Gaps between ids are not breaks:
 * an identity value taken by a transaction that rolled back is never reused, and the link, not the
 * id, is what proves no row is missing.
 */
export async function verifyAudit(
  handle: DatabaseHandle,
  options: { readonly batchRows?: number } = {},
): Promise<Result<AuditVerification>> {
  const issues: Bag = [];
  const batchRows = readNumber(
    options.batchRows ?? 1000,
    'batchRows',
    { min: 1, max: 100_000, integer: true },
    issues,
  );
  if (batchRows === undefined) return fail(issues);
  let rows = 0;
  let lastId = 0;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const batch = await handle.sql<StoredRow>(BATCH_SQL, [lastId, batchRows]);
    for (const row of batch) {
      rows += 1;
      const reason = breakOf(row, prevHash);
      if (reason !== undefined) return ok({ rows, firstBrokenId: row.id, reason });
      prevHash = row.hash;
      lastId = row.id;
    }
    if (batch.length < batchRows) return ok({ rows, headHash: prevHash });
  }
}

/** The refusal a broken chain is reported as (exit 1 from `isee audit verify`). */
export const brokenChainIssue = (id: number, reason: AuditBreak) =>
  issue(reason === 'edited' ? 'AUDIT_ROW_EDITED' : 'AUDIT_ROW_UNLINKED', 'audit_log', { id });
