import { describe, expect, it } from 'vitest';
import { forgetDone, lastDone, rememberDone } from './done.js';

describe('the step just taken, announced on the queue', () => {
  it('is read as often as needed until the queue forgets it', () => {
    expect(lastDone()).toBeUndefined();
    rememberDone({ studentName: 'ด.ญ. ดวงใจ ศรีสุข', status: 'certified' });
    expect(lastDone()).toEqual({ studentName: 'ด.ญ. ดวงใจ ศรีสุข', status: 'certified' });
    expect(lastDone()?.status).toBe('certified');
    forgetDone();
    expect(lastDone()).toBeUndefined();
  });
});
