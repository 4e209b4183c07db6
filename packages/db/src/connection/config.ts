import path from 'node:path';
import { fail, issue, ok, type Issue, type Result } from '@isee/domain';

/**
 * The whole of the database configuration, read from the environment in this one place:
 * DATABASE_URL (PostgreSQL; unset → embedded PGlite), ISEE_DATA_DIR (default ./data) and
 * ISEE_DATA_KEY (base64 of the 32-byte master key; unset → the key file in the data directory).
 */
export interface DbConfig {
  /** PostgreSQL connection string; undefined selects the embedded PGlite database. */
  readonly databaseUrl: string | undefined;
  /** Absolute path of the data directory (PGlite files, the lock, the generated key file). */
  readonly dataDir: string;
  /** The master key given in ISEE_DATA_KEY, if any. */
  readonly dataKey: Uint8Array | undefined;
}

export const DEFAULT_DATA_DIR = './data';
export const DATA_KEY_BYTES = 32;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The 32 bytes of a base64 key, or undefined when the text is not exactly that. */
export function decodeDataKey(text: string): Uint8Array | undefined {
  const trimmed = text.trim();
  if (!BASE64.test(trimmed) || trimmed.length % 4 !== 0) return undefined;
  const bytes = Buffer.from(trimmed, 'base64');
  return bytes.byteLength === DATA_KEY_BYTES ? new Uint8Array(bytes) : undefined;
}

function readDatabaseUrl(value: string | undefined, issues: Issue[]): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim());
    if (url.protocol === 'postgres:' || url.protocol === 'postgresql:') return value.trim();
  } catch {
    // not a URL at all: reported below like a URL of the wrong kind
  }
  issues.push(issue('CONFIG_DATABASE_URL', 'DATABASE_URL'));
  return undefined;
}

function readDataKey(value: string | undefined, issues: Issue[]): Uint8Array | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const key = decodeDataKey(value);
  if (key === undefined) issues.push(issue('CONFIG_DATA_KEY', 'ISEE_DATA_KEY'));
  return key;
}

/** Validates the environment: the configuration, or every issue found (the path is the variable's name). */
export function readConfig(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string = process.cwd(),
): Result<DbConfig> {
  const issues: Issue[] = [];
  const databaseUrl = readDatabaseUrl(env['DATABASE_URL'], issues);
  const dataKey = readDataKey(env['ISEE_DATA_KEY'], issues);
  const dir = env['ISEE_DATA_DIR']?.trim() || DEFAULT_DATA_DIR;
  if (issues.length > 0) return fail(issues);
  return ok({ databaseUrl, dataDir: path.resolve(cwd, dir), dataKey });
}
