import { seedDatabase, type DatabaseHandle } from '@isee/db';
import { unwrap } from '@isee/domain';
import type { FastifyInstance } from 'fastify';
import { TEST_ID_KEYS, testApp } from './app.js';
import { unscreenedPlaces, type Place } from './places.js';
import { createUser, loginAs, type TestSession } from './users.js';

export interface ClassTeacher {
  readonly app: FastifyInstance;
  /** The school with the most unscreened pupils, whose classes the teacher holds. */
  readonly place: Place;
  readonly teacher: TestSession;
}

/**
 * A 1 % share of the demo nation served by the application, and a teacher of every class of the
 * school with the most unscreened pupils, logged in: what a test of a teacher's work starts from.
 */
export async function classTeacherOnSeed(
  handle: DatabaseHandle,
  username: string,
  seed = 11,
): Promise<ClassTeacher> {
  unwrap(await seedDatabase(handle, { scale: 'demo', seed, idKeys: TEST_ID_KEYS, fraction: 0.01 }));
  const app = await testApp({ db: handle });
  const [place] = await unscreenedPlaces(handle);
  if (place === undefined) throw new Error('the seed leaves unscreened students');
  const semesterId = String(place.semesterId);
  await createUser(handle, {
    username,
    roles: [{ role: 'teacher', schoolId: place.schoolId }],
    classes: place.classes.map((c) => ({ ...c, semesterId, schoolId: place.schoolId })),
  });
  return { app, place, teacher: await loginAs(app, username) };
}
