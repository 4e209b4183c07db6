import type { GeoPoint } from '@isee/domain';

/** What the household form records of one photo; the image itself is uploaded under `ref`. */
export type PhotoItem = {
  readonly kind: string;
  readonly takenBy: 'teacher_visit';
  readonly capturedAt: string;
  /** Absent when the phone had no fix: the form then asks for it before it can be submitted. */
  readonly place?: GeoPoint;
  readonly ref: string;
};

export function photoItem(photo: {
  readonly kind: string;
  readonly capturedAt: string;
  readonly place: GeoPoint | undefined;
  readonly ref: string;
}): PhotoItem {
  const { kind, capturedAt, place, ref } = photo;
  return place === undefined
    ? { kind, takenBy: 'teacher_visit', capturedAt, ref }
    : { kind, takenBy: 'teacher_visit', capturedAt, place, ref };
}

/**
 * The declarations with a new signature: the time of signing is kept if the teacher already
 * entered it (the guardian may have signed on paper earlier), else it is now.
 */
export function withSignature(
  declarations: unknown,
  ref: string,
  now: string,
): Record<string, unknown> {
  const current =
    declarations !== null && typeof declarations === 'object'
      ? (declarations as Record<string, unknown>)
      : {};
  const signedAt =
    typeof current['signedAt'] === 'string' && current['signedAt'] !== ''
      ? current['signedAt']
      : now;
  return { ...current, signature: ref, signedAt };
}
