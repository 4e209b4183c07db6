import { isRecord, type Bag } from '../core/guard.js';
import { issue, joinPath, type ErrorCode } from '../core/issue.js';
import type { FormVariant } from './household.js';
import { isEmpty } from './read-field.js';

/**
 * The rules that tie answers of different sections together, applied to what was read so far
 * (a field that was invalid is absent and already reported, so it is not reported twice).
 */
type Read = Readonly<Record<string, unknown>>;

export function checkCrossRules(variant: FormVariant, form: Read, raw: Read, issues: Bag): void {
  checkLivesWith(variant, form, issues);
  if (variant === 'household') checkMembers(form, issues);
  checkPhotos(form, raw, issues);
}

const at = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);

/** The institutional variant is exactly the case of a student living in an institution. */
function checkLivesWith(variant: FormVariant, form: Read, issues: Bag): void {
  const livesWith = at(form.student, 'livesWith');
  if (livesWith === undefined) return;
  if ((livesWith === 'institution') !== (variant === 'institution')) {
    issues.push(issue('FORM_LIVES_WITH_VARIANT', 'student.livesWith'));
  }
}

/** Exactly one member is the student; no national ID appears twice in one household. */
function checkMembers(form: Read, issues: Bag): void {
  if (!Array.isArray(form.members) || form.members.length === 0) return;
  const members = form.members as unknown[];
  const students = members.flatMap((m, i) => (at(m, 'relation') === 'student' ? [i] : []));
  if (students.length === 0 && members.every((m) => at(m, 'relation') !== undefined)) {
    issues.push(issue('FORM_NO_STUDENT_MEMBER', 'members'));
  }
  for (const i of students.slice(1)) {
    issues.push(issue('FORM_STUDENT_NOT_UNIQUE', joinPath('members', i, 'relation')));
  }
  const seen = new Set<unknown>();
  members.forEach((m, i) => {
    const id = at(m, 'idNumber');
    if (id === undefined) return;
    if (seen.has(id)) {
      issues.push(
        issue('DUPLICATE_KEY', joinPath('members', i, 'idNumber'), { value: String(id) }),
      );
    }
    seen.add(id);
  });
}

/** Photo kinds a form must have, and the error when one is missing. */
type Required = ReadonlyArray<readonly [kind: string, missing: ErrorCode]>;
const HOME_PHOTOS: Required = [
  ['outside', 'FORM_PHOTO_OUTSIDE_REQUIRED'],
  ['inside', 'FORM_PHOTO_INSIDE_REQUIRED'],
];
const SIGN_PHOTO: Required = [['school_sign', 'FORM_PHOTO_SCHOOL_SIGN_REQUIRED']];

/** Home photos outside and inside, or, when the home cannot be photographed, the school-sign photo instead. */
function checkPhotos(form: Read, raw: Read, issues: Bag): void {
  const reason = at(form.photos, 'unphotographableReason');
  const rawReason = at(raw.photos, 'unphotographableReason');
  const reasonInvalid = reason === undefined && !isEmpty(rawReason);
  const items = at(form.photos, 'items');
  if (reasonInvalid || !Array.isArray(items)) return;
  const kinds: unknown[] = items.map((p) => at(p, 'kind'));
  const required = reason === undefined ? HOME_PHOTOS : SIGN_PHOTO;
  kinds.forEach((kind, i) => {
    if (typeof kind === 'string' && !required.some(([k]) => k === kind)) {
      issues.push(issue('FORM_PHOTO_NOT_EXPECTED', joinPath('photos.items', i, 'kind')));
    }
  });
  if (kinds.includes(undefined)) return;
  for (const [kind, missing] of required) {
    if (!kinds.includes(kind)) issues.push(issue(missing, 'photos.items'));
  }
}
