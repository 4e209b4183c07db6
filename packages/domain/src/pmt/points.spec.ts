import { describe, expect, it } from 'vitest';
import { classIndex } from './points.js';

describe('class decision', () => {
  it('decides on the published two-decimal score, so the shown score never contradicts the class', () => {
    expect(classIndex(1000, 3000, 50.004, 50)).toBe(1); // shown as 50.00: not above 50 → poor
    expect(classIndex(1000, 3000, 50.006, 50)).toBe(2); // shown as 50.01 → extremely poor
  });

  it('checks the income cap first, and income exactly at the cap is within it', () => {
    expect(classIndex(3000.01, 3000, 99, 50)).toBe(0);
    expect(classIndex(3000, 3000, 99, 50)).toBe(2);
  });
});
