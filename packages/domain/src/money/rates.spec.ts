import { describe, expect, it } from 'vitest';
import { LEVEL_GROUPS } from '../vocab/grade.js';
import { DEFAULT_RATE_TABLE, topUpBandOf, type RateTable } from './rates.js';
import { validateRateTable } from './read-rates.js';

const withTopUp = (bands: unknown): RateTable =>
  ({ ...DEFAULT_RATE_TABLE, topUp: { bands } }) as unknown as RateTable;

describe('the default rate table', () => {
  it('pays an extremely poor student 3,000 baht a year as 2,000 + 1,000 at every level', () => {
    for (const group of LEVEL_GROUPS) {
      expect(DEFAULT_RATE_TABLE.rates[group].extremely_poor).toEqual([2000, 1000]);
      expect(DEFAULT_RATE_TABLE.rates[group].poor).toEqual([0, 0]);
      expect(DEFAULT_RATE_TABLE.rates[group].not_poor).toEqual([0, 0]);
    }
  });

  it('is a valid table and says where its figures come from', () => {
    expect(validateRateTable(DEFAULT_RATE_TABLE)).toEqual({ ok: true, value: DEFAULT_RATE_TABLE });
    expect(DEFAULT_RATE_TABLE.provenance.en).toContain('2025');
    expect(DEFAULT_RATE_TABLE.provenance.th).toContain('7,200');
  });
});

describe('validateRateTable', () => {
  it('reports every problem at once, each at its path', () => {
    const bad = {
      id: '',
      label: { th: 'ทดสอบ' },
      provenance: DEFAULT_RATE_TABLE.provenance,
      rates: {
        ...DEFAULT_RATE_TABLE.rates,
        primary: { poor: [0, 0], not_poor: [0], extremely_poor: [-1, 10.5], rich: [0, 0] },
        university: {},
        vocational: undefined,
      },
    } as unknown as RateTable;
    const result = validateRateTable(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'REQUIRED id',
      'REQUIRED label.en',
      'UNKNOWN_LEVEL_GROUP rates.university',
      'UNKNOWN_POVERTY_CLASS rates.primary.rich',
      'TOO_FEW_ITEMS rates.primary.not_poor',
      'OUT_OF_RANGE rates.primary.extremely_poor.0',
      'NOT_AN_INTEGER rates.primary.extremely_poor.1',
      'REQUIRED rates.vocational',
    ]);
    expect(result.issues[2]?.message.th).toBe('ไม่รู้จักระดับชั้น "university"');
  });

  it('refuses top-up bands that do not ascend or that pay the poorer less', () => {
    const result = validateRateTable(
      withTopUp([
        { scoreAbove: 60, baht: 500 },
        { scoreAbove: 60, baht: 700 },
        { scoreAbove: 80, baht: 300 },
        { scoreAbove: 70, baht: -5 },
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'OUT_OF_RANGE topUp.bands.3.baht',
    ]);
    const ordered = validateRateTable(
      withTopUp([
        { scoreAbove: 60, baht: 500 },
        { scoreAbove: 60, baht: 700 },
        { scoreAbove: 80, baht: 300 },
      ]),
    );
    expect(ordered.ok ? [] : ordered.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'TOP_UP_BANDS_NOT_ASCENDING topUp.bands.1.scoreAbove',
      'TOP_UP_DECREASING topUp.bands.2.baht',
    ]);
  });

  it('accepts ascending bands and refuses what is not a table', () => {
    const table = withTopUp([
      { scoreAbove: 60, baht: 0 },
      { scoreAbove: 75.5, baht: 500 },
    ]);
    expect(validateRateTable(table).ok).toBe(true);
    for (const junk of [null, 3, 'table', []]) {
      expect(validateRateTable(junk as unknown as RateTable).ok).toBe(false);
    }
  });
});

describe('topUpBandOf', () => {
  const topUp = {
    bands: [
      { scoreAbove: 60, baht: 300 },
      { scoreAbove: 80, baht: 800 },
    ],
  };

  it('gives the highest band a score is strictly above', () => {
    expect(topUpBandOf(topUp, 'extremely_poor', 60)).toBeUndefined();
    expect(topUpBandOf(topUp, 'extremely_poor', 60.1)?.baht).toBe(300);
    expect(topUpBandOf(topUp, 'extremely_poor', 80)?.baht).toBe(300);
    expect(topUpBandOf(topUp, 'extremely_poor', 95)?.baht).toBe(800);
  });

  it('gives nothing to a student who is not extremely poor, or without a top-up', () => {
    expect(topUpBandOf(topUp, 'poor', 95)).toBeUndefined();
    expect(topUpBandOf(topUp, 'not_poor', 95)).toBeUndefined();
    expect(topUpBandOf(undefined, 'extremely_poor', 95)).toBeUndefined();
  });
});
