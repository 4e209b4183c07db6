import { fail, issue, ok, type Region, type Result } from '@isee/domain';

/**
 * The NSO's four-region grouping, which the PMT is calibrated on (SPEC §2). DOPA numbered the
 * provinces region by region, so the first digit of the code names the region: 1x Bangkok and the
 * central plain, 2x the East and 7x the West are folded into central; 3x–4x the Northeast; 5x–6x the
 * North; 8x–9x the South.
 */
const REGION_OF_FIRST_DIGIT: Readonly<Record<string, Region>> = {
  '1': 'central',
  '2': 'central',
  '3': 'northeast',
  '4': 'northeast',
  '5': 'north',
  '6': 'north',
  '7': 'central',
  '8': 'south',
  '9': 'south',
};

const PROVINCE_CODE = /^[1-9][0-9]$/;

/**
 * The PMT region of a province, from its 2-digit DOPA code. Only the form is checked: whether the
 * code names one of the 77 provinces is the province table's job.
 */
export function regionOfProvince(code: string): Result<Region> {
  const region = PROVINCE_CODE.test(code) ? REGION_OF_FIRST_DIGIT[code.charAt(0)] : undefined;
  return region === undefined ? fail([issue('UNKNOWN_PROVINCE', '', { value: code })]) : ok(region);
}

/** ISO 3166-2:TH numbers the provinces with their DOPA codes, so TH-50 is Chiang Mai (50). */
export function isoCodeOfProvince(code: string): Result<string> {
  return PROVINCE_CODE.test(code)
    ? ok(`TH-${code}`)
    : fail([issue('UNKNOWN_PROVINCE', '', { value: code })]);
}
