import { randomBytes } from 'node:crypto';
import { formatThaiId, importHashKey, keyedHash, thaiIdCheckDigit, unwrap } from '@isee/domain';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { person } from '../schema/index.js';
import { describeEachEngine } from '../testing/engines.js';
import {
  decryptNationalId,
  deriveIdKeys,
  encryptNationalId,
  idEncrypter,
  lookupHashOf,
  nationalIdLookupHash,
} from './national-id.js';

const keys = deriveIdKeys(new Uint8Array(randomBytes(32)));
const validId = fc
  .stringMatching(/^[1-8]\d{11}$/)
  .map((first12) => `${first12}${thaiIdCheckDigit(first12)}`);

describe('national-ID crypto', () => {
  it('round-trips every valid ID, written with or without dashes', () => {
    fc.assert(
      fc.property(validId, fc.boolean(), (id, dashed) => {
        const sealed = unwrap(encryptNationalId(keys, dashed ? formatThaiId(id) : id));
        expect(sealed.enc.byteLength).toBe(12 + 13 + 16);
        expect(unwrap(decryptNationalId(keys, sealed.enc))).toBe(id);
        expect(sealed.hash).toBe(lookupHashOf(keys, id));
      }),
    );
  });

  it("hashes exactly as @isee/domain's keyedHash (WebCrypto) does, so phone and server agree", async () => {
    const hashKey = unwrap(await importHashKey(new Uint8Array(keys.lookupKey)));
    await fc.assert(
      fc.asyncProperty(validId, async (id) => {
        expect(unwrap(nationalIdLookupHash(keys, id))).toBe(await keyedHash(hashKey, id));
      }),
    );
  });

  it('uses a fresh IV each time: the same ID never encrypts to the same bytes', () => {
    const id = '1101700203450';
    const a = unwrap(encryptNationalId(keys, id));
    const b = unwrap(encryptNationalId(keys, id));
    expect(Buffer.from(a.enc).equals(Buffer.from(b.enc))).toBe(false);
    expect(a.hash).toBe(b.hash);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('encrypts in bulk to the same readable bytes and hashes, each ID under its own IV', () => {
    const bulk = idEncrypter(keys);
    const id = '1101700203450';
    // More IDs than one draw of IVs, so that a refill is crossed.
    const sealed = Array.from({ length: 5000 }, () => bulk.encrypt(id));
    for (const enc of sealed) expect(unwrap(decryptNationalId(keys, enc))).toBe(id);
    const ivs = new Set(sealed.map((enc) => Buffer.from(enc.subarray(0, 12)).toString('hex')));
    expect(ivs.size).toBe(sealed.length);
    expect(bulk.hash(id)).toBe(lookupHashOf(keys, id));
  });

  it('derives distinct keys for encryption and look-up, and a different master gives other hashes', () => {
    expect(Buffer.from(keys.encryptKey).equals(Buffer.from(keys.lookupKey))).toBe(false);
    const other = deriveIdKeys(new Uint8Array(randomBytes(32)));
    expect(lookupHashOf(other, '1101700203450')).not.toBe(lookupHashOf(keys, '1101700203450'));
  });

  it('refuses an invalid ID with the domain issue and never encrypts it', () => {
    const result = encryptNationalId(keys, '1101700203451', 'guardian.id');
    expect(result.ok ? 'ok' : [result.issues[0]?.code, result.issues[0]?.path]).toEqual([
      'ID_CHECKSUM',
      'guardian.id',
    ]);
  });

  it('reads nothing from tampered bytes, a wrong key or a wrong length', () => {
    const { enc } = unwrap(encryptNationalId(keys, '1101700203450'));
    const tampered = new Uint8Array(enc);
    tampered[15] = (tampered[15] ?? 0) ^ 1;
    const wrongKey = deriveIdKeys(new Uint8Array(32));
    for (const [bytes, k] of [
      [tampered, keys],
      [enc, wrongKey],
      [enc.subarray(1), keys],
    ] as const) {
      const result = decryptNationalId(k, bytes);
      expect(result.ok ? 'ok' : result.issues[0]?.code).toBe('NATIONAL_ID_UNREADABLE');
    }
  });
});

describeEachEngine('national IDs stored in person', (engine) => {
  it('store as bytea, read back, decrypt; one person per ID through the hash', async () => {
    const db = engine.db();
    const sealed = unwrap(encryptNationalId(keys, '3-1007-00203-45-5'));
    await db.insert(person).values({
      firstName: 'สมชาย',
      lastName: 'ใจดี',
      nationalIdHash: sealed.hash,
      nationalIdEnc: sealed.enc,
    });
    const [row] = await db.select().from(person).where(eq(person.nationalIdHash, sealed.hash));
    expect(row?.nationalIdEnc).toBeInstanceOf(Uint8Array);
    expect(unwrap(decryptNationalId(keys, row?.nationalIdEnc ?? new Uint8Array()))).toBe(
      '3100700203455',
    );
    const again = unwrap(encryptNationalId(keys, '3100700203455'));
    await expect(
      db.insert(person).values({
        firstName: 'อื่น',
        lastName: 'อื่น',
        nationalIdHash: again.hash,
        nationalIdEnc: again.enc,
      }),
    ).rejects.toThrow();
  });
});
