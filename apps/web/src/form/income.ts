import { INCOME_SOURCES } from '@isee/domain';

const amount = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;

/** A member's monthly income as typed so far: blank or invalid sources count as nothing yet. */
export function draftMemberIncome(member: unknown): number {
  const income = (member as { income?: Record<string, unknown> } | undefined)?.income;
  return INCOME_SOURCES.reduce((sum, source) => sum + amount(income?.[source]), 0);
}

/** The live figures of the member table: the server recomputes them the same way on submission. */
export function draftHouseholdIncome(members: unknown): {
  readonly total: number;
  readonly count: number;
  readonly perPerson: number;
} {
  const list = Array.isArray(members) ? (members as unknown[]) : [];
  const total = list.reduce<number>((sum, m) => sum + draftMemberIncome(m), 0);
  return { total, count: list.length, perPerson: list.length === 0 ? 0 : total / list.length };
}
