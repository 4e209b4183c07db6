import { describe, expect, it } from 'vitest';
import { keepsOriginal, MAX_SIDE_PX, sizeText, targetSize } from './photo-size.js';

describe('shrinking a photo on the phone', () => {
  it('brings the longer side down to the limit and keeps the shape', () => {
    expect(targetSize({ width: 4000, height: 3000 })).toEqual({ width: 1600, height: 1200 });
    expect(targetSize({ width: 3024, height: 4032 })).toEqual({ width: 1200, height: 1600 });
  });

  it('never enlarges a small photo', () => {
    expect(targetSize({ width: 800, height: 600 })).toEqual({ width: 800, height: 600 });
    expect(targetSize({ width: MAX_SIDE_PX, height: 10 })).toEqual({
      width: MAX_SIDE_PX,
      height: 10,
    });
  });

  it('keeps at least one pixel of a very thin photo', () => {
    expect(targetSize({ width: 10_000, height: 2 })).toEqual({ width: 1600, height: 1 });
  });

  it('keeps the original JPEG only when re-encoding made it bigger', () => {
    expect(keepsOriginal({ size: 100_000, type: 'image/jpeg' }, { size: 120_000 })).toBe(true);
    expect(keepsOriginal({ size: 100_000, type: 'image/jpeg' }, { size: 80_000 })).toBe(false);
    expect(keepsOriginal({ size: 100_000, type: 'image/heic' }, { size: 120_000 })).toBe(false);
    expect(keepsOriginal({ size: 100_000, type: 'image/png' }, { size: 120_000 })).toBe(false);
  });

  it('states sizes in kilobytes, or megabytes past one', () => {
    expect(sizeText(300)).toBe('1 KB');
    expect(sizeText(250 * 1024)).toBe('250 KB');
    expect(sizeText(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});
