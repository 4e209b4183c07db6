import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { evaluateCompliance } from './compliance.js';
import type { LadderConfig, LadderState } from './ladder-input.js';
import { isConsistent } from './ladder-state.js';
import {
  evaluationEvent,
  explainEntry,
  LADDER_START,
  paymentStatus,
  transition,
} from './ladder.js';

const term = (n: number) => ({ academicYear: 2569 + Math.floor(n / 2), term: (n % 2) + 1 });
const failed = (n: number) => ({
  type: 'evaluated',
  semester: term(n),
  reasons: ['ATTENDANCE_BELOW_THRESHOLD'],
});
const passed = (n: number) => ({ type: 'evaluated', semester: term(n), reasons: [] });
const strict = { caseAfter: 1, holdAfter: 2, suspendAfter: 3 };

/** Applies events in order, failing the test on the first refusal. */
function run(
  events: readonly unknown[],
  config?: unknown,
  from: LadderState = LADDER_START,
): LadderState {
  return events.reduce<LadderState>(
    (state, event) => unwrap(transition(state, event, config)),
    from,
  );
}
const refusal = (state: LadderState, event: unknown, config?: unknown) => {
  const result = transition(state, event, config);
  return result.ok ? 'accepted' : result.issues.map((i) => i.code).join(',');
};

describe('the follow-up ladder, worked examples', () => {
  it('by default opens a case at the first failure and never touches the money', () => {
    const states = [1, 2, 3, 4].map((n) => run([0, 1, 2, 3].slice(0, n).map(failed)));
    expect(states.map((s) => [s.step, s.failures, paymentStatus(s)])).toEqual([
      ['case_open', 1, 'pay'],
      ['case_open', 2, 'pay'],
      ['case_open', 3, 'pay'],
      ['case_open', 4, 'pay'],
    ]);
  });

  it('climbs case → hold → suspension under a strict config, and a compliant term closes it all', () => {
    const steps = [failed(0), failed(1), failed(2), failed(3), passed(4)].map((_, i, all) =>
      run(all.slice(0, i + 1), strict),
    );
    expect(steps.map((s) => [s.step, paymentStatus(s)])).toEqual([
      ['case_open', 'pay'],
      ['payment_held', 'hold'],
      ['suspended', 'suspended'],
      ['suspended', 'suspended'],
      ['none', 'pay'],
    ]);
    expect(steps[4]?.failures).toBe(0);
  });

  it('records a reason first when cases wait for a second failure, and lets a teacher open one early', () => {
    const config = { caseAfter: 2 };
    const recorded = run([failed(0)], config);
    expect(recorded.step).toBe('reason_recorded');
    const visited = run(
      [
        { type: 'case_opened', semester: term(1), action: 'home_visit' },
        { type: 'case_action', semester: term(1), action: 'referral' },
      ],
      config,
      recorded,
    );
    expect(visited.step).toBe('case_open');
    expect(run([{ type: 'resolved', semester: term(1) }], config, visited)).toMatchObject({
      step: 'none',
      failures: 0,
    });
  });

  it('keeps a hold in place while an appeal is pending; an upheld appeal sets the failures aside', () => {
    const held = run([failed(0), failed(1)], strict);
    const appealed = run([{ type: 'appeal_lodged', semester: term(2) }], strict, held);
    expect([appealed.step, paymentStatus(appealed), appealed.appealLodgedIn]).toEqual([
      'payment_held',
      'hold',
      term(2),
    ]);
    const upheld = run(
      [{ type: 'appeal_decided', semester: term(2), decision: 'upheld' }],
      strict,
      appealed,
    );
    expect([upheld.step, upheld.failures, upheld.appealLodgedIn, paymentStatus(upheld)]).toEqual([
      'none',
      0,
      null,
      'pay',
    ]);
    const rejected = run(
      [{ type: 'appeal_decided', semester: term(2), decision: 'rejected' }],
      strict,
      appealed,
    );
    expect([rejected.step, rejected.appealLodgedIn]).toEqual(['payment_held', null]);
  });

  it('records every event with its semester, reasons and the steps before and after', () => {
    const state = run([
      failed(0),
      { type: 'case_action', semester: term(1), action: 'home_visit' },
      passed(1),
    ]);
    expect(state.history.map((e) => [e.event.type, e.from, e.to])).toEqual([
      ['evaluated', 'none', 'case_open'],
      ['case_action', 'case_open', 'case_open'],
      ['evaluated', 'case_open', 'none'],
    ]);
    expect(state.history.map((e) => explainEntry(e).th)).toEqual([
      'ภาคเรียนที่ 1/2569 · ไม่ผ่านเงื่อนไข (มาเรียนต่ำกว่าเกณฑ์) — ไม่มีเรื่องต้องติดตาม → เปิดเคสติดตามช่วยเหลือ',
      'ภาคเรียนที่ 2/2569 · ติดตาม: เยี่ยมบ้าน — เปิดเคสติดตามช่วยเหลือ → เปิดเคสติดตามช่วยเหลือ',
      'ภาคเรียนที่ 2/2569 · ผ่านเงื่อนไข — เปิดเคสติดตามช่วยเหลือ → ไม่มีเรื่องต้องติดตาม',
    ]);
    expect(explainEntry(state.history[0]!).en).toBe(
      'Term 1, 2569 BE · Conditions not met (attendance below threshold) — Nothing to follow up → Follow-up case open',
    );
  });

  it('takes its evaluation event from a compliance result', () => {
    const compliance = unwrap(evaluateCompliance({ semester: term(0) }));
    const state = run([evaluationEvent(compliance)]);
    expect(state.history[0]?.event).toEqual({
      type: 'evaluated',
      semester: term(0),
      reasons: ['ATTENDANCE_MISSING', 'GROWTH_NOT_MEASURED'],
    });
  });

  it('refuses illegal events with a typed issue', () => {
    const open = run([failed(0)]);
    const appealed = run([{ type: 'appeal_lodged', semester: term(0) }], undefined, open);
    expect([
      refusal(LADDER_START, { type: 'appeal_lodged', semester: term(0) }),
      refusal(LADDER_START, { type: 'resolved', semester: term(0) }),
      refusal(LADDER_START, { type: 'case_action', semester: term(0), action: 'home_visit' }),
      refusal(LADDER_START, { type: 'appeal_decided', semester: term(0), decision: 'upheld' }),
      refusal(open, { type: 'case_opened', semester: term(0), action: 'referral' }),
      refusal(open, failed(0)),
      refusal(open, { type: 'resolved', semester: { academicYear: 2568, term: 2 } }),
      refusal(appealed, { type: 'appeal_lodged', semester: term(1) }),
    ]).toEqual([
      'LADDER_NO_FAILURE',
      'LADDER_NO_FAILURE',
      'LADDER_NO_OPEN_CASE',
      'LADDER_NO_APPEAL_PENDING',
      'LADDER_CASE_ALREADY_OPEN',
      'LADDER_ALREADY_EVALUATED',
      'LADDER_SEMESTER_OUT_OF_ORDER',
      'LADDER_APPEAL_PENDING',
    ]);
    const issue = transition(open, failed(0));
    expect(issue.ok ? undefined : issue.issues[0]).toMatchObject({
      path: 'event',
      params: { last: '1/2569' },
      message: { th: 'ประเมินเงื่อนไขได้ภาคเรียนละครั้ง (ประเมินล่าสุดภาคเรียน 1/2569)' },
    });
  });

  it('refuses a config out of order and a state that contradicts its history', () => {
    expect(refusal(LADDER_START, failed(0), { caseAfter: 2, holdAfter: 1 })).toBe(
      'LADDER_CONFIG_ORDER',
    );
    expect(refusal(LADDER_START, failed(0), { holdAfter: 3, suspendAfter: 2 })).toBe(
      'LADDER_CONFIG_ORDER',
    );
    const tampered = { ...run([failed(0)]), step: 'none' };
    expect(refusal(tampered as LadderState, failed(1))).toBe('LADDER_STATE_INCONSISTENT');
    expect(refusal({ ...LADDER_START, step: 'suspended', failures: 0 }, failed(0))).toBe(
      'LADDER_STATE_INCONSISTENT',
    );
  });
});

describe('the follow-up ladder, properties', () => {
  const config: fc.Arbitrary<LadderConfig> = fc
    .record({
      caseAfter: fc.integer({ min: 1, max: 3 }),
      toHold: fc.option(fc.integer({ min: 0, max: 2 })),
      toSuspend: fc.option(fc.integer({ min: 0, max: 2 })),
    })
    .map(({ caseAfter, toHold, toSuspend }) => {
      const holdAfter = toHold === null ? null : caseAfter + toHold;
      const suspendAfter = toSuspend === null ? null : (holdAfter ?? caseAfter) + toSuspend;
      return { caseAfter, holdAfter, suspendAfter };
    });
  const reasons = fc.subarray([
    'ATTENDANCE_BELOW_THRESHOLD',
    'ATTENDANCE_MISSING',
    'GROWTH_UNHEALTHY',
  ]);
  const action = fc.constantFrom('home_visit', 'referral', 'guardian_meeting');
  // Failing evaluations dominate so that long runs reach holds and suspensions.
  const event = (n: number) =>
    fc.oneof(
      {
        arbitrary: reasons.map((r) => ({ type: 'evaluated', semester: term(n), reasons: r })),
        weight: 6,
      },
      action.map((a) => ({ type: 'case_opened', semester: term(n), action: a })),
      action.map((a) => ({ type: 'case_action', semester: term(n), action: a })),
      fc.constant({ type: 'resolved', semester: term(n) }),
      fc.constant({ type: 'appeal_lodged', semester: term(n) }),
      fc
        .constantFrom('upheld', 'rejected')
        .map((d) => ({ type: 'appeal_decided', semester: term(n), decision: d })),
    );
  // Semesters mostly move forward, sometimes repeat or go back, so refusals are exercised too.
  const move = fc.oneof(
    { arbitrary: fc.constant(1), weight: 6 },
    fc.constant(0),
    fc.constant(-1),
    fc.constant(2),
  );
  const events = fc.array(move, { maxLength: 30 }).chain((steps) => {
    const terms = steps.reduce<number[]>(
      (acc, s) => [...acc, Math.max(0, (acc.at(-1) ?? 0) + s)],
      [],
    );
    return fc.tuple(...terms.map(event));
  });

  /** Failing evaluations since the last compliant term, resolution or upheld appeal. */
  function failuresSinceReset(state: LadderState): number {
    let count = 0;
    for (const { event } of state.history) {
      if (event.type === 'evaluated') count = event.reasons.length > 0 ? count + 1 : 0;
      if (
        event.type === 'resolved' ||
        (event.type === 'appeal_decided' && event.decision === 'upheld')
      )
        count = 0;
    }
    return count;
  }

  it('never throws, and every state reached is valid and consistent with its history', () => {
    fc.assert(
      fc.property(config, events, (conf, list) => {
        let state = LADDER_START;
        for (const e of list) {
          const result = transition(state, e, conf);
          if (!result.ok) {
            expect(result.issues.length).toBeGreaterThan(0);
            continue;
          }
          state = result.value;
          expect(isConsistent(state)).toBe(true);
          expect(transition(state, { type: 'resolved', semester: term(99) }, conf).ok).toBe(
            state.step !== 'none',
          );
          expect(JSON.parse(JSON.stringify(state))).toEqual(state);
        }
      }),
    );
  });

  it('never suspends or holds without the configured number of consecutive failures', () => {
    fc.assert(
      fc.property(config, events, (conf, list) => {
        let state = LADDER_START;
        for (const e of list) {
          const result = transition(state, e, conf);
          if (result.ok) state = result.value;
          const failures = failuresSinceReset(state);
          expect(state.failures).toBe(failures);
          if (state.step === 'suspended')
            expect(failures).toBeGreaterThanOrEqual(conf.suspendAfter ?? Infinity);
          if (paymentStatus(state) === 'hold')
            expect(failures).toBeGreaterThanOrEqual(conf.holdAfter ?? Infinity);
        }
      }),
    );
  });

  it('accepts an appeal at every step above none when none is pending', () => {
    fc.assert(
      fc.property(config, events, (conf, list) => {
        let state = LADDER_START;
        for (const e of list) {
          const result = transition(state, e, conf);
          if (result.ok) state = result.value;
          const appeal = transition(state, { type: 'appeal_lodged', semester: term(99) }, conf);
          const open = state.step !== 'none' && state.appealLodgedIn === null;
          expect(appeal.ok).toBe(open);
          if (appeal.ok)
            expect([appeal.value.step, paymentStatus(appeal.value)]).toEqual([
              state.step,
              paymentStatus(state),
            ]);
        }
      }),
    );
  });

  it('with the default config, always pays', () => {
    fc.assert(
      fc.property(events, (list) => {
        let state = LADDER_START;
        for (const e of list) {
          const result = transition(state, e);
          if (result.ok) state = result.value;
          expect(paymentStatus(state)).toBe('pay');
        }
      }),
    );
  });

  it('never throws on junk state, event or config', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (s, e, c) => {
        const result = transition(s, e, c);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (e) => {
        expect(() => transition(LADDER_START, e)).not.toThrow();
      }),
    );
  });
});
