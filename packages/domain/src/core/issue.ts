import { bilingual, type Label, type MessageKey, type Params } from '../i18n/index.js';

/** An error code is the key of its message under `error.` in the dictionaries, so codes and texts cannot drift. */
type CodeOf<K> = K extends `error.${infer C}` ? C : never;
export type ErrorCode = CodeOf<MessageKey>;

/** A refusal as data: stable code, the field path that caused it, and the message in Thai and English. */
export interface Issue {
  readonly code: ErrorCode;
  /** Dotted path into the input, e.g. `members.2.income.wages`; '' for the input as a whole. */
  readonly path: string;
  readonly params: Params;
  readonly message: Label;
}

export function issue(code: ErrorCode, path: string, params: Params = {}): Issue {
  return { code, path, params, message: bilingual(`error.${code}` as MessageKey, params) };
}

/** Joins path segments: joinPath('members', 2, 'age') → 'members.2.age'. */
export function joinPath(...parts: ReadonlyArray<string | number>): string {
  return parts.filter((p) => p !== '').join('.');
}
