import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { importHashKey, keyedHash, nationalIdHash } from './keyed-hash.js';

const secret = new Uint8Array(32).map((_, i) => i + 1);

describe('keyed hash for linkage', () => {
  it('equals HMAC-SHA256 as computed by Node, so server and phone agree', async () => {
    const key = await importHashKey(secret);
    if (!key.ok) throw new Error('key');
    const expected = createHmac('sha256', Buffer.from(secret))
      .update('1234567890121')
      .digest('hex');
    expect(await keyedHash(key.value, '1234567890121')).toBe(expected);
  });

  it('hashes a national ID the same whatever its punctuation, and refuses an invalid one', async () => {
    const key = await importHashKey(secret);
    if (!key.ok) throw new Error('key');
    const a = await nationalIdHash(key.value, '1-2345-67890-12-1');
    const b = await nationalIdHash(key.value, '1234567890121');
    expect(a).toEqual(b);
    expect(await nationalIdHash(key.value, '1234567890122')).toMatchObject({
      ok: false,
      issues: [{ code: 'ID_CHECKSUM' }],
    });
  });

  it('refuses a key shorter than 32 bytes', async () => {
    expect(await importHashKey(new Uint8Array(16))).toMatchObject({
      ok: false,
      issues: [{ code: 'HASH_KEY_TOO_SHORT' }],
    });
  });
});
