import { validateHousehold, type Issue } from '@isee/domain';
import type { DraftForm } from '../form/wizard.js';

/**
 * Which photo kinds this household needs, asked of the domain's own validator rather than
 * restated: the rule (home photos, or the school-sign photo when the home cannot be photographed)
 * lives in the domain package only, and a new revision may change it.
 */
export interface PhotoNeeds {
  /** The kinds the domain accepts in this case, in the definition's order. */
  readonly expected: readonly string[];
  /** Expected kinds with no photo yet. */
  readonly missing: readonly string[];
}

const ITEMS = 'photos.items';

/** The photo rule's issues for a form whose photos are one of each of these kinds, and nothing else. */
function photoIssues(form: DraftForm, kinds: readonly string[]): readonly Issue[] {
  const photos = form['photos'];
  const probe = {
    formRevision: form['formRevision'],
    variant: form['variant'],
    photos: {
      ...(photos !== null && typeof photos === 'object' ? photos : {}),
      items: kinds.map((kind) => ({ kind })),
    },
  };
  const result = validateHousehold(probe);
  // Only the photo rule's own issues: "too few items" would also vanish when any photo is added.
  return result.ok
    ? []
    : result.issues.filter((i) => i.path.startsWith(ITEMS) && i.code.startsWith('FORM_PHOTO_'));
}

/** The kinds of the photos in the form so far. */
export function kindsInForm(form: DraftForm): string[] {
  const photos = form['photos'] as { items?: unknown } | undefined;
  const items = Array.isArray(photos?.items) ? (photos.items as unknown[]) : [];
  return items.flatMap((item) => {
    const kind = (item as { kind?: unknown } | null)?.kind;
    return typeof kind === 'string' ? [kind] : [];
  });
}

/**
 * `kinds` are the definition's options. A kind is expected when the domain does not refuse a photo
 * of it, and missing when adding one would remove one of the rule's "required" issues.
 */
export function photoNeeds(form: DraftForm, kinds: readonly string[]): PhotoNeeds {
  const refused = new Set(photoIssues(form, kinds).map((i) => i.path));
  const expected = kinds.filter((_, i) => !refused.has(`${ITEMS}.${i}.kind`));
  // Each kind once: the rule counts kinds, and the probe then stays within the list's limit.
  const present = [...new Set(kindsInForm(form))];
  const open = photoIssues(form, present).filter((i) => i.path === ITEMS).length;
  const missing = expected.filter(
    (kind) =>
      !present.includes(kind) &&
      photoIssues(form, [...present, kind]).filter((i) => i.path === ITEMS).length < open,
  );
  return { expected, missing };
}
