import type { ScreeningStatus } from '@isee/domain';

/** A review step just taken, for the queue to announce once the reviewer is back on it. */
export interface Done {
  readonly studentName: string;
  readonly status: ScreeningStatus;
}

let last: Done | undefined;

/** Kept in memory only: after a reload the queue itself shows where the screening stands. */
export const rememberDone = (done: Done): void => {
  last = done;
};

export const lastDone = (): Done | undefined => last;

export const forgetDone = (): void => {
  last = undefined;
};
