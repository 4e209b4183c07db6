import { createHash } from 'node:crypto';
import { fail, issue, ok, readNumber, type Bag, type Result } from '@isee/domain';
import type { DatabaseHandle } from '../connection/handle.js';
import { AUDIT_CHAINS } from './append.js';
import { atText, chainHash, GENESIS_HASH, type AuditDetails } from './chain.js';

/**
 * Why a row breaks its chain. edited: its stored hash does not match its content (a column was
 * changed, the hash included). unlinked: its prev_hash is not the hash of the row before it by id
 * in its chain (a row before it was deleted, inserted, moved to another chain, or rewritten with a
 * recomputed hash), or its chain is not one of the AUDIT_CHAINS.
 */
export type AuditBreak = 'edited' | 'unlinked';

export interface AuditVerification {
  /** Rows checked over all chains: all of them, or in a broken chain up to its first broken row. */
  readonly rows: number;
  /** The smallest id among the chains' first broken rows. */
  readonly firstBrokenId?: number;
  readonly reason?: AuditBreak;
  /**
   * When every chain holds: SHA-256 hex over the chains' heads (hex) concatenated in chain order.
   * Recorded elsewhere, it also exposes a rewritten or cut tail of any chain.
   */
  readonly headHash?: string;
  /** When every chain holds: each chain's last hash in chain order (GENESIS_HASH while empty). */
  readonly heads?: readonly string[];
  /** Rows checked per chain, in chain order. */
  readonly chainRows: readonly number[];
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

interface Break {
  readonly id: number;
  readonly reason: AuditBreak;
}

interface ChainWalk {
  readonly rows: number;
  readonly head: string;
  readonly broken?: Break;
}

const BATCH_SQL = `
  select id, ${atText('created_at')} as at, actor_user_id, action, entity, entity_id,
         details::text as details, prev_hash, hash
  from audit_log where chain = $1 and id > $2 order by id limit $3`;

const STRAY_SQL = `
  select min(id) as id, count(*)::int as n from audit_log where chain < 0 or chain >= $1`;

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
 * One chain in id order, a batch at a time (keyset pagination on (chain, id): bounded memory), up
 * to its first broken row. Sound while appends go on: a chain's ids are drawn under its lock, so
 * its rows commit in id order and a later batch cannot miss an earlier row.
 */
async function walkChain(handle: DatabaseHandle, chain: number, batchRows: number) {
  let walk: ChainWalk = { rows: 0, head: GENESIS_HASH };
  let lastId = 0;
  for (;;) {
    const batch = await handle.sql<StoredRow>(BATCH_SQL, [chain, lastId, batchRows]);
    for (const row of batch) {
      const reason = breakOf(row, walk.head);
      if (reason !== undefined)
        return { ...walk, rows: walk.rows + 1, broken: { id: row.id, reason } };
      walk = { rows: walk.rows + 1, head: row.hash };
      lastId = row.id;
    }
    if (batch.length < batchRows) return walk;
  }
}

/**
 * Walks every chain, recomputing each hash and link; a row whose chain number is out of range
 * breaks too (no walk would see it). Gaps between ids are not breaks: an identity value taken by a
 * transaction that rolled back is never reused, ids of concurrent transactions interleave across
 * chains, and the link, not the id, is what proves no row is missing.
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
  const walks: ChainWalk[] = [];
  for (let chain = 0; chain < AUDIT_CHAINS; chain++)
    walks.push(await walkChain(handle, chain, batchRows));
  const [stray] = await handle.sql<{ id: number | null; n: number }>(STRAY_SQL, [AUDIT_CHAINS]);
  const breaks = walks.flatMap((w) => (w.broken === undefined ? [] : [w.broken]));
  if (stray?.id != null) breaks.push({ id: stray.id, reason: 'unlinked' });

  const chainRows = walks.map((w) => w.rows);
  const rows = chainRows.reduce((sum, n) => sum + n, stray?.n ?? 0);
  const first = breaks.reduce<Break | undefined>(
    (a, b) => (a === undefined || b.id < a.id ? b : a),
    undefined,
  );
  if (first !== undefined)
    return ok({ rows, firstBrokenId: first.id, reason: first.reason, chainRows });
  const heads = walks.map((w) => w.head);
  const headHash = createHash('sha256').update(heads.join('')).digest('hex');
  return ok({ rows, headHash, heads, chainRows });
}

/** The refusal a broken chain is reported as (exit 1 from `isee audit verify`). */
export const brokenChainIssue = (id: number, reason: AuditBreak) =>
  issue(reason === 'edited' ? 'AUDIT_ROW_EDITED' : 'AUDIT_ROW_UNLINKED', 'audit_log', { id });
