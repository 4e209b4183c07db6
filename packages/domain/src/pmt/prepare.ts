import { readRecord, type Bag } from '../core/guard.js';
import { joinPath } from '../core/issue.js';
import { fail, ok, type Result } from '../core/result.js';
import type { StatusQuestion } from '../forms/types.js';
import type { PmtModel } from './model.js';
import { statusQuestionsOf } from './revisions.js';
import { validateModel } from './validate-model.js';

/** A validated model with the status questions of its form revision, in the form's order. */
export interface PreparedModel {
  readonly model: PmtModel;
  readonly questions: readonly StatusQuestion[];
}

/** Models are immutable data, so one validation per model object serves every household it scores. */
const prepared = new WeakMap<object, Result<PreparedModel>>();

/** Validates a model for scoring; its issues' paths start with `path`, where the caller's input holds it. */
export function prepareModel(model: unknown, path = 'model'): Result<PreparedModel> {
  const issues: Bag = [];
  const record = readRecord(model, path, issues);
  if (!record) return fail(issues);
  let result = prepared.get(record);
  if (!result) {
    result = prepareUncached(record);
    prepared.set(record, result);
  }
  return result.ok
    ? result
    : fail(result.issues.map((i) => ({ ...i, path: joinPath(path, i.path) })));
}

function prepareUncached(model: Readonly<Record<string, unknown>>): Result<PreparedModel> {
  const questions = statusQuestionsOf(model['formRevision']);
  if (!questions.ok) return questions;
  const valid = validateModel(model, questions.value);
  return valid.ok ? ok({ model: valid.value, questions: questions.value }) : valid;
}
