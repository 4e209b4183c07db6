import { decryptSecret, verifyAudit } from '@isee/db';
import { describeEachEngine } from '@isee/db/testing';
import { unwrap, type Result } from '@isee/domain';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { TEST_ID_KEYS, testApp } from '../../testing/app.js';
import { createUser, loginAs, TEST_PASSWORD, type TestSession } from '../../testing/users.js';
import { SESSION_SWEEP_MS } from './policy.js';
import { accessContext, verifySigningPin, type AccessContext } from './service.js';

const START = new Date('2026-07-01T01:00:00Z');
const PIN = '482915';

describeEachEngine('signing PINs, TOTP enrolment and session sweeps', (engine) => {
  let clock = START;
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
  let app: FastifyInstance;
  let ctx: AccessContext;
  const ids = new Map<string, number>();

  beforeAll(async () => {
    app = await testApp({ db: engine.handle(), access: { now: () => clock } });
    ctx = accessContext(engine.handle(), TEST_ID_KEYS, { now: () => clock });
    for (const name of ['pin', 'weak', 'guess', 'signer', 'shared', 'otp', 'other', 'admin'])
      ids.set(
        name,
        await createUser(engine.handle(), {
          username: name,
          roles: [{ role: name === 'admin' ? 'system_admin' : 'certifier' }],
        }),
      );
  });
  afterAll(() => app.close());

  const id = (name: string): number => ids.get(name) ?? 0;
  const codeOf = (r: LightMyRequestResponse) => r.json().error.issues[0].code;
  const codes = (r: Result<unknown>) => (r.ok ? 'ok' : r.issues.map((i) => i.code).join());
  const send = (s: TestSession, method: 'PUT' | 'POST' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, headers: s.headers(), ...(payload && { payload }) });
  const setPin = (s: TestSession, pin: string, password = TEST_PASSWORD) =>
    send(s, 'PUT', '/api/auth/me/pin', { password, pin });
  const user = async (name: string) =>
    (
      await engine.handle().sql<{
        signing_pin_hash: string | null;
        failed_logins: number;
        totp_secret_enc: Uint8Array | null;
      }>('select signing_pin_hash, failed_logins, totp_secret_enc from app_user where id = $1', [id(name)])
    )[0];
  const login = (username: string, totp?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: TEST_PASSWORD, ...(totp !== undefined && { totp }) },
    });

  it('sets a signing PIN when the password is right, stored as an argon2id hash', async () => {
    const s = await loginAs(app, 'pin');
    expect(codes(await verifySigningPin(ctx, id('pin'), PIN))).toBe('AUTH_PIN_NOT_SET');
    expect((await setPin(s, PIN)).statusCode).toBe(204);
    expect((await user('pin'))?.signing_pin_hash).toMatch(/^\$argon2id\$/);
    expect(codes(await verifySigningPin(ctx, id('pin'), PIN))).toBe('ok');
    expect(codes(await verifySigningPin(ctx, id('pin'), '482916'))).toBe('AUTH_PIN_WRONG');
    const anonymous = await app.inject({
      method: 'PUT',
      url: '/api/auth/me/pin',
      payload: { password: TEST_PASSWORD, pin: PIN },
    });
    expect(codeOf(anonymous)).toBe('AUTH_REQUIRED');
  });

  it('refuses a PIN that is not six digits or is easy to guess, before the password is checked', async () => {
    const s = await loginAs(app, 'weak');
    for (const [pin, code] of [
      ['24681', 'AUTH_PIN_FORMAT'],
      ['2468100', 'AUTH_PIN_FORMAT'],
      ['111111', 'AUTH_PIN_WEAK'],
      ['123456', 'AUTH_PIN_WEAK'],
      ['987654', 'AUTH_PIN_WEAK'],
    ] as const) {
      const response = await setPin(s, pin, 'not the password');
      expect(response.statusCode).toBe(422);
      expect(response.json().error.issues[0]).toMatchObject({ code, path: 'pin' });
    }
    expect(await user('weak')).toMatchObject({ signing_pin_hash: null, failed_logins: 0 });
  });

  it('counts a wrong password as a failed login: the fifth locks the account, for login too', async () => {
    const s = await loginAs(app, 'guess');
    for (let i = 0; i < 4; i++) {
      const wrong = await setPin(s, PIN, 'not the password');
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json().error.issues[0]).toMatchObject({
        code: 'AUTH_PASSWORD_WRONG',
        path: 'password',
      });
    }
    const fifth = await setPin(s, PIN, 'not the password');
    expect(fifth.json().error.issues[0]).toMatchObject({
      code: 'AUTH_LOCKED',
      params: { minutes: 15 },
    });
    advance(5 * 60_000);
    const locked = await setPin(s, PIN);
    expect(locked.json().error.issues[0]).toMatchObject({
      code: 'AUTH_LOCKED',
      params: { minutes: 10 },
    });
    expect(codeOf(await login('guess'))).toBe('AUTH_FAILED');
    advance(10 * 60_000);
    expect((await setPin(s, PIN)).statusCode).toBe(204);
  });

  it('locks signing after five wrong PINs; a right PIN before that clears the count', async () => {
    await setPin(await loginAs(app, 'signer'), PIN);
    for (let i = 0; i < 4; i++)
      expect(codes(await verifySigningPin(ctx, id('signer'), '000001'))).toBe('AUTH_PIN_WRONG');
    expect((await user('signer'))?.failed_logins).toBe(4);
    expect(codes(await verifySigningPin(ctx, id('signer'), PIN))).toBe('ok');
    expect((await user('signer'))?.failed_logins).toBe(0);

    for (let i = 0; i < 4; i++) await verifySigningPin(ctx, id('signer'), '000001');
    const fifth = await verifySigningPin(ctx, id('signer'), '000001');
    expect(fifth.ok ? undefined : fifth.issues[0]).toMatchObject({
      code: 'AUTH_LOCKED',
      path: 'pin',
      params: { minutes: 15 },
    });
    expect(codes(await verifySigningPin(ctx, id('signer'), PIN))).toBe('AUTH_LOCKED');
    expect(codeOf(await login('signer'))).toBe('AUTH_FAILED');
    advance(15 * 60_000);
    expect(codes(await verifySigningPin(ctx, id('signer'), PIN))).toBe('ok');
  });

  it('shares one failure count between passwords at login and PINs', async () => {
    await setPin(await loginAs(app, 'shared'), PIN);
    for (let i = 0; i < 3; i++)
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'shared', password: 'not the password' },
      });
    expect(codes(await verifySigningPin(ctx, id('shared'), '000001'))).toBe('AUTH_PIN_WRONG');
    expect(codes(await verifySigningPin(ctx, id('shared'), '000001'))).toBe('AUTH_LOCKED');
    expect(codeOf(await login('shared'))).toBe('AUTH_FAILED');
    advance(15 * 60_000);
  });

  it('enrols an authenticator app: secret shown once, stored encrypted only after a right code', async () => {
    const s = await loginAs(app, 'otp');
    const start = await send(s, 'POST', '/api/auth/me/totp', { password: TEST_PASSWORD });
    expect(start.statusCode).toBe(200);
    const { secret, otpauthUri, enrolmentToken } = start.json();
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/iSEE:otp\?/);
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect((await user('otp'))?.totp_secret_enc).toBeNull();

    const codeAt = (at: Date) =>
      new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() });
    const confirm = (session: TestSession, token: string, code: string) =>
      send(session, 'POST', '/api/auth/me/totp/confirm', { enrolmentToken: token, code });
    const wrongCode = await confirm(
      s,
      enrolmentToken,
      codeAt(new Date(clock.getTime() + 3_600_000)),
    );
    expect(wrongCode.json().error.issues[0]).toMatchObject({
      code: 'AUTH_TOTP_WRONG',
      path: 'code',
    });
    const [payload, signature] = String(enrolmentToken).split('.');
    const forged = `${Buffer.from(
      Buffer.from(payload ?? '', 'base64url')
        .toString()
        .replace(secret, 'JBSWY3DPEHPK3PXP'),
    ).toString('base64url')}.${signature}`;
    expect(codeOf(await confirm(s, forged, codeAt(clock)))).toBe('AUTH_TOTP_ENROLMENT_INVALID');
    const someoneElse = await loginAs(app, 'other');
    expect(codeOf(await confirm(someoneElse, enrolmentToken, codeAt(clock)))).toBe(
      'AUTH_TOTP_ENROLMENT_INVALID',
    );
    expect((await user('other'))?.totp_secret_enc).toBeNull();

    expect((await confirm(s, enrolmentToken, codeAt(clock))).statusCode).toBe(204);
    const stored = (await user('otp'))?.totp_secret_enc ?? new Uint8Array();
    expect(Buffer.from(stored).toString('latin1')).not.toContain(secret);
    expect(unwrap(decryptSecret(TEST_ID_KEYS, stored))).toBe(secret);
    expect(codeOf(await login('otp'))).toBe('AUTH_TOTP_REQUIRED');
    expect((await login('otp', codeAt(clock))).statusCode).toBe(200);

    const again = await send(s, 'POST', '/api/auth/me/totp', { password: TEST_PASSWORD });
    advance(11 * 60_000);
    const late = new TOTP({ secret: Secret.fromBase32(again.json().secret) }).generate({
      timestamp: clock.getTime(),
    });
    const expired = await loginAs(app, 'other');
    expect(codeOf(await confirm(expired, again.json().enrolmentToken, late))).toBe(
      'AUTH_TOTP_ENROLMENT_INVALID',
    );
  });

  it('lets a system admin remove a lost authenticator: the password alone logs in again', async () => {
    const admin = await loginAs(app, 'admin');
    expect((await send(admin, 'DELETE', `/api/admin/users/${id('otp')}/totp`)).statusCode).toBe(
      204,
    );
    expect((await login('otp')).statusCode).toBe(200);
    expect(codeOf(await send(admin, 'DELETE', '/api/admin/users/999999/totp'))).toBe(
      'USER_NOT_FOUND',
    );
  });

  it('deletes expired sessions when the app starts and every 10 minutes after', async () => {
    const handle = engine.handle();
    const session = async (token: string, minutesLeft: number) => {
      const expires = new Date(clock.getTime() + minutesLeft * 60_000).toISOString();
      await handle.sql(
        `insert into session (token_hash, user_id, csrf_token_hash, created_at, expires_at)
         values ($1, $2, 'x', $3::timestamptz - interval '1 hour', $3)`,
        [token, id('other'), expires],
      );
    };
    const left = async () =>
      (
        await handle.sql<{ token_hash: string }>(
          `select token_hash from session where token_hash like 'sweep-%' order by 1`,
        )
      ).map((r) => r.token_hash);
    await session('sweep-dead', -1);
    await session('sweep-live', 30);

    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const started = await testApp({ db: handle, access: { now: () => clock } });
      await started.ready();
      expect(await left()).toEqual(['sweep-live']);
      advance(31 * 60_000);
      vi.advanceTimersByTime(SESSION_SWEEP_MS);
      await vi.waitFor(async () => expect(await left()).toEqual([]));
      await started.close();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('audits every change and failure, never the PIN or the secret, in an unbroken chain', async () => {
    const rows = await engine
      .handle()
      .sql<{ action: string; details: Record<string, unknown> }>(
        'select action, details from audit_log order by id',
      );
    const actions = new Set(rows.map((r) => r.action));
    for (const action of [
      'app_user.signing_pin_set',
      'auth.password_failed',
      'auth.pin_failed',
      'auth.failures_cleared',
      'app_user.totp_enrolled',
      'app_user.totp_removed',
      'session.sweep',
    ])
      expect(actions).toContain(action);
    const text = JSON.stringify(rows);
    for (const secret of [PIN, TEST_PASSWORD]) expect(text).not.toContain(secret);
    expect(unwrap(await verifyAudit(engine.handle())).firstBrokenId).toBeUndefined();
  });
});
