import { thaiIdCheckDigit } from '../identity/thai-id.js';
import type { Region } from '../vocab/region.js';
import type {
  FormRevisionId,
  HouseholdForm,
  Income,
  InstitutionVariantForm,
  HouseholdVariantForm,
  Photo,
} from './household.js';
import type { Label } from './types.js';

/**
 * Fictitious, realistic example forms for tests, the README and the demo. Every person and ID is
 * invented (IDs are built to pass the check digit). Codes used exist in both revisions.
 */
export interface SampleHousehold {
  readonly id: string;
  readonly label: Label;
  /** The region of the school, which the PMT needs and the form does not ask. */
  readonly region: Region;
  readonly form: HouseholdForm;
}

export function sampleHouseholds(revision: FormRevisionId = '2026-03'): readonly SampleHousehold[] {
  return [
    {
      id: 'northeast-farm',
      label: {
        th: 'ครัวเรือนเกษตรกรยากจนมาก อุบลราชธานี',
        en: 'Very poor farm household, Ubon Ratchathani',
      },
      region: 'northeast',
      form: farmHousehold(revision),
    },
    {
      id: 'central-middle',
      label: { th: 'ครัวเรือนรายได้ปานกลาง นครปฐม', en: 'Middle-income household, Nakhon Pathom' },
      region: 'central',
      form: middleHousehold(revision),
    },
    {
      id: 'north-temple',
      label: { th: 'สามเณรในวัด น่าน', en: 'Novice living in a temple, Nan' },
      region: 'north',
      form: templeInstitution(revision),
    },
  ];
}

/** A valid fictitious ID from 12 digits. */
const id = (first12: string): string => `${first12}${thaiIdCheckDigit(first12)}`;

const income = (part: Partial<Income> = {}): Income => ({
  wages: 0,
  farming: 0,
  business: 0,
  welfare: 0,
  other: 0,
  ...part,
});

const visitPhotos = (lat: number, lon: number, day: string, by = 'teacher_visit'): Photo[] =>
  (['outside', 'inside'] as const).map((kind, i) => ({
    kind,
    takenBy: by,
    capturedAt: `${day}T09:${10 + i}:00+07:00`,
    place: { lat, lon },
    ref: `sha256:${kind}-${day}-${lat}`,
  }));

const declared = (signerName: string, signedAt: string) => ({
  truthDeclared: true,
  pdpaConsent: true,
  signerName,
  signature: `sig:${signedAt}`,
  signedAt,
});

function farmHousehold(formRevision: FormRevisionId): HouseholdVariantForm {
  return {
    formRevision,
    variant: 'household',
    student: { familyStatus: 'separated', livesWith: 'parents' },
    guardian: {
      name: 'นางบุญมี ศรีสุข',
      relation: 'mother',
      education: 'primary',
      occupation: 'labourer',
      phone: '0812345678',
      idNumber: id('134050012345'),
      hasNoId: false,
      welfareCard: true,
    },
    members: [
      member('เด็กหญิงดวงใจ ศรีสุข', 'student', 12, income(), { id: id('134050098765') }),
      member('นางบุญมี ศรีสุข', 'mother', 36, income({ wages: 2_500, farming: 800 }), {
        id: id('134050012345'),
        education: 'primary',
      }),
      member('นายทอง ศรีสุข', 'grandparent', 70, income({ welfare: 700 }), {
        ill: true,
        education: 'none',
      }),
      member('นางคำ ศรีสุข', 'grandparent', 66, income({ welfare: 600 }), { education: 'none' }),
      member('เด็กชายต้น ศรีสุข', 'sibling', 6, income({ welfare: 600 }), {
        education: 'pre_primary',
      }),
    ],
    status: {
      dependants: ['chronically_ill', 'elderly', 'single_parent'],
      tenure: 'own',
      floor: 'plank',
      wall: 'wood',
      roof: 'zinc',
      toilet: 'yes',
      land: '1_to_5_rai',
      water: 'natural',
      electricity: 'generator_solar',
      vehicles: ['motorcycle_or_boat'],
      appliances: ['none'],
    },
    travel: {
      modes: ['walk', 'motorcycle'],
      roundTripKm: 8,
      roundTripMinutes: 50,
      costPerMonth: 300,
      pocketMoneyPerDay: 20,
    },
    address: {
      houseNumber: '45',
      moo: 7,
      village: 'บ้านโนนสูง',
      subdistrict: 'โนนกาเล็น',
      district: 'สำโรง',
      province: 'อุบลราชธานี',
      postcode: '34360',
      gps: { lat: 15.0142, lon: 104.7538 },
    },
    photos: { items: visitPhotos(15.0142, 104.7538, '2026-07-10') },
    declarations: declared('นางบุญมี ศรีสุข', '2026-07-10T09:40:00+07:00'),
  };
}

function middleHousehold(formRevision: FormRevisionId): HouseholdVariantForm {
  return {
    formRevision,
    variant: 'household',
    student: { familyStatus: 'together', livesWith: 'parents' },
    guardian: {
      name: 'นายสมชาย ใจดี',
      relation: 'father',
      education: 'vocational',
      occupation: 'private_employee',
      phone: '0891234567',
      idNumber: id('173010054321'),
      hasNoId: false,
      welfareCard: false,
    },
    members: [
      member('นายสมชาย ใจดี', 'father', 42, income({ wages: 15_000 }), {
        id: id('173010054321'),
        education: 'vocational',
      }),
      member('นางสมหญิง ใจดี', 'mother', 40, income({ business: 8_000 }), {
        education: 'upper_secondary',
      }),
      member('นายกล้า ใจดี', 'student', 15, income(), { education: 'lower_secondary' }),
      member('เด็กหญิงใบเตย ใจดี', 'sibling', 10, income()),
    ],
    status: {
      dependants: ['none'],
      tenure: 'rented',
      floor: 'tile_ceramic',
      wall: 'brick_concrete',
      roof: 'metal_sheet',
      toilet: 'yes',
      land: 'none',
      water: 'bottled',
      electricity: 'own_meter',
      vehicles: ['pickup_old', 'motorcycle_or_boat'],
      appliances: ['flat_tv', 'washing_machine', 'fridge'],
    },
    rentPerMonth: 3_500,
    travel: {
      modes: ['motorcycle'],
      roundTripKm: 6,
      roundTripMinutes: 20,
      costPerMonth: 600,
      pocketMoneyPerDay: 60,
    },
    address: {
      houseNumber: '128/4',
      subdistrict: 'สนามจันทร์',
      district: 'เมืองนครปฐม',
      province: 'นครปฐม',
      postcode: '73000',
      gps: { lat: 13.8196, lon: 100.0443 },
    },
    photos: { items: visitPhotos(13.8196, 100.0443, '2026-07-12', 'sent_by_student') },
    declarations: declared('นายสมชาย ใจดี', '2026-07-12T18:05:00+07:00'),
  };
}

function templeInstitution(formRevision: FormRevisionId): InstitutionVariantForm {
  return {
    formRevision,
    variant: 'institution',
    student: { familyStatus: 'both_dead_or_missing', livesWith: 'institution' },
    guardian: {
      name: 'พระครูสุนทร ธรรมรักษ์',
      relation: 'institution_carer',
      education: 'bachelor_or_higher',
      occupation: 'other',
      idNumber: id('355020011223'),
      hasNoId: false,
      welfareCard: false,
    },
    institution: {
      type: 'temple',
      registered: true,
      name: 'วัดดอนแก้ว',
      carerName: 'พระครูสุนทร ธรรมรักษ์',
      since: '2024-05-16',
      boarding: 'full',
      help: ['lodging', 'food', 'clothing', 'school_supplies'],
      costPerStudentMonthly: 1_500,
      children: 24,
      donationsMonthly: 18_000,
    },
    travel: {
      modes: ['walk'],
      roundTripKm: 1.5,
      roundTripMinutes: 20,
      costPerMonth: 0,
      pocketMoneyPerDay: 10,
    },
    address: {
      moo: 3,
      subdistrict: 'ในเวียง',
      district: 'เมืองน่าน',
      province: 'น่าน',
      gps: { lat: 18.7832, lon: 100.7786 },
    },
    photos: { items: visitPhotos(18.7832, 100.7786, '2026-07-15') },
    declarations: declared('พระครูสุนทร ธรรมรักษ์', '2026-07-15T10:00:00+07:00'),
  };
}

function member(
  name: string,
  relation: string,
  age: number,
  monthly: Income,
  more: { id?: string; education?: string; ill?: boolean } = {},
): HouseholdVariantForm['members'][number] {
  return {
    name,
    relation,
    ...(more.id === undefined ? {} : { idNumber: more.id }),
    education: more.education ?? (age < 4 ? 'not_yet' : 'primary'),
    age,
    disabled: false,
    chronicallyIll: more.ill ?? false,
    income: monthly,
  };
}

/**
 * A deep copy of a form with one answer replaced at a dotted path (`members.1.age`), or removed
 * when value is undefined: how tests and demos derive a faulty form from a sample.
 */
export function withAnswer(form: unknown, path: string, value: unknown): unknown {
  const copy: unknown = structuredClone(form);
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let parent = copy as Record<string, unknown>;
  for (const key of keys) {
    if (typeof parent[key] !== 'object' || parent[key] === null) parent[key] = {};
    parent = parent[key] as Record<string, unknown>;
  }
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}
