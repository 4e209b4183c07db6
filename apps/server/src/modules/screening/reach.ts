import type { Database } from '../../plumbing/database.js';
import type { Principal, Role } from '../access/principal.js';
import { scopeFilter, type ScopeColumns } from '../access/scope-filter.js';
import type { ScreeningStatus } from '@isee/domain';

/**
 * Where a screening sits, as the scope filter reads it: its school (and so its district, province,
 * service area and affiliation) and the class of its student in the cycle's semester, so a teacher
 * reaches only the screenings of their own classes. Every query of this module that returns a
 * screening joins these aliases: `s` screening, `c` cycle, `sc` school, `en` enrolment.
 */
export const SCREENING_FROM = `screening s
  join cycle c on c.id = s.cycle_id
  join school sc on sc.id = s.school_id
  left join enrolment en
    on en.semester_id = c.semester_id and en.student_id = s.student_id and en.school_id = s.school_id`;

/**
 * The home of a screening (`s`) as columns home_lat, home_lon: the household's GPS (`h`, joined on
 * s.household_id), else the form's own, for a screening not yet linked to a household. Photo and
 * review flags measure distances from it.
 */
const formGps = (axis: 'lat' | 'lon'): string =>
  `case when jsonb_typeof(s.answers #> '{address,gps,${axis}}') = 'number'
        then (s.answers #>> '{address,gps,${axis}}')::float8 end`;
export const HOME_COLUMNS = `coalesce(h.lat, ${formGps('lat')}) as home_lat,
  coalesce(h.lon, ${formGps('lon')}) as home_lon`;

export const SCREENING_SCOPE: ScopeColumns = {
  schoolId: 'sc.id',
  provinceCode: 'sc.province_code',
  districtCode: 'sc.district_code',
  serviceAreaId: 'sc.service_area_id',
  affiliationCode: 'sc.affiliation_code',
  teacherClass: { semesterId: 'en.semester_id', grade: 'en.grade', room: 'en.room' },
};

/** The caller with only the grants of the given roles: what they may do in that capacity. */
export const acting = (principal: Principal, roles: readonly Role[]): Principal => ({
  ...principal,
  roles: principal.roles.filter((grant) => roles.includes(grant.role)),
});

export interface ReachedScreening {
  readonly id: string;
  readonly status: ScreeningStatus;
  readonly cycleId: number;
  readonly studentId: number;
  readonly schoolId: number;
  readonly householdId: number | null;
}

/**
 * The screening if the caller reaches it in one of `roles` (personal data: analysts never do), else
 * undefined. Routes answer 404 either way, so a screening outside one's scope cannot be told from
 * one that does not exist.
 */
export async function reachScreening(
  db: Pick<Database, 'sql'>,
  principal: Principal,
  screeningId: string,
  roles: readonly Role[],
): Promise<ReachedScreening | undefined> {
  const params: unknown[] = [screeningId];
  const scope = scopeFilter(acting(principal, roles), SCREENING_SCOPE, params, { personal: true });
  const [row] = await db.sql(
    `select s.id, s.status, s.cycle_id, s.student_id, s.school_id, s.household_id
       from ${SCREENING_FROM} where s.id = $1 and ${scope}`,
    params,
  );
  if (row === undefined) return undefined;
  return {
    id: String(row['id']),
    status: row['status'] as ScreeningStatus,
    cycleId: Number(row['cycle_id']),
    studentId: Number(row['student_id']),
    schoolId: Number(row['school_id']),
    householdId: row['household_id'] === null ? null : Number(row['household_id']),
  };
}
