import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unwrap } from '@isee/domain';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection/handle.js';
import { openPglite } from '../connection/open.js';
import { runIsee } from '../testing/cli.js';
import { appendAudit } from './append.js';

const isee = (dataDir: string) => runIsee(['audit', 'verify'], { ISEE_DATA_DIR: dataDir });

/** Works on the embedded database between two runs of the command (each holds the directory lock). */
async function withDatabase(dir: string, work: (handle: DatabaseHandle) => Promise<unknown>) {
  const handle = unwrap(await openPglite(dir));
  try {
    await work(handle);
  } finally {
    await handle.close();
  }
}

describe('isee audit verify', () => {
  let dir = '';
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('exits 0 on a fresh data directory and on an intact chain, 1 after tampering', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'isee-audit-'));
    const fresh = await isee(dir);
    expect(fresh.code).toBe(0);
    expect(fresh.out).toContain('0 rows checked, all 16 chains intact');
    expect(fresh.out).toContain('ตรวจ 0 แถว');

    // One transaction, so the three rows are in one chain and the edit stops its walk at row 2.
    await withDatabase(dir, (handle) =>
      handle.db.transaction(async (tx) => {
        for (const n of [1, 2, 3]) {
          const entry = {
            actorUserId: null,
            action: 'student.read',
            entity: 'student',
            entityId: n,
          };
          unwrap(await appendAudit(tx, entry));
        }
      }),
    );
    const intact = await isee(dir);
    expect(intact.code).toBe(0);
    expect(intact.out).toContain('3 rows checked, all 16 chains intact');
    expect(intact.out).toMatch(/rows per chain 0–15 \/ แถวแต่ละสาย: (0 )*3( 0)*\n/);

    await withDatabase(dir, (handle) =>
      handle.sql(`update audit_log set action = 'student.update' where id = 2`),
    );
    const tampered = await isee(dir);
    expect(tampered.code).toBe(1);
    expect(tampered.out).toContain('2 rows checked');
    expect(tampered.err).toContain('AUDIT_ROW_EDITED (audit_log)');
    expect(tampered.err).toContain('แถว 2 ของบันทึกการตรวจสอบ');
    expect(tampered.err).toContain('Audit row 2 does not match its hash');
  }, 120_000);
});
