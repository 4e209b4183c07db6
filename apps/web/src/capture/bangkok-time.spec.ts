import { validateHousehold } from '@isee/domain';
import { describe, expect, it } from 'vitest';
import { bangkokIso, isoOfLocalInput, localInputOf } from './bangkok-time.js';

/** The issues the domain has about declarations.signedAt when it holds this value. */
const signedAtIssues = (signedAt: string): string[] => {
  const result = validateHousehold({
    formRevision: '2026-03',
    variant: 'household',
    declarations: { signedAt },
  });
  return result.ok
    ? []
    : result.issues.filter((i) => i.path === 'declarations.signedAt').map((i) => i.code);
};

describe('Bangkok date-times', () => {
  it('writes a moment as Bangkok wall-clock time with its +07:00 offset', () => {
    const moment = new Date('2026-07-10T02:30:05.250Z');
    expect(bangkokIso(moment)).toBe('2026-07-10T09:30:05+07:00');
    expect(Date.parse(bangkokIso(moment))).toBe(Date.parse('2026-07-10T02:30:05Z'));
  });

  it('crosses midnight into the next Bangkok day', () => {
    expect(bangkokIso(new Date('2026-12-31T20:00:00Z'))).toBe('2027-01-01T03:00:00+07:00');
  });

  it('gives what the domain accepts as a date-time', () => {
    expect(signedAtIssues(bangkokIso(new Date()))).toEqual([]);
    expect(signedAtIssues(isoOfLocalInput('2026-07-10T09:30') ?? '')).toEqual([]);
  });

  it('reads a datetime-local value as Bangkok time, and nothing from a partial one', () => {
    expect(isoOfLocalInput('2026-07-10T09:30')).toBe('2026-07-10T09:30+07:00');
    expect(isoOfLocalInput('2026-07-10T09:30:15')).toBe('2026-07-10T09:30:15+07:00');
    expect(isoOfLocalInput('')).toBeUndefined();
    expect(isoOfLocalInput('2026-07-10')).toBeUndefined();
  });

  it('shows any stored offset back on Bangkok’s clock for the input', () => {
    expect(localInputOf('2026-07-10T09:30:00+07:00')).toBe('2026-07-10T09:30');
    expect(localInputOf('2026-07-10T02:30:00Z')).toBe('2026-07-10T09:30');
    expect(localInputOf(isoOfLocalInput('2026-01-02T23:59'))).toBe('2026-01-02T23:59');
  });

  it('shows nothing for an answer that is no date-time', () => {
    expect(localInputOf(undefined)).toBe('');
    expect(localInputOf('2026-07-10')).toBe('');
    expect(localInputOf('soon')).toBe('');
    expect(localInputOf(12)).toBe('');
  });
});
