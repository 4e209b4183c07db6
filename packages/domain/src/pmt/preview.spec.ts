import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryForm, arbitraryHousehold } from '../forms/arbitrary.js';
import { FORM_REVISION_IDS, type FormRevisionId } from '../forms/household.js';
import { FORM_REVISIONS } from '../forms/revisions.js';
import { sampleHouseholds, withAnswer } from '../forms/samples.js';
import { validateHousehold } from '../forms/validate.js';
import { REGIONS } from '../vocab/region.js';
import { arbitraryModel } from './arbitrary.js';
import { DEMO_MODEL_2023, DEMO_MODEL_2026_03 } from './demo.js';
import { previewHousehold } from './preview.js';
import { scoreHousehold } from './score-household.js';

const DEMO = { '2023': DEMO_MODEL_2023, '2026-03': DEMO_MODEL_2026_03 } as const;

/** A valid form, a random valid model of its revision and a region: what the phone and the server both see. */
const anyCase = (form: (revision: FormRevisionId) => fc.Arbitrary<unknown>) =>
  fc.oneof(
    ...FORM_REVISION_IDS.map((revision) =>
      fc.record({
        form: form(revision),
        model: arbitraryModel(DEMO[revision], FORM_REVISIONS[revision].statusQuestions),
        region: fc.constantFrom(...REGIONS),
      }),
    ),
  );

const farm = sampleHouseholds('2026-03').find((s) => s.id === 'northeast-farm')!;
const temple = sampleHouseholds('2026-03').find((s) => s.id === 'north-temple')!;

/** What the teacher has once the member table and the status answers are filled: nothing else. */
const pmtPartOf = (form: unknown): unknown => {
  const { formRevision, variant, members, status } = form as Record<string, unknown>;
  return { formRevision, variant, members, status };
};

const codesAndPaths = (issues: readonly { code: string; path: string }[]) =>
  issues.map((i) => `${i.code} ${i.path}`);

describe('previewHousehold: the live PMT preview on the phone', () => {
  it('gives exactly scoreHousehold’s answer for every whole valid form', () => {
    fc.assert(
      fc.property(anyCase(arbitraryForm), ({ form, model, region }) => {
        const preview = previewHousehold(model, form, region);
        const server = scoreHousehold(model, form, region);
        if (server.ok) {
          expect(preview).toEqual({
            kind: 'scored',
            result: server.value.result,
            facts: server.value.facts,
          });
        } else {
          expect(codesAndPaths(server.issues)).toEqual(['PMT_INSTITUTION_NOT_SCORED variant']);
          expect(preview).toEqual({ kind: 'institution' });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('scores from the members and status alone, the same as the finished form will be', () => {
    fc.assert(
      fc.property(anyCase(arbitraryHousehold), ({ form, model, region }) => {
        const whole = previewHousehold(model, form, region);
        expect(whole.kind).toBe('scored');
        expect(previewHousehold(model, pmtPartOf(form), region)).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });

  it('reports exactly the form validator’s issues in the members and status, none elsewhere', () => {
    const broken = fc
      .record({ form: arbitraryHousehold('2026-03'), region: fc.constantFrom(...REGIONS) })
      .chain(({ form, region }) =>
        fc.record({
          form: fc.constant(form),
          region: fc.constant(region),
          path: fc.constantFrom(...leafPaths({ members: form.members, status: form.status })),
          junk: fc.anything(),
        }),
      );
    fc.assert(
      fc.property(broken, ({ form, region, path, junk }) => {
        // Deleting a list item would leave a hole, which no JSON or form input produces.
        fc.pre(!(junk === undefined && /\.\d+$/.test(path)));
        const draft = withAnswer(form, path, junk);
        const preview = previewHousehold(DEMO_MODEL_2026_03, draft, region);
        const checked = validateHousehold(draft);
        const expected = checked.ok
          ? []
          : checked.issues.filter((i) => /^(members|status)(\.|$)/.test(i.path));
        if (expected.length === 0) expect(preview.kind).toBe('scored');
        else expect(preview).toEqual({ kind: 'incomplete', issues: expected });
      }),
      { numRuns: 300 },
    );
  });

  it('scores a draft without photos, GPS, guardian or signature', () => {
    const partial = pmtPartOf(farm.form);
    expect(validateHousehold(partial).ok).toBe(false);
    const preview = previewHousehold(DEMO_MODEL_2026_03, partial, farm.region);
    const server = scoreHousehold(DEMO_MODEL_2026_03, farm.form, farm.region);
    expect(preview).toMatchObject({ kind: 'scored', result: { class: 'extremely_poor' } });
    expect(server.ok && preview.kind === 'scored' && preview.result).toEqual(
      server.ok && server.value.result,
    );
  });

  it('names the missing status answer, and only it, while photos are still missing too', () => {
    const draft = withAnswer(pmtPartOf(farm.form), 'status.electricity', undefined);
    const preview = previewHousehold(DEMO_MODEL_2026_03, draft, farm.region);
    expect(preview.kind === 'incomplete' && codesAndPaths(preview.issues)).toEqual([
      'REQUIRED status.electricity',
    ]);
  });

  it('lists only the PMT’s open questions for a fresh draft, in Thai and English', () => {
    const preview = previewHousehold(
      DEMO_MODEL_2026_03,
      { formRevision: '2026-03', variant: 'household' },
      'south',
    );
    expect(preview.kind === 'incomplete' && codesAndPaths(preview.issues)).toEqual([
      'REQUIRED members',
      'REQUIRED status',
    ]);
    expect(preview.kind === 'incomplete' && preview.issues[0]?.message).toEqual({
      th: 'จำเป็นต้องกรอก',
      en: 'Required',
    });
  });

  it('blocks on the member table’s own rules: exactly one member is the student', () => {
    const draft = withAnswer(pmtPartOf(farm.form), 'members.0.relation', 'grandparent');
    const preview = previewHousehold(DEMO_MODEL_2026_03, draft, farm.region);
    expect(preview.kind === 'incomplete' && codesAndPaths(preview.issues)).toEqual([
      'FORM_NO_STUDENT_MEMBER members',
    ]);
  });

  it('says an institution is not scored, with or without a model on the phone', () => {
    expect(previewHousehold(DEMO_MODEL_2026_03, temple.form, temple.region)).toEqual({
      kind: 'institution',
    });
    expect(previewHousehold(undefined, pmtPartOf(temple.form), undefined)).toEqual({
      kind: 'institution',
    });
  });

  it('cannot score before the first sync, without a region, or with another revision’s model', () => {
    const unavailable = (model: unknown, region: unknown) => {
      const preview = previewHousehold(model, farm.form, region);
      return preview.kind === 'unavailable' ? codesAndPaths(preview.issues) : preview.kind;
    };
    expect(unavailable(undefined, farm.region)).toEqual(['REQUIRED model']);
    expect(unavailable(DEMO_MODEL_2026_03, undefined)).toEqual(['REQUIRED region']);
    expect(unavailable(DEMO_MODEL_2026_03, 'east')).toEqual(['UNKNOWN_REGION region']);
    expect(unavailable(DEMO_MODEL_2023, farm.region)).toEqual([
      'PMT_REVISION_MISMATCH formRevision',
    ]);
    const broken = { ...DEMO_MODEL_2026_03, incomeCap: -1 };
    expect(unavailable(broken, farm.region)).toEqual(['OUT_OF_RANGE model.incomeCap']);
  });
});

/** Every dotted path to a non-object value. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, v]) =>
    leafPaths(v, prefix ? `${prefix}.${key}` : key),
  );
}
