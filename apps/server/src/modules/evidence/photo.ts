import { createHash } from 'node:crypto';
import { fail, issue, ok, type Result } from '@isee/domain';
import sharp from 'sharp';
import { dHash } from './dhash.js';
import { readExif, type PhotoExif } from './exif.js';
import { PHOTO_LIMITS, sniffMime } from './limits.js';

/** A photo checked and re-encoded for storage, with what was read from the original. */
export interface ProcessedPhoto extends PhotoExif {
  /** SHA-256 of the original bytes: the same file sent twice is an exact duplicate. */
  readonly sha256: string;
  readonly perceptualHash: string;
  /** The stored copy: JPEG, auto-oriented, no metadata at all (no EXIF, GPS, XMP or ICC). */
  readonly image: Buffer;
  readonly mime: 'image/jpeg';
  readonly width: number;
  readonly height: number;
}

/** Size, type and pixel count, each from the bytes themselves, before any pixel is decoded. */
async function checkOriginal(original: Buffer, declaredMime: string): Promise<Result<void>> {
  if (original.length > PHOTO_LIMITS.maxBytes)
    return fail([
      issue('PHOTO_TOO_LARGE', '', { bytes: original.length, max: PHOTO_LIMITS.maxBytes }),
    ]);
  const actual = sniffMime(original);
  if (actual === undefined) return fail([issue('PHOTO_TYPE_UNKNOWN', 'mime')]);
  if (actual !== declaredMime)
    return fail([issue('PHOTO_TYPE_MISMATCH', 'mime', { actual, declared: declaredMime })]);
  // metadata() reads the header only: a 100-megapixel bomb is refused in a few kilobytes.
  const header = await sharp(original)
    .metadata()
    .catch(() => undefined);
  if (header?.width === undefined || header.height === undefined)
    return fail([issue('PHOTO_UNREADABLE', '')]);
  const pixels = header.width * header.height;
  if (pixels > PHOTO_LIMITS.maxPixels)
    return fail([issue('PHOTO_TOO_MANY_PIXELS', '', { pixels, max: PHOTO_LIMITS.maxPixels })]);
  return ok(undefined);
}

/**
 * Re-encoding drops every metadata block (sharp keeps none unless asked) and bounds the size.
 * JPEG has no alpha: transparent pixels (a signature drawn on a clear canvas) would turn black.
 */
async function reencode(original: Buffer) {
  return sharp(original, { limitInputPixels: PHOTO_LIMITS.maxPixels, failOn: 'error' })
    .rotate()
    .flatten({ background: '#ffffff' })
    .resize({
      width: PHOTO_LIMITS.storedMaxDimension,
      height: PHOTO_LIMITS.storedMaxDimension,
      fit: 'inside',
      withoutEnlargement: true,
    })
    .jpeg({ quality: 82 })
    .toBuffer({ resolveWithObject: true });
}

/** Checks the original, reads its EXIF, and makes the copy that is stored. */
export async function processPhoto(
  original: Buffer,
  declaredMime: string,
): Promise<Result<ProcessedPhoto>> {
  const checked = await checkOriginal(original, declaredMime);
  if (!checked.ok) return checked;
  const encoded = await reencode(original).catch(() => undefined);
  if (encoded === undefined) return fail([issue('PHOTO_UNREADABLE', '')]);
  const exif = await readExif(original);
  return ok({
    ...exif,
    sha256: createHash('sha256').update(original).digest('hex'),
    perceptualHash: await dHash(encoded.data),
    image: encoded.data,
    mime: 'image/jpeg',
    width: encoded.info.width,
    height: encoded.info.height,
  });
}
