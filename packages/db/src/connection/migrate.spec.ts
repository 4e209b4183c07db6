import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/engines.js';
import { migrateDatabase, MIGRATIONS_FOLDER } from './migrate.js';

/** A migrations folder in drizzle-kit's layout (journal + one SQL file per entry), for the test only. */
async function throwawayFolder(entries: ReadonlyArray<{ tag: string; when: number; sql: string }>) {
  const folder = await mkdtemp(path.join(tmpdir(), 'isee-migrations-'));
  await mkdir(path.join(folder, 'meta'));
  const journal = {
    version: '7',
    dialect: 'postgresql',
    entries: entries.map((e, idx) => ({
      idx,
      version: '7',
      when: e.when,
      tag: e.tag,
      breakpoints: true,
    })),
  };
  await writeFile(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const e of entries) await writeFile(path.join(folder, `${e.tag}.sql`), e.sql);
  return folder;
}

const FIRST = {
  tag: '0000_first',
  when: 1_700_000_000_000,
  sql: 'create table t_probe (id int primary key);\n--> statement-breakpoint\ninsert into t_probe values (1);',
};
const SECOND = {
  tag: '0001_second',
  when: 1_700_000_100_000,
  sql: 'alter table t_probe add column note text;',
};

describeEachEngine(
  'migrateDatabase on an empty database',
  (engine) => {
    it('applies a folder once, then only what is new, and a broken one not at all', async () => {
      const handle = engine.handle();
      const one = await throwawayFolder([FIRST]);
      expect((await migrateDatabase(handle, one)).ok).toBe(true);
      expect((await migrateDatabase(handle, one)).ok).toBe(true);
      expect(await handle.sql('select id from t_probe')).toEqual([{ id: 1 }]);

      const two = await throwawayFolder([FIRST, SECOND]);
      expect((await migrateDatabase(handle, two)).ok).toBe(true);
      expect(await handle.sql('select id, note from t_probe')).toEqual([{ id: 1, note: null }]);

      const broken = await throwawayFolder([
        FIRST,
        SECOND,
        {
          tag: '0002_broken',
          when: 1_700_000_200_000,
          sql: 'create table t_half (id int);\n--> statement-breakpoint\nselect nonsense from nowhere;',
        },
      ]);
      const failed = await migrateDatabase(handle, broken);
      expect(failed.ok ? 'ok' : failed.issues[0]?.code).toBe('MIGRATION_FAILED');
      expect(failed.ok ? '' : failed.issues[0]?.message.en).toContain('nowhere');
      const half = await handle.sql("select to_regclass('t_half') as t");
      expect(half).toEqual([{ t: null }]);
    });
  },
  { migrated: false },
);

describeEachEngine('the committed migrations', (engine) => {
  it('are found beside the package and leave the schema in place; a second run changes nothing', async () => {
    expect(MIGRATIONS_FOLDER).toMatch(/packages[\\/]db[\\/]migrations$/);
    const handle = engine.handle();
    const count = () =>
      handle.sql<{ n: number }>(
        "select count(*) as n from information_schema.tables where table_schema = 'public'",
      );
    const before = await count();
    expect(before[0]?.n).toBeGreaterThan(20);
    expect((await migrateDatabase(handle)).ok).toBe(true);
    expect(await count()).toEqual(before);
    const applied = await handle.sql('select count(*) as n from drizzle.__drizzle_migrations');
    expect(applied[0]?.n).toBeGreaterThan(0);
  });

  it('gives the same raw values on both engines: int8 as a number, date as text', async () => {
    const rows = await engine
      .handle()
      .sql('select count(*) as n, 9007199254740993::int8 as big, $1::date as d', ['2025-05-16']);
    expect(rows).toEqual([{ n: 1, big: 9007199254740993n, d: '2025-05-16' }]);
  });
});
