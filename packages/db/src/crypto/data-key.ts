import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fail, issue, ok, type Result } from '@isee/domain';
import { DATA_KEY_BYTES, decodeDataKey, type DbConfig } from '../connection/config.js';
import { errorCode, unlinkQuietly } from '../connection/lock-record.js';
import { dataDirUnavailable } from '../connection/lock.js';

/**
 * The master key: ISEE_DATA_KEY when given; otherwise, for the embedded default only, the key file
 * `${dataDir}/isee.key` (base64, mode 0600), generated on first use and never overwritten — losing
 * it makes every stored ID unreadable, so back it up with the data. PostgreSQL deployments must
 * set ISEE_DATA_KEY: several servers share one database, and a key per machine would not do.
 */
export const KEY_FILE = 'isee.key';

const unavailable = (dir: string, error: unknown): Result<never> =>
  fail([dataDirUnavailable(dir, error)]);

/** Publishes a complete new key with link(), so two first starts cannot write two keys. */
async function createKeyFile(file: string): Promise<void> {
  const temp = `${file}.${randomBytes(8).toString('hex')}.tmp`;
  await writeFile(temp, `${randomBytes(DATA_KEY_BYTES).toString('base64')}\n`, {
    flag: 'wx',
    mode: 0o600,
  });
  try {
    await link(temp, file);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
  } finally {
    await unlinkQuietly(temp);
  }
}

async function readKeyFile(file: string): Promise<Result<Uint8Array>> {
  const mode = (await stat(file)).mode & 0o777;
  // POSIX permissions only: on Windows every file reports 0666.
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    return fail([
      issue('DATA_KEY_FILE_EXPOSED', 'ISEE_DATA_DIR', { file, mode: mode.toString(8) }),
    ]);
  }
  const key = decodeDataKey(await readFile(file, 'utf8'));
  return key === undefined
    ? fail([issue('DATA_KEY_FILE_INVALID', 'ISEE_DATA_DIR', { file })])
    : ok(key);
}

/** The 32-byte master key for this configuration, creating the key file when it is needed. */
export async function loadDataKey(config: DbConfig): Promise<Result<Uint8Array>> {
  if (config.dataKey !== undefined) return ok(config.dataKey);
  if (config.databaseUrl !== undefined) return fail([issue('DATA_KEY_REQUIRED', 'ISEE_DATA_KEY')]);
  const file = path.join(config.dataDir, KEY_FILE);
  try {
    await mkdir(config.dataDir, { recursive: true });
    return await readKeyFile(file);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') return unavailable(config.dataDir, error);
  }
  try {
    await createKeyFile(file);
    return await readKeyFile(file);
  } catch (error) {
    return unavailable(config.dataDir, error);
  }
}
