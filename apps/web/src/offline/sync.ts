import { call, type Answer, type Changes } from '../api.js';
import { applyChanges, forgetSettled, readMeta, writeMeta, type Cycle } from './store.js';

/**
 * Brings the phone's class lists up to date: the current cycle (its form revision and PMT model for
 * the live preview), then the students changed since the kept cursor. A cursor of another cycle is
 * dropped so the first answer of a new cycle is complete.
 */
export async function refreshStudents(): Promise<Answer<null>> {
  const cycle = await call<Cycle>('/api/cycles/current');
  if (cycle.kind !== 'ok') return cycle;
  const previous = await readMeta('cycle');
  await writeMeta('cycle', cycle.value);
  const cursor = previous?.id === cycle.value.id ? await readMeta('cursor') : undefined;
  const query = new URLSearchParams({ cycleId: String(cycle.value.id) });
  if (cursor !== undefined) query.set('cursor', cursor);
  let changes = await call<Changes>(`/api/sync/changes?${query.toString()}`);
  if (changes.kind === 'refused' && changes.issues[0]?.code === 'SYNC_CURSOR_INVALID') {
    // The server no longer knows the cursor (e.g. restored from a backup): start the list afresh.
    query.delete('cursor');
    changes = await call<Changes>(`/api/sync/changes?${query.toString()}`);
  }
  if (changes.kind !== 'ok') return changes;
  await applyChanges(changes.value);
  await forgetSettled(changes.value.students);
  return { kind: 'ok', status: 200, value: null };
}
