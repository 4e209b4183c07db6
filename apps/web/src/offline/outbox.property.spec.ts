import { describeEachEngine } from '@isee/db/testing';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { classTeacherOnSeed } from '../../../server/src/testing/class-teacher.js';
import { formAt, type Pupil } from '../../../server/src/testing/places.js';
import type { TestSession } from '../../../server/src/testing/users.js';
import type { DraftForm } from '../form/wizard.js';
import {
  Outbox,
  realmLock,
  sameContent,
  type OutboxItem,
  type SaveAnswer,
  type Saved,
} from './outbox.js';

/**
 * The outbox against the real server (in-process, both engines): any interleaving of edits, lost
 * requests, lost answers, duplicate deliveries, busy servers and reconnects ends with the server
 * holding the phone's last version, in one screening, submitted at most once.
 */

/** What the network does to one request. */
type Fault = 'none' | 'lost-request' | 'lost-answer' | 'duplicate' | 'busy';

type Step =
  | { readonly kind: 'edit'; readonly km: number }
  | {
      readonly kind: 'pass';
      readonly faults: readonly Fault[];
      /** The teacher edits while the first request of the pass is out. */
      readonly editWhileSending?: number;
    };

const fault = fc.constantFrom<Fault>('none', 'lost-request', 'lost-answer', 'duplicate', 'busy');
const km = fc.integer({ min: 1, max: 60 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), km }),
  fc.record(
    {
      kind: fc.constant('pass' as const),
      faults: fc.array(fault, { minLength: 1, maxLength: 4 }),
      editWhileSending: km,
    },
    { requiredKeys: ['kind', 'faults'] },
  ),
);

describeEachEngine('the outbox against the server', (engine) => {
  let app: FastifyInstance;
  let teacher: TestSession;
  let cycleId: number;
  let pupils: Pupil[];

  beforeAll(async () => {
    const seeded = await classTeacherOnSeed(engine.handle(), 'outbox-teacher');
    ({ app, teacher } = seeded);
    cycleId = seeded.place.cycleId;
    pupils = [...seeded.place.pupils];
  }, 240_000);

  afterAll(async () => {
    await app?.close();
  });

  /** Removes a student's screening of the cycle and what hangs on it. */
  async function forget(studentId: number): Promise<void> {
    const handle = engine.handle();
    const ids = `select id from screening where cycle_id = $1 and student_id = $2`;
    for (const table of ['screening_event', 'screening_identity'])
      await handle.sql(`delete from ${table} where screening_id in (${ids})`, [cycleId, studentId]);
    await handle.sql(`delete from screening where cycle_id = $1 and student_id = $2`, [
      cycleId,
      studentId,
    ]);
  }

  /** PUT /api/screenings/{id} through the network's faults; the answer as the phone would read it. */
  async function deliver(item: OutboxItem, form: DraftForm, submit: boolean): Promise<SaveAnswer> {
    const response = await app.inject({
      method: 'PUT',
      url: `/api/screenings/${item.id}`,
      headers: teacher.headers(),
      payload: {
        cycleId: item.cycleId,
        studentId: item.studentId,
        baseVersion: item.baseVersion,
        form,
        submit,
      },
    });
    const body = response.json<{ error?: { issues: SaveAnswer[] }; server?: unknown }>();
    if (response.statusCode < 300)
      return { kind: 'ok', status: response.statusCode, value: body as unknown as Saved };
    return {
      kind: 'refused',
      status: response.statusCode,
      issues: (body.error?.issues ?? []) as never,
      body,
      ...(body.server === undefined ? {} : { server: body.server as never }),
    };
  }

  it('ends with the last local version on the server, once', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        async (steps, submitAtEnd) => {
          const pupil = pupils[run++ % pupils.length];
          if (pupil === undefined) throw new Error('the seed leaves no unscreened pupil');
          // Each run starts from a student with no screening: the last run's is removed.
          await forget(pupil.studentId);
          let clock = Date.parse('2026-07-01T09:00:00+07:00');
          let faults: Fault[] = [];
          let duringSend: (() => Promise<void>) | undefined;
          const items = new Map<string, OutboxItem>();
          const outbox = new Outbox({
            storage: {
              all: async () => [...items.values()],
              get: async (id) => items.get(id),
              put: async (item) => void items.set(item.id, item),
            },
            async save(item, sending) {
              const edit = duringSend;
              duringSend = undefined;
              await edit?.();
              const what = faults.shift() ?? 'none';
              if (what === 'lost-request') return { kind: 'offline' };
              if (what === 'busy') return { kind: 'refused', status: 503, issues: [], body: null };
              const answer = await deliver(item, sending.form, sending.submit);
              if (what === 'lost-answer') return { kind: 'offline' };
              if (what === 'duplicate') return deliver(item, sending.form, sending.submit);
              return answer;
            },
            now: () => clock,
            random: () => 0.5,
            lock: realmLock(),
          });
          const id = crypto.randomUUID();
          const base = formAt(pupil.home) as unknown as DraftForm;
          let last: DraftForm = base;
          const edit = (roundTripKm: number, submit = false): Promise<OutboxItem> => {
            last = { ...base, travel: { ...(base['travel'] as object), roundTripKm } };
            return outbox.edit({
              id,
              studentId: pupil.studentId,
              cycleId,
              form: last,
              submit,
              baseVersion: null,
            });
          };

          await edit(5);
          for (const s of steps) {
            if (s.kind === 'edit') {
              await edit(s.km);
              continue;
            }
            faults = [...s.faults];
            const during = s.editWhileSending;
            if (during !== undefined) duringSend = async () => void (await edit(during));
            clock += 10 * 60_000; // Long enough for any back-off and the quiet period.
            await outbox.run();
          }
          // Back online for good; the teacher submits or leaves the draft.
          if (submitAtEnd) await edit(7, true);
          faults = [];
          duringSend = undefined;
          for (let i = 0; i < 5 && items.get(id)?.state !== 'sent'; i++) {
            clock += 10 * 60_000;
            await outbox.run();
          }

          const item = items.get(id);
          expect(item?.state, JSON.stringify(item?.issues)).toBe('sent');
          const rows = await engine
            .handle()
            .sql(
              `select id, status, answers from screening where cycle_id = $1 and student_id = $2`,
              [cycleId, pupil.studentId],
            );
          expect(rows).toHaveLength(1);
          expect(rows[0]?.['id']).toBe(id);
          expect(rows[0]?.['status']).toBe(submitAtEnd ? 'submitted' : 'draft');
          expect(sameContent(rows[0]?.['answers'], last)).toBe(true);
          const submissions = await engine
            .handle()
            .sql(
              `select count(*)::int as n from screening_event where screening_id = $1 and to_status = 'submitted'`,
              [id],
            );
          expect(Number(submissions[0]?.['n'])).toBe(submitAtEnd ? 1 : 0);
        },
      ),
      { numRuns: Number(process.env['OUTBOX_RUNS'] ?? 40), endOnFailure: true },
    );
  }, 240_000);
});
