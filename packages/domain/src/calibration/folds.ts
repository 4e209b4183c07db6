import { byId } from '../core/guard.js';
import { hashString } from './prng.js';

/**
 * Deterministic, balanced fold assignment: records are ordered by a seeded hash of their id (then
 * the id) and dealt round-robin, so a record's fold depends on the seed and the set, not the order.
 */
export function assignFolds(ids: readonly string[], folds: number, seed: number): Uint8Array {
  const keys = ids.map((id) => hashString(id, seed));
  const order = Array.from(ids.keys()).sort(
    (a, b) => (keys[a] as number) - (keys[b] as number) || byId(ids[a] as string, ids[b] as string),
  );
  const fold = new Uint8Array(ids.length);
  order.forEach((record, j) => (fold[record] = j % folds));
  return fold;
}
