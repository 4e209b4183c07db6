import { encryptSecret, signatureMatches, signatureOf } from '@isee/db';
import { fail, issue, ok, type Result } from '@isee/domain';
import { Secret, TOTP } from 'otpauth';
import { TOTP_ENROLMENT_MINUTES } from './policy.js';
import { setTotpSecret } from './repository.js';
import { audit, confirmPassword, type AccessContext } from './service.js';
import { totpMatches } from './totp.js';

/**
 * TOTP enrolment in two steps without a pending column: the start hands the new secret to the user
 * inside a token this server signed (user, secret, expiry); the confirmation brings the token back
 * with a first code from the app, and only then is the secret stored, encrypted.
 */
export interface TotpEnrolment {
  /** Base32, for typing into an authenticator app by hand. */
  readonly secret: string;
  /** For the QR code. */
  readonly otpauthUri: string;
  readonly enrolmentToken: string;
}

interface TokenBody {
  readonly userId: number;
  readonly secret: string;
  readonly expiresAt: string;
}

// A label in the signed text: no signature made for another purpose can pass for an enrolment.
const signed = (payload: string): string => `isee/totp-enrolment/v1:${payload}`;

function readToken(ctx: AccessContext, token: string): TokenBody | undefined {
  const [payload, signature, ...rest] = token.split('.');
  if (payload === undefined || signature === undefined || rest.length > 0) return undefined;
  if (!signatureMatches(ctx.keys, signed(payload), signature)) return undefined;
  // Signed by this server, so the shape is ours; parsed defensively all the same.
  const body: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  if (typeof body !== 'object' || body === null) return undefined;
  const { userId, secret, expiresAt } = body as Record<string, unknown>;
  return typeof userId === 'number' && typeof secret === 'string' && typeof expiresAt === 'string'
    ? { userId, secret, expiresAt }
    : undefined;
}

/** Step one, password re-entered: a fresh 160-bit secret, its otpauth:// URI and the token. */
export async function startTotpEnrolment(
  ctx: AccessContext,
  userId: number,
  password: string,
): Promise<Result<TotpEnrolment>> {
  const confirmed = await confirmPassword(ctx, userId, password);
  if (!confirmed.ok) return confirmed;
  const secret = new Secret({ size: 20 });
  const otpauthUri = new TOTP({
    issuer: 'iSEE',
    label: confirmed.value.username,
    secret,
    digits: 6,
    period: 30,
  }).toString();
  const expiresAt = new Date(ctx.now().getTime() + TOTP_ENROLMENT_MINUTES * 60_000).toISOString();
  const body: TokenBody = { userId, secret: secret.base32, expiresAt };
  const payload = Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
  const enrolmentToken = `${payload}.${signatureOf(ctx.keys, signed(payload))}`;
  return ok({ secret: secret.base32, otpauthUri, enrolmentToken });
}

export interface TotpConfirmation {
  readonly enrolmentToken: string;
  readonly code: string;
}

/** Step two: the caller's own unexpired token and a right code; the secret is stored encrypted. */
export async function confirmTotpEnrolment(
  ctx: AccessContext,
  userId: number,
  input: TotpConfirmation,
): Promise<Result<void>> {
  const now = ctx.now();
  const body = readToken(ctx, input.enrolmentToken);
  if (body === undefined || body.userId !== userId || Date.parse(body.expiresAt) <= now.getTime())
    return fail([
      issue('AUTH_TOTP_ENROLMENT_INVALID', 'enrolmentToken', { minutes: TOTP_ENROLMENT_MINUTES }),
    ]);
  if (!totpMatches(body.secret, input.code, now)) return fail([issue('AUTH_TOTP_WRONG', 'code')]);
  await ctx.db.db.transaction(async (tx) => {
    await setTotpSecret(tx, userId, encryptSecret(ctx.keys, body.secret));
    await audit(tx, {
      actorUserId: userId,
      action: 'app_user.totp_enrolled',
      entity: 'app_user',
      entityId: userId,
    });
  });
  return ok(undefined);
}
