import { describe, expect, it } from 'vitest';
import { formatDate } from './dates.js';

describe('dates for people', () => {
  it('shows Thai dates in the Buddhist era and English ones in the Common era', () => {
    expect(formatDate('2026-07-10', 'th')).toBe('10 ก.ค. 2569');
    expect(formatDate('2026-07-10', 'en')).toBe('10 Jul 2026');
  });

  it("shows a moment at Bangkok's time, whatever the offset it was written with", () => {
    expect(formatDate('2026-12-31T17:30:00Z', 'th')).toBe('1 ม.ค. 2570 00:30 น.');
    expect(formatDate('2026-07-10T09:30:00+07:00', 'en')).toBe('10 Jul 2026 09:30');
  });

  it('leaves what is not a date as it is', () => {
    expect(formatDate('not a date', 'th')).toBe('not a date');
  });
});
