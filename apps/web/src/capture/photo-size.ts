/**
 * How a photo is shrunk on the phone before it is kept: a village's 2G link sends 300 KB in
 * minutes, a camera's 5 MB not at all, and 1600 px still shows a roof and a floor clearly.
 */
export const MAX_SIDE_PX = 1600;
export const JPEG_QUALITY = 0.8;

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** The size to draw at: the longer side at most MAX_SIDE_PX, the shape kept, never enlarged. */
export function targetSize({ width, height }: Size): Size {
  const scale = Math.min(1, MAX_SIDE_PX / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/**
 * Whether to keep the camera's own file instead of the re-encoded one: only a JPEG that the
 * re-encoding made bigger (already small). Anything else (HEIC, PNG) is sent as the JPEG made here.
 */
export const keepsOriginal = (
  original: { readonly size: number; readonly type: string },
  compressed: { readonly size: number },
): boolean => original.type === 'image/jpeg' && compressed.size > original.size;

/** Sizes for people: "850 KB", "1.2 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
