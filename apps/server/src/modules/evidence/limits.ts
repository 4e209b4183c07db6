/** What an evidence photo may be: a phone photo fits easily; a decompression bomb does not. */
export const PHOTO_LIMITS = {
  maxBytes: 15 * 1024 * 1024,
  /** Checked from the header before any decoding: 40 MP is above any phone camera's output. */
  maxPixels: 40_000_000,
  /** The stored copy's longest side: enough to judge a house, a fraction of a phone photo's size. */
  storedMaxDimension: 2048,
} as const;

/**
 * The chunk a phone sends: small enough to get through on a weak mobile connection, and a lost
 * connection costs at most one. The body limit leaves room for a client that rounds differently.
 */
export const UPLOAD_CHUNK = { bytes: 1024 * 1024, maxBytes: 1024 * 1024 + 64 * 1024 } as const;

export const PHOTO_MIMES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoMime = (typeof PHOTO_MIMES)[number];

/** What the form's photos show: these are compared for the review flags. */
export const PHOTO_KINDS = ['outside', 'inside', 'school_sign'] as const;
/** Every stored file: the photos, and the guardian's signature drawn on the phone (a PNG). */
export const EVIDENCE_KINDS = [...PHOTO_KINDS, 'signature'] as const;
export const PHOTO_SOURCES = ['teacher_visit', 'sent_by_student'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type PhotoSource = (typeof PHOTO_SOURCES)[number];

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((byte, i) => bytes[at + i] === byte);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** The type from the file's magic bytes: a declared type or a file name proves nothing. */
export function sniffMime(bytes: Uint8Array): PhotoMime | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return undefined;
}
