import type { Result } from '../core/result.js';
import { formRevision } from '../forms/revisions.js';
import type { StatusQuestion } from '../forms/types.js';

/** The status questions a model of this form revision scores, from the forms' own registry; `path` locates the revision in the caller's input. */
export function statusQuestionsOf(
  revision: unknown,
  path = 'formRevision',
): Result<readonly StatusQuestion[]> {
  const found = formRevision(revision, path);
  return found.ok ? { ok: true, value: found.value.statusQuestions } : found;
}
