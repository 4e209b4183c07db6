import { describe, expect, it } from 'vitest';
import { isFlagged, photoFlags } from './flags.js';
import { EVIDENCE_KINDS } from './limits.js';

const home = { lat: 18.79, lon: 98.98 };
const visitAt = '2026-06-10T03:00:00.000Z';
const codes = (facts: Parameters<typeof photoFlags>[0]): string[] =>
  photoFlags(facts).map((f) => f.code);

describe('photoFlags', () => {
  it('flags nothing for a photo at the home on the day of the visit', () => {
    expect(
      codes({ home, visitAt, place: { lat: 18.795, lon: 98.98 }, takenAt: visitAt, matches: [] }),
    ).toEqual([]);
  });

  it('flags a photo more than 1 km from the home, by the distance', () => {
    const flags = photoFlags({ home, visitAt, place: { lat: 18.8, lon: 98.98 }, matches: [] });
    expect(flags).toEqual([
      expect.objectContaining({ code: 'PHOTO_FAR_FROM_HOME', params: { km: 1.1, max: 1 } }),
    ]);
  });

  it('flags a photo more than 3 days from the visit, before or after', () => {
    expect(codes({ visitAt, takenAt: '2026-06-06T02:00:00.000Z', matches: [] })).toEqual([
      'PHOTO_TIME_MISMATCH',
    ]);
    expect(codes({ visitAt, takenAt: '2026-06-13T02:00:00.000Z', matches: [] })).toEqual([]);
  });

  it('names the closest match of another household', () => {
    const flags = photoFlags({
      visitAt,
      matches: [
        { screeningId: 'b', distance: 4 },
        { screeningId: 'a', distance: 0 },
      ],
    });
    expect(flags).toEqual([
      expect.objectContaining({ code: 'PHOTO_REUSED', params: { screeningId: 'a', distance: 0 } }),
    ]);
  });

  it('cannot judge place or time it does not know', () => {
    expect(codes({ place: home, takenAt: visitAt, matches: [] })).toEqual([]);
  });

  it("reviews the form's photos, never the guardian's signature", () => {
    expect(EVIDENCE_KINDS.filter(isFlagged)).toEqual(['outside', 'inside', 'school_sign']);
  });
});
