import { deriveIdKeys, encryptSecret, verifyAudit } from '@isee/db';
import { describeEachEngine } from '@isee/db/testing';
import { unwrap } from '@isee/domain';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TEST_ID_KEYS, testApp } from '../../testing/app.js';
import { hashPassword } from './secrets.js';

const PASSWORD = 'correct horse battery';
const START = new Date('2026-07-01T01:00:00Z');
const totpSecret = new Secret({ size: 20 }).base32;

describeEachEngine('accounts and sessions', (engine) => {
  let clock = START;
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
  let app: FastifyInstance;
  const ids = new Map<string, number>();

  /** An account with one national-scope role; `totp` stores the secret encrypted as the server does. */
  async function createUser(username: string, role: string, totp = false): Promise<void> {
    const [row] = await engine.handle().sql<{ id: number }>(
      `insert into app_user (username, display_name, password_hash, totp_secret_enc)
       values ($1, $1, $2, $3) returning id`,
      [
        username,
        await hashPassword(PASSWORD),
        totp ? encryptSecret(TEST_ID_KEYS, totpSecret) : null,
      ],
    );
    const id = row?.id ?? 0;
    await engine
      .handle()
      .sql('insert into role_assignment (user_id, role) values ($1, $2)', [id, role]);
    ids.set(username, id);
  }

  beforeAll(async () => {
    app = await testApp({ db: engine.handle(), access: { now: () => clock } });
    for (const name of ['ok', 'wrong', 'lock', 'csrf', 'idle', 'day', 'logout', 'target', 'touch'])
      await createUser(name, 'programme_officer');
    await createUser('admin', 'system_admin');
    await createUser('otp', 'programme_officer', true);
  });
  afterAll(() => app.close());

  const login = (username: string, password = PASSWORD, totp?: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password, totp } });

  interface Session {
    readonly cookie: string;
    readonly csrf: string;
  }
  const sessionOf = (response: LightMyRequestResponse): Session => {
    const cookie = response.cookies.find((c) => c.name === 'isee_session');
    return { cookie: `isee_session=${cookie?.value ?? ''}`, csrf: response.json().csrfToken };
  };
  const me = (s: Session) => app.inject({ url: '/api/auth/me', headers: { cookie: s.cookie } });
  const codeOf = (response: LightMyRequestResponse) => response.json().error.issues[0].code;

  it('logs in with an HTTP-only, SameSite=Lax cookie and a CSRF token; /me answers the same', async () => {
    const response = await login('ok');
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'isee_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const body = response.json();
    expect(body).toMatchObject({
      user: { id: ids.get('ok'), username: 'ok' },
      roles: [{ role: 'programme_officer', scope: { kind: 'national', deidentified: false } }],
    });
    const again = await me(sessionOf(response));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(body);
    const [stored] = await engine
      .handle()
      .sql<{ token_hash: string }>('select token_hash from session where user_id = $1', [
        ids.get('ok'),
      ]);
    expect(stored?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.token_hash).not.toBe(cookie?.value);
  });

  it('refuses a wrong password and an unknown user with the same answer', async () => {
    const wrong = await login('wrong', 'not the password');
    const unknown = await login('nobody-here', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(codeOf(wrong)).toBe('AUTH_FAILED');
    expect(unknown.body).toBe(wrong.body);
    expect(unknown.cookies).toEqual([]);
  });

  it('locks an account after 5 failures for 15 minutes, even for the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await login('lock', 'guess')).statusCode).toBe(401);
    expect(codeOf(await login('lock'))).toBe('AUTH_FAILED');
    advance(14 * 60_000);
    expect((await login('lock')).statusCode).toBe(401);
    advance(60_000 + 1);
    expect((await login('lock')).statusCode).toBe(200);
    const [row] = await engine
      .handle()
      .sql<{ failed_logins: number }>('select failed_logins from app_user where username = $1', [
        'lock',
      ]);
    expect(row?.failed_logins).toBe(0);
  });

  it('requires the session CSRF token on unsafe requests, not on login', async () => {
    const s = sessionOf(await login('csrf'));
    const logout = (headers: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: s.cookie, ...headers },
      });
    const missing = await logout({});
    expect(missing.statusCode).toBe(403);
    expect(codeOf(missing)).toBe('AUTH_CSRF');
    expect(codeOf(await logout({ 'x-csrf-token': `${s.csrf}x` }))).toBe('AUTH_CSRF');
    const relogin = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: s.cookie },
      payload: { username: 'csrf', password: PASSWORD },
    });
    expect(relogin.statusCode).toBe(200);
    expect((await me(s)).statusCode).toBe(200);
  });

  it('writes the sliding expiry only when it moves by more than a minute', async () => {
    const session = sessionOf(await login('touch'));
    const expiry = async () =>
      String(
        (
          await engine.handle().sql(
            `select s.expires_at from session s join app_user u on u.id = s.user_id
                where u.username = 'touch'`,
          )
        )[0]?.['expires_at'],
      );
    const first = await expiry();
    advance(30_000);
    expect((await me(session)).statusCode).toBe(200);
    expect(await expiry()).toBe(first);
    advance(61_000);
    expect((await me(session)).statusCode).toBe(200);
    expect(await expiry()).not.toBe(first);
  });

  it('ends a session after 30 idle minutes, and after 12 hours however busy', async () => {
    const idle = sessionOf(await login('idle'));
    advance(29 * 60_000);
    expect((await me(idle)).statusCode).toBe(200);
    advance(29 * 60_000);
    expect((await me(idle)).statusCode).toBe(200);
    advance(31 * 60_000);
    expect(codeOf(await me(idle))).toBe('AUTH_REQUIRED');

    const day = sessionOf(await login('day'));
    for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
      advance(20 * 60_000);
      expect((await me(day)).statusCode).toBe(200);
    }
    advance(20 * 60_000);
    expect((await me(day)).statusCode).toBe(401);
  });

  it('logs out: the session ends and the cookie is cleared', async () => {
    const s = sessionOf(await login('logout'));
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    });
    expect(response.statusCode).toBe(204);
    expect(response.cookies.find((c) => c.name === 'isee_session')?.value).toBe('');
    expect((await me(s)).statusCode).toBe(401);
  });

  it('lets a system admin reset a password: lockout lifted, sessions ended', async () => {
    const target = sessionOf(await login('target'));
    for (let i = 0; i < 5; i++) await login('target', 'guess');
    const admin = sessionOf(await login('admin'));
    const reset = (s: Session, id: number | undefined, password = 'a brand new secret') =>
      app.inject({
        method: 'POST',
        url: `/api/admin/users/${id}/password`,
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
        payload: { password },
      });
    expect((await reset(admin, ids.get('target'))).statusCode).toBe(204);
    expect((await me(target)).statusCode).toBe(401);
    expect((await login('target')).statusCode).toBe(401);
    expect((await login('target', 'a brand new secret')).statusCode).toBe(200);
    expect((await reset(admin, 999_999)).statusCode).toBe(404);
    expect((await reset(admin, ids.get('target'), 'short')).statusCode).toBe(400);

    const officer = sessionOf(await login('ok'));
    const refused = await reset(officer, ids.get('target'));
    expect(refused.statusCode).toBe(403);
    expect(codeOf(refused)).toBe('AUTH_FORBIDDEN');
    const anonymous = await app.inject({
      method: 'POST',
      url: `/api/admin/users/${ids.get('target')}/password`,
      payload: { password: 'a brand new secret' },
    });
    expect(codeOf(anonymous)).toBe('AUTH_REQUIRED');
  });

  it('asks for a TOTP code when the account has a secret, and checks it', async () => {
    expect(codeOf(await login('otp'))).toBe('AUTH_TOTP_REQUIRED');
    expect(codeOf(await login('otp', PASSWORD, '000000'))).toBe('AUTH_FAILED');
    const code = new TOTP({ secret: Secret.fromBase32(totpSecret) }).generate({
      timestamp: clock.getTime(),
    });
    expect((await login('otp', PASSWORD, code)).statusCode).toBe(200);

    // A server whose keys cannot open the stored secret refuses the account rather than skip the code.
    const otherKeys = await testApp({
      db: engine.handle(),
      idKeys: deriveIdKeys(new Uint8Array(32).fill(1)),
      access: { now: () => clock },
    });
    const refused = await otherKeys.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'otp', password: PASSWORD, totp: code },
    });
    expect(codeOf(refused)).toBe('AUTH_TOTP_UNAVAILABLE');
    await otherKeys.close();
  });

  it('audits logins, failures, logouts, resets and session sweeps, with no secrets, in an unbroken chain', async () => {
    const rows = await engine
      .handle()
      .sql<{ action: string; details: unknown }>(
        'select action, details from audit_log order by id',
      );
    expect(new Set(rows.map((r) => r.action))).toEqual(
      new Set([
        'auth.login',
        'auth.login_failed',
        'auth.logout',
        'app_user.password_reset',
        // The second app of the TOTP test swept the sessions the moved clock had expired.
        'session.sweep',
      ]),
    );
    const text = JSON.stringify(rows);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toMatch(/[A-Za-z0-9_-]{43}/);
    const verified = unwrap(await verifyAudit(engine.handle()));
    expect(verified.firstBrokenId).toBeUndefined();
    expect(verified.rows).toBe(rows.length);
  });
});
