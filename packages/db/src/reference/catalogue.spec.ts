import { GRADES, levelGroupOf } from '@isee/domain';
import { describe, expect, it } from 'vitest';
import { AFFILIATIONS, AFFILIATION_CODES } from './affiliations.js';
import { gradeLevelRows } from './grades.js';

describe('AFFILIATIONS', () => {
  it('lists the six affiliations of SPEC §2 once each, with both languages', () => {
    expect(AFFILIATIONS.map((a) => a.code)).toEqual([...AFFILIATION_CODES]);
    expect(AFFILIATIONS.map((a) => a.abbrTh)).toEqual([
      'สพฐ.',
      'อปท./สถ.',
      'ตชด.',
      'สช.',
      'พศ.',
      'กทม.',
    ]);
    for (const a of AFFILIATIONS) {
      expect(a.nameTh).toMatch(/[ก-๙]/);
      expect(a.nameEn).toMatch(/^[A-Z]/);
    }
  });
});

describe('gradeLevelRows', () => {
  const rows = gradeLevelRows();

  it('has อ.1–3, ป.1–6, ม.1–6 and ปวช.1–3 in order', () => {
    expect(rows.map((r) => r.code)).toEqual([...GRADES]);
    expect(rows.map((r) => r.ordinal)).toEqual(GRADES.map((_, i) => i + 1));
    expect(rows.map((r) => r.nameTh)).toContain('ปวช.3');
  });

  it('takes each level group from the domain', () => {
    for (const r of rows) expect(r.levelGroup).toBe(levelGroupOf(r.code));
    expect(rows.find((r) => r.code === 'M4')).toEqual({
      code: 'M4',
      ordinal: 13,
      nameTh: 'ม.4',
      nameEn: 'M4',
      levelGroup: 'upper_secondary',
    });
  });
});
