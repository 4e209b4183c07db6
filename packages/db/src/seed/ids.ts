import { makeGCode, thaiIdCheckDigit, unwrap } from '@isee/domain';

/**
 * National IDs for synthetic people: valid check digit, unique by construction, never a real
 * person's on purpose. Layout (as real IDs): category digit (1 = Thai, registered at birth after
 * 1984; 3 = Thai, registered before 1984), the 4-digit registration office (here the district
 * code), then 7 digits from a running number through an affine permutation, so consecutive
 * people do not get consecutive IDs, then the check digit.
 */
const SPACE = 10_000_000;
/** Coprime with 10^7, so the permutation is a bijection. */
const MULTIPLIER = 7_919_993;

export class NationalIds {
  private readonly counters = new Map<string, number>();
  private readonly offset: number;

  constructor(seed: number) {
    this.offset = (seed >>> 0) % SPACE;
  }

  next(category: '1' | '3', officeCode: string): string {
    const n = this.counters.get(category) ?? 0;
    if (n >= SPACE)
      throw new Error(`seed: more than ${SPACE} national IDs of category ${category}`);
    this.counters.set(category, n + 1);
    // n · MULTIPLIER < 2^53, so the product is exact in a double.
    const tail = (((n * MULTIPLIER) % SPACE) + this.offset) % SPACE;
    const first12 = `${category}${officeCode}${String(tail).padStart(7, '0')}`;
    return `${first12}${thaiIdCheckDigit(first12)}`;
  }
}

/** A student without a national ID gets the school's next G-code, issued in 2569 (our G-code format). */
export const seedGCode = (schoolId: number, sequence: number): string =>
  unwrap(makeGCode({ yearBE2: 69, schoolNumber: schoolId, sequence }));
