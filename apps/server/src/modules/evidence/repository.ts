import { appendAudit, type AuditEntry, type DatabaseHandle, type Row } from '@isee/db';
import { fail, ok, unwrap, type GeoPoint, type Issue, type Result } from '@isee/domain';
import { sql } from 'drizzle-orm';
import { isoOf as iso, rowsOf as run } from '../../plumbing/transaction.js';
import { HOME_COLUMNS } from '../screening/reach.js';
import type { PhotoMatch } from './flags.js';
import type { EvidenceKind, PhotoSource } from './limits.js';

/** Reads as raw SQL; writes in a Drizzle transaction, so the audit row commits with the write. */
export type EvidenceDatabase = Pick<DatabaseHandle, 'sql' | 'db'>;
const point = (lat: unknown, lon: unknown): GeoPoint | undefined =>
  lat === null || lon === null || lat === undefined || lon === undefined
    ? undefined
    : { lat: Number(lat), lon: Number(lon) };

export interface ScreeningForPhoto {
  readonly householdId: number | null;
  readonly home?: GeoPoint;
  readonly visitAt: string;
}

/** The home from the household row, else the form's answer; the visit is the first submission. */
export async function screeningForPhoto(
  db: EvidenceDatabase,
  screeningId: string,
): Promise<ScreeningForPhoto | undefined> {
  const [row] = await db.sql(
    `select s.household_id as household_id,
            ${HOME_COLUMNS},
            coalesce((select min(e.created_at) from screening_event e
                       where e.screening_id = s.id and e.to_status = 'submitted'),
                     s.created_at) as visit_at
       from screening s left join household h on h.id = s.household_id
      where s.id = $1`,
    [screeningId],
  );
  if (row === undefined) return undefined;
  const home = point(row['home_lat'], row['home_lon']);
  return {
    householdId: row['household_id'] === null ? null : Number(row['household_id']),
    ...(home && { home }),
    visitAt: iso(row['visit_at']),
  };
}

export interface PhotoQuery {
  readonly photoId: string;
  readonly screeningId: string;
  readonly householdId: number | null;
  readonly sha256: string;
  readonly perceptualHash: string;
  /** The kinds compared: a photo is never matched with a signature. */
  readonly kinds: readonly EvidenceKind[];
  readonly maxDistance: number;
}

/**
 * Photos of other households' screenings with the same original or a dHash within maxDistance
 * bits. A screening of the same household (another cycle) may show the same house. The Hamming
 * distance is computed in SQL (bit_count of the XOR), a scan of the hashes: fine for millions of
 * 16-digit hashes; a BK-tree or LSH bands would be the next step.
 */
export async function matchingPhotos(db: EvidenceDatabase, q: PhotoQuery): Promise<PhotoMatch[]> {
  const rows = await db.sql(
    `with photo as (
       select p.screening_id, p.sha256,
              bit_count(('x' || p.perceptual_hash)::bit(64) # ('x' || $5::text)::bit(64)) as hamming
         from photo_evidence p join screening s on s.id = p.screening_id
        where p.id <> $1 and p.screening_id <> $2
          and p.kind = any($7::text[])
          and (s.household_id is null or $3::bigint is null or s.household_id <> $3::bigint))
     select screening_id, case when sha256 = $4 then 0 else hamming end as distance
       from photo where sha256 = $4 or hamming <= $6
      order by distance, screening_id limit 20`,
    [q.photoId, q.screeningId, q.householdId, q.sha256, q.perceptualHash, q.maxDistance, q.kinds],
  );
  return rows.map((r) => ({
    screeningId: String(r['screening_id']),
    distance: Number(r['distance']),
  }));
}

export interface PhotoRow {
  readonly id: string;
  readonly screeningId: string;
  readonly kind: EvidenceKind;
  readonly source: PhotoSource;
  readonly sha256: string;
  readonly perceptualHash: string;
  readonly mime: string;
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
  readonly takenAt?: string;
  readonly place?: GeoPoint;
  readonly storageKey: string;
  readonly uploadedBy: number;
}

const PHOTO_COLUMNS = `id, screening_id, kind, source, sha256, perceptual_hash, mime, width, height,
  bytes, taken_at, lat, lon, storage_key, uploaded_by`;

function photoOf(r: Row): PhotoRow {
  const place = point(r['lat'], r['lon']);
  return {
    id: String(r['id']),
    screeningId: String(r['screening_id']),
    kind: r['kind'] as EvidenceKind,
    source: r['source'] as PhotoSource,
    sha256: String(r['sha256']),
    perceptualHash: String(r['perceptual_hash']),
    mime: String(r['mime']),
    width: Number(r['width']),
    height: Number(r['height']),
    bytes: Number(r['bytes']),
    ...(r['taken_at'] !== null && { takenAt: iso(r['taken_at']) }),
    ...(place && { place }),
    storageKey: String(r['storage_key']),
    uploadedBy: Number(r['uploaded_by']),
  };
}

export async function photoById(db: EvidenceDatabase, id: string): Promise<PhotoRow | undefined> {
  const [r] = await db.sql(`select ${PHOTO_COLUMNS} from photo_evidence where id = $1`, [id]);
  return r === undefined ? undefined : photoOf(r);
}

/** A screening's photos in the order they arrived. */
export async function photosOfScreening(
  db: EvidenceDatabase,
  screeningId: string,
): Promise<PhotoRow[]> {
  const rows = await db.sql(
    `select ${PHOTO_COLUMNS} from photo_evidence where screening_id = $1 order by created_at, id`,
    [screeningId],
  );
  return rows.map(photoOf);
}

/** An audited read: the audit row in a transaction of its own; a refusal is a bug in what we audit. */
export async function auditRead(db: EvidenceDatabase, entry: AuditEntry): Promise<void> {
  unwrap(await appendAudit(db.db, entry));
}

/** A refusal of the audit trail inside the transaction: thrown to roll the insert back. */
class AuditRefused extends Error {
  constructor(readonly issues: readonly Issue[]) {
    super('audit refused');
  }
}

/** Inserts the photo and its audit row in one transaction: both or neither. */
export async function insertPhoto(
  db: EvidenceDatabase,
  p: PhotoRow,
  audit: Omit<AuditEntry, 'entity' | 'entityId'>,
): Promise<Result<void>> {
  try {
    await db.db.transaction(async (tx) => {
      await run(
        tx,
        sql`insert into photo_evidence (id, screening_id, kind, source, sha256, perceptual_hash, mime,
                                        width, height, bytes, taken_at, lat, lon, storage_key, uploaded_by)
            values (${p.id}, ${p.screeningId}, ${p.kind}, ${p.source}, ${p.sha256}, ${p.perceptualHash},
                    ${p.mime}, ${p.width}, ${p.height}, ${p.bytes}, ${p.takenAt ?? null}::timestamptz,
                    ${p.place?.lat ?? null}, ${p.place?.lon ?? null}, ${p.storageKey}, ${p.uploadedBy})`,
      );
      const audited = await appendAudit(tx, { ...audit, entity: 'photo_evidence', entityId: p.id });
      if (!audited.ok) throw new AuditRefused(audited.issues);
    });
    return ok(undefined);
  } catch (error) {
    if (error instanceof AuditRefused) return fail(error.issues);
    throw error;
  }
}
