import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BMI_LABELS,
  HEIGHT_LABELS,
  bmiCategory,
  concernsOf,
  heightCategory,
} from './categories.js';
import { BMI_CATEGORIES, HEIGHT_CATEGORIES } from './types.js';

describe('WHO 2007 categories for 5–19 years', () => {
  it('BMI-for-age: severe thinness < −3 ≤ thinness < −2 ≤ normal ≤ +1 < overweight ≤ +2 < obesity', () => {
    const at = [-3.01, -3, -2.01, -2, 0, 1, 1.01, 2, 2.01].map(bmiCategory);
    expect(at).toEqual([
      'severe_thinness',
      'thinness',
      'thinness',
      'normal',
      'normal',
      'normal',
      'overweight',
      'overweight',
      'obesity',
    ]);
  });

  it('height-for-age: severely stunted < −3 ≤ stunted < −2 ≤ normal', () => {
    expect([-3.01, -3, -2.01, -2, 3].map(heightCategory)).toEqual([
      'severely_stunted',
      'stunted',
      'stunted',
      'normal',
      'normal',
    ]);
  });

  it('orders categories with the z-score', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (z, up) => {
          expect(BMI_CATEGORIES.indexOf(bmiCategory(z + up))).toBeGreaterThanOrEqual(
            BMI_CATEGORIES.indexOf(bmiCategory(z)),
          );
          expect(HEIGHT_CATEGORIES.indexOf(heightCategory(z + up))).toBeGreaterThanOrEqual(
            HEIGHT_CATEGORIES.indexOf(heightCategory(z)),
          );
        },
      ),
    );
  });

  it('labels every category in Thai and English from the dictionaries', () => {
    expect(BMI_LABELS.severe_thinness).toEqual({ th: 'ผอมรุนแรง', en: 'Severe thinness' });
    expect(HEIGHT_LABELS.stunted).toEqual({ th: 'เตี้ย', en: 'Stunted' });
    for (const label of [...Object.values(BMI_LABELS), ...Object.values(HEIGHT_LABELS)]) {
      expect(label.th).not.toMatch(/^growth\./);
      expect(label.en).not.toMatch(/^growth\./);
    }
  });
});

describe('concernsOf: what makes growth unhealthy (our design)', () => {
  it('is severe thinness, severe stunting and obesity — not thinness, stunting or overweight', () => {
    expect(concernsOf('thinness', 'stunted')).toEqual([]);
    expect(concernsOf('overweight', 'normal')).toEqual([]);
    expect(concernsOf('severe_thinness', 'severely_stunted')).toEqual([
      'severe_thinness',
      'severely_stunted',
    ]);
    expect(concernsOf('obesity', 'stunted')).toEqual(['obesity']);
  });
});
