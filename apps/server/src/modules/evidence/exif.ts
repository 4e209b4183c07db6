import exifr from 'exifr';
import type { GeoPoint } from '@isee/domain';

export interface PhotoExif {
  /** ISO 8601 UTC. */
  readonly takenAt?: string;
  readonly place?: GeoPoint;
}

/** Phones in Thailand write local time; a photo without an offset is read as Thai time (UTC+7). */
const DEFAULT_OFFSET = '+07:00';
const EXIF_TIME = /^(\d{4}):(\d\d):(\d\d) (\d\d):(\d\d):(\d\d)$/;
const OFFSET = /^[+-]\d\d:\d\d$/;

/** EXIF's `YYYY:MM:DD HH:MM:SS` and its offset tag, as an instant; undefined when unreadable. */
export function exifInstant(local: unknown, offset: unknown): string | undefined {
  const match = typeof local === 'string' ? EXIF_TIME.exec(local.trim()) : null;
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  const zone = typeof offset === 'string' && OFFSET.test(offset) ? offset : DEFAULT_OFFSET;
  const time = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Time and place as the camera recorded them; a photo without EXIF (or broken EXIF) has neither. */
export async function readExif(image: Buffer): Promise<PhotoExif> {
  try {
    const tags = (await exifr.parse(image, {
      pick: ['DateTimeOriginal', 'OffsetTimeOriginal'],
      reviveValues: false,
    })) as Record<string, unknown> | undefined;
    const gps = (await exifr.gps(image)) as { latitude?: unknown; longitude?: unknown } | undefined;
    const takenAt = exifInstant(tags?.['DateTimeOriginal'], tags?.['OffsetTimeOriginal']);
    const place =
      finite(gps?.latitude) && finite(gps.longitude)
        ? { lat: gps.latitude, lon: gps.longitude }
        : undefined;
    return { ...(takenAt && { takenAt }), ...(place && { place }) };
  } catch {
    // EXIF is evidence for review, not a condition of acceptance: unreadable EXIF is no EXIF.
    return {};
  }
}
