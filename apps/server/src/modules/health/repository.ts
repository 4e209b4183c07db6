import type { Database } from '../../plumbing/database.js';

export async function databaseReachable(db: Database): Promise<boolean> {
  try {
    const rows = await db.sql<{ one: number }>('select 1 as one');
    return rows[0]?.one === 1;
  } catch {
    return false;
  }
}
