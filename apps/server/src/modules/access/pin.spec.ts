import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pinIssue } from './pin.js';

const codeOf = (pin: string) => pinIssue(pin)?.code;

describe('a new signing PIN', () => {
  it('is exactly six digits', () => {
    for (const pin of ['', '24681', '2468101', '24681a', ' 246810', '２４６８１０'])
      expect(codeOf(pin)).toBe('AUTH_PIN_FORMAT');
    expect(pinIssue('1')).toMatchObject({ path: 'pin', params: { digits: 6 } });
  });

  it('is not one digit six times, nor a straight run up or down', () => {
    for (const pin of ['000000', '777777', '123456', '654321', '012345', '890123', '210987'])
      expect(codeOf(pin)).toBe('AUTH_PIN_WEAK');
  });

  it('accepts every other six digits', () => {
    for (const pin of ['246810', '482915', '123457', '112233', '135791'])
      expect(codeOf(pin)).toBe(undefined);
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6}$/), (pin) => {
        const steps = new Set(
          [...pin].slice(1).map((d, i) => (Number(d) - Number(pin[i]) + 10) % 10),
        );
        const weak = steps.size === 1 && [0, 1, 9].includes([...steps][0] ?? -1);
        expect(codeOf(pin)).toBe(weak ? 'AUTH_PIN_WEAK' : undefined);
      }),
    );
  });
});
