import { describe, expect, it } from 'vitest';
import {
  afterAnswer,
  afterEdit,
  beforeSend,
  contentKey,
  QUIET_MS,
  retryDelay,
  sameContent,
  type Edit,
  type OutboxItem,
} from './outbox.js';

const NOW = Date.parse('2026-07-01T09:00:00+07:00');
const edit = (km: number, submit = false): Edit => ({
  id: '7f1c8f3e-6a52-4c1e-9d57-0c1e2f3a4b5c',
  studentId: 12,
  cycleId: 1,
  form: { formRevision: '2026-03', variant: 'household', travel: { roundTripKm: km } },
  submit,
  baseVersion: null,
});
const half = (): number => 0.5;

describe('the outbox rules', () => {
  it('waits for a pause before sending a draft, not a submission', () => {
    expect(afterEdit(undefined, edit(1), NOW).nextAttemptAt).toBe(NOW + QUIET_MS);
    expect(afterEdit(undefined, edit(1, true), NOW).nextAttemptAt).toBe(NOW);
  });

  it('backs off exponentially with jitter, up to five minutes', () => {
    expect(retryDelay(1, () => 0)).toBe(1_000);
    expect(retryDelay(1, () => 1)).toBe(2_000);
    expect(retryDelay(4, () => 1)).toBe(16_000);
    expect(retryDelay(40, () => 1)).toBe(300_000);
    expect(retryDelay(40, () => 0)).toBe(150_000);
  });

  it('never marks newer content sent on an answer about older content', () => {
    const queued = afterEdit(undefined, edit(1), NOW);
    const { item: out, sending } = beforeSend(queued);
    const edited = afterEdit(out, edit(2), NOW + 1);
    expect(edited.state).toBe('sending');
    const answered = afterAnswer(
      edited,
      sending,
      {
        kind: 'ok',
        status: 201,
        value: {
          created: true,
          changed: true,
          screening: { id: 'x', status: 'draft', version: 'v1' },
        },
      },
      NOW + 2,
      half,
    );
    expect(answered.state).toBe('waiting');
    expect(answered.baseVersion).toBe('v1');
    expect(answered.form).toEqual(edit(2).form);
  });

  it('re-bases on its own lost write, and stops on another phone’s', () => {
    const first = beforeSend(afterEdit(undefined, edit(1), NOW));
    const lost = afterAnswer(first.item, first.sending, { kind: 'offline' }, NOW, half);
    expect(lost.state).toBe('waiting');
    expect(lost.attempts).toBe(1);
    const second = beforeSend(afterEdit(lost, edit(2), NOW + 1));
    const conflict = (form: unknown) =>
      afterAnswer(
        second.item,
        second.sending,
        {
          kind: 'refused',
          status: 409,
          issues: [
            {
              code: 'SCREENING_CONFLICT',
              path: 'baseVersion',
              params: {},
              message: { th: 'ขัดแย้ง', en: 'conflict' },
            },
          ],
          body: null,
          server: { id: 'x', status: 'draft', version: 'v1', form, updatedAt: '2026-07-01' },
        },
        NOW + 2,
        half,
      );
    const ours = conflict({
      travel: { roundTripKm: 1 },
      variant: 'household',
      formRevision: '2026-03',
    });
    expect(ours.state).toBe('waiting');
    expect(ours.baseVersion).toBe('v1');
    const theirs = conflict({ ...edit(9).form });
    expect(theirs.state).toBe('attention');
    expect(theirs.server?.version).toBe('v1');
  });

  it('retries a busy server and needs the teacher on a refusal', () => {
    const out = beforeSend(afterEdit(undefined, edit(1), NOW));
    const refused = (status: number): OutboxItem =>
      afterAnswer(
        out.item,
        out.sending,
        { kind: 'refused', status, issues: [], body: null },
        NOW,
        half,
      );
    expect(refused(503).state).toBe('waiting');
    expect(refused(429).state).toBe('waiting');
    expect(refused(422).state).toBe('attention');
  });

  it('compares and keys contents by value, whatever the key order', () => {
    const a = { b: 1, a: [1, { d: 2, c: 3 }] };
    const b = { a: [1, { c: 3, d: 2 }], b: 1 };
    expect(sameContent(a, b)).toBe(true);
    expect(contentKey(a)).toBe(contentKey(b));
    expect(contentKey({ ...a, b: 2 })).not.toBe(contentKey(a));
    expect(sameContent({ a: undefined }, {})).toBe(true);
  });
});
