import { distanceKm, issue, type GeoPoint, type Issue } from '@isee/domain';
import { PHOTO_KINDS, type EvidenceKind } from './limits.js';

/**
 * When a photo is flagged for review. Flags never refuse a photo: a reviewer decides.
 * - reuse: dHash within 6 of 64 bits. Re-encoding or resizing one picture moves a few bits; two
 *   different houses rarely come within 10 (the usual dHash threshold band is 5–10).
 * - far: 1 km, well beyond phone GPS error (tens of metres) yet inside a village.
 * - time: 3 days around the visit, for a photo taken on a trip before or after the form was filled.
 */
export const FLAG_RULES = {
  reuseMaxDistance: 6,
  farFromHomeKm: 1,
  timeFromVisitDays: 3,
} as const;

/**
 * Photos are flagged, and compared with photos only. A signature is not: the same guardian signs
 * for two siblings (households apart in the roster), and a PNG drawn on the phone has no EXIF.
 */
export const FLAGGED_KINDS: readonly EvidenceKind[] = PHOTO_KINDS;
export const isFlagged = (kind: EvidenceKind): boolean => FLAGGED_KINDS.includes(kind);

/** A photo of another household's screening that matches this one. */
export interface PhotoMatch {
  readonly screeningId: string;
  /** 0 for the same original file (SHA-256), else the dHash Hamming distance. */
  readonly distance: number;
}

export interface FlagFacts {
  readonly takenAt?: string;
  readonly place?: GeoPoint;
  readonly home?: GeoPoint;
  /** When the visit happened: the screening's submission, else its creation. */
  readonly visitAt?: string;
  readonly matches: readonly PhotoMatch[];
}

const DAY_MS = 86_400_000;
const round = (value: number, places: number): number => Number(value.toFixed(places));

/** The review flags of one photo, as issues with their Thai and English text. */
export function photoFlags(facts: FlagFacts): Issue[] {
  const flags: Issue[] = [];
  const closest = [...facts.matches].sort((a, b) => a.distance - b.distance)[0];
  if (closest !== undefined)
    flags.push(
      issue('PHOTO_REUSED', '', { screeningId: closest.screeningId, distance: closest.distance }),
    );
  if (facts.place !== undefined && facts.home !== undefined) {
    const km = distanceKm(facts.place, facts.home);
    if (km > FLAG_RULES.farFromHomeKm)
      flags.push(
        issue('PHOTO_FAR_FROM_HOME', 'place', { km: round(km, 1), max: FLAG_RULES.farFromHomeKm }),
      );
  }
  if (facts.takenAt !== undefined && facts.visitAt !== undefined) {
    const days = Math.abs(Date.parse(facts.takenAt) - Date.parse(facts.visitAt)) / DAY_MS;
    if (days > FLAG_RULES.timeFromVisitDays)
      flags.push(
        issue('PHOTO_TIME_MISMATCH', 'takenAt', {
          days: round(days, 1),
          max: FLAG_RULES.timeFromVisitDays,
        }),
      );
  }
  return flags;
}
