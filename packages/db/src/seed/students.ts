import {
  ageAt,
  DEFAULT_INCOME_CAP_BAHT,
  DEMO_MODEL_2026_03,
  GRADES,
  gradeIndex,
  levelGroupOf,
  scoreBreakdown,
  scoreHousehold,
  separateIdentities,
  STATUS_QUESTIONS_2026_03,
  unwrap,
  type Grade,
  type ScreeningStatus,
  type Sex,
} from '@isee/domain';
import { contentHash, type JsonValue } from '../audit/chain.js';
import {
  CURRENT_SEMESTER_ID,
  MEASURED_FROM,
  PREVIOUS_SEMESTER_ID,
  SCHOOL_DAYS,
  SCREENING_WINDOW,
} from './calendar.js';
import { buildForm } from './form.js';
import { pointNear } from './geo.js';
import { drawBody } from './growth.js';
import { drawHousehold, type DrawnHousehold } from './household.js';
import { seedGCode, type NationalIds } from './ids.js';
import { familyName, givenName } from './names.js';
import type { Random } from './prng.js';
import type { SeedSchool } from './schools.js';
import type { Cell, SeedRow, SeedTable } from './tables.js';
import { SCREENING_PROGRESS } from './targets.js';
import { certificationRow, eventRow, screeningHistory } from './workflow.js';

/** Encrypts a national ID and computes its look-up hash (the crypto module, or a stand-in in tests). */
export type ProtectId = (nationalId: string) => { readonly hash: string; readonly enc: Uint8Array };

/** What every school's generation shares: id counters, the ID factory, the nation's schools by grade. */
export interface NationContext {
  readonly cycleId: number;
  readonly createdBy: number;
  readonly protectId: ProtectId;
  readonly nationalIds: NationalIds;
  /** Province code → grade → ids of schools teaching it, for transitions between schools. */
  readonly schoolsByGrade: ReadonlyMap<string, ReadonlyMap<Grade, readonly number[]>>;
  next: { person: number; household: number };
}

export type Emit = (table: SeedTable, row: SeedRow) => void;

/** Share of students with a national ID; the rest have a school-issued G-code (our assumption). */
const WITH_NATIONAL_ID = 0.97;
const GUARDIAN_WITH_ID = 0.97;
/** Share of students who were at another school of the province last semester, and who left. */
const TRANSFER_SHARE = 0.02;
const DROPOUT_SHARE = 0.015;
const CLASS_SIZE = 40;
/** Students a little older than their grade (late entry, a repeated year). */
const OLDER_SHARE = 0.05;
const YEAR_START = Date.UTC(2026, 4, 16);
const DAY_MS = 86_400_000;
/** The steps a candidate may be at and their weights, in one fixed order (the draw is seeded). */
const PROGRESS = Object.keys(SCREENING_PROGRESS) as (keyof typeof SCREENING_PROGRESS)[];
const PROGRESS_WEIGHTS = Object.values(SCREENING_PROGRESS);

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const addDays = (day: string, n: number): string =>
  isoDay(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS);

/**
 * The affiliation's roster flags students as poor from its own data, which is close to but not the
 * screened income (our model): most households under the line are flagged, a few above it too.
 */
function flaggedByRoster(incomePerPerson: number, random: Random): boolean {
  const p =
    incomePerPerson <= DEFAULT_INCOME_CAP_BAHT
      ? 0.92
      : incomePerPerson <= 1.3 * DEFAULT_INCOME_CAP_BAHT
        ? 0.25
        : 0.02;
  return random.chance(p);
}

/** Ages at the start of 2569: K1 is 3, P1 6, M1 12; V1–V3 are the ages of M4–M6. */
const ageOfGrade = (grade: Grade): number =>
  grade.startsWith('V') ? 15 + Number(grade.slice(1)) - 1 : 3 + gradeIndex(grade);

const previousGrade = (grade: Grade): Grade | undefined =>
  grade === 'V1' ? 'M3' : gradeIndex(grade) === 0 ? undefined : GRADES[gradeIndex(grade) - 1];

/** A version-4-shaped UUID: random bits, and the student's id in the last 12 digits so it is unique by construction. */
const screeningUuid = (random: Random, studentId: number): string => {
  const a = random.hex8();
  const b = random.hex8();
  const variant = ((parseInt(b[4] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${a.slice(0, 3)}-${studentId.toString(16).padStart(12, '0')}`;
};

function personRow(
  ctx: NationContext,
  id: number,
  nationalId: string | undefined,
  gCode: string | null,
  name: { first: string; last: string; sex: Sex; birth: string },
): SeedRow {
  const p = nationalId === undefined ? undefined : ctx.protectId(nationalId);
  return [id, p?.hash ?? null, p?.enc ?? null, gCode, name.first, name.last, name.sex, name.birth];
}

/** Summary and measurement rows of one enrolment. */
function conditionRows(
  emit: Emit,
  semesterId: number,
  studentId: number,
  sex: Sex,
  birth: string,
  absenceSd: number,
  poor: boolean,
  random: Random,
): void {
  const days = SCHOOL_DAYS[semesterId] ?? 95;
  const rate = Math.max(0, 1 - Math.abs(absenceSd * random.normal()));
  emit('attendance_summary', [semesterId, studentId, days, Math.round(days * rate)]);
  const measuredOn = addDays(MEASURED_FROM[semesterId] ?? '2026-06-08', random.int(0, 20));
  const body = drawBody(sex, unwrap(ageAt(birth, measuredOn)).months, poor, random);
  emit('measurement', [semesterId, studentId, measuredOn, body.weightKg, body.heightCm]);
}

function otherSchool(
  ctx: NationContext,
  school: SeedSchool,
  grade: Grade,
  random: Random,
): number | undefined {
  const ids = (ctx.schoolsByGrade.get(school.provinceCode)?.get(grade) ?? []).filter(
    (id) => id !== school.id,
  );
  return ids.length === 0 ? undefined : random.pick(ids);
}

/** Every row of one school's students, dropouts included, in the school's own random stream. */
export function schoolRows(
  school: SeedSchool,
  ctx: NationContext,
  random: Random,
  emit: Emit,
): void {
  const weights = school.grades.map((g) => (g.startsWith('V') ? 0.4 : 1));
  const grades = Array.from(
    { length: school.students },
    () => school.grades[random.weighted(weights)] as Grade,
  );
  const perGrade = new Map<Grade, number>();
  for (const g of grades) perGrade.set(g, (perGrade.get(g) ?? 0) + 1);
  let gSequence = 0;
  const office = school.subDistrictCode.slice(0, 4);
  for (const grade of grades) {
    const rooms = Math.ceil((perGrade.get(grade) ?? 1) / CLASS_SIZE);
    const room = String(random.int(1, rooms));
    const sex: Sex = school.boysOnly || random.chance(0.51) ? 'male' : 'female';
    const age = ageOfGrade(grade) + (random.chance(OLDER_SHARE) ? 1 : 0);
    const birth = isoDay(YEAR_START - age * 365.25 * DAY_MS - random.int(0, 364) * DAY_MS);
    const id = ++ctx.next.person;
    const nationalId = random.chance(WITH_NATIONAL_ID)
      ? ctx.nationalIds.next('1', office)
      : undefined;
    const gCode = nationalId === undefined ? seedGCode(school.id, ++gSequence) : null;
    const first = givenName(random, sex);
    const last = familyName(random);
    emit('person', personRow(ctx, id, nationalId, gCode, { first, last, sex, birth }));
    emit('student', [id]);

    const drawn = drawHousehold(
      STATUS_QUESTIONS_2026_03,
      school.region,
      {
        firstName: first,
        lastName: last,
        sex,
        age,
        education: levelGroupOf(grade),
        idNumber: nationalId,
      },
      random,
    );
    const poor = drawn.targetIncomePerPerson <= DEFAULT_INCOME_CAP_BAHT;
    const km = Math.min(25, 0.3 + -3 * Math.log(1 - random.next()));
    const home = pointNear(school.place, km, random);
    const householdId = ++ctx.next.household;
    const address = `${random.int(1, 250)} หมู่ ${random.int(1, 15)} ${school.names.sub} ${school.names.district} ${school.names.province}`;
    emit('household', [
      householdId,
      'household',
      school.subDistrictCode,
      address,
      home.lat,
      home.lon,
    ]);
    const previous = previousGrade(grade);
    const from = previous === undefined ? CURRENT_SEMESTER_ID : PREVIOUS_SEMESTER_ID;
    emit('household_member', [householdId, id, 'student', from]);

    const candidate = flaggedByRoster(drawn.targetIncomePerPerson, random);
    emit('enrolment', [CURRENT_SEMESTER_ID, id, school.id, grade, room, candidate]);
    const absenceSd = poor ? 0.09 : 0.07;
    conditionRows(emit, CURRENT_SEMESTER_ID, id, sex, birth, absenceSd, poor, random);
    if (previous !== undefined) {
      const stays = school.grades.includes(previous) && !random.chance(TRANSFER_SHARE);
      const previousSchool = stays ? school.id : otherSchool(ctx, school, previous, random);
      if (previousSchool !== undefined) {
        emit('enrolment', [PREVIOUS_SEMESTER_ID, id, previousSchool, previous, room, candidate]);
        conditionRows(emit, PREVIOUS_SEMESTER_ID, id, sex, birth, absenceSd, poor, random);
      }
    }
    if (candidate)
      screen(ctx, school, { id, householdId, home, km, drawn, office, from }, random, emit);
  }
  dropouts(ctx, school, random, emit);
}

interface Screened {
  readonly id: number;
  readonly householdId: number;
  readonly home: { lat: number; lon: number };
  readonly km: number;
  readonly drawn: DrawnHousehold;
  readonly office: string;
  readonly from: number;
}

/**
 * A candidate's screening in the current cycle, at the step SCREENING_PROGRESS draws, with its
 * history; the guardian as a person and member once a form names them. The new group has none yet.
 */
function screen(
  ctx: NationContext,
  school: SeedSchool,
  s: Screened,
  random: Random,
  emit: Emit,
): void {
  const progress = PROGRESS[random.weighted(PROGRESS_WEIGHTS)] ?? 'unscreened';
  if (progress === 'unscreened') return;
  const status: ScreeningStatus = progress;
  const g = s.drawn.guardian;
  const guardianPersonId = ++ctx.next.person;
  const guardianId = random.chance(GUARDIAN_WITH_ID)
    ? ctx.nationalIds.next('3', s.office)
    : undefined;
  const birth = isoDay(YEAR_START - (g.age + 1) * 365.25 * DAY_MS + random.int(0, 364) * DAY_MS);
  emit(
    'person',
    personRow(ctx, guardianPersonId, guardianId, null, {
      first: g.firstName,
      last: g.lastName,
      sex: g.sex,
      birth,
    }),
  );
  emit('household_member', [s.householdId, guardianPersonId, g.relation, s.from]);
  const screeningId = screeningUuid(random, s.id);
  const visitDay = addDays(SCREENING_WINDOW.opensOn, random.int(0, 14));
  const form = buildForm(
    s.drawn,
    {
      home: {
        subdistrict: school.names.sub,
        district: school.names.district,
        province: school.names.province,
        postcode: school.postalCode,
        gps: s.home,
      },
      schoolKm: s.km,
      visitDay,
      guardianId,
      ref: screeningId,
    },
    random,
  );
  const scored = scoreHousehold(DEMO_MODEL_2026_03, form, school.region);
  if (!scored.ok) {
    throw new Error(
      `seed: generated an invalid form: ${JSON.stringify(scored.issues.slice(0, 3))}`,
    );
  }
  // IDs are kept out of the readable answers, encrypted apart, as the server stores a screening.
  const { answers, identities } = separateIdentities(scored.value.form);
  // A draft's income is computed when it is submitted.
  const income = status === 'draft' ? null : scored.value.facts.incomePerPersonMonthly.toFixed(2);
  const history = screeningHistory(status, visitDay, s.home, random);
  const first = history[0]?.at ?? null;
  const last = history.at(-1)?.at ?? null;
  const row: Cell[] = [
    screeningId,
    ctx.cycleId,
    s.id,
    school.id,
    s.householdId,
    '2026-03',
    'household',
    JSON.stringify(answers),
    contentHash(scored.value.form as unknown as JsonValue),
    income,
    status,
    ctx.createdBy,
    first,
    last,
  ];
  emit('screening', row);
  for (const { path, idNumber } of identities) {
    const id = ctx.protectId(idNumber);
    emit('screening_identity', [screeningId, path, id.hash, id.enc]);
  }
  for (const step of history) {
    emit('screening_event', eventRow(screeningId, ctx.createdBy, step));
    if (step.signature !== null)
      emit('certification', certificationRow(screeningId, ctx.createdBy, step, step.signature));
  }
  if (status !== 'scored') return;
  const r = scored.value.result;
  emit('pmt_score', [
    screeningId,
    r.modelId,
    r.score.toFixed(2),
    r.class,
    JSON.stringify(scoreBreakdown(r)),
    last,
  ]);
}

/** Students enrolled last semester who are on no roster now (for tracking to find). */
function dropouts(ctx: NationContext, school: SeedSchool, random: Random, emit: Emit): void {
  const count = Math.round(school.students * DROPOUT_SHARE + random.next() - 0.5);
  const earlier = school.grades.slice(0, -1);
  for (let i = 0; i < count && earlier.length > 0; i++) {
    const grade = random.pick(earlier);
    const sex: Sex = school.boysOnly || random.chance(0.55) ? 'male' : 'female';
    const age = ageOfGrade(grade) - 1 + random.int(0, 2);
    const birth = isoDay(YEAR_START - (age + 1) * 365.25 * DAY_MS + random.int(0, 364) * DAY_MS);
    const id = ++ctx.next.person;
    const nationalId = ctx.nationalIds.next('1', school.subDistrictCode.slice(0, 4));
    emit(
      'person',
      personRow(ctx, id, nationalId, null, {
        first: givenName(random, sex),
        last: familyName(random),
        sex,
        birth,
      }),
    );
    emit('student', [id]);
    const householdId = ++ctx.next.household;
    const home = pointNear(
      school.place,
      Math.min(25, 0.3 + -4 * Math.log(1 - random.next())),
      random,
    );
    emit('household', [householdId, 'household', school.subDistrictCode, null, home.lat, home.lon]);
    emit('household_member', [householdId, id, 'student', PREVIOUS_SEMESTER_ID]);
    emit('enrolment', [PREVIOUS_SEMESTER_ID, id, school.id, grade, '1', random.chance(0.5)]);
    conditionRows(emit, PREVIOUS_SEMESTER_ID, id, sex, birth, 0.2, true, random);
  }
}
