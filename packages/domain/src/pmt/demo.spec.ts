import { describe, expect, it } from 'vitest';
import { unwrap } from '../core/result.js';
import { DEMO_MODEL_2023, DEMO_MODEL_2026_03 } from './demo.js';
import { prepareModel } from './prepare.js';

describe.each([DEMO_MODEL_2023, DEMO_MODEL_2026_03])('demonstration model $id', (model) => {
  it('is valid for its own form revision', () => {
    expect(unwrap(prepareModel(model)).model).toEqual(model);
  });

  it('says it is a demonstration, not the official weights, in its flag, label and provenance', () => {
    expect(model.demonstration).toBe(true);
    expect(model.id.startsWith('demo-')).toBe(true);
    expect(model.label.th).toContain('สาธิต');
    expect(model.label.en).toContain('Demonstration');
    expect(model.provenance.th).toContain('ไม่ใช่น้ำหนักทางการ');
    expect(model.provenance.en).toContain('not the official');
  });

  it('uses the public income cap and threshold', () => {
    expect(model.incomeCap).toBe(3000);
    for (const region of Object.values(model.regions)) expect(region.threshold).toBe(50);
  });

  it('weighs having no farm land more in the north and northeast, where farming is the living', () => {
    const noLand = (r: keyof typeof model.regions) => {
      const land = model.regions[r].questions['land'];
      return land?.kind === 'single' ? land.points['none'] : undefined;
    };
    expect(noLand('north')).toBe(11);
    expect(noLand('northeast')).toBe(11);
    expect(noLand('central')).toBe(8);
    expect(noLand('south')).toBe(8);
  });
});
