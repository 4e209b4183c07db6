import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, readServerConfig } from './config.js';

describe('readServerConfig', () => {
  it('listens on every interface at the default port when nothing is set', () => {
    expect(readServerConfig({})).toEqual({
      ok: true,
      value: { port: DEFAULT_PORT, host: '0.0.0.0' },
    });
  });

  it('reads PORT and HOST, trimmed', () => {
    expect(readServerConfig({ PORT: ' 3000 ', HOST: ' 127.0.0.1 ' })).toEqual({
      ok: true,
      value: { port: 3000, host: '127.0.0.1' },
    });
  });

  it.each(['0', '65536', '80.5', 'http', '-1'])(
    'refuses PORT=%j by name, in both languages',
    (port) => {
      const config = readServerConfig({ PORT: port });
      expect(
        config.ok ? [] : config.issues.map((i) => [i.code, i.path, i.params['value']]),
      ).toEqual([['CONFIG_PORT', 'PORT', port]]);
      expect(config.ok ? '' : config.issues[0]?.message.th).toContain(port);
    },
  );
});
