import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../connection/lock.js';
import { runIsee } from '../testing/cli.js';

const isee = runIsee;

const dirs: string[] = [];
async function dataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'isee-cli-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('the isee command', () => {
  it('lists its commands', async () => {
    const { code, out } = await isee(['--help'], {});
    expect(code).toBe(0);
    expect(out).toMatch(/db[\s\S]*stats/);
  });

  it('creates, migrates and counts an embedded database in a fresh data directory', async () => {
    const { code, out } = await isee(['stats'], { ISEE_DATA_DIR: await dataDir() });
    expect(code).toBe(0);
    expect(out).toMatch(/^school\s+0$/m);
  }, 60_000);

  it('exits 3 with a clear message while another process holds the data directory', async () => {
    const dir = await dataDir();
    const lock = await acquireDataDirLock(dir);
    if (!lock.ok) throw new Error('test could not take the lock');
    try {
      const { code, err } = await isee(['stats'], { ISEE_DATA_DIR: dir });
      expect(code).toBe(3);
      expect(err).toContain('DATA_DIR_LOCKED');
      expect(err).toContain(String(process.pid));
    } finally {
      await lock.value.release();
    }
  }, 60_000);

  it('refuses bad options with exit 2 before opening any database', async () => {
    const dir = await dataDir();
    const { code, err } = await isee(['seed', '--scale', 'galaxy', '--seed', '-1'], {
      ISEE_DATA_DIR: dir,
    });
    expect(code).toBe(2);
    expect(err).toContain('UNKNOWN_OPTION (--scale)');
    expect(err).toContain('OUT_OF_RANGE (--seed)');
    expect(
      (await isee(['export', 'students', '--semester', '25693'], { ISEE_DATA_DIR: dir })).code,
    ).toBe(2);
    expect(existsSync(path.join(dir, 'pglite'))).toBe(false);
  });

  it('exits 2 on a bad configuration or an unknown command', async () => {
    expect((await isee(['stats'], { DATABASE_URL: 'mysql://x' })).code).toBe(2);
    expect((await isee(['bogus'], {})).code).toBe(2);
  });

  it('seeds the demo nation, exports a school, and imports a roster through the command', async () => {
    const env = { ISEE_DATA_DIR: await dataDir() };
    expect((await isee(['seed', '--scale', 'demo', '--seed', '3'], env)).code).toBe(0);
    const again = await isee(['seed'], env);
    expect(again.code).toBe(1);
    expect(again.err).toContain('SEED_NOT_EMPTY');

    const stats = await isee(['stats'], env);
    const schools = Number(/^school\s+([\d,]+)$/m.exec(stats.out)?.[1]?.replaceAll(',', ''));
    expect(schools).toBeGreaterThan(77);

    const dir = env.ISEE_DATA_DIR;
    const exported = await isee(
      [
        'export',
        'students',
        '--semester',
        '25691',
        '--province',
        '50',
        '--out',
        path.join(dir, 'cm.csv'),
      ],
      env,
    );
    expect(exported.code).toBe(0);
    const lines = (await readFile(path.join(dir, 'cm.csv'), 'utf8')).trim().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    const schoolCode = lines[1]?.split(',')[6];
    const unwritable = await isee(
      ['export', 'students', '--semester', '25691', '--out', path.join(dir, 'no', 'such.csv')],
      env,
    );
    expect(unwritable.code).toBe(1);
    expect(unwritable.err).toContain('EXPORT_UNWRITABLE (--out)');

    const roster = path.join(dir, 'roster.csv');
    await writeFile(
      roster,
      `รหัส G,ชื่อ,นามสกุล,เพศ,วันเกิด,รหัสโรงเรียน,ชั้น,ห้อง\nG6900000100014,ทดสอบ,นำเข้า,หญิง,01/06/2560,${schoolCode},ป.3,2\n`,
    );
    const imported = await isee(['import', 'roster', roster, '--semester', '25691'], env);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('accepted 1, rejected 0');
  }, 180_000);
});
