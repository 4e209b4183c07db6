import { describe, expect, it } from 'vitest';
import type { Grant, Session } from '../api.js';
import { actionsFor, pinIssue, queuesFor, reasonIssue, reviewSchools, rolesAt } from './actions.js';

const session = (...roles: Array<[Grant['role'], number | undefined]>): Session => ({
  user: { id: 1, username: 'demo.reviewer', displayName: 'ผู้ตรวจ' },
  roles: roles.map(([role, schoolId]) => ({
    role,
    scope: schoolId === undefined ? { kind: 'national' } : { kind: 'school', schoolId },
  })),
  csrfToken: 'token',
});

describe('which review steps a reviewer is offered', () => {
  it('offers the certifier certification and return while a screening waits for certification', () => {
    expect(actionsFor('submitted', ['certifier'])).toEqual(['certify', 'return']);
    expect(actionsFor('certified', ['certifier'])).toEqual([]);
  });

  it('offers the director confirmation of a certified screening, and return before or after', () => {
    expect(actionsFor('certified', ['school_admin'])).toEqual(['confirm', 'return']);
    expect(actionsFor('submitted', ['school_admin'])).toEqual(['return']);
  });

  it('offers nothing on a screening that is not the reviewers’ to move', () => {
    for (const status of ['draft', 'returned', 'confirmed', 'scored'] as const)
      expect(actionsFor(status, ['certifier', 'school_admin'])).toEqual([]);
    expect(actionsFor('submitted', ['teacher'])).toEqual([]);
  });

  it('counts only the roles held in the screening’s own school', () => {
    const s = session(['certifier', 7], ['school_admin', 8], ['teacher', 7]);
    expect(rolesAt(s, 7)).toEqual(['certifier']);
    expect(rolesAt(s, 8)).toEqual(['school_admin']);
    expect(rolesAt(s, 9)).toEqual([]);
    expect(actionsFor('submitted', rolesAt(s, 8))).toEqual(['return']);
  });
});

describe("a reviewer's schools and queues", () => {
  it('groups review roles by school, leaving out other roles and grants with no school', () => {
    const s = session(
      ['certifier', 7],
      ['school_admin', 7],
      ['certifier', 7],
      ['teacher', 7],
      ['programme_officer', undefined],
    );
    expect([...reviewSchools(s)]).toEqual([[7, ['certifier', 'school_admin']]]);
  });

  it('gives the certifier the submitted queue and the director the certified one', () => {
    expect(queuesFor(['certifier'])).toEqual([{ action: 'certify', statuses: ['submitted'] }]);
    expect(queuesFor(['school_admin'])).toEqual([{ action: 'confirm', statuses: ['certified'] }]);
    expect(queuesFor(['certifier', 'school_admin']).map((q) => q.action)).toEqual([
      'certify',
      'confirm',
    ]);
    expect(queuesFor(['teacher'])).toEqual([]);
  });
});

describe('what the phone refuses before asking the server', () => {
  it('sends only a six-digit PIN, sparing the lockout a typo', () => {
    expect(pinIssue('246810')).toBeUndefined();
    for (const typed of ['', '24681', '2468100', '24681a', ' 246810'])
      expect(pinIssue(typed)?.code).toBe('AUTH_PIN_FORMAT');
    expect(pinIssue('1')?.message.th).toContain('6 หลัก');
  });

  it('needs a reason to return a screening', () => {
    expect(reasonIssue('  \n ')?.code).toBe('SCREENING_REASON_REQUIRED');
    expect(reasonIssue('ไม่มีภาพภายในบ้าน')).toBeUndefined();
  });
});
