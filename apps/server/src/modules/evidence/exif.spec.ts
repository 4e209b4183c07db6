import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { exifInstant, readExif } from './exif.js';
import { jpegWithExif } from './test-images.js';

describe('EXIF', () => {
  it('reads the local time with its offset, and Thai time without one', () => {
    expect(exifInstant('2026:01:10 09:30:00', '+07:00')).toBe('2026-01-10T02:30:00.000Z');
    expect(exifInstant('2026:01:10 09:30:00', '+00:00')).toBe('2026-01-10T09:30:00.000Z');
    expect(exifInstant('2026:01:10 09:30:00', undefined)).toBe('2026-01-10T02:30:00.000Z');
    expect(exifInstant('0000:00:00 00:00:00', '+07:00')).toBeUndefined();
    expect(exifInstant('yesterday', '+07:00')).toBeUndefined();
    expect(exifInstant(1_700_000_000, '+07:00')).toBeUndefined();
  });

  it('reads time and GPS written by a camera, and nothing from a photo without EXIF', async () => {
    const place = { lat: 18.7883, lon: 98.9853 };
    const tagged = await readExif(await jpegWithExif(1, new Date('2026-01-10T02:30:00Z'), place));
    expect(tagged.takenAt).toBe('2026-01-10T02:30:00.000Z');
    expect(tagged.place?.lat).toBeCloseTo(place.lat, 5);
    expect(tagged.place?.lon).toBeCloseTo(place.lon, 5);
    const plain = sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } });
    expect(await readExif(await plain.jpeg().toBuffer())).toEqual({});
    expect(await readExif(Buffer.from('not an image'))).toEqual({});
  });
});
