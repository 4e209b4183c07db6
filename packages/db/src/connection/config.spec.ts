import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

const KEY = Buffer.alloc(32, 7).toString('base64');

describe('readConfig', () => {
  it('defaults to embedded PGlite in ./data, resolved against the working directory', () => {
    expect(readConfig({}, '/srv/isee')).toEqual({
      ok: true,
      value: { databaseUrl: undefined, dataDir: '/srv/isee/data', dataKey: undefined },
    });
  });

  it('reads DATABASE_URL, ISEE_DATA_DIR and ISEE_DATA_KEY', () => {
    const config = readConfig(
      {
        DATABASE_URL: 'postgresql://u@db:5432/isee',
        ISEE_DATA_DIR: 'var/isee',
        ISEE_DATA_KEY: KEY,
      },
      '/srv',
    );
    expect(config.ok && config.value.databaseUrl).toBe('postgresql://u@db:5432/isee');
    expect(config.ok && config.value.dataDir).toBe(path.resolve('/srv', 'var/isee'));
    expect(config.ok && Buffer.from(config.value.dataKey ?? []).equals(Buffer.alloc(32, 7))).toBe(
      true,
    );
  });

  it('treats empty variables as unset', () => {
    const config = readConfig({ DATABASE_URL: ' ', ISEE_DATA_DIR: '', ISEE_DATA_KEY: '' }, '/x');
    expect(config).toEqual({
      ok: true,
      value: { databaseUrl: undefined, dataDir: '/x/data', dataKey: undefined },
    });
  });

  it('reports every bad variable at once, by name, in Thai and English', () => {
    const config = readConfig({ DATABASE_URL: 'mysql://db/isee', ISEE_DATA_KEY: 'c2hvcnQ=' });
    expect(config.ok).toBe(false);
    if (config.ok) return;
    expect(config.issues.map((i) => [i.code, i.path])).toEqual([
      ['CONFIG_DATABASE_URL', 'DATABASE_URL'],
      ['CONFIG_DATA_KEY', 'ISEE_DATA_KEY'],
    ]);
    expect(config.issues[0]?.message.th).toContain('PostgreSQL');
  });

  it.each(['not a url', 'postgres', Buffer.alloc(31).toString('base64')])(
    'refuses %j where a URL or a key is expected',
    (value) => {
      const config = readConfig({ DATABASE_URL: value, ISEE_DATA_KEY: value });
      expect(config.ok ? [] : config.issues.map((i) => i.code)).toEqual([
        'CONFIG_DATABASE_URL',
        'CONFIG_DATA_KEY',
      ]);
    },
  );

  it('refuses a key that is not strictly base64', () => {
    expect(readConfig({ ISEE_DATA_KEY: `${KEY.slice(0, -2)}!=` }).ok).toBe(false);
  });
});
