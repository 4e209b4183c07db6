import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/engines.js';
import { ensureReferenceData } from './reference-data.js';

describeEachEngine('reference data in a database nobody seeded', (engine) => {
  it('is written once into an empty database, then left alone', async () => {
    const handle = engine.handle();
    expect(await ensureReferenceData(handle)).toBe(true);
    const [counts] = await handle.sql<{
      provinces: number;
      subs: number;
      grades: number;
      semesters: number;
    }>(
      `select (select count(*) from province) as provinces, (select count(*) from sub_district) as subs,
              (select count(*) from grade_level) as grades, (select count(*) from semester) as semesters`,
    );
    expect(counts).toMatchObject({ provinces: 77, grades: 18 });
    expect(counts?.subs).toBeGreaterThan(7000);
    expect(counts?.semesters).toBeGreaterThan(0);
    expect(await ensureReferenceData(handle)).toBe(false);
  }, 120_000);
});
