import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestsDeeperThan, readCode, readIsoDate, readNumber, type Bag } from './guard.js';

describe('readIsoDate', () => {
  it('gives days since 1970-01-01, like Date.UTC, for every valid date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }),
        (date) => {
          const text = date.toISOString().slice(0, 10);
          const issues: Bag = [];
          expect(readIsoDate(text, 'd', issues)).toBe(Math.floor(date.getTime() / 86_400_000));
          expect(issues).toEqual([]);
        },
      ),
    );
  });

  it('rejects impossible dates and other shapes with INVALID_DATE at the path', () => {
    for (const bad of [
      '2023-02-29',
      '2024-13-01',
      '2024-04-31',
      '2024-00-10',
      '24-01-01',
      '2024/01/01',
      '2024-1-01',
    ]) {
      const issues: Bag = [];
      expect(readIsoDate(bad, 'birthDate', issues)).toBeUndefined();
      expect(issues).toMatchObject([{ code: 'INVALID_DATE', path: 'birthDate' }]);
    }
    const leap: Bag = [];
    expect(readIsoDate('2024-02-29', 'd', leap)).toBe(19_782);
  });
});

describe('readNumber and readCode', () => {
  it('report REQUIRED, NOT_A_NUMBER, NOT_AN_INTEGER and OUT_OF_RANGE with the rule in the message', () => {
    const issues: Bag = [];
    readNumber(undefined, 'a', { min: 0, max: 10 }, issues);
    readNumber('5', 'b', { min: 0, max: 10 }, issues);
    readNumber(1.5, 'c', { min: 0, max: 10, integer: true }, issues);
    readNumber(11, 'd', { min: 0, max: 10 }, issues);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['REQUIRED', 'a'],
      ['NOT_A_NUMBER', 'b'],
      ['NOT_AN_INTEGER', 'c'],
      ['OUT_OF_RANGE', 'd'],
    ]);
    expect(issues[3]?.message.th).toBe('ค่าต้องอยู่ระหว่าง 0 ถึง 10');
  });

  it('accepts only known codes', () => {
    const issues: Bag = [];
    expect(readCode('north', 'region', ['north', 'south'], issues)).toBe('north');
    expect(readCode('east', 'region', ['north', 'south'], issues)).toBeUndefined();
    expect(issues).toMatchObject([{ code: 'UNKNOWN_OPTION', params: { value: 'east' } }]);
  });
});

describe('nestsDeeperThan', () => {
  const nested = (levels: number): unknown => {
    let value: unknown = 'leaf';
    for (let i = 0; i < levels; i++) value = i % 2 === 0 ? [value] : { next: value };
    return value;
  };

  it('counts objects and arrays, not the values inside them', () => {
    expect(nestsDeeperThan(nested(3), 3)).toBe(false);
    expect(nestsDeeperThan(nested(4), 3)).toBe(true);
    expect(nestsDeeperThan('text', 0)).toBe(false);
  });

  it('answers for 100,000 levels without overflowing the stack', () => {
    expect(nestsDeeperThan(nested(100_000), 12)).toBe(true);
    expect(nestsDeeperThan(nested(100_000), 200_000)).toBe(false);
  });
});
