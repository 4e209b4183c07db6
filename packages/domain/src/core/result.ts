import type { Issue } from './issue.js';

/** Every public domain function answers with a Result: a value, or every issue found at once. */
export type Result<T> = { readonly ok: true; readonly value: T } | Failure;
export type Failure = { readonly ok: false; readonly issues: readonly Issue[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (issues: readonly Issue[]): Failure => ({ ok: false, issues });

/** For tests, scripts and boundaries that have already validated: the value, or a thrown DomainError. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new DomainError(result.issues);
}

export class DomainError extends Error {
  constructor(readonly issues: readonly Issue[]) {
    super(issues.map((i) => `${i.code} at ${i.path || '(root)'}: ${i.message.en}`).join('; '));
    this.name = 'DomainError';
  }
}
