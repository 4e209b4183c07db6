import { describe, expect, it } from 'vitest';
import { sampleHouseholds } from '../forms/samples.js';
import { DEMO_MODEL_2023, DEMO_MODEL_2026_03 } from './demo.js';
import { scoreHousehold } from './score-household.js';
import { score } from './score.js';
import { householdFacts } from '../forms/facts.js';
import { validateHousehold } from '../forms/validate.js';

const samples = sampleHouseholds('2026-03');
const byId = (id: string) => {
  const found = samples.find((s) => s.id === id);
  if (!found) throw new Error(`no sample ${id}`);
  return found;
};

describe('scoreHousehold: validate, derive facts, score in one call', () => {
  it('gives the same result as the three steps done by hand', () => {
    const farm = byId('northeast-farm');
    const whole = scoreHousehold(DEMO_MODEL_2026_03, farm.form, farm.region);
    const form = validateHousehold(farm.form);
    if (!whole.ok || !form.ok || form.value.variant !== 'household')
      throw new Error('sample must score');
    const facts = householdFacts(form.value);
    expect(whole.value.facts).toEqual(facts);
    const byHand = score(DEMO_MODEL_2026_03, {
      region: farm.region,
      status: form.value.status,
      facts,
    });
    expect(byHand).toEqual({ ok: true, value: whole.value.result });
    expect(whole.value.result.class).toBe('extremely_poor');
  });

  it('reports form errors with their paths and scores nothing', () => {
    const farm = byId('northeast-farm');
    const broken = { ...(farm.form as object), members: [] };
    const result = scoreHousehold(DEMO_MODEL_2026_03, broken, farm.region);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.some((i) => i.path.startsWith('members'))).toBe(true);
  });

  it('refuses to invent a score for an institutional household and says who decides', () => {
    const temple = byId('north-temple');
    const result = scoreHousehold(DEMO_MODEL_2026_03, temple.form, temple.region);
    expect(result).toMatchObject({
      ok: false,
      issues: [{ code: 'PMT_INSTITUTION_NOT_SCORED', path: 'variant' }],
    });
    expect(!result.ok && result.issues[0]?.message.th).toContain('เจ้าหน้าที่โครงการ');
  });

  it('refuses a form scored with a model of another revision', () => {
    const farm = byId('northeast-farm');
    const result = scoreHousehold(DEMO_MODEL_2023, farm.form, farm.region);
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          code: 'PMT_REVISION_MISMATCH',
          path: 'formRevision',
          params: { form: '2026-03', model: '2023' },
        },
      ],
    });
  });
});
