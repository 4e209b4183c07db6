import { describe, expect, it } from 'vitest';
import { areaKindLabels, loadThaiAreas } from './areas.js';

const areas = await loadThaiAreas();
const province = (code: string) => areas.provinces.find((p) => p.code === code);

describe('loadThaiAreas', () => {
  it('has the 77 provinces, ~928 districts and ~7,400 sub-districts of SPEC §2', () => {
    expect(areas.provinces).toHaveLength(77);
    expect(areas.districts).toHaveLength(928);
    expect(areas.subDistricts.length).toBeGreaterThanOrEqual(7_400);
    expect(areas.subDistricts.length).toBeLessThanOrEqual(7_500);
  });

  it('gives every unit a unique official code of the right length that nests in its parent', () => {
    const provinceCodes = new Set(areas.provinces.map((p) => p.code));
    const districtCodes = new Set(areas.districts.map((d) => d.code));
    expect(provinceCodes.size).toBe(areas.provinces.length);
    expect(districtCodes.size).toBe(areas.districts.length);
    expect(new Set(areas.subDistricts.map((s) => s.code)).size).toBe(areas.subDistricts.length);
    for (const p of areas.provinces) expect(p.code).toMatch(/^[1-9]\d$/);
    for (const d of areas.districts) {
      expect(d.code).toMatch(/^\d{4}$/);
      expect(d.code.startsWith(d.provinceCode) && provinceCodes.has(d.provinceCode)).toBe(true);
    }
    for (const s of areas.subDistricts) {
      expect(s.code).toMatch(/^\d{6}$/);
      expect(s.code.startsWith(s.districtCode) && districtCodes.has(s.districtCode)).toBe(true);
      expect(s.postalCode === null || /^\d{5}$/.test(s.postalCode)).toBe(true);
    }
  });

  it('names every unit in Thai and in English', () => {
    for (const unit of [...areas.provinces, ...areas.districts, ...areas.subDistricts]) {
      expect(unit.nameTh).toMatch(/[ก-๙]/);
      expect(unit.nameEn).toMatch(/[A-Za-z]/);
    }
  });

  it('leaves no province or district empty', () => {
    const withSubs = new Set(areas.subDistricts.map((s) => s.districtCode));
    const withDistricts = new Set(areas.districts.map((d) => d.provinceCode));
    expect(areas.districts.filter((d) => !withSubs.has(d.code))).toEqual([]);
    expect(areas.provinces.filter((p) => !withDistricts.has(p.code))).toEqual([]);
  });

  it('splits the provinces 17 north, 20 northeast, 26 central, 14 south (NSO grouping)', () => {
    const count = (region: string) => areas.provinces.filter((p) => p.region === region).length;
    expect([count('north'), count('northeast'), count('central'), count('south')]).toEqual([
      17, 20, 26, 14,
    ]);
  });

  it('knows the worked examples', () => {
    expect(province('50')).toEqual({
      code: '50',
      nameTh: 'เชียงใหม่',
      nameEn: 'Chiang Mai',
      region: 'north',
      isoCode: 'TH-50',
    });
    expect(province('10')).toMatchObject({
      nameTh: 'กรุงเทพมหานคร',
      nameEn: 'Bangkok',
      region: 'central',
    });
    expect(province('96')).toMatchObject({ nameTh: 'นราธิวาส', region: 'south', isoCode: 'TH-96' });
    // thai-address-universal numbers Bueng Kan 97; DOPA and ISO say 38.
    expect(province('38')).toMatchObject({
      nameTh: 'บึงกาฬ',
      region: 'northeast',
      isoCode: 'TH-38',
    });
    expect(areas.subDistricts.find((s) => s.code === '500101')).toEqual({
      code: '500101',
      districtCode: '5001',
      nameTh: 'ศรีภูมิ',
      nameEn: 'Si Phum',
      postalCode: '50200',
    });
  });

  it('has Bangkok’s 50 districts (เขต)', () => {
    expect(areas.districts.filter((d) => d.provinceCode === '10')).toHaveLength(50);
  });

  it('loads once', async () => {
    expect(await loadThaiAreas()).toBe(areas);
  });
});

describe('areaKindLabels', () => {
  it('calls Bangkok’s units เขต and แขวง, the rest อำเภอ and ตำบล', () => {
    expect(areaKindLabels('10')).toEqual({
      district: { th: 'เขต', en: 'Khet' },
      subDistrict: { th: 'แขวง', en: 'Khwaeng' },
    });
    expect(areaKindLabels('50').district.th).toBe('อำเภอ');
    expect(areaKindLabels('50').subDistrict.th).toBe('ตำบล');
  });
});
