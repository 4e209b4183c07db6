import type { Answer } from '../api.js';
import type { ListedScreening, QueuePage as ScreeningPage } from '../api.js';

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
