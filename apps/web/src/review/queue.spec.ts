import { describe, expect, it } from 'vitest';
import type { Answer } from '../api.js';
import type { ListedScreening, QueuePage as ScreeningPage } from '../api.js';
import { collectPages, orderQueue } from './queue.js';

const row = (
  id: string,
  updatedAt: string,
  grade = 'ป.4',
  firstName = 'ดวงใจ',
): ListedScreening => ({
  id,
  status: 'submitted',
  version: 'v',
  updatedAt,
  student: {
    studentId: 1,
    firstName,
    lastName: 'ศรีสุข',
    sex: null,
    birthDate: null,
    grade,
    room: '1',
    candidate: true,
  },
});

const page = (...items: ListedScreening[]): Answer<ScreeningPage> => ({
  kind: 'ok',
  status: 200,
  value: { items },
});

describe('a review queue', () => {
  it('puts whoever has waited longest first, then follows the roster', () => {
    const ordered = orderQueue([
      row('a', '2026-07-12T02:00:00Z'),
      row('b', '2026-07-10T02:00:00Z', 'ป.5'),
      row('c', '2026-07-10T02:00:00Z', 'ป.4', 'กมล'),
      row('d', '2026-07-10T02:00:00Z', 'ป.4', 'ต้น'),
    ]);
    expect(ordered.map((r) => r.id)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('walks every page with the last id of each as the next cursor', async () => {
    const asked: Array<string | undefined> = [];
    const pages = [page(row('1', 'x'), row('2', 'x')), page(row('3', 'x'), row('4', 'x')), page()];
    const all = await collectPages(async (after) => {
      asked.push(after);
      return pages[asked.length - 1] ?? page();
    }, 2);
    expect(asked).toEqual([undefined, '2', '4']);
    expect(all.kind === 'ok' && all.value.map((r) => r.id)).toEqual(['1', '2', '3', '4']);
  });

  it('stops at a short page, at the first refusal or lost connection, and at a cursor that does not move', async () => {
    let calls = 0;
    const short = await collectPages(async () => {
      calls += 1;
      return page(row('1', 'x'));
    }, 2);
    expect(calls).toBe(1);
    expect(short.kind === 'ok' && short.value).toHaveLength(1);

    const refused: Answer<ScreeningPage> = { kind: 'refused', status: 401, issues: [], body: null };
    const answers = [page(row('1', 'x'), row('2', 'x')), refused];
    let n = 0;
    expect(await collectPages(async () => answers[n++] ?? page(), 2)).toBe(refused);
    expect(await collectPages(async () => ({ kind: 'offline' }), 2)).toEqual({ kind: 'offline' });

    let stuck = 0;
    const ignored = await collectPages(async () => {
      stuck += 1;
      return page(row('1', 'x'), row('2', 'x'));
    }, 2);
    expect(stuck).toBe(2);
    expect(ignored.kind).toBe('ok');
  });
});
