import { expect, it } from 'vitest';
import { describeEachEngine, openFreshPostgres, postgresTestUrl } from './engines.js';

describeEachEngine('the two-engine harness', (engine) => {
  it('opens a migrated database of the announced engine', async () => {
    expect(engine.handle().kind).toBe(engine.kind);
    expect(await engine.handle().sql("select to_regclass('person') as t")).toEqual([
      { t: 'person' },
    ]);
  });
});

const url = postgresTestUrl();
it.skipIf(url === undefined)(
  'gives each PostgreSQL suite its own database and drops it after',
  async () => {
    const adminUrl = url ?? '';
    const a = await openFreshPostgres(adminUrl);
    const b = await openFreshPostgres(adminUrl);
    const nameOf = async (h: typeof a) =>
      (await h.handle.sql<{ n: string }>('select current_database() as n'))[0]?.n ?? '';
    const [nameA, nameB] = [await nameOf(a), await nameOf(b)];
    expect(nameA).toMatch(/^isee_t_\d+_[0-9a-f]{8}$/);
    expect(nameA).not.toBe(nameB);
    await a.dispose();
    await b.dispose();
    const probe = await openFreshPostgres(adminUrl);
    const left = await probe.handle.sql('select 1 from pg_database where datname = any($1)', [
      [nameA, nameB],
    ]);
    await probe.dispose();
    expect(left).toEqual([]);
  },
);
