import {
  DEFAULT_INCOME_CAP_BAHT,
  type GeoPoint,
  type HouseholdVariantForm,
  type Photo,
} from '@isee/domain';
import type { DrawnHousehold } from './household.js';
import type { Random } from './prng.js';

/** Where the home is, in the words the form asks (Thai names) and its GPS. */
export interface HomePlace {
  readonly subdistrict: string;
  readonly district: string;
  readonly province: string;
  readonly postcode: string | null;
  readonly gps: GeoPoint;
}

export interface FormContext {
  readonly home: HomePlace;
  /** Distance from home to school, km (one way). */
  readonly schoolKm: number;
  /** Day of the home visit, YYYY-MM-DD. */
  readonly visitDay: string;
  readonly guardianId: string | undefined;
  /** Stable reference for photo and signature file names. */
  readonly ref: string;
}

/**
 * The household form (revision 2026-03, ordinary household) a teacher would have filled for a
 * drawn household: the same members, incomes and status answers, with travel, address, home
 * photos and declarations made plausible for the distance and the visit day.
 */
export function buildForm(
  drawn: DrawnHousehold,
  context: FormContext,
  random: Random,
): HouseholdVariantForm {
  const { guardian } = drawn;
  const guardianName = `${guardian.firstName} ${guardian.lastName}`;
  const members = drawn.members.map((m, i) =>
    i === drawn.guardianIndex && context.guardianId !== undefined
      ? { ...m, idNumber: context.guardianId }
      : m,
  );
  const hour = random.int(8, 17);
  const minute = random.int(0, 49);
  const at = (m: number) =>
    `${context.visitDay}T${String(hour).padStart(2, '0')}:${String(m).padStart(2, '0')}:00+07:00`;
  const photo = (kind: 'outside' | 'inside', m: number): Photo => ({
    kind,
    takenBy: 'teacher_visit',
    capturedAt: at(m),
    place: context.home.gps,
    ref: `seed:${context.ref}:${kind}`,
  });
  const { postcode } = context.home;
  return {
    formRevision: '2026-03',
    variant: 'household',
    student: { familyStatus: drawn.familyStatus, livesWith: drawn.livesWith },
    guardian: {
      name: guardianName,
      relation: guardian.relation,
      education: guardian.education,
      occupation: guardian.occupation,
      phone: `0${random.pick(['6', '8', '9'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
      ...(context.guardianId === undefined ? {} : { idNumber: context.guardianId }),
      hasNoId: context.guardianId === undefined,
      welfareCard: random.chance(
        drawn.targetIncomePerPerson <= DEFAULT_INCOME_CAP_BAHT ? 0.65 : 0.15,
      ),
    },
    members,
    status: drawn.status,
    ...(drawn.rentPerMonth === undefined ? {} : { rentPerMonth: drawn.rentPerMonth }),
    travel: travelFor(context.schoolKm, random),
    address: {
      houseNumber: String(random.int(1, 250)),
      moo: random.int(1, 15),
      subdistrict: context.home.subdistrict,
      district: context.home.district,
      province: context.home.province,
      ...(postcode === null ? {} : { postcode }),
      gps: context.home.gps,
    },
    photos: { items: [photo('outside', minute), photo('inside', minute + 5)] },
    declarations: {
      truthDeclared: true,
      pdpaConsent: true,
      signerName: guardianName,
      signature: `seed:${context.ref}:signature`,
      signedAt: at(minute + 10),
    },
  };
}

function travelFor(km: number, random: Random): HouseholdVariantForm['travel'] {
  const roundTripKm = Math.round(km * 20) / 10;
  const modes =
    km < 1.5
      ? ['walk']
      : km < 3
        ? [random.pick(['bicycle', 'walk', 'motorcycle'])]
        : [
            random.pick([
              'motorcycle',
              'school_transport_free',
              'school_van_paid',
              'public_transport',
            ]),
          ];
  const paid = modes.includes('school_van_paid') || modes.includes('public_transport');
  return {
    modes,
    roundTripKm,
    roundTripMinutes: Math.min(1_440, Math.round(roundTripKm * (modes[0] === 'walk' ? 12 : 3) + 5)),
    costPerMonth: paid ? 300 + 50 * random.int(0, 16) : modes.includes('motorcycle') ? 200 : 0,
    pocketMoneyPerDay: 10 * random.int(1, 8),
  };
}
