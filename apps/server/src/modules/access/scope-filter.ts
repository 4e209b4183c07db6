import type { Principal, RoleGrant, Scope } from './principal.js';

/**
 * The columns of a query that carry a row's place, as SQL expressions written by the repository
 * (never user input), e.g. `{ schoolId: 'e.school_id', provinceCode: 's.province_code' }`.
 * `teacherClass` names the enrolment columns of a row's class: given, a teacher sees only the
 * classes of teacher_class; omitted, the teacher's whole school.
 */
export interface ScopeColumns {
  readonly schoolId?: string;
  readonly provinceCode?: string;
  readonly districtCode?: string;
  readonly serviceAreaId?: string;
  readonly affiliationCode?: string;
  readonly teacherClass?: {
    readonly semesterId: string;
    readonly grade: string;
    readonly room: string;
  };
}

export interface ScopeFilterOptions {
  /** A query that returns personal data: analysts (de-identified scope) get nothing. */
  readonly personal?: boolean;
}

const NOTHING = 'false';

/** Appends a parameter and returns its placeholder. */
const bind = (params: unknown[], value: unknown): string => `$${params.push(value)}`;

/** A condition that every present key must meet; a key whose column the query lacks matches nothing. */
function allOf(
  params: unknown[],
  pairs: ReadonlyArray<readonly [string | undefined, unknown]>,
): string {
  const keys = pairs.filter(([, value]) => value !== undefined);
  // Checked before binding: PostgreSQL refuses a parameter the query does not use.
  if (keys.length === 0 || keys.some(([column]) => column === undefined)) return NOTHING;
  return `(${keys.map(([column, value]) => `${column} = ${bind(params, value)}`).join(' and ')})`;
}

function schoolCondition(
  grant: RoleGrant,
  schoolId: number,
  userId: number,
  c: ScopeColumns,
  params: unknown[],
): string {
  const school = allOf(params, [[c.schoolId, schoolId]]);
  if (grant.role !== 'teacher' || c.teacherClass === undefined || school === NOTHING) return school;
  const t = c.teacherClass;
  return `(${school} and exists (select 1 from teacher_class tc where tc.user_id = ${bind(params, userId)}
    and tc.school_id = ${c.schoolId} and tc.semester_id = ${t.semesterId}
    and tc.grade = ${t.grade} and tc.room = ${t.room}))`;
}

const seesAll = (grant: RoleGrant, personal: boolean): boolean =>
  grant.scope.kind === 'national' && !(personal && grant.scope.deidentified);

function grantCondition(
  grant: RoleGrant,
  userId: number,
  c: ScopeColumns,
  params: unknown[],
): string {
  const scope: Scope = grant.scope;
  switch (scope.kind) {
    case 'school':
      return schoolCondition(grant, scope.schoolId, userId, c, params);
    case 'area':
      return allOf(params, [
        [c.provinceCode, scope.provinceCode],
        [c.districtCode, scope.districtCode],
        [c.serviceAreaId, scope.serviceAreaId],
        [c.affiliationCode, scope.affiliationCode],
      ]);
    case 'affiliation':
      return allOf(params, [[c.affiliationCode, scope.affiliationCode]]);
    case 'national':
    case 'none':
      return NOTHING;
  }
}

/**
 * The SQL condition that keeps only the rows a principal may read: the union of what each of its
 * roles grants. Parameters are appended to `params` and referenced as $n, so the condition drops
 * into a repository's own query: `where ${scopeFilter(principal, columns, params)}`. Fails closed:
 * no role, or a scope the query's columns cannot express, gives `false`.
 */
export function scopeFilter(
  principal: Principal,
  columns: ScopeColumns,
  params: unknown[],
  options: ScopeFilterOptions = {},
): string {
  // Decided before binding anything, for the same reason as in allOf.
  if (principal.roles.some((grant) => seesAll(grant, options.personal ?? false))) return 'true';
  const conditions = principal.roles
    .map((grant) => grantCondition(grant, principal.userId, columns, params))
    .filter((condition) => condition !== NOTHING);
  return conditions.length === 0 ? NOTHING : `(${conditions.join(' or ')})`;
}
