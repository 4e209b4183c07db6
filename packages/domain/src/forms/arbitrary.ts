import fc from 'fast-check';
import { isRecord } from '../core/guard.js';
import { thaiIdCheckDigit } from '../identity/thai-id.js';
import type { ChoiceField, Field, NumberField, TextField } from './fields.js';
import type {
  FormRevisionId,
  FormVariant,
  HouseholdForm,
  HouseholdVariantForm,
  InstitutionVariantForm,
} from './household.js';
import { THAILAND_BOUNDS } from './readers.js';
import { FORM_REVISIONS } from './revisions.js';
import { status } from './sections.js';
import type { StatusAnswers } from './types.js';

/**
 * fast-check arbitraries of VALID forms, generated from the revision's own field specs (so they
 * follow the data), then adjusted for the cross-section rules of rules.ts. For tests and benchmarks only.
 */
export function arbitraryHousehold(revision: FormRevisionId): fc.Arbitrary<HouseholdVariantForm> {
  return arbitraryVariant(revision, 'household') as fc.Arbitrary<HouseholdVariantForm>;
}

export function arbitraryInstitution(
  revision: FormRevisionId,
): fc.Arbitrary<InstitutionVariantForm> {
  return arbitraryVariant(revision, 'institution') as fc.Arbitrary<InstitutionVariantForm>;
}

/** Either variant, ordinary households more often. */
export function arbitraryForm(revision: FormRevisionId): fc.Arbitrary<HouseholdForm> {
  return fc.oneof(
    { weight: 3, arbitrary: arbitraryHousehold(revision) },
    { weight: 1, arbitrary: arbitraryInstitution(revision) },
  );
}

/** Valid answers to the household-status section alone (the PMT's input). */
export function arbitraryStatusAnswers(revision: FormRevisionId): fc.Arbitrary<StatusAnswers> {
  return valueOf(status(FORM_REVISIONS[revision].statusQuestions)) as fc.Arbitrary<StatusAnswers>;
}

type Mutable = Record<string, unknown>;

/** Built once per revision and variant: building walks the whole form, generating does not. */
const built = new Map<string, fc.Arbitrary<unknown>>();

function arbitraryVariant(revision: FormRevisionId, variant: FormVariant): fc.Arbitrary<unknown> {
  const key = `${revision}/${variant}`;
  const cached = built.get(key) ?? buildVariant(revision, variant);
  built.set(key, cached);
  return cached;
}

function buildVariant(revision: FormRevisionId, variant: FormVariant): fc.Arbitrary<unknown> {
  const { sections } = FORM_REVISIONS[revision].variants[variant];
  return fc.tuple(groupOf(sections), fc.nat()).map(([body, pick]) => {
    const form: Mutable = { formRevision: revision, variant, ...body };
    pruneUnasked(sections, form, form);
    fixLivesWith(form, variant);
    fixPhotos(form.photos as Mutable);
    if (variant === 'household') fixMembers(form.members as Mutable[], pick);
    return form;
  });
}

function valueOf(field: Field): fc.Arbitrary<unknown> {
  switch (field.input) {
    case 'choice':
      return field.kind === 'single' ? fc.constantFrom(...codes(field)) : multiOf(field);
    case 'text':
      return textOf(field);
    case 'number':
      return numberOf(field);
    case 'boolean':
      return field.mustBeTrue ? fc.constant(true) : fc.boolean();
    case 'thaiId':
      return thaiId;
    case 'phone':
      return fc.tuple(fc.constantFrom('06', '08', '09'), digits(8)).map(([a, b]) => a + b);
    case 'date':
      return instant.map((d) => d.toISOString().slice(0, 10));
    case 'dateTime':
      return instant.map((d) => d.toISOString());
    case 'gps':
      return gps;
    case 'group':
      return groupOf(field.fields);
    case 'list':
      return fc.array(groupOf(field.fields), {
        minLength: field.min,
        maxLength: Math.min(field.max, 12),
      });
  }
}

function groupOf(fields: readonly Field[]): fc.Arbitrary<Mutable> {
  const model = Object.fromEntries(fields.map((f) => [f.id, valueOf(f)]));
  const requiredKeys = fields.filter((f) => !f.optional).map((f) => f.id);
  return fc.record(model, { requiredKeys }) as fc.Arbitrary<Mutable>;
}

const codes = (field: ChoiceField): string[] => field.options.map((o) => o.code);

/** Either one exclusive option alone, or a non-empty set of the others. */
function multiOf(field: ChoiceField): fc.Arbitrary<string[]> {
  const alone = field.options.filter((o) => o.exclusive).map((o) => [o.code]);
  const others = field.options.filter((o) => !o.exclusive).map((o) => o.code);
  const sets = fc.subarray(others, { minLength: 1 });
  return alone.length === 0 ? sets : fc.oneof(sets, fc.constantFrom(...alone));
}

/** Small amounts most often, so that poor, middle and rich households all appear. */
function numberOf(field: NumberField): fc.Arbitrary<number> {
  const { min, max } = field;
  const small = fc.integer({ min, max: Math.min(max, min + 3_000) });
  const any = field.integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(min) },
    { weight: 5, arbitrary: small },
    { weight: 1, arbitrary: any },
  );
}

const NAMES = ['สมชาย ใจดี', 'สมหญิง ศรีสุข', 'บุญมี แก้วมณี', 'Nong Lek', 'ดวงใจ ทองคำ'];
const PLACES = ['บ้านโนนสูง', 'หนองบัว', 'เมือง', 'อุบลราชธานี', 'เชียงใหม่', 'ปัตตานี'];

function textOf(field: TextField): fc.Arbitrary<string> {
  if (field.pattern) return fc.stringMatching(field.pattern);
  if (field.id === 'name' || field.id.endsWith('Name')) return fc.constantFrom(...NAMES);
  if (field.maxLength < 30) return fc.constantFrom('1', '12/3', '99 ม.4');
  return fc.oneof(fc.constantFrom(...PLACES), fc.stringMatching(/^[0-9a-f]{8,64}$/));
}

const digits = (n: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

const thaiId = fc
  .tuple(fc.integer({ min: 1, max: 8 }), digits(11))
  .map(([first, rest]) => `${first}${rest}`)
  .map((first12) => `${first12}${thaiIdCheckDigit(first12)}`);

const instant = fc.date({
  min: new Date('2015-01-01T00:00:00Z'),
  max: new Date('2030-12-31T23:59:59Z'),
  noInvalidDate: true,
});

const b = THAILAND_BOUNDS;
const gps = fc.record({
  lat: fc.double({ min: b.latMin, max: b.latMax, noNaN: true }),
  lon: fc.double({ min: b.lonMin, max: b.lonMax, noNaN: true }),
});

/** Removes answers to questions the form does not ask, given the other answers (Field.when). */
function pruneUnasked(fields: readonly Field[], target: Mutable, root: Mutable): void {
  for (const field of fields) {
    const value = target[field.id];
    if (
      field.when &&
      !field.when.anyOf.includes(lookup(root, field.when.field) as string | boolean)
    ) {
      delete target[field.id];
    } else if (field.input === 'group' && isRecord(value)) {
      pruneUnasked(field.fields, value as Mutable, root);
    } else if (field.input === 'list' && Array.isArray(value)) {
      for (const item of value) pruneUnasked(field.fields, item as Mutable, root);
    }
  }
}

const lookup = (root: unknown, path: string): unknown =>
  path.split('.').reduce((v, key) => (isRecord(v) ? v[key] : undefined), root);

function fixLivesWith(form: Mutable, variant: FormVariant): void {
  const student = form.student as Mutable;
  if (variant === 'institution') student.livesWith = 'institution';
  else if (student.livesWith === 'institution') student.livesWith = 'parents';
}

/** Exactly one student, and no national ID twice. */
function fixMembers(members: Mutable[], pick: number): void {
  const student = pick % members.length;
  const ids = new Set<unknown>();
  members.forEach((m, i) => {
    if (i === student) m.relation = 'student';
    else if (m.relation === 'student') m.relation = 'sibling';
    if (ids.has(m.idNumber)) delete m.idNumber;
    else if (m.idNumber !== undefined) ids.add(m.idNumber);
  });
}

/** Outside and inside photos of the home, or only school-sign photos when it cannot be photographed. */
function fixPhotos(photos: Mutable): void {
  const items = photos.items as Mutable[];
  if (photos.unphotographableReason !== undefined) {
    photos.items = items.map((p) => ({ ...p, kind: 'school_sign' }));
    return;
  }
  const [first, second = first, ...rest] = items;
  photos.items = [
    { ...first, kind: 'outside' },
    { ...second, kind: 'inside' },
    ...rest.map((p) => ({ ...p, kind: p.kind === 'school_sign' ? 'outside' : p.kind })),
  ];
}
