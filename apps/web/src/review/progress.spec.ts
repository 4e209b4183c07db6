import { describe, expect, it } from 'vitest';
import { progressFigures } from './progress.js';

describe("the director's progress figures", () => {
  const figures = progressFigures({
    students: 420,
    candidates: 120,
    missing: 31,
    byStatus: { draft: 9, submitted: 40, certified: 20, confirmed: 12, scored: 3, returned: 5 },
  });

  it('reads the school’s counts and each status, counting scored screenings as confirmed', () => {
    expect(figures).toEqual({
      students: 420,
      candidates: 120,
      notScreened: 31,
      screened: 89,
      inProgress: 9,
      submitted: 40,
      certified: 20,
      confirmed: 15,
      returned: 5,
    });
  });

  it('adds the status figures up to the screenings started', () => {
    const { inProgress, submitted, certified, confirmed, returned } = figures;
    expect(inProgress + submitted + certified + confirmed + returned).toBe(figures.screened);
  });

  it('reads a status with no screening, or a status it does not know, as nothing', () => {
    const empty = progressFigures({
      students: 10,
      candidates: 4,
      missing: 4,
      byStatus: { archived: 3 },
    });
    expect(empty.screened).toBe(0);
    expect(empty.submitted).toBe(0);
    expect(empty.notScreened).toBe(4);
  });
});
