import { readIsoDate, readNumber, readRecord, readString, type Bag } from '../core/guard.js';
import { issue, joinPath } from '../core/issue.js';
import type { GeoPoint } from './household.js';

/** Readers for the field kinds the core guard does not know. Each reports into the bag and returns the clean value. */

/** Thailand's bounding box (SPEC, issue 2): a home or a photo outside it is an error. */
export const THAILAND_BOUNDS = { latMin: 5.6, latMax: 20.5, lonMin: 97.3, lonMax: 105.7 } as const;

export function readGps(value: unknown, path: string, issues: Bag): GeoPoint | undefined {
  const record = readRecord(value, path, issues);
  if (!record) return undefined;
  const lat = readNumber(record.lat, joinPath(path, 'lat'), { min: -90, max: 90 }, issues);
  const lon = readNumber(record.lon, joinPath(path, 'lon'), { min: -180, max: 180 }, issues);
  if (lat === undefined || lon === undefined) return undefined;
  const b = THAILAND_BOUNDS;
  if (lat < b.latMin || lat > b.latMax || lon < b.lonMin || lon > b.lonMax) {
    issues.push(issue('FORM_GPS_OUTSIDE_THAILAND', path));
    return undefined;
  }
  return { lat, lon };
}

const PHONE_SEPARATORS = /[\s\-()]/g;

/** A Thai phone number as people write it; returns the digits (0 then 8 or 9 digits). */
export function readPhone(value: unknown, path: string, issues: Bag): string | undefined {
  const text = readString(value, path, issues);
  if (text === undefined) return undefined;
  const digits = text.replace(PHONE_SEPARATORS, '');
  if (/^0\d{8,9}$/.test(digits)) return digits;
  issues.push(issue('FORM_INVALID_PHONE', path));
  return undefined;
}

/** A calendar date YYYY-MM-DD, kept as written. */
export function readDate(value: unknown, path: string, issues: Bag): string | undefined {
  return readIsoDate(value, path, issues) === undefined ? undefined : String(value).trim();
}

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant: ISO 8601 date-time with seconds optional and a time zone required (photos move across zones). */
export function readDateTime(value: unknown, path: string, issues: Bag): string | undefined {
  const text = readString(value, path, issues);
  if (text === undefined) return undefined;
  const m = DATE_TIME.exec(text);
  if (m && validDate(m[1]) && Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4] ?? 0) < 60) {
    return text;
  }
  issues.push(issue('FORM_INVALID_DATE_TIME', path));
  return undefined;
}

const validDate = (text: string | undefined): boolean => readIsoDate(text, '', []) !== undefined;
