import type { Result } from '@isee/domain';
import { readConfig } from '../connection/config.js';
import type { DatabaseHandle } from '../connection/handle.js';
import { migrateDatabase } from '../connection/migrate.js';
import { openDatabase } from '../connection/open.js';
import { exitCodeOf, printIssues } from './output.js';

/**
 * Runs one command against the configured database (DATABASE_URL or the embedded one), migrated
 * first, and always closes it (releasing the data-directory lock). Returns the exit code.
 */
export async function withDatabase(
  work: (handle: DatabaseHandle) => Promise<Result<unknown>>,
): Promise<number> {
  const config = readConfig(process.env);
  if (!config.ok) return failed(config.issues);
  const opened = await openDatabase(config.value);
  if (!opened.ok) return failed(opened.issues);
  const handle = opened.value;
  try {
    const migrated = await migrateDatabase(handle);
    if (!migrated.ok) return failed(migrated.issues);
    const result = await work(handle);
    return result.ok ? 0 : failed(result.issues);
  } finally {
    await handle.close();
  }
}

function failed(issues: Parameters<typeof printIssues>[0]): number {
  printIssues(issues);
  return exitCodeOf(issues);
}
