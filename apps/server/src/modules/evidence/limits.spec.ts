import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sniffMime } from './limits.js';

describe('sniffMime', () => {
  it('knows JPEG, PNG and WebP by their magic bytes', async () => {
    const image = sharp({ create: { width: 4, height: 4, channels: 3, background: '#808080' } });
    expect(sniffMime(await image.clone().jpeg().toBuffer())).toBe('image/jpeg');
    expect(sniffMime(await image.clone().png().toBuffer())).toBe('image/png');
    expect(sniffMime(await image.clone().webp().toBuffer())).toBe('image/webp');
  });

  it('knows nothing else, whatever the file claims', async () => {
    const image = sharp({ create: { width: 4, height: 4, channels: 3, background: '#808080' } });
    expect(sniffMime(await image.gif().toBuffer())).toBeUndefined();
    expect(sniffMime(Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBeUndefined();
    expect(sniffMime(Buffer.from([0xff, 0xd8]))).toBeUndefined();
    expect(sniffMime(new Uint8Array())).toBeUndefined();
  });
});
