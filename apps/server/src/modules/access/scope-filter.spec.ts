import { randomBytes } from 'node:crypto';
import { CURRENT_SEMESTER_ID, deriveIdKeys, seedDatabase } from '@isee/db';
import { describeEachEngine } from '@isee/db/testing';
import { unwrap } from '@isee/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, ensureDemoAccounts } from './demo-accounts.js';
import type { Principal } from './principal.js';
import { scopeFilter, type ScopeColumns } from './scope-filter.js';
import { accessContext, login } from './service.js';

const principal = (roles: Principal['roles']): Principal => ({
  userId: 7,
  username: 'u',
  displayName: 'u',
  roles,
});

describe('scopeFilter as SQL', () => {
  const columns: ScopeColumns = { schoolId: 's.id', provinceCode: 's.province_code' };

  it('joins the roles of a principal with or, binding values as parameters', () => {
    const params: unknown[] = ['first'];
    const where = scopeFilter(
      principal([
        { role: 'school_admin', scope: { kind: 'school', schoolId: 3 } },
        { role: 'area_officer', scope: { kind: 'area', provinceCode: '10' } },
      ]),
      columns,
      params,
    );
    expect(where).toBe('((s.id = $2) or (s.province_code = $3))');
    expect(params).toEqual(['first', 3, '10']);
  });

  it('fails closed: no role, no data role, or a scope the columns cannot express give false', () => {
    const params: unknown[] = [];
    expect(scopeFilter(principal([]), columns, params)).toBe('false');
    expect(
      scopeFilter(principal([{ role: 'system_admin', scope: { kind: 'none' } }]), columns, params),
    ).toBe('false');
    const affiliation = principal([
      { role: 'affiliation_officer', scope: { kind: 'affiliation', affiliationCode: 'obec' } },
    ]);
    expect(scopeFilter(affiliation, columns, params)).toBe('false');
    expect(params).toEqual([]);
  });

  it('gives analysts everything but personal data, and binds nothing for national scope', () => {
    const analyst = principal([
      { role: 'analyst', scope: { kind: 'national', deidentified: true } },
    ]);
    const params: unknown[] = [];
    expect(scopeFilter(analyst, columns, params)).toBe('true');
    expect(scopeFilter(analyst, columns, params, { personal: true })).toBe('false');
    expect(params).toEqual([]);
  });
});

describeEachEngine('scopeFilter on the demo nation', (engine) => {
  const principals = new Map<string, Principal>();
  beforeAll(async () => {
    const idKeys = deriveIdKeys(new Uint8Array(randomBytes(32)));
    unwrap(await seedDatabase(engine.handle(), { scale: 'demo', seed: 1, idKeys }));
    const accounts = await ensureDemoAccounts(engine.handle());
    expect(accounts).toHaveLength(8);
    expect(await ensureDemoAccounts(engine.handle())).toHaveLength(8);
    const ctx = accessContext(engine.handle(), idKeys);
    for (const { username } of accounts) {
      const result = unwrap(await login(ctx, { username, password: DEMO_PASSWORD }));
      principals.set(username, result.principal);
    }
  }, 120_000);

  /** This semester's enrolments the principal may see, with their place. */
  async function visible(username: string, personal = true, classes = false) {
    const params: unknown[] = [CURRENT_SEMESTER_ID];
    const columns: ScopeColumns = {
      schoolId: 'e.school_id',
      provinceCode: 's.province_code',
      districtCode: 's.district_code',
      serviceAreaId: 's.service_area_id',
      affiliationCode: 's.affiliation_code',
      ...(classes && {
        teacherClass: { semesterId: 'e.semester_id', grade: 'e.grade', room: 'e.room' },
      }),
    };
    const who = principals.get(username);
    if (who === undefined) throw new Error(`no demo account ${username}`);
    const where = scopeFilter(who, columns, params, { personal });
    return engine.handle().sql<{ school: number; province: string; affiliation: string }>(
      `select e.school_id as school, s.province_code as province, s.affiliation_code as affiliation
         from enrolment e join school s on s.id = e.school_id
        where e.semester_id = $1 and ${where}`,
      params,
    );
  }

  const total = async () =>
    Number(
      (
        await engine
          .handle()
          .sql<{ n: number }>('select count(*) as n from enrolment where semester_id = $1', [
            CURRENT_SEMESTER_ID,
          ])
      )[0]?.n,
    );

  it('keeps a director to one school, an area officer to a province, an affiliation officer to an affiliation', async () => {
    const school = await visible('demo.director');
    expect(school.length).toBeGreaterThan(0);
    expect(new Set(school.map((r) => r.school)).size).toBe(1);
    const area = await visible('demo.area');
    expect(new Set(area.map((r) => r.province))).toEqual(new Set([school[0]?.province]));
    expect(area.length).toBeGreaterThanOrEqual(school.length);
    const affiliation = await visible('demo.affiliation');
    expect(new Set(affiliation.map((r) => r.affiliation))).toEqual(
      new Set([school[0]?.affiliation]),
    );
    expect(affiliation.length).toBeLessThan(await total());
  });

  it('keeps a teacher to their classes when the query has them, else to the school', async () => {
    const school = await visible('demo.teacher');
    const classes = await visible('demo.teacher', true, true);
    expect(classes.length).toBeGreaterThan(0);
    expect(classes.length).toBeLessThan(school.length);
    expect(school).toEqual(await visible('demo.director'));
  });

  it('gives the programme officer the nation, the analyst no personal rows, the admin none', async () => {
    expect(await visible('demo.programme')).toHaveLength(await total());
    expect(await visible('demo.analyst', false)).toHaveLength(await total());
    expect(await visible('demo.analyst')).toHaveLength(0);
    expect(await visible('demo.admin', false)).toHaveLength(0);
  });
});
