import { JPEG_QUALITY, keepsOriginal, targetSize } from './photo-size.js';

export interface Compressed {
  readonly blob: Blob;
  readonly mime: string;
  readonly width: number;
  readonly height: number;
}

/** Thrown when the phone's browser cannot read the file as an image (e.g. HEIC on some Androids). */
export class UnreadablePhoto extends Error {
  constructor(cause: unknown) {
    super('the photo could not be decoded', { cause });
  }
}

const toBlob = (canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> =>
  new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob === null ? reject(new Error('the canvas gave no image')) : resolve(blob)),
      type,
      quality,
    ),
  );

/** Decodes, scales and re-encodes a camera photo as JPEG on the phone (photo-size.ts says how far). */
export async function compressPhoto(file: Blob): Promise<Compressed> {
  let bitmap: ImageBitmap;
  try {
    // The camera's EXIF rotation is applied, so a portrait photo is not sent lying on its side.
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch (error) {
    throw new UnreadablePhoto(error);
  }
  try {
    const size = targetSize(bitmap);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2D canvas on this browser');
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const blob = await toBlob(canvas, 'image/jpeg', JPEG_QUALITY);
    if (keepsOriginal(file, blob))
      return { blob: file, mime: 'image/jpeg', width: bitmap.width, height: bitmap.height };
    return { blob, mime: 'image/jpeg', ...size };
  } finally {
    bitmap.close();
  }
}

/** A drawn canvas as PNG: sharp strokes, small for a signature. */
export const canvasPng = (canvas: HTMLCanvasElement): Promise<Blob> => toBlob(canvas, 'image/png');
