import { type Issue, type Result } from '@isee/domain';
import { readConfig } from '../connection/config.js';
import type { DatabaseHandle } from '../connection/handle.js';
import { migrateDatabase } from '../connection/migrate.js';
import { openDatabase } from '../connection/open.js';
import { loadDataKey } from '../crypto/data-key.js';
import { deriveIdKeys, type IdKeys } from '../crypto/national-id.js';
import { exitCodeOf, printIssues } from './output.js';

export interface Session {
  readonly handle: DatabaseHandle;
  /** The national-ID keys, loaded only by commands that touch IDs (`stats` needs no key). */
  keys(): Promise<Result<IdKeys>>;
}

/**
 * Runs one command against the configured database (DATABASE_URL or the embedded one), migrated
 * first, and always closes it (releasing the data-directory lock). Returns the exit code.
 */
export async function withDatabase(
  work: (session: Session) => Promise<Result<unknown>>,
): Promise<number> {
  const config = readConfig(process.env);
  if (!config.ok) return failed(config.issues);
  const opened = await openDatabase(config.value);
  if (!opened.ok) return failed(opened.issues);
  const handle = opened.value;
  const keys = async (): Promise<Result<IdKeys>> => {
    const key = await loadDataKey(config.value);
    return key.ok ? { ok: true, value: deriveIdKeys(key.value) } : key;
  };
  try {
    const migrated = await migrateDatabase(handle);
    if (!migrated.ok) return failed(migrated.issues);
    const result = await work({ handle, keys });
    return result.ok ? 0 : failed(result.issues);
  } finally {
    await handle.close();
  }
}

function failed(issues: readonly Issue[]): number {
  printIssues(issues);
  return exitCodeOf(issues);
}
