import { describe, expect, it } from 'vitest';
import { householdFacts, memberIncome } from './facts.js';
import type { HouseholdVariantForm } from './household.js';
import { sampleHouseholds } from './samples.js';

const households = sampleHouseholds('2026-03').flatMap((s) =>
  s.form.variant === 'household' ? [s.form] : [],
);

describe('householdFacts', () => {
  it('sums every income source of every member and divides by the member count', () => {
    const farm = households[0] as HouseholdVariantForm;
    expect(householdFacts(farm)).toEqual({
      memberCount: 5,
      totalMonthlyIncome: 5_200,
      incomePerPersonMonthly: 1_040,
      childrenUnder15: 2,
      elderly60Plus: 2,
      workingAge: 1,
      disabledMembers: 0,
      chronicallyIllMembers: 1,
    });
  });

  it('puts a household of 23,000 baht for 4 people above the 3,000-baht line', () => {
    const middle = households[1] as HouseholdVariantForm;
    expect(householdFacts(middle).incomePerPersonMonthly).toBe(5_750);
  });

  it('counts ages at the group boundaries 14/15 and 59/60', () => {
    const person = (age: number) => ({
      name: 'x',
      relation: 'sibling',
      education: 'primary',
      age,
      disabled: age === 59,
      chronicallyIll: false,
      income: { wages: 0, farming: 0, business: 0, welfare: 0, other: 0 },
    });
    const facts = householdFacts({ members: [14, 15, 59, 60].map(person) });
    expect(facts).toMatchObject({ childrenUnder15: 1, workingAge: 2, elderly60Plus: 1 });
    expect(facts.disabledMembers).toBe(1);
  });

  it('adds up one member’s income sources', () => {
    expect(
      memberIncome({ wages: 1, farming: 20, business: 300, welfare: 4_000, other: 50_000 }),
    ).toBe(54_321);
  });
});
