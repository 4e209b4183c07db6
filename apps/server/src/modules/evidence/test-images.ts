/** Real images made by sharp for the evidence tests: scenes, EXIF, and hostile files. */
import { crc32 } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';
import type { GeoPoint } from '@isee/domain';

/** A smooth random scene from a seed: distinct scenes have distant dHashes, like two houses. */
export function scene(seed: number, width = 800, height = 600): Sharp {
  let state = seed >>> 0 || 1;
  const next = (): number => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state & 0xff;
  };
  const cells = Buffer.from(Array.from({ length: 12 * 9 * 3 }, next));
  return sharp(cells, { raw: { width: 12, height: 9, channels: 3 } }).resize(width, height, {
    kernel: 'cubic',
  });
}

const dms = (degrees: number): string => {
  const d = Math.floor(degrees);
  const minutes = (degrees - d) * 60;
  const m = Math.floor(minutes);
  return `${d}/1 ${m}/1 ${Math.round((minutes - m) * 60 * 10_000)}/10000`;
};

/** EXIF time as a Thai phone writes it (local time, +07:00) from an instant. */
const exifTime = (at: Date): string =>
  new Date(at.getTime() + 7 * 3_600_000)
    .toISOString()
    .slice(0, 19)
    .replace('T', ' ')
    .replace(/-/g, ':');

/** The image as a JPEG with a phone camera's EXIF: local time (+07:00) and GPS in Thailand. */
export function withCameraExif(image: Sharp, takenAt: Date, place: GeoPoint, make: string): Sharp {
  return image.jpeg({ quality: 80 }).withExif({
    IFD0: { Make: make },
    IFD2: { DateTimeOriginal: exifTime(takenAt), OffsetTimeOriginal: '+07:00' },
    IFD3: {
      GPSLatitudeRef: 'N',
      GPSLatitude: dms(place.lat),
      GPSLongitudeRef: 'E',
      GPSLongitude: dms(place.lon),
    },
  });
}

/** A JPEG carrying EXIF time and GPS (northern, eastern hemisphere: Thailand). */
export function jpegWithExif(seed: number, takenAt: Date, place: GeoPoint): Promise<Buffer> {
  return withCameraExif(scene(seed), takenAt, place, 'iSEE test camera').toBuffer();
}

const pngChunk = (type: string, data: Buffer): Buffer => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** A PNG whose header claims width × height pixels, with almost no data: a decompression bomb's header. */
export function pngHeaderClaiming(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8);
  header.writeUInt8(2, 9);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A signature as a browser canvas exports it without a background: transparent black pixels
 * (0, 0, 0, 0) around the ink, here a dark blue band across the middle third of the height.
 */
export function transparentSignature(width = 300, height = 120): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 4);
  const ink = Buffer.from([0x20, 0x20, 0x60, 0xff]);
  for (let y = Math.floor(height / 3); y < Math.floor((2 * height) / 3); y += 1)
    for (let x = 20; x < width - 20; x += 1) ink.copy(pixels, (y * width + x) * 4);
  return sharp(pixels, { raw: { width, height, channels: 4 } })
    .png()
    .toBuffer();
}
