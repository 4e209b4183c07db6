/**
 * Date-times as the form keeps them: ISO 8601 with Bangkok's +07:00 offset. The domain refuses a
 * time without an offset, and the teacher reads and types the clock time of Thailand.
 */

/** Thailand has one time zone and no daylight saving: UTC+7 all year. */
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;
const BANGKOK_OFFSET = '+07:00';

/** A moment as Bangkok's wall clock with the offset, to the second: `2026-07-10T09:30:05+07:00`. */
export function bangkokIso(moment: Date): string {
  return new Date(moment.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 19) + BANGKOK_OFFSET;
}

/** The value a datetime-local input shows for an answer (Bangkok's clock); '' when it is no date-time. */
export function localInputOf(iso: unknown): string {
  if (typeof iso !== 'string' || !iso.includes('T')) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + BANGKOK_OFFSET_MS).toISOString().slice(0, 16);
}

const LOCAL_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

/** What a datetime-local input typed, read as Bangkok's clock; undefined when it is blank or partial. */
export function isoOfLocalInput(text: string): string | undefined {
  return LOCAL_INPUT.test(text) ? text + BANGKOK_OFFSET : undefined;
}
