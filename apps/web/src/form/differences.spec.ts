import { describe, expect, it } from 'vitest';
import { describePath, differences } from './differences.js';

const base = { formRevision: '2026-03', variant: 'household' };

describe('the conflict screen’s comparison', () => {
  it('finds the answers that differ, leaf by leaf, whatever the key order', () => {
    const mine = { ...base, student: { livesWith: 'parents', familyStatus: 'together' } };
    const theirs = { student: { familyStatus: 'together', livesWith: 'grandparents' }, ...base };
    expect(differences(mine, theirs)).toEqual([
      { path: 'student.livesWith', mine: 'parents', theirs: 'grandparents' },
    ]);
    expect(differences(mine, { ...mine })).toEqual([]);
  });

  it('names a path by the form’s labels, counting list items from one', () => {
    const { label, field } = describePath(base, 'members.1.income.wages', 'th');
    expect(label).toMatch(/ 2 › .+ › .+/);
    expect(field?.input).toBe('number');
    expect(describePath(base, 'nonsense.path', 'en')).toEqual({ label: 'nonsense › path' });
  });
});
