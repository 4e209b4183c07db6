import { randomBytes } from 'node:crypto';
import { unwrap } from '@isee/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decryptNationalId, deriveIdKeys, encryptNationalId } from './national-id.js';
import { decryptSecret, encryptSecret, signatureMatches, signatureOf } from './secret.js';

const keys = deriveIdKeys(new Uint8Array(randomBytes(32)));
const codeOf = (result: { ok: boolean; issues?: ReadonlyArray<{ code: string }> }) =>
  result.ok ? 'ok' : result.issues?.[0]?.code;

describe('secrets at rest', () => {
  it('round-trips any text, under a fresh IV each time', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const a = encryptSecret(keys, text);
        const b = encryptSecret(keys, text);
        expect(a.byteLength).toBe(12 + Buffer.byteLength(text, 'utf8') + 16);
        expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
        expect(unwrap(decryptSecret(keys, a))).toBe(text);
      }),
    );
  });

  it('derives a key of its own: IDs and secrets cannot be opened with each other’s key', () => {
    const distinct = new Set(
      [keys.encryptKey, keys.lookupKey, keys.secretKey, keys.signKey].map((k) =>
        Buffer.from(k).toString('hex'),
      ),
    );
    expect(distinct.size).toBe(4);
    const id = unwrap(encryptNationalId(keys, '1101700203450'));
    expect(codeOf(decryptSecret(keys, id.enc))).toBe('SECRET_UNREADABLE');
    const secret = encryptSecret(keys, '1101700203450');
    expect(codeOf(decryptNationalId(keys, secret))).toBe('NATIONAL_ID_UNREADABLE');
  });

  it('reads nothing from tampered bytes, a wrong key or bytes too short, naming the path', () => {
    const enc = encryptSecret(keys, 'JBSWY3DPEHPK3PXP');
    const tampered = new Uint8Array(enc);
    tampered[14] = (tampered[14] ?? 0) ^ 1;
    const other = deriveIdKeys(new Uint8Array(32));
    for (const [bytes, k] of [
      [tampered, keys],
      [enc, other],
      [enc.subarray(0, 27), keys],
      [new Uint8Array(), keys],
    ] as const) {
      const result = decryptSecret(k, bytes, 'totp');
      expect(result.ok ? 'ok' : [result.issues[0]?.code, result.issues[0]?.path]).toEqual([
        'SECRET_UNREADABLE',
        'totp',
      ]);
    }
  });

  it('signs texts: the same server recognises its signature, nothing else passes', () => {
    const signature = signatureOf(keys, 'enrol:7');
    expect(signature).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(signatureMatches(keys, 'enrol:7', signature)).toBe(true);
    expect(signatureMatches(keys, 'enrol:8', signature)).toBe(false);
    expect(signatureMatches(keys, 'enrol:7', `${signature}A`)).toBe(false);
    expect(signatureMatches(keys, 'enrol:7', '')).toBe(false);
    const other = deriveIdKeys(new Uint8Array(randomBytes(32)));
    expect(signatureMatches(other, 'enrol:7', signature)).toBe(false);
  });
});
