import { seedDatabase } from '@isee/db';
import { describeEachEngine } from '@isee/db/testing';
import { unwrap } from '@isee/domain';
import { beforeAll, expect, it } from 'vitest';
import { TEST_ID_KEYS } from '../../testing/app.js';
import { DEMO_PIN, ensureDemoAccounts } from './demo-accounts.js';
import { accessContext, verifySigningPin } from './service.js';

describeEachEngine('demo accounts', (engine) => {
  beforeAll(async () => {
    unwrap(
      await seedDatabase(engine.handle(), {
        scale: 'demo',
        seed: 3,
        idKeys: TEST_ID_KEYS,
        fraction: 0.01,
      }),
    );
  }, 120_000);

  const idOf = async (username: string) =>
    Number(
      (await engine.handle().sql('select id from app_user where username = $1', [username]))[0]?.[
        'id'
      ],
    );
  const pinCheck = async (username: string) => {
    const result = await verifySigningPin(
      accessContext(engine.handle(), TEST_ID_KEYS),
      await idOf(username),
      DEMO_PIN,
    );
    return result.ok ? 'ok' : result.issues[0]?.code;
  };

  it('gives the certifier and the director the demo signing PIN, and no one else', async () => {
    const accounts = await ensureDemoAccounts(engine.handle());
    expect(accounts.filter((a) => a.signs).map((a) => a.username)).toEqual([
      'demo.director',
      'demo.certifier',
    ]);
    expect(await pinCheck('demo.certifier')).toBe('ok');
    expect(await pinCheck('demo.director')).toBe('ok');
    expect(await pinCheck('demo.teacher')).toBe('AUTH_PIN_NOT_SET');
  });

  it('gives the PIN to a signer made before PINs existed, and changes no PIN already set', async () => {
    await engine
      .handle()
      .sql(`update app_user set signing_pin_hash = null where username = 'demo.certifier'`);
    const [director] = await engine
      .handle()
      .sql(`select signing_pin_hash from app_user where username = 'demo.director'`);
    expect(await ensureDemoAccounts(engine.handle())).toHaveLength(8);
    expect(await pinCheck('demo.certifier')).toBe('ok');
    const [after] = await engine
      .handle()
      .sql(`select signing_pin_hash from app_user where username = 'demo.director'`);
    expect(after).toEqual(director);
  });
});
