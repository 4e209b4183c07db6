import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatGCode, makeGCode, parseGCode } from './g-code.js';

describe('G-code for students without a national ID', () => {
  it('builds G + year + school + sequence + check digit, and formats it for display', () => {
    const code = makeGCode({ yearBE2: 69, schoolNumber: 1234, sequence: 7 });
    expect(code).toEqual({ ok: true, value: 'G6900123400075' });
    expect(formatGCode('G6900123400075')).toBe('G-69-001234-0007-5');
  });

  it('parses the display form and lower case back to the stored code', () => {
    expect(parseGCode('g-69-001234-0007-5')).toEqual({ ok: true, value: 'G6900123400075' });
  });

  it('accepts the same separators as a national ID, such as the en dash a phone inserts', () => {
    expect(parseGCode('G–69–001234–0007–5')).toEqual({ ok: true, value: 'G6900123400075' });
  });

  it('rejects a mistyped digit, a wrong shape and bad parts', () => {
    expect(parseGCode('G6900123400072')).toMatchObject({
      ok: false,
      issues: [{ code: 'GCODE_CHECKSUM' }],
    });
    expect(parseGCode('1234567890121')).toMatchObject({
      ok: false,
      issues: [{ code: 'GCODE_FORMAT' }],
    });
    expect(makeGCode({ yearBE2: 69, schoolNumber: 0, sequence: 1.5 })).toMatchObject({
      ok: false,
      issues: [
        { code: 'OUT_OF_RANGE', path: 'schoolNumber' },
        { code: 'NOT_AN_INTEGER', path: 'sequence' },
      ],
    });
  });

  it('round-trips for every valid set of parts', () => {
    const parts = fc.record({
      yearBE2: fc.integer({ min: 0, max: 99 }),
      schoolNumber: fc.integer({ min: 1, max: 999_999 }),
      sequence: fc.integer({ min: 1, max: 9999 }),
    });
    fc.assert(
      fc.property(parts, (p) => {
        const made = makeGCode(p);
        expect(made.ok).toBe(true);
        if (!made.ok) return;
        expect(parseGCode(formatGCode(made.value))).toEqual({ ok: true, value: made.value });
      }),
    );
  });
});
