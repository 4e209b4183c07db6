import type { GeoPoint, ScreeningStatus } from '@isee/domain';
import { SCREENING_WINDOW } from './calendar.js';
import { pointNear } from './geo.js';
import type { Random } from './prng.js';
import type { SeedRow } from './tables.js';

/** Where a step was taken, with the phone's stated accuracy in metres. */
interface Fix {
  readonly lat: number;
  readonly lon: number;
  readonly accuracyM: number;
}

/** A review's signature: the certification row a step writes beside its event. */
interface Signature {
  readonly kind: 'certifier' | 'director';
  readonly decision: 'certified' | 'confirmed' | 'returned';
}

/** One status change of a seeded screening, as the server would have recorded it. */
export interface Step {
  readonly from: ScreeningStatus | null;
  readonly to: ScreeningStatus;
  /** ISO instant. */
  readonly at: string;
  readonly place: Fix | null;
  readonly reason: string | null;
  readonly signature: Signature | null;
}

/** Teachers who saved the form as a draft at the visit before submitting it (our assumption). */
const SAVED_FIRST = 0.3;
/** Returns by the certifier, before certification; the rest are by the director, after it. */
const RETURNED_BY_CERTIFIER = 0.5;
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** Thailand's offset from UTC: office hours are local. */
const THAI_OFFSET_MS = 7 * HOUR_MS;

/** The first moment of the window's last day, Thai time. */
const LAST_DAY = Date.parse(`${SCREENING_WINDOW.closesOn}T00:00:00+07:00`);

/**
 * A reviewer's next working moment, 08:00–17:00 on the same day or up to three days later, leaving
 * each of the `steps` still to come a day of its own where the window allows (else within the hour).
 * A visit ends by 16:15, so even five steps within the hour stay inside the window's last day.
 */
function reviewedAfter(at: number, steps: number, random: Random): number {
  const localDay = Math.floor((at + THAI_OFFSET_MS) / DAY_MS) * DAY_MS - THAI_OFFSET_MS;
  const daysLeft = Math.round((LAST_DAY - localDay) / DAY_MS);
  const days = random.int(0, Math.min(3, Math.floor(daysLeft / steps)));
  const next = localDay + days * DAY_MS + random.int(8 * 60, 17 * 60) * MINUTE_MS;
  return next > at ? next : at + random.int(10, 60) * MINUTE_MS;
}

/** Why a reviewer sends a form back to the teacher, in the words a reviewer would write. */
const RETURN_REASONS = [
  'ภาพถ่ายภายในบ้านไม่ชัด กรุณาถ่ายใหม่',
  'จำนวนสมาชิกในครัวเรือนไม่ตรงกับทะเบียนบ้าน กรุณาตรวจสอบอีกครั้ง',
  'ยังไม่ได้กรอกรายได้ของสมาชิกบางคน กรุณากรอกให้ครบ',
  'ตำแหน่งบ้านไม่ตรงกับที่อยู่ กรุณาตรวจสอบพิกัดอีกครั้ง',
] as const;

/** The statuses a screening passed through to reach `status`, from its first save. */
function pathTo(status: ScreeningStatus, random: Random): ScreeningStatus[] {
  if (status === 'draft') return ['draft'];
  const start: ScreeningStatus[] = random.chance(SAVED_FIRST)
    ? ['draft', 'submitted']
    : ['submitted'];
  switch (status) {
    case 'submitted':
      return start;
    case 'certified':
      return [...start, 'certified'];
    case 'confirmed':
      return [...start, 'certified', 'confirmed'];
    case 'scored':
      return [...start, 'certified', 'confirmed', 'scored'];
    case 'returned':
      return random.chance(RETURNED_BY_CERTIFIER)
        ? [...start, 'returned']
        : [...start, 'certified', 'returned'];
  }
}

/**
 * The teacher saves and submits at the home; the certifier signs a few tens of metres from it (at
 * the door, or a neighbour's); the director and the central scoring record no place.
 */
function placeOf(
  to: ScreeningStatus,
  from: ScreeningStatus | null,
  home: GeoPoint,
  random: Random,
) {
  const byCertifier = to === 'certified' || (to === 'returned' && from === 'submitted');
  if (to === 'draft' || to === 'submitted') return { ...home, accuracyM: random.int(4, 20) };
  if (!byCertifier) return null;
  return { ...pointNear(home, random.int(10, 60) / 1000, random), accuracyM: random.int(5, 25) };
}

function signatureOf(to: ScreeningStatus, from: ScreeningStatus | null): Signature | null {
  if (to === 'certified') return { kind: 'certifier', decision: 'certified' };
  if (to === 'confirmed') return { kind: 'director', decision: 'confirmed' };
  if (to === 'returned')
    return { kind: from === 'submitted' ? 'certifier' : 'director', decision: 'returned' };
  return null;
}

/**
 * The history of a screening now at `status`, visited on `visitDay`: in order, inside the screening
 * window, the form saved and submitted at the visit and each review in office hours after it.
 */
export function screeningHistory(
  status: ScreeningStatus,
  visitDay: string,
  home: GeoPoint,
  random: Random,
): Step[] {
  const path = pathTo(status, random);
  let at = Date.parse(`${visitDay}T09:00:00+07:00`) + random.int(0, 390) * MINUTE_MS;
  let from: ScreeningStatus | null = null;
  return path.map((to, i) => {
    if (i > 0) {
      at =
        from === 'draft'
          ? at + random.int(10, 45) * MINUTE_MS
          : reviewedAfter(at, path.length - i, random);
    }
    const step: Step = {
      from,
      to,
      at: new Date(at).toISOString(),
      place: placeOf(to, from, home, random),
      reason: to === 'returned' ? random.pick(RETURN_REASONS) : null,
      signature: signatureOf(to, from),
    };
    from = to;
    return step;
  });
}

/** The screening_event row of a step (SEED_COLUMNS order). */
export const eventRow = (screeningId: string, actor: number, s: Step): SeedRow => [
  screeningId,
  s.from,
  s.to,
  actor,
  s.at,
  s.place?.lat ?? null,
  s.place?.lon ?? null,
  s.place?.accuracyM ?? null,
  s.reason,
];

/** The certification row of a signed step (SEED_COLUMNS order). */
export const certificationRow = (
  screeningId: string,
  actor: number,
  s: Step,
  signature: Signature,
): SeedRow => [
  screeningId,
  signature.kind,
  signature.decision,
  actor,
  s.at,
  s.place?.lat ?? null,
  s.place?.lon ?? null,
  s.place?.accuracyM ?? null,
  s.reason,
];
