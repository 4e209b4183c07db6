import { issue } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import { STATUS_QUESTIONS_2023, STATUS_QUESTIONS_2026_03 } from '../forms/status-questions.js';
import type { StatusQuestion } from '../forms/types.js';

const STATUS_QUESTIONS: Readonly<Record<string, readonly StatusQuestion[]>> = {
  '2023': STATUS_QUESTIONS_2023,
  '2026-03': STATUS_QUESTIONS_2026_03,
};

/** The status questions a model of this form revision scores; `path` locates the revision in the caller's input. */
export function statusQuestionsOf(
  revision: unknown,
  path = 'formRevision',
): Result<readonly StatusQuestion[]> {
  const questions =
    typeof revision === 'string' && Object.hasOwn(STATUS_QUESTIONS, revision)
      ? STATUS_QUESTIONS[revision]
      : undefined;
  return questions
    ? ok(questions)
    : fail([issue('PMT_UNKNOWN_FORM_REVISION', path, { value: String(revision) })]);
}
