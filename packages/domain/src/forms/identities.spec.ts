import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryForm } from './arbitrary.js';
import { joinIdentities, separateIdentities } from './identities.js';

describe('separateIdentities', () => {
  it('leaves no national ID in the answers and joinIdentities restores the form exactly', () => {
    fc.assert(
      fc.property(arbitraryForm('2026-03'), (form) => {
        const { answers, identities } = separateIdentities(form);
        const text = JSON.stringify(answers);
        for (const { idNumber } of identities) expect(text).not.toContain(idNumber);
        expect(text).not.toContain('"idNumber"');
        expect(joinIdentities(answers, identities)).toEqual(form);
      }),
      { numRuns: 200 },
    );
  });

  it('names each ID by its place in the form', () => {
    const form = {
      guardian: { name: 'ก', idNumber: '1101700230708' },
      members: [{ name: 'ข' }, { name: 'ค', idNumber: '3100600123452' }],
    };
    expect(separateIdentities(form).identities).toEqual([
      { path: 'guardian.idNumber', idNumber: '1101700230708' },
      { path: 'members.1.idNumber', idNumber: '3100600123452' },
    ]);
  });

  it('keeps a draft with an ID of the wrong type as it is, for the validator to refuse', () => {
    const draft = { guardian: { idNumber: 42 }, members: 'none' };
    expect(separateIdentities(draft)).toEqual({ answers: draft, identities: [] });
  });

  it('drops an identity whose member is gone rather than inventing one', () => {
    const answers = { members: [{ name: 'ก' }] };
    const joined = joinIdentities(answers, [{ path: 'members.3.idNumber', idNumber: '1' }]);
    expect(joined).toEqual(answers);
  });
});
