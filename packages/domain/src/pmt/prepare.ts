import { readRecord, type Bag } from '../core/guard.js';
import { joinPath } from '../core/issue.js';
import { fail, ok, type Failure, type Result } from '../core/result.js';
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

/** Validates a model for scoring; its issues' paths start with `model`. */
export function prepareModel(model: unknown): Result<PreparedModel> {
  const issues: Bag = [];
  const record = readRecord(model, 'model', issues);
  if (!record) return fail(issues);
  const cached = prepared.get(record);
  if (cached) return cached;
  const result = prepareUncached(record);
  prepared.set(record, result);
  return result;
}

function prepareUncached(model: Readonly<Record<string, unknown>>): Result<PreparedModel> {
  const questions = statusQuestionsOf(model['formRevision']);
  if (!questions.ok) return underModel(questions);
  const valid = validateModel(model, questions.value);
  return valid.ok ? ok({ model: valid.value, questions: questions.value }) : underModel(valid);
}

const underModel = (failure: Failure): Failure =>
  fail(failure.issues.map((i) => ({ ...i, path: joinPath('model', i.path) })));
