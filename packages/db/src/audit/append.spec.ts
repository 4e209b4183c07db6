import { createHash } from 'node:crypto';
import { unwrap } from '@isee/domain';
import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import type { DatabaseHandle, Row } from '../connection/handle.js';
import { describeEachEngine } from '../testing/engines.js';
import { appendAudit, AUDIT_CHAINS, type AuditEntry, type SqlTransaction } from './append.js';
import { atText, chainHash, GENESIS_HASH } from './chain.js';
import { verifyAudit, type AuditBreak } from './verify.js';

/** A raw transaction like the roster import's session, on either engine. */
async function inRawTransaction<T>(
  handle: DatabaseHandle,
  work: (tx: SqlTransaction) => Promise<T>,
): Promise<T> {
  if (handle.kind === 'pglite')
    return handle.client.transaction((tx) =>
      work({ query: async (text, params = []) => (await tx.query<Row>(text, [...params])).rows }),
    );
  const connection = await handle.client.connect();
  try {
    await connection.query('begin');
    const result = await work({
      query: async (text, params = []) => (await connection.query<Row>(text, [...params])).rows,
    });
    await connection.query('commit');
    return result;
  } finally {
    connection.release();
  }
}

/** The verification's head hash: SHA-256 of the chains' heads concatenated in chain order. */
const headHashOf = (heads: readonly string[]): string =>
  createHash('sha256').update(heads.join('')).digest('hex');

describeEachEngine('audit trail', (engine) => {
  let actor: number;
  const entry = (n: number): AuditEntry => ({
    actorUserId: actor,
    action: 'screening.submit',
    entity: 'screening',
    entityId: n,
    details: { step: 'submitted', n, gps: { lat: 18.79, lon: 98.98 } },
  });
  const appendMany = async (count: number): Promise<number[]> => {
    const ids: number[] = [];
    for (let n = 0; n < count; n++)
      ids.push(unwrap(await appendAudit(engine.handle(), entry(n))).id);
    return ids;
  };
  /** Appends in one transaction, so every row lands in the same chain. */
  const appendInOneChain = (count: number): Promise<number[]> =>
    engine.db().transaction(async (tx) => {
      const ids: number[] = [];
      for (let n = 0; n < count; n++) ids.push(unwrap(await appendAudit(tx, entry(n))).id);
      return ids;
    });
  const stored = () =>
    engine.handle().sql<{
      id: number;
      chain: number;
      hash: string;
      prev_hash: string;
    }>('select id, chain, hash, prev_hash from audit_log order by id');
  const verify = async (batchRows = 2) => unwrap(await verifyAudit(engine.handle(), { batchRows }));
  /** A broken trail has no head hash. */
  const broken = (rows: number, id: number | undefined, reason: AuditBreak) => ({
    rows,
    firstBrokenId: id,
    reason,
    chainRows: expect.any(Array) as unknown,
  });
  const count = async () =>
    (await engine.handle().sql<{ n: number }>('select count(*)::int as n from audit_log'))[0]?.n;

  beforeAll(async () => {
    const [user] = await engine.handle().sql<{
      id: number;
    }>(`insert into app_user (username, display_name, password_hash) values ('audit', 'Audit', 'x') returning id`);
    actor = user?.id ?? 0;
  });
  beforeEach(async () => {
    await engine.handle().sql('delete from audit_log');
  });

  it('verifies an empty trail and chains of appends, across batches, with one head hash over all chains', async () => {
    const genesis = Array<string>(AUDIT_CHAINS).fill(GENESIS_HASH);
    expect(await verify()).toEqual({
      rows: 0,
      headHash: headHashOf(genesis),
      heads: genesis,
      chainRows: Array<number>(AUDIT_CHAINS).fill(0),
    });
    await appendMany(5);
    await appendInOneChain(4);
    const heads = [...genesis];
    const chainRows = Array<number>(AUDIT_CHAINS).fill(0);
    for (const row of await stored()) {
      expect(row.prev_hash).toBe(heads[row.chain]);
      heads[row.chain] = row.hash;
      chainRows[row.chain] = (chainRows[row.chain] ?? 0) + 1;
    }
    expect(Math.max(...chainRows)).toBeGreaterThanOrEqual(4);
    expect(await verify()).toEqual({ rows: 9, headHash: headHashOf(heads), heads, chainRows });
  });

  it('hashes the stored content: at with microseconds from the database, details in canonical form', async () => {
    const appended = unwrap(
      await appendAudit(engine.handle(), { ...entry(1), details: { b: 1, a: [true, null] } }),
    );
    expect(appended.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    const [row] = await engine
      .handle()
      .sql<{ at: Date }>('select created_at as at from audit_log where id = $1', [appended.id]);
    expect(row?.at.toISOString().slice(0, 23)).toBe(appended.at.slice(0, 23));
    const expected = chainHash({
      prevHash: GENESIS_HASH,
      at: appended.at,
      actorUserId: actor,
      action: 'screening.submit',
      entity: 'screening',
      entityId: '1',
      details: { a: [true, null], b: 1 },
    });
    expect(appended.hash).toBe(expected);
  });

  it('catches a row edited in SQL at that row', async () => {
    const ids = await appendInOneChain(5);
    await engine
      .handle()
      .sql(`update audit_log set details = '{"step": "certified"}' where id = $1`, [ids[2]]);
    expect(await verify()).toEqual(broken(3, ids[2], 'edited'));
  });

  it('catches a row rewritten with a recomputed hash at the next row', async () => {
    const ids = await appendInOneChain(3);
    const [first] = await engine
      .handle()
      .sql<{ at: string }>(`select ${atText('created_at')} as at from audit_log where id = $1`, [
        ids[0],
      ]);
    const forged = chainHash({
      prevHash: GENESIS_HASH,
      at: first?.at ?? '',
      actorUserId: actor,
      action: 'screening.submit',
      entity: 'screening',
      entityId: '0',
      details: { forged: true },
    });
    await engine
      .handle()
      .sql(`update audit_log set details = '{"forged": true}', hash = $2 where id = $1`, [
        ids[0],
        forged,
      ]);
    expect(await verify()).toEqual(broken(2, ids[1], 'unlinked'));
  });

  it('catches a deleted middle row at the next row, and a deleted first row', async () => {
    const ids = await appendInOneChain(5);
    await engine.handle().sql('delete from audit_log where id = $1', [ids[2]]);
    expect(await verify()).toEqual(broken(3, ids[3], 'unlinked'));
    await engine.handle().sql('delete from audit_log where id < $1', [ids[3]]);
    expect(await verify()).toEqual(broken(1, ids[3], 'unlinked'));
  });

  it("reports the smallest id among the chains' first breaks: a row moved to another chain breaks both", async () => {
    const [first, moved, last] = await appendInOneChain(3);
    const [row] = await engine
      .handle()
      .sql<{ chain: number }>('select chain from audit_log where id = $1', [moved]);
    const from = row?.chain ?? 0;
    // The next chain is walked later (but after chain 15), so the later walk finds the smaller id.
    const to = (from + 1) % AUDIT_CHAINS;
    await engine.handle().sql('update audit_log set chain = $2 where id = $1', [moved, to]);
    const verified = await verify();
    expect(verified).toEqual(broken(3, moved, 'unlinked'));
    expect([verified.chainRows[from], verified.chainRows[to]]).toEqual([2, 1]);
    expect(first).toBeLessThan(moved ?? 0);
    expect(last).toBeGreaterThan(moved ?? 0);
  });

  it('catches a row moved out of every chain, even the last row of its chain', async () => {
    const ids = await appendInOneChain(2);
    await engine
      .handle()
      .sql('update audit_log set chain = $2 where id = $1', [ids[1], AUDIT_CHAINS]);
    expect(await verify()).toEqual(broken(2, ids[1], 'unlinked'));
  });

  it('puts every append of one transaction in the chain of its transaction id, each linked to the one before', async () => {
    const appended = await engine.db().transaction(async (tx) => {
      const rows = [];
      for (const n of [1, 2, 3]) rows.push(unwrap(await appendAudit(tx, entry(n))));
      const [xid] = (
        (await tx.execute(sql`select pg_current_xact_id()::text as xid`)) as {
          rows: { xid: string }[];
        }
      ).rows;
      return { rows, xid: BigInt(xid?.xid ?? -1) };
    });
    const chain = Number(appended.xid % BigInt(AUDIT_CHAINS));
    expect(appended.rows.map((r) => r.chain)).toEqual([chain, chain, chain]);
    const rows = await stored();
    expect(rows.map((r) => r.chain)).toEqual([chain, chain, chain]);
    expect(rows.map((r) => r.prev_hash)).toEqual([GENESIS_HASH, rows[0]?.hash, rows[1]?.hash]);
    await inRawTransaction(engine.handle(), async (tx) => {
      const a = unwrap(await appendAudit(tx, entry(4)));
      const b = unwrap(await appendAudit(tx, entry(5)));
      expect(b.chain).toBe(a.chain);
    });
    expect((await verify()).firstBrokenId).toBeUndefined();
  });

  it('spreads concurrent appends over several chains, each intact: handle, drizzle database and transactions, raw transactions', async () => {
    await Promise.all(
      Array.from({ length: 20 }, async (_, n) =>
        unwrap(await appendAudit(engine.handle(), entry(n))),
      ),
    );
    await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        engine.db().transaction(async (tx) => {
          await tx.execute(sql`select 1`);
          unwrap(await appendAudit(tx, entry(100 + n)));
        }),
      ),
    );
    await Promise.all(
      Array.from({ length: 5 }, (_, n) =>
        inRawTransaction(engine.handle(), async (tx) =>
          unwrap(await appendAudit(tx, entry(200 + n))),
        ),
      ),
    );
    await Promise.all(
      Array.from({ length: 5 }, async (_, n) =>
        unwrap(await appendAudit(engine.db(), entry(300 + n))),
      ),
    );
    expect(await verify(7)).toMatchObject({ rows: 40 });
    expect((await verify(7)).firstBrokenId).toBeUndefined();
    expect(new Set((await stored()).map((r) => r.chain)).size).toBeGreaterThan(1);
  });

  it('leaves no row when the write rolls back, and the gap in ids is not a break', async () => {
    await appendMany(2);
    await expect(
      engine.db().transaction(async (tx) => {
        unwrap(await appendAudit(tx, entry(9)));
        throw new Error('the write fails');
      }),
    ).rejects.toThrow('the write fails');
    expect(await count()).toBe(2);
    await appendMany(2);
    const ids = (
      await engine.handle().sql<{ id: number }>('select id from audit_log order by id')
    ).map((r) => r.id);
    expect(ids[2]).toBeGreaterThan((ids[1] ?? 0) + 1);
    expect(await verify()).toMatchObject({ rows: 4 });
    expect((await verify()).firstBrokenId).toBeUndefined();
  });

  it('refuses national IDs and unstorable values in an entry, writing nothing', async () => {
    const refused = await appendAudit(engine.handle(), {
      ...entry(1),
      entityId: '1-1037-02071-81-1',
      details: {
        student: { cid: '1103702071811', code: 'G6900000100014' },
        cids: [1103702071811],
        '1103702071811': 'as a key',
        photo:
          'sha256 0123456789012abc 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
        uuid: '12345678-1234-4234-8234-123456789012',
        nul: 'a\u0000b',
        infinite: Number.POSITIVE_INFINITY,
      },
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'AUDIT_PERSONAL_DATA entityId',
      'AUDIT_PERSONAL_DATA details.student.cid',
      'AUDIT_PERSONAL_DATA details.student.code',
      'AUDIT_PERSONAL_DATA details.cids.0',
      'AUDIT_PERSONAL_DATA details.1103702071811',
      'AUDIT_UNSTORABLE_VALUE details.nul',
      'AUDIT_UNSTORABLE_VALUE details.infinite',
    ]);
    expect(refused.issues[0]?.message.th).toContain('13 หลัก');
    expect(await count()).toBe(0);
  });

  it('refuses to append in a transaction that does not read committed rows', async () => {
    const refused = await engine
      .db()
      .transaction((tx) => appendAudit(tx, entry(1)), { isolationLevel: 'repeatable read' });
    expect(refused.ok ? '' : refused.issues[0]?.code).toBe('AUDIT_NEEDS_READ_COMMITTED');
    expect(await count()).toBe(0);
  });
});
