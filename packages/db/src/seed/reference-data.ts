import type { DatabaseHandle } from '../connection/handle.js';
import { loadThaiAreas } from '../reference/areas.js';
import { writeReference } from './header.js';
import { withSeedSession } from './session.js';

/**
 * Real reference data (areas, affiliations, grade levels, the academic calendar) belongs in every
 * database, not only seeded ones: written once into an empty one, then left alone. Answers whether
 * it wrote.
 */
export async function ensureReferenceData(handle: DatabaseHandle): Promise<boolean> {
  const [row] = await handle.sql<{ provinces: number }>(
    'select count(*) as provinces from province',
  );
  if (Number(row?.provinces ?? 0) > 0) return false;
  const areas = await loadThaiAreas();
  await withSeedSession(handle, (session) => writeReference(session, areas));
  return true;
}
