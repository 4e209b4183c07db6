import { chmod, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DbConfig } from '../connection/config.js';
import { KEY_FILE, loadDataKey } from './data-key.js';

const embedded = async (): Promise<DbConfig> => ({
  databaseUrl: undefined,
  dataDir: path.join(await mkdtemp(path.join(tmpdir(), 'isee-key-')), 'data'),
  dataKey: undefined,
});

const codeOf = (result: Awaited<ReturnType<typeof loadDataKey>>) =>
  result.ok ? 'ok' : result.issues[0]?.code;

describe('loadDataKey', () => {
  it('uses ISEE_DATA_KEY when given, and writes no file', async () => {
    const config = { ...(await embedded()), dataKey: new Uint8Array(32).fill(9) };
    const key = await loadDataKey(config);
    expect(key.ok && key.value).toEqual(new Uint8Array(32).fill(9));
    await expect(stat(config.dataDir)).rejects.toThrow(/ENOENT/);
  });

  it('requires ISEE_DATA_KEY with PostgreSQL: a key per machine would split the data', async () => {
    const config = { ...(await embedded()), databaseUrl: 'postgres://db/isee' };
    expect(codeOf(await loadDataKey(config))).toBe('DATA_KEY_REQUIRED');
  });

  it('generates the key file once (mode 0600) and reads the same key ever after', async () => {
    const config = await embedded();
    const keys = await Promise.all(Array.from({ length: 5 }, () => loadDataKey(config)));
    const file = path.join(config.dataDir, KEY_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const first = keys[0];
    expect(first?.ok && first.value.byteLength).toBe(32);
    for (const key of keys) expect(key).toEqual(first);
    const content = await readFile(file, 'utf8');
    expect(await loadDataKey(config)).toEqual(first);
    expect(await readFile(file, 'utf8')).toBe(content);
  });

  it('refuses a key file others can read, and one that is not a key', async () => {
    const config = await embedded();
    await loadDataKey(config);
    const file = path.join(config.dataDir, KEY_FILE);
    await chmod(file, 0o644);
    expect(codeOf(await loadDataKey(config))).toBe('DATA_KEY_FILE_EXPOSED');
    await chmod(file, 0o600);
    await writeFile(file, 'not a key\n');
    expect(codeOf(await loadDataKey(config))).toBe('DATA_KEY_FILE_INVALID');
  });
});
