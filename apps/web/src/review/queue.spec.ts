import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../api.js';
import type { ListedScreening, ScreeningPage } from './answers.js';
import { collectPages, orderQueue, predecessorId } from './queue.js';

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

const asNumber = (uuid: string): bigint => BigInt(`0x${uuid.replaceAll('-', '')}`);

describe('the id just before a screening’s', () => {
  it('borrows across zeros and keeps the UUID layout', () => {
    expect(predecessorId('1f3a0000-0000-4000-8000-000000000000')).toBe(
      '1f3a0000-0000-4000-7fff-ffffffffffff',
    );
    expect(predecessorId('00000000-0000-0000-0000-00000000000b')).toBe(
      '00000000-0000-0000-0000-00000000000a',
    );
    expect(predecessorId('ABCDEF00-0000-4000-8000-000000000001')).toBe(
      'abcdef00-0000-4000-8000-000000000000',
    );
  });

  it('has none before the smallest UUID or for something that is not one', () => {
    expect(predecessorId('00000000-0000-0000-0000-000000000000')).toBeUndefined();
    expect(predecessorId('not-a-uuid')).toBeUndefined();
  });

  it('is always exactly one less, so the row after it is the screening itself', () => {
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        const before = predecessorId(id);
        if (asNumber(id) === 0n) return before === undefined;
        return (
          before !== undefined &&
          /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(before) &&
          asNumber(before) === asNumber(id) - 1n &&
          before < id.toLowerCase()
        );
      }),
    );
  });
});
