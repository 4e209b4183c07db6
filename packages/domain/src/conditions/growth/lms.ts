// L is never 0 in the WHO 2007 tables (nor between their rows), so the log form of LMS is not needed.

/** The measurement at z-score `z` of an LMS distribution (WHO's SD lines are this at z = −3…+3). */
export function lmsValue(z: number, l: number, m: number, s: number): number {
  return m * Math.pow(1 + l * s * z, 1 / l);
}

/** Cole's LMS z-score: ((x/M)^L − 1) / (L·S). */
export function lmsZ(x: number, l: number, m: number, s: number): number {
  return (Math.pow(x / m, l) - 1) / (l * s);
}

/**
 * WHO's "restricted application of the LMS method" for skewed indicators (BMI and weight): beyond
 * ±3 SD the z-score is measured in units of the distance between the 2 and 3 SD lines, because
 * the LMS curve stretches the extreme tail. No cap is applied beyond that.
 */
export function restrictedLmsZ(x: number, l: number, m: number, s: number): number {
  const z = lmsZ(x, l, m, s);
  if (z > 3) {
    const sd3 = lmsValue(3, l, m, s);
    return 3 + (x - sd3) / (sd3 - lmsValue(2, l, m, s));
  }
  if (z < -3) {
    const sd3neg = lmsValue(-3, l, m, s);
    return -3 + (x - sd3neg) / (lmsValue(-2, l, m, s) - sd3neg);
  }
  return z;
}
