import sharp from 'sharp';

/**
 * 64-bit difference hash as 16 hex digits: the picture shrunk to 9×8 grey pixels, one bit per pair
 * of horizontal neighbours (1 when the left is brighter). Re-encoding, resizing and small edits
 * change few bits, so a near-identical picture lies within a small Hamming distance.
 */
export async function dHash(image: Buffer): Promise<string> {
  const pixels = await sharp(image)
    .rotate()
    .grayscale()
    .resize(9, 8, { fit: 'fill' })
    .raw()
    .toBuffer();
  let hex = '';
  for (let row = 0; row < 8; row++) {
    let byte = 0;
    for (let col = 0; col < 8; col++) {
      const left = pixels[row * 9 + col] ?? 0;
      const right = pixels[row * 9 + col + 1] ?? 0;
      byte = (byte << 1) | (left > right ? 1 : 0);
    }
    hex += byte.toString(16).padStart(2, '0');
  }
  return hex;
}
