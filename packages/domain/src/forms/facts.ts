import type { HouseholdVariantForm, Income, Member } from './household.js';
import { INCOME_SOURCES } from './household.js';
import type { HouseholdFacts } from './types.js';

/** Monthly income of one member, all sources. */
export const memberIncome = (income: Income): number =>
  INCOME_SOURCES.reduce((sum, source) => sum + income[source], 0);

const count = (members: readonly Member[], test: (m: Member) => boolean): number =>
  members.reduce((n, m) => (test(m) ? n + 1 : n), 0);

/** Facts of a validated ordinary household (an institution has no member table). */
export function householdFacts(form: Pick<HouseholdVariantForm, 'members'>): HouseholdFacts {
  const { members } = form;
  const totalMonthlyIncome = members.reduce((sum, m) => sum + memberIncome(m.income), 0);
  return {
    memberCount: members.length,
    totalMonthlyIncome,
    incomePerPersonMonthly: totalMonthlyIncome / members.length,
    childrenUnder15: count(members, (m) => m.age < 15),
    elderly60Plus: count(members, (m) => m.age >= 60),
    workingAge: count(members, (m) => m.age >= 15 && m.age < 60),
    disabledMembers: count(members, (m) => m.disabled),
    chronicallyIllMembers: count(members, (m) => m.chronicallyIll),
  };
}
