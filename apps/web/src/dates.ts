import type { Lang } from '@isee/domain';

/** The Buddhist era runs 543 years ahead of the Common era (2026 CE is 2569 BE). */
export const BUDDHIST_ERA_OFFSET = 543;

const THAI_MONTHS = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const;
const ENGLISH_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** Thailand has one time zone and no daylight saving: UTC+7 all year. */
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

interface Parts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly time?: string;
}

/**
 * Bangkok's calendar parts of an ISO date or date-time. Computed by hand, not with Intl: the
 * phones' ICU data and Node's differ in Thai month names, and dates must read the same everywhere.
 */
function partsOf(iso: string): Parts | undefined {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (dateOnly)
    return { year: Number(dateOnly[1]), month: Number(dateOnly[2]), day: Number(dateOnly[3]) };
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  const local = new Date(ms + BANGKOK_OFFSET_MS);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    time: `${hh}:${mm}`,
  };
}

/**
 * A date for people: Thai in the Buddhist era ("10 ก.ค. 2569 09:30 น."), English in the Common era
 * ("10 Jul 2026 09:30"). Something that is not a date is shown as it is.
 */
export function formatDate(iso: string, lang: Lang): string {
  const parts = partsOf(iso);
  if (parts === undefined) return iso;
  const month = (lang === 'th' ? THAI_MONTHS : ENGLISH_MONTHS)[parts.month - 1] ?? '';
  const year = lang === 'th' ? parts.year + BUDDHIST_ERA_OFFSET : parts.year;
  const date = `${parts.day} ${month} ${year}`;
  if (parts.time === undefined) return date;
  return lang === 'th' ? `${date} ${parts.time} น.` : `${date} ${parts.time}`;
}
