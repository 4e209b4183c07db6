import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatThaiId, maskThaiId, parseThaiId, thaiIdCheckDigit } from './thai-id.js';

const digits12 = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 })
  .map((d) => d.join(''));
const validId = digits12.map((d) => d + String(thaiIdCheckDigit(d)));

describe('Thai national ID', () => {
  it('accepts the worked example 1-2345-67890-12-1 and returns its 13 digits', () => {
    expect(parseThaiId('1-2345-67890-12-1')).toEqual({ ok: true, value: '1234567890121' });
    expect(parseThaiId(' 3 1012 00123 45 3 ')).toEqual({ ok: true, value: '3101200123453' });
  });

  it('rejects a wrong check digit with ID_CHECKSUM and both languages', () => {
    const result = parseThaiId('1234567890122', 'guardian.nationalId');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ code: 'ID_CHECKSUM', path: 'guardian.nationalId' });
    expect(result.issues[0]?.message.th).toContain('เลขประจำตัวประชาชน');
    expect(result.issues[0]?.message.en).toContain('check digit');
  });

  it('rejects wrong lengths and letters with ID_FORMAT, missing values with REQUIRED, non-strings with NOT_A_STRING', () => {
    expect(parseThaiId('123456789012')).toMatchObject({
      ok: false,
      issues: [{ code: 'ID_FORMAT' }],
    });
    expect(parseThaiId('12345678901a1')).toMatchObject({
      ok: false,
      issues: [{ code: 'ID_FORMAT' }],
    });
    expect(parseThaiId('')).toMatchObject({ ok: false, issues: [{ code: 'REQUIRED' }] });
    expect(parseThaiId(1234567890121)).toMatchObject({
      ok: false,
      issues: [{ code: 'NOT_A_STRING' }],
    });
  });

  it('formats and masks for display, showing only the last four digits', () => {
    expect(formatThaiId('1234567890121')).toBe('1-2345-67890-12-1');
    expect(maskThaiId('1234567890121')).toBe('x-xxxx-xxxx0-12-1');
  });

  it('round-trips: every generated ID parses, and its display form parses back to it', () => {
    fc.assert(
      fc.property(validId, (id) => {
        expect(parseThaiId(id)).toEqual({ ok: true, value: id });
        expect(parseThaiId(formatThaiId(id))).toEqual({ ok: true, value: id });
      }),
    );
  });

  it('always catches a changed check digit', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 1, max: 9 }), (id, shift) => {
        const wrong = id.slice(0, 12) + String((Number(id[12]) + shift) % 10);
        expect(parseThaiId(wrong).ok).toBe(false);
      }),
    );
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parseThaiId(value);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
