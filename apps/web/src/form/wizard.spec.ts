import { FORM_REVISIONS } from '@isee/domain';
import { describe, expect, it } from 'vitest';
import { draftHouseholdIncome, draftMemberIncome } from './income.js';
import {
  clampStep,
  isAsked,
  issuesOfStep,
  newDraftForm,
  setAt,
  stepsOf,
  valueAt,
  withVariant,
} from './wizard.js';

describe('the form wizard', () => {
  it('asks the household kind first, then one section of the revision per screen', () => {
    const steps = stepsOf('2026-03', 'household');
    const sections = FORM_REVISIONS['2026-03'].variants.household.sections.map((f) => f.id);
    expect(steps.map((s) => s.id)).toEqual(['variant', ...sections]);
    expect(steps[1]?.id).toBe('student');
    expect(stepsOf('2026-03', 'institution').map((s) => s.id)).toContain('institution');
  });

  it('keeps the step inside the wizard when the steps change', () => {
    const steps = stepsOf('2026-03', 'institution');
    expect(clampStep(99, steps)).toBe(steps.length);
    expect(clampStep(-1, steps)).toBe(0);
  });

  it('sets answers at a path without touching the rest, lists staying lists', () => {
    const form = newDraftForm('2026-03');
    const next = setAt(form, ['members', 0, 'income', 'wages'], 3000);
    expect(valueAt(next, 'members.0.income.wages')).toBe(3000);
    expect(Array.isArray(valueAt(next, 'members'))).toBe(true);
    expect(form).toEqual({ formRevision: '2026-03', variant: 'household' });
    expect(
      valueAt(setAt(next, ['members', 0, 'income', 'wages'], undefined), 'members.0.income'),
    ).toEqual({});
  });

  it('asks a conditional field only when the answer it depends on is given', () => {
    const when = { field: 'status.tenure', anyOf: ['rented'] };
    expect(isAsked(when, newDraftForm('2026-03'))).toBe(false);
    expect(isAsked(when, { status: { tenure: 'rented' } })).toBe(true);
    expect(isAsked(undefined, {})).toBe(true);
  });

  it('drops the sections of the other household kind when the kind is switched', () => {
    const form = { ...newDraftForm('2026-03'), student: { familyStatus: 'x' }, members: [{}] };
    const institution = withVariant(form, 'institution');
    expect(institution['variant']).toBe('institution');
    expect(institution['members']).toBeUndefined();
    expect(institution['student']).toEqual({ familyStatus: 'x' });
  });

  it("shows only the domain's issues about the current section", () => {
    const steps = stepsOf('2026-03', 'household');
    const student = steps[1];
    if (student === undefined) throw new Error('no student step');
    const issues = issuesOfStep(newDraftForm('2026-03'), student);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.path.startsWith('student'))).toBe(true);
    expect(issues[0]?.message.th).not.toBe('');
  });
});

describe('live income of the member table', () => {
  it('adds up what has been typed, blanks counting as nothing yet', () => {
    expect(draftMemberIncome({ income: { wages: 3000, farming: 1500, other: '' } })).toBe(4500);
    expect(draftMemberIncome({})).toBe(0);
    const members = [{ income: { wages: 6000 } }, { income: { welfare: 600 } }, {}];
    expect(draftHouseholdIncome(members)).toEqual({ total: 6600, count: 3, perPerson: 2200 });
    expect(draftHouseholdIncome(undefined)).toEqual({ total: 0, count: 0, perPerson: 0 });
  });
});
