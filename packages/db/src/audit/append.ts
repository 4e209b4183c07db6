import { fail, issue, ok, type Result } from '@isee/domain';
import { is, sql, type SQL } from 'drizzle-orm';
import { PgDialect, PgTransaction } from 'drizzle-orm/pg-core';
import type { Database, DatabaseHandle, Row } from '../connection/handle.js';
import { atText, canonicalJson, chainHash, GENESIS_HASH, type AuditDetails } from './chain.js';
import { checkEntry } from './guard.js';

/** One audited act: who did what to which record. details carry no personal data (guard.ts). */
export interface AuditEntry {
  /** null for the system itself (the `isee` command, start-up). */
  readonly actorUserId: number | null;
  /** What was done, e.g. 'screening.submit', 'student.read'. */
  readonly action: string;
  /** The table or domain word of the record, e.g. 'screening', 'student'. */
  readonly entity: string;
  readonly entityId: string | number;
  readonly details?: AuditDetails;
}

export interface AppendedAudit {
  readonly id: number;
  readonly chain: number;
  readonly at: string;
  readonly hash: string;
}

/** Raw SQL inside an open transaction, e.g. the roster import's or the seed's session. */
export interface SqlTransaction {
  query(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

/**
 * Where the audit row is written. A Drizzle transaction or a SqlTransaction: inside the write's own
 * transaction, so the row commits or rolls back with the write. A DatabaseHandle or a Drizzle
 * database outside a transaction: in a transaction of its own (reads of a child's record).
 */
export type AuditExecutor = DatabaseHandle | Database | SqlTransaction;

/**
 * Independent hash chains in audit_log: appends to different chains do not wait for each other, so
 * concurrent writes commit side by side (and share fsyncs) instead of queueing on one lock.
 */
export const AUDIT_CHAINS = 16;

/** Any int4 key: with the chain as second key it serialises the appends to one chain. */
const AUDIT_LOCK_KEY = 0x15ee_a0d1;

type Run = (query: SQL) => Promise<Row[]>;

const dialect = new PgDialect();

const isHandle = (e: AuditExecutor): e is DatabaseHandle => 'kind' in e && 'sql' in e;
const isDrizzle = (e: AuditExecutor): e is Database =>
  typeof (e as Partial<Database>).execute === 'function';

/** Both drivers answer `execute` with their own result object; each has the rows in `rows`. */
const drizzleRun =
  (db: Database): Run =>
  async (query) =>
    ((await db.execute(query)) as { rows: Row[] }).rows;

const rawRun =
  (tx: SqlTransaction): Run =>
  (query) => {
    const { sql: text, params } = dialect.sqlToQuery(query);
    return tx.query(text, params);
  };

/**
 * Appends one row linked to the last one of its chain. The chain is the transaction's own id modulo
 * AUDIT_CHAINS: every append of one transaction goes to the same chain (one lock, so no lock-order
 * deadlock between transactions), while concurrent transactions spread over the chains.
 * Concurrency: a transaction-scoped advisory lock per chain makes its appends take turns until
 * their transaction ends; the chain's last row is read in a statement after the lock, so it sees
 * every row committed before (READ COMMITTED takes a new snapshot per statement; other isolation
 * levels keep an older one and are refused). The lock is held until commit: append as the last
 * statement of the write, so that turn is short and no lock is awaited while holding it. Row ids
 * are taken under the chain's lock, so within a chain id order is chain order.
 *
 * A refusal (personal data, isolation) is returned before anything is written; the caller rolls
 * its write back. A database error throws, as it aborts the transaction anyway.
 */
export async function appendAudit(
  executor: AuditExecutor,
  entry: AuditEntry,
): Promise<Result<AppendedAudit>> {
  const entityId = String(entry.entityId);
  const details = entry.details ?? {};
  const issues = checkEntry({ action: entry.action, entity: entry.entity, entityId }, details);
  if (issues.length > 0) return fail(issues);
  const fields = { ...entry, entityId, details };
  const db = isHandle(executor) ? executor.db : executor;
  if (!isDrizzle(db)) return appendLinked(rawRun(db), fields);
  if (is(db, PgTransaction)) return appendLinked(drizzleRun(db), fields);
  return db.transaction((tx) => appendLinked(drizzleRun(tx), fields));
}

type Fields = Required<AuditEntry> & { readonly entityId: string };

async function appendLinked(run: Run, entry: Fields): Promise<Result<AppendedAudit>> {
  // xid8 has no cast to a number but through its text; the modulo is taken before the int cast.
  const [locked] = await run(
    sql`select mine.chain,
               pg_advisory_xact_lock(${sql.raw(String(AUDIT_LOCK_KEY))}, mine.chain),
               current_setting('transaction_isolation') as isolation
        from (select (pg_current_xact_id()::text::bigint % ${sql.raw(String(AUDIT_CHAINS))})::int
                     as chain) as mine`,
  );
  const isolation = String(locked?.['isolation']);
  if (isolation !== 'read committed')
    return fail([issue('AUDIT_NEEDS_READ_COMMITTED', '', { isolation })]);
  const chain = Number(locked?.['chain']);

  // The database's clock, read under the lock: one clock for every server, in the chain's order.
  const [head] = await run(
    sql`select ${sql.raw(atText('clock_timestamp()'))} as at,
               (select hash from audit_log where chain = ${chain} order by id desc limit 1)
                 as prev_hash`,
  );
  const at = String(head?.['at']);
  const prevHash = (head?.['prev_hash'] as string | null | undefined) ?? GENESIS_HASH;
  const hash = chainHash({ ...entry, prevHash, at });
  const [inserted] = await run(
    sql`insert into audit_log
          (chain, created_at, actor_user_id, action, entity, entity_id, details, prev_hash, hash)
        values (${chain}, ${at}::timestamptz, ${entry.actorUserId}, ${entry.action},
                ${entry.entity}, ${entry.entityId}, ${canonicalJson(entry.details)}::jsonb,
                ${prevHash}, ${hash})
        returning id`,
  );
  return ok({ id: Number(inserted?.['id']), chain, at, hash });
}
