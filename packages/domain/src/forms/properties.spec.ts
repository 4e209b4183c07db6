import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryForm, arbitraryHousehold, arbitraryStatusAnswers } from './arbitrary.js';
import { householdFacts } from './facts.js';
import { FORM_REVISION_IDS } from './household.js';
import { sampleHouseholds, withAnswer } from './samples.js';
import { validateHousehold } from './validate.js';

const anyValidForm = fc.oneof(...FORM_REVISION_IDS.map(arbitraryForm));
const anyHousehold = fc.oneof(...FORM_REVISION_IDS.map(arbitraryHousehold));

describe('validateHousehold (properties)', () => {
  it('accepts every generated valid form of either revision and variant, unchanged', () => {
    fc.assert(
      fc.property(anyValidForm, (form) => {
        const result = validateHousehold(form);
        expect(result.ok ? [] : result.issues.map((i) => `${i.code} ${i.path}`)).toEqual([]);
        expect(result.ok && result.value).toEqual(form);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on junk and explains every refusal in Thai and English', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const result = validateHousehold(junk);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.issues.length).toBeGreaterThan(0);
        for (const { message } of result.issues) {
          expect(message.th.length).toBeGreaterThan(0);
          expect(message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when any one answer of a valid form is replaced by junk', () => {
    const farm = sampleHouseholds('2026-03')[0]?.form;
    const paths = leafPaths(farm);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, junk) => {
        const result = validateHousehold(withAnswer(farm, path, junk));
        if (result.ok) return;
        for (const { message, path: at } of result.issues) {
          expect(message.th && message.en).toBeTruthy();
          expect(typeof at).toBe('string');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reports one issue at the path of an out-of-range income, and nothing else', () => {
    fc.assert(
      fc.property(
        arbitraryHousehold('2026-03'),
        fc.nat(),
        fc.constantFrom('wages', 'farming', 'business', 'welfare', 'other'),
        fc.oneof(
          fc.double({ min: 1_000_000.01, max: 1e12, noNaN: true }),
          fc.double({ min: -1e9, max: -0.01, noNaN: true }),
        ),
        (form, pick, source, amount) => {
          const path = `members.${pick % form.members.length}.income.${source}`;
          const result = validateHousehold(withAnswer(form, path, amount));
          expect(result.ok ? [] : result.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
            `OUT_OF_RANGE ${path}`,
          ]);
        },
      ),
    );
  });

  it('accepts any valid status answers of the revision', () => {
    const farm = sampleHouseholds('2023')[0]?.form;
    fc.assert(
      fc.property(arbitraryStatusAnswers('2023'), (status) => {
        const form = withAnswer(withAnswer(farm, 'status', status), 'rentPerMonth', undefined);
        const rented = status.tenure === 'rented';
        const result = validateHousehold(rented ? withAnswer(form, 'rentPerMonth', 1_000) : form);
        expect(result.ok).toBe(true);
      }),
    );
  });
});

describe('householdFacts (properties)', () => {
  it('derives consistent facts: per person × members = total; age groups partition the members', () => {
    fc.assert(
      fc.property(anyHousehold, (form) => {
        const f = householdFacts(form);
        expect(f.memberCount).toBe(form.members.length);
        expect(f.incomePerPersonMonthly * f.memberCount).toBeCloseTo(f.totalMonthlyIncome, 6);
        expect(f.childrenUnder15 + f.workingAge + f.elderly60Plus).toBe(f.memberCount);
        expect(f.disabledMembers).toBeLessThanOrEqual(f.memberCount);
        expect(f.chronicallyIllMembers).toBeLessThanOrEqual(f.memberCount);
        expect(f.totalMonthlyIncome).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});

/** Every dotted path to a non-object value of a sample form. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, v]) =>
    leafPaths(v, prefix ? `${prefix}.${key}` : key),
  );
}
