import { validateHousehold } from '@isee/domain';
import { describe, expect, it } from 'vitest';
import { photoItem, withSignature } from './items.js';

/** The domain's issue codes about one path prefix of a form holding only the given sections. */
const issuesAt = (prefix: string, sections: Record<string, unknown>): string[] => {
  const result = validateHousehold({ formRevision: '2026-03', variant: 'household', ...sections });
  return result.ok
    ? []
    : result.issues.filter((i) => i.path.startsWith(prefix)).map((i) => `${i.path} ${i.code}`);
};

describe('the form item of a photo taken on the phone', () => {
  const taken = { kind: 'outside', capturedAt: '2026-07-10T09:30:00+07:00', ref: 'a1b2' };

  it('is one the domain accepts when the phone had a fix', () => {
    const item = photoItem({ ...taken, place: { lat: 16.4, lon: 102.8 } });
    expect(item).toEqual({ ...taken, takenBy: 'teacher_visit', place: { lat: 16.4, lon: 102.8 } });
    expect(issuesAt('photos.items.0', { photos: { items: [item] } })).toEqual([]);
  });

  it('leaves the place out without a fix, which the domain then asks for', () => {
    const item = photoItem({ ...taken, place: undefined });
    expect('place' in item).toBe(false);
    expect(issuesAt('photos.items.0', { photos: { items: [item] } })).toEqual([
      'photos.items.0.place REQUIRED',
    ]);
  });
});

describe('signing the declarations', () => {
  it('keeps the other answers, sets the signature, and the time of signing to now if unset', () => {
    const now = '2026-07-10T09:30:00+07:00';
    expect(withSignature({ signerName: 'สมศรี' }, 'sig-1', now)).toEqual({
      signerName: 'สมศรี',
      signature: 'sig-1',
      signedAt: now,
    });
    expect(withSignature(undefined, 'sig-1', now)).toEqual({ signature: 'sig-1', signedAt: now });
  });

  it('keeps a time of signing already entered', () => {
    const earlier = '2026-07-09T16:00:00+07:00';
    const signed = withSignature({ signedAt: earlier, signature: 'old' }, 'sig-2', 'later');
    expect(signed).toEqual({ signedAt: earlier, signature: 'sig-2' });
    expect(issuesAt('declarations.signature', { declarations: signed })).toEqual([]);
    expect(issuesAt('declarations.signedAt', { declarations: signed })).toEqual([]);
  });
});
