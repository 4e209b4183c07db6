import type { Answer } from '../api.js';
import type { ListedScreening, ScreeningPage } from './answers.js';

/** Rows asked per page: a school's queue is a few pages at most. */
export const PAGE_SIZE = 100;

const waitedSince = (row: ListedScreening): number => {
  const at = Date.parse(row.updatedAt);
  return Number.isNaN(at) ? Number.POSITIVE_INFINITY : at;
};

/**
 * A queue in the order a reviewer should work: whoever has waited longest first, then by class and
 * name as on the school's roster. The server pages by id, which means nothing to a person.
 */
export function orderQueue(rows: readonly ListedScreening[]): readonly ListedScreening[] {
  return [...rows].sort(
    (a, b) =>
      waitedSince(a) - waitedSince(b) ||
      a.student.grade.localeCompare(b.student.grade, 'th') ||
      a.student.room.localeCompare(b.student.room, 'th', { numeric: true }) ||
      a.student.firstName.localeCompare(b.student.firstName, 'th') ||
      a.student.lastName.localeCompare(b.student.lastName, 'th'),
  );
}

/**
 * Every page of a queue, following the `after` cursor (the last id of a page) until a page comes
 * back short. The first refusal or lost connection is the answer; a cursor that does not move ends
 * the walk rather than looping.
 */
export async function collectPages(
  fetchPage: (after: string | undefined) => Promise<Answer<ScreeningPage>>,
  pageSize: number = PAGE_SIZE,
): Promise<Answer<readonly ListedScreening[]>> {
  const rows: ListedScreening[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await fetchPage(after);
    if (page.kind !== 'ok') return page;
    rows.push(...page.value.items);
    const last = page.value.items.at(-1)?.id;
    if (page.value.items.length < pageSize || last === undefined || last === after)
      return { kind: 'ok', status: page.status, value: rows };
    after = last;
  }
}

/**
 * The UUID just before this one in the server's order (byte order, which is the order of the
 * lower-case hex text), or undefined for the smallest. GET /api/screenings?after=<it>&limit=1 then
 * answers this very screening with its student: the single screening's answer names no student.
 */
export function predecessorId(id: string): string | undefined {
  const hex = id.toLowerCase().replaceAll('-', '');
  if (!/^[0-9a-f]{32}$/.test(hex)) return undefined;
  const last = hex.search(/[1-9a-f]0*$/);
  if (last < 0) return undefined;
  const digit = (parseInt(hex.charAt(last), 16) - 1).toString(16);
  const before = hex.slice(0, last) + digit + 'f'.repeat(hex.length - last - 1);
  return [
    before.slice(0, 8),
    before.slice(8, 12),
    before.slice(12, 16),
    before.slice(16, 20),
    before.slice(20),
  ].join('-');
}
