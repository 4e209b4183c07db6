import { createHmac, createSecretKey, hkdfSync, randomBytes, randomFillSync } from 'node:crypto';
import { fail, issue, ok, parseThaiId, type Result } from '@isee/domain';
import { IV_BYTES, seal, TAG_BYTES, unseal } from './aead.js';

/**
 * National IDs at rest (SPEC §12): AES-256-GCM with a fresh 12-byte IV per value, stored as one
 * bytea `iv | ciphertext | tag`, and an HMAC-SHA256 look-up hash (hex) for unique keys and
 * registry linkage. Every key comes from the one master key by HKDF with its own label, so a
 * leaked look-up key reveals nothing about the others. The hash equals @isee/domain's
 * keyedHash (WebCrypto) under lookupKey, so a phone and the server agree. IDs are never logged.
 */
export interface IdKeys {
  readonly encryptKey: Uint8Array;
  /** Also the HashKey a client imports (importHashKey) to compute the same look-up hashes. */
  readonly lookupKey: Uint8Array;
  /** Other secrets at rest, e.g. TOTP secrets (secret.ts): never the national IDs' key. */
  readonly secretKey: Uint8Array;
  /** Signs short-lived tokens the server hands out and takes back (secret.ts). */
  readonly signKey: Uint8Array;
}

export interface EncryptedId {
  /** `iv | ciphertext | tag` for the `national_id_enc` column. */
  readonly enc: Uint8Array;
  /** 64 hex digits for the `national_id_hash` column. */
  readonly hash: string;
}

const ID_DIGITS = 13;
// Named for the first keys it derived; later labels keep it, as a new salt would change them all.
const HKDF_SALT = 'isee/national-id/v1';

const derive = (master: Uint8Array, info: string): Uint8Array =>
  new Uint8Array(hkdfSync('sha256', master, HKDF_SALT, info, 32));

export function deriveIdKeys(master: Uint8Array): IdKeys {
  return {
    encryptKey: derive(master, 'encrypt'),
    lookupKey: derive(master, 'lookup'),
    secretKey: derive(master, 'secret'),
    signKey: derive(master, 'sign'),
  };
}

/** The look-up hash of an already normalised 13-digit ID (bulk paths that validated first). */
export function lookupHashOf(keys: IdKeys, id13: string): string {
  return createHmac('sha256', keys.lookupKey).update(id13, 'utf8').digest('hex');
}

/** The look-up hash of an ID as people write it (dashes, spaces), or why it is not an ID. */
export function nationalIdLookupHash(keys: IdKeys, input: unknown, path = ''): Result<string> {
  const id = parseThaiId(input, path);
  return id.ok ? ok(lookupHashOf(keys, id.value)) : id;
}

/** Normalises, validates and encrypts an ID: the stored bytes and the look-up hash. */
export function encryptNationalId(keys: IdKeys, input: unknown, path = ''): Result<EncryptedId> {
  const id = parseThaiId(input, path);
  if (!id.ok) return id;
  const enc = new Uint8Array(seal(keys.encryptKey, randomBytes(IV_BYTES), id.value));
  return ok({ enc, hash: lookupHashOf(keys, id.value) });
}

/** Encrypts and hashes many normalised IDs; keys are imported once, IVs drawn in bulk. */
export interface IdEncrypter {
  hash(id13: string): string;
  encrypt(id13: string): Uint8Array;
}

/** IVs drawn from the CSPRNG this many at a time: one call instead of one per ID. */
const IV_POOL = 4096;

/**
 * The bulk form of encryptNationalId and lookupHashOf, for imports of millions of IDs: the same
 * bytes and hashes, each ID still under its own fresh random IV, at a third of the cost.
 */
export function idEncrypter(keys: IdKeys): IdEncrypter {
  const encryptKey = createSecretKey(keys.encryptKey);
  const lookupKey = createSecretKey(keys.lookupKey);
  const ivs = Buffer.alloc(IV_BYTES * IV_POOL);
  let next = IV_POOL;
  return {
    hash: (id13) => createHmac('sha256', lookupKey).update(id13, 'utf8').digest('hex'),
    encrypt: (id13) => {
      if (next === IV_POOL) {
        randomFillSync(ivs);
        next = 0;
      }
      return seal(encryptKey, ivs.subarray(next * IV_BYTES, ++next * IV_BYTES), id13);
    },
  };
}

/** The 13 digits back, or NATIONAL_ID_UNREADABLE for a wrong key or damaged bytes. */
export function decryptNationalId(keys: IdKeys, enc: Uint8Array, path = ''): Result<string> {
  const id =
    enc.byteLength === IV_BYTES + ID_DIGITS + TAG_BYTES ? unseal(keys.encryptKey, enc) : undefined;
  return id !== undefined && /^\d{13}$/.test(id)
    ? ok(id)
    : fail([issue('NATIONAL_ID_UNREADABLE', path)]);
}
