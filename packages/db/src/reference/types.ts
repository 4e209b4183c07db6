import type { Region } from '@isee/domain';

/** Rows shaped like the province, district and sub_district tables, so they insert as they are. */
export interface Province {
  /** Official DOPA code, 2 digits. */
  readonly code: string;
  readonly nameTh: string;
  readonly nameEn: string;
  readonly region: Region;
  /** ISO 3166-2, e.g. TH-50. */
  readonly isoCode: string;
}

export interface District {
  /** Official DOPA code, 4 digits, starting with the province's. */
  readonly code: string;
  readonly provinceCode: string;
  readonly nameTh: string;
  readonly nameEn: string;
}

export interface SubDistrict {
  /** Official DOPA code, 6 digits, starting with the district's. */
  readonly code: string;
  readonly districtCode: string;
  readonly nameTh: string;
  readonly nameEn: string;
  /** null for a few islands with no post office. */
  readonly postalCode: string | null;
}

export interface ThaiAreas {
  readonly provinces: readonly Province[];
  readonly districts: readonly District[];
  readonly subDistricts: readonly SubDistrict[];
}
