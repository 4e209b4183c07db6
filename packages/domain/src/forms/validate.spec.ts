import { describe, expect, it } from 'vitest';
import { thaiIdCheckDigit } from '../identity/thai-id.js';
import type { HouseholdVariantForm } from './household.js';
import { sampleHouseholds, withAnswer } from './samples.js';
import { validateHousehold } from './validate.js';

const [farm, middle, temple] = sampleHouseholds('2026-03').map((s) => s.form);
const farm2023 = sampleHouseholds('2023')[0]?.form;
const farmForm = farm as HouseholdVariantForm;

/** The code and path of every issue, for compact expectations. */
function problems(input: unknown): string[] {
  const result = validateHousehold(input);
  return result.ok ? [] : result.issues.map((i) => `${i.code} ${i.path}`);
}

const validId = (first12: string): string => `${first12}${thaiIdCheckDigit(first12)}`;

describe('validateHousehold: the form as a whole', () => {
  it('accepts every sample household of both revisions', () => {
    for (const revision of ['2023', '2026-03'] as const) {
      for (const sample of sampleHouseholds(revision)) expect(problems(sample.form)).toEqual([]);
    }
  });

  it('returns the cleaned form: trimmed text, IDs and phones as digits', () => {
    const id = validId('310040012345');
    const messy = withAnswer(
      withAnswer(
        withAnswer(farm, 'guardian.name', '  นางบุญมี ศรีสุข '),
        'guardian.phone',
        '081-234 5678',
      ),
      'guardian.idNumber',
      `${id.slice(0, 1)}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id.slice(12)}`,
    );
    const result = validateHousehold(messy);
    expect(result.ok && result.value.guardian).toMatchObject({
      name: 'นางบุญมี ศรีสุข',
      phone: '0812345678',
      idNumber: id,
    });
  });

  it('refuses input that is not an object', () => {
    expect(problems(null)).toEqual(['REQUIRED ']);
    expect(problems([farm])).toEqual(['NOT_AN_OBJECT ']);
  });

  it('needs a known revision and variant before reading anything else', () => {
    expect(problems(withAnswer(farm, 'formRevision', '2019'))).toEqual([
      'FORM_UNKNOWN_REVISION formRevision',
    ]);
    expect(problems({ variant: 'shop' })).toEqual([
      'REQUIRED formRevision',
      'UNKNOWN_OPTION variant',
    ]);
  });

  it('reports every problem at once, across sections', () => {
    let form = withAnswer(farm, 'guardian.name', '');
    form = withAnswer(form, 'members.1.income.wages', -1);
    form = withAnswer(form, 'status.floor', 'marble');
    form = withAnswer(form, 'address.gps', { lat: 35.7, lon: 139.7 });
    form = withAnswer(form, 'declarations.pdpaConsent', false);
    expect(problems(form)).toEqual([
      'REQUIRED guardian.name',
      'OUT_OF_RANGE members.1.income.wages',
      'UNKNOWN_OPTION status.floor',
      'FORM_GPS_OUTSIDE_THAILAND address.gps',
      'FORM_DECLARATION_REQUIRED declarations.pdpaConsent',
    ]);
  });

  it('gives every issue a Thai and an English message', () => {
    const result = validateHousehold(withAnswer(farm, 'members.0.age', 130));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.message).toEqual({
      th: 'ค่าต้องอยู่ระหว่าง 0 ถึง 120',
      en: 'Must be between 0 and 120',
    });
  });
});

describe('validateHousehold: required fields and types', () => {
  it('requires each answer the form asks', () => {
    expect(problems(withAnswer(farm, 'student.familyStatus', undefined))).toEqual([
      'REQUIRED student.familyStatus',
    ]);
    expect(problems(withAnswer(farm, 'travel', undefined))).toEqual(['REQUIRED travel']);
    expect(problems(withAnswer(farm, 'members.2.disabled', undefined))).toEqual([
      'REQUIRED members.2.disabled',
    ]);
  });

  it('leaves optional answers optional', () => {
    expect(problems(withAnswer(farm, 'guardian.phone', undefined))).toEqual([]);
    expect(problems(withAnswer(farm, 'address.postcode', ''))).toEqual([]);
  });

  it('refuses a yes/no answer that is not a boolean', () => {
    expect(problems(withAnswer(farm, 'guardian.welfareCard', 'yes'))).toEqual([
      'FORM_NOT_A_BOOLEAN guardian.welfareCard',
    ]);
  });

  it('refuses text that is too long or badly formed', () => {
    expect(problems(withAnswer(farm, 'address.province', 'ก'.repeat(201)))).toEqual([
      'FORM_TEXT_TOO_LONG address.province',
    ]);
    expect(problems(withAnswer(farm, 'address.postcode', '3436'))).toEqual([
      'FORM_TEXT_FORMAT address.postcode',
    ]);
  });

  it('checks phone numbers', () => {
    expect(problems(withAnswer(farm, 'guardian.phone', '12345'))).toEqual([
      'FORM_INVALID_PHONE guardian.phone',
    ]);
    expect(problems(withAnswer(farm, 'guardian.phone', '02 123 4567'))).toEqual([]);
  });

  it('checks dates and date-times, with a time zone', () => {
    expect(problems(withAnswer(temple, 'institution.since', '2024-02-30'))).toEqual([
      'INVALID_DATE institution.since',
    ]);
    expect(problems(withAnswer(farm, 'declarations.signedAt', '2026-07-10T09:40:00'))).toEqual([
      'FORM_INVALID_DATE_TIME declarations.signedAt',
    ]);
    expect(problems(withAnswer(farm, 'photos.items.0.capturedAt', '2026-07-10T24:00Z'))).toEqual([
      'FORM_INVALID_DATE_TIME photos.items.0.capturedAt',
    ]);
    expect(problems(withAnswer(farm, 'declarations.signedAt', '2026-07-10T02:40:00.125Z'))).toEqual(
      [],
    );
  });
});

describe('validateHousehold: numbers', () => {
  it('keeps each income source within 0–1,000,000 baht a month', () => {
    expect(problems(withAnswer(farm, 'members.1.income.farming', 1_000_000))).toEqual([]);
    expect(problems(withAnswer(farm, 'members.1.income.farming', 1_000_001))).toEqual([
      'OUT_OF_RANGE members.1.income.farming',
    ]);
    expect(problems(withAnswer(farm, 'members.1.income.other', '500'))).toEqual([
      'NOT_A_NUMBER members.1.income.other',
    ]);
  });

  it('keeps ages whole years in 0–120', () => {
    expect(problems(withAnswer(farm, 'members.4.age', 0))).toEqual([]);
    expect(problems(withAnswer(farm, 'members.3.age', 121))).toEqual([
      'OUT_OF_RANGE members.3.age',
    ]);
    expect(problems(withAnswer(farm, 'members.3.age', 66.5))).toEqual([
      'NOT_AN_INTEGER members.3.age',
    ]);
  });

  it('asks rent (≥ 0) exactly when the house is rented', () => {
    expect(problems(withAnswer(middle, 'rentPerMonth', 0))).toEqual([]);
    expect(problems(withAnswer(middle, 'rentPerMonth', undefined))).toEqual([
      'REQUIRED rentPerMonth',
    ]);
    expect(problems(withAnswer(middle, 'rentPerMonth', -100))).toEqual([
      'OUT_OF_RANGE rentPerMonth',
    ]);
    expect(problems(withAnswer(farm, 'rentPerMonth', 1_200))).toEqual([
      'FORM_NOT_ASKED rentPerMonth',
    ]);
  });
});

describe('validateHousehold: members', () => {
  const members = farmForm.members;
  const student = members[0];
  const mother = members[1];

  it('needs 1 to 30 members', () => {
    expect(problems(withAnswer(farm, 'members', []))).toEqual(['TOO_FEW_ITEMS members']);
    const thirty = [
      student,
      ...Array.from({ length: 29 }, () => withAnswer(mother, 'idNumber', undefined)),
    ];
    expect(problems(withAnswer(farm, 'members', thirty))).toEqual([]);
    expect(problems(withAnswer(farm, 'members', [...thirty, mother]))).toEqual([
      'TOO_MANY_ITEMS members',
    ]);
  });

  it('needs exactly one member who is the student', () => {
    expect(problems(withAnswer(farm, 'members.0.relation', 'sibling'))).toEqual([
      'FORM_NO_STUDENT_MEMBER members',
    ]);
    expect(problems(withAnswer(farm, 'members.4.relation', 'student'))).toEqual([
      'FORM_STUDENT_NOT_UNIQUE members.4.relation',
    ]);
  });

  it('does not report a missing student when a relation is itself unreadable', () => {
    expect(problems(withAnswer(farm, 'members.0.relation', 'pupil'))).toEqual([
      'UNKNOWN_OPTION members.0.relation',
    ]);
  });

  it('refuses the same national ID twice in one household', () => {
    const id = mother?.idNumber;
    expect(problems(withAnswer(farm, 'members.3.idNumber', id))).toEqual([
      'DUPLICATE_KEY members.3.idNumber',
    ]);
  });
});

describe('validateHousehold: national IDs', () => {
  it('checks the mod-11 check digit and the 13-digit format', () => {
    const good = validId('134050012345');
    const bad = `${good.slice(0, 12)}${(Number(good[12]) + 1) % 10}`;
    expect(problems(withAnswer(farm, 'guardian.idNumber', bad))).toEqual([
      'ID_CHECKSUM guardian.idNumber',
    ]);
    expect(problems(withAnswer(farm, 'members.0.idNumber', '12345'))).toEqual([
      'ID_FORMAT members.0.idNumber',
    ]);
  });

  it('asks the guardian for an ID, or for "has no ID", never both', () => {
    expect(problems(withAnswer(farm, 'guardian.idNumber', undefined))).toEqual([
      'REQUIRED guardian.idNumber',
    ]);
    expect(problems(withAnswer(farm, 'guardian.hasNoId', true))).toEqual([
      'FORM_NOT_ASKED guardian.idNumber',
    ]);
    const noId = withAnswer(
      withAnswer(farm, 'guardian.hasNoId', true),
      'guardian.idNumber',
      undefined,
    );
    expect(problems(noId)).toEqual([]);
  });
});

describe('validateHousehold: choices', () => {
  it('takes a single choice only from its own options, as one code', () => {
    expect(problems(withAnswer(farm, 'guardian.relation', 'neighbour'))).toEqual([
      'UNKNOWN_OPTION guardian.relation',
    ]);
    expect(problems(withAnswer(farm, 'status.tenure', ['own']))).toEqual([
      'NOT_A_STRING status.tenure',
    ]);
  });

  it('takes known, distinct multi-choice options, at least one', () => {
    expect(problems(withAnswer(farm, 'status.vehicles', ['motorcycle_or_boat', 'jet']))).toEqual([
      'UNKNOWN_OPTION status.vehicles.1',
    ]);
    expect(problems(withAnswer(farm, 'travel.modes', ['walk', 'walk']))).toEqual([
      'DUPLICATE_KEY travel.modes.1',
    ]);
    expect(problems(withAnswer(farm, 'status.dependants', []))).toEqual([
      'TOO_FEW_ITEMS status.dependants',
    ]);
    expect(problems(withAnswer(farm, 'status.appliances', 'fridge'))).toEqual([
      'NOT_A_LIST status.appliances',
    ]);
  });

  it('never combines an exclusive option such as "none" with others', () => {
    expect(problems(withAnswer(farm, 'status.appliances', ['none', 'fridge']))).toEqual([
      'FORM_EXCLUSIVE_OPTION status.appliances',
    ]);
  });

  it('uses the option lists of the revision the form names', () => {
    const cases = [
      ['status.electricity', 'shared_line', 'shared_or_battery'],
      ['guardian.occupation', 'platform_worker', 'labourer'],
      ['travel.modes', ['school_transport_free'], ['school_van']],
    ] as const;
    for (const [path, only2026, only2023] of cases) {
      expect(problems(withAnswer(farm, path, only2026))).toEqual([]);
      expect(problems(withAnswer(farm2023, path, only2023))).toEqual([]);
      expect(problems(withAnswer(farm2023, path, only2026)).join()).toMatch(/^UNKNOWN_OPTION/);
      if (path !== 'guardian.occupation') {
        expect(problems(withAnswer(farm, path, only2023)).join()).toMatch(/^UNKNOWN_OPTION/);
      }
    }
  });
});

describe('validateHousehold: location and photos', () => {
  it('keeps the home and each photo inside Thailand', () => {
    expect(problems(withAnswer(farm, 'address.gps', { lat: 5.6, lon: 105.7 }))).toEqual([]);
    expect(problems(withAnswer(farm, 'address.gps', { lat: 20.5, lon: 97.3 }))).toEqual([]);
    expect(problems(withAnswer(farm, 'address.gps.lat', 20.51))).toEqual([
      'FORM_GPS_OUTSIDE_THAILAND address.gps',
    ]);
    expect(problems(withAnswer(farm, 'photos.items.1.place.lon', 97.2))).toEqual([
      'FORM_GPS_OUTSIDE_THAILAND photos.items.1.place',
    ]);
    expect(problems(withAnswer(farm, 'address.gps.lat', 'north'))).toEqual([
      'NOT_A_NUMBER address.gps.lat',
    ]);
  });

  it('needs photos of the outside and the inside of the home', () => {
    const items = farmForm.photos.items;
    expect(problems(withAnswer(farm, 'photos.items', items.slice(0, 1)))).toEqual([
      'FORM_PHOTO_INSIDE_REQUIRED photos.items',
    ]);
    expect(problems(withAnswer(farm, 'photos.items.0.kind', 'school_sign'))).toEqual([
      'FORM_PHOTO_NOT_EXPECTED photos.items.0.kind',
      'FORM_PHOTO_OUTSIDE_REQUIRED photos.items',
    ]);
  });

  it('takes the student beside the school sign instead when the home cannot be photographed', () => {
    const away = withAnswer(farm, 'photos.unphotographableReason', 'other_province');
    expect(problems(away)).toEqual([
      'FORM_PHOTO_NOT_EXPECTED photos.items.0.kind',
      'FORM_PHOTO_NOT_EXPECTED photos.items.1.kind',
      'FORM_PHOTO_SCHOOL_SIGN_REQUIRED photos.items',
    ]);
    const sign = withAnswer(away, 'photos.items', [
      {
        kind: 'school_sign',
        takenBy: 'sent_by_student',
        capturedAt: '2026-07-11T08:00:00+07:00',
        place: { lat: 15.01, lon: 104.75 },
        ref: 'sha256:sign',
      },
    ]);
    expect(problems(sign)).toEqual([]);
    expect(problems(withAnswer(sign, 'photos.unphotographableReason', 'too_far'))).toEqual([
      'UNKNOWN_OPTION photos.unphotographableReason',
    ]);
  });
});

describe('validateHousehold: declarations', () => {
  it('needs the truth declaration and PDPA consent confirmed and signed', () => {
    expect(problems(withAnswer(farm, 'declarations.truthDeclared', false))).toEqual([
      'FORM_DECLARATION_REQUIRED declarations.truthDeclared',
    ]);
    expect(problems(withAnswer(farm, 'declarations.signature', ' '))).toEqual([
      'REQUIRED declarations.signature',
    ]);
  });
});

describe('validateHousehold: institutional households', () => {
  it('has an institution section instead of members and status', () => {
    expect(problems(withAnswer(temple, 'institution', undefined))).toEqual([
      'REQUIRED institution',
    ]);
    expect(problems(withAnswer(temple, 'members', []))).toEqual(['FORM_NOT_IN_VARIANT members']);
    expect(problems(withAnswer(farm, 'institution', {}))).toEqual([
      'FORM_NOT_IN_VARIANT institution',
    ]);
  });

  it('is the form of a student who lives in an institution, and only of them', () => {
    expect(problems(withAnswer(temple, 'student.livesWith', 'relatives'))).toEqual([
      'FORM_LIVES_WITH_VARIANT student.livesWith',
    ]);
    expect(problems(withAnswer(farm, 'student.livesWith', 'institution'))).toEqual([
      'FORM_LIVES_WITH_VARIANT student.livesWith',
    ]);
  });

  it('checks the institution answers', () => {
    expect(problems(withAnswer(temple, 'institution.children', 0))).toEqual([
      'OUT_OF_RANGE institution.children',
    ]);
    expect(problems(withAnswer(temple, 'institution.help', ['none', 'food']))).toEqual([
      'FORM_EXCLUSIVE_OPTION institution.help',
    ]);
    expect(problems(withAnswer(temple, 'institution.type', 'school'))).toEqual([
      'UNKNOWN_OPTION institution.type',
    ]);
  });
});
