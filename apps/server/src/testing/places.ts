import type { DatabaseHandle } from '@isee/db';
import { sampleHouseholds, type GeoPoint, type HouseholdVariantForm } from '@isee/domain';

/** A student of the current cycle with no screening yet, and the home a form will point at. */
export interface Pupil {
  readonly studentId: number;
  readonly home: GeoPoint;
  readonly grade: string;
  readonly room: string;
}

/** A school of a seeded database and its unscreened pupils in the current cycle. */
export interface Place {
  readonly cycleId: number;
  readonly semesterId: number;
  readonly schoolId: number;
  readonly provinceCode: string;
  readonly affiliationCode: string;
  /** Every class of the school with an unscreened pupil. */
  readonly classes: ReadonlyArray<{ readonly grade: string; readonly room: string }>;
  readonly pupils: readonly Pupil[];
}

/** The schools with unscreened pupils whose home has a GPS point, the most pupils first. */
export async function unscreenedPlaces(handle: Pick<DatabaseHandle, 'sql'>): Promise<Place[]> {
  const rows = await handle.sql(
    `select c.id as cycle_id, en.semester_id, en.school_id, sc.province_code, sc.affiliation_code,
            en.grade, en.room, en.student_id, h.lat, h.lon
       from enrolment en
       join cycle c on c.semester_id = en.semester_id
       join school sc on sc.id = en.school_id
       join household_member hm on hm.person_id = en.student_id and hm.to_semester_id is null
       join household h on h.id = hm.household_id
      where not exists (select 1 from screening s where s.cycle_id = c.id and s.student_id = en.student_id)
        and h.lat is not null
      order by en.school_id, en.grade, en.room, en.student_id`,
  );
  const schools = new Map<unknown, typeof rows>();
  for (const r of rows) schools.set(r['school_id'], [...(schools.get(r['school_id']) ?? []), r]);
  return [...schools.values()]
    .sort((a, b) => b.length - a.length)
    .flatMap((same) => {
      const first = same[0];
      if (first === undefined) return [];
      const classes = [...new Set(same.map((r) => `${String(r['grade'])}\t${String(r['room'])}`))];
      return [
        {
          cycleId: Number(first['cycle_id']),
          semesterId: Number(first['semester_id']),
          schoolId: Number(first['school_id']),
          provinceCode: String(first['province_code']),
          affiliationCode: String(first['affiliation_code']),
          classes: classes.map((key) => {
            const [grade = '', room = ''] = key.split('\t');
            return { grade, room };
          }),
          pupils: same.map((r) => ({
            studentId: Number(r['student_id']),
            home: { lat: Number(r['lat']), lon: Number(r['lon']) },
            grade: String(r['grade']),
            room: String(r['room']),
          })),
        },
      ];
    });
}

const sample = sampleHouseholds('2026-03')[0]?.form as HouseholdVariantForm;

/** A person of the form without the national ID (a parameter, so nothing is left unused). */
const withoutId = <T extends { readonly idNumber?: string }>({ idNumber: _id, ...rest }: T) => rest;

/**
 * The sample household at a pupil's home, with no national IDs (each test's screenings would
 * otherwise share the sample's people and flag each other), or with the guardian's ID when asked.
 */
export function formAt(home: GeoPoint, guardianId?: string): HouseholdVariantForm {
  const guardian = withoutId(sample.guardian);
  return {
    ...sample,
    address: { ...sample.address, gps: home },
    guardian:
      guardianId === undefined
        ? { ...guardian, hasNoId: true }
        : { ...guardian, idNumber: guardianId, hasNoId: false },
    members: sample.members.map(withoutId),
  };
}
