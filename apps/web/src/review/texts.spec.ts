import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import { th } from '../i18n/th.js';
import { QUEUE_ACTIONS } from './actions.js';
import { FIGURES } from './progress.js';

const SCREENS = new URL('../screens/review/', import.meta.url);

/** Every key the review screens name literally, as in t('review.title'). */
async function literalKeys(): Promise<string[]> {
  const keys = new Set<string>();
  for (const file of await readdir(SCREENS)) {
    const source = await readFile(new URL(file, SCREENS), 'utf8');
    for (const match of source.matchAll(/\bt\(\s*'([\w.]+)'/g)) keys.add(match[1] ?? '');
    // The key chosen by a condition: t(x ? 'review.a' : 'review.b').
    for (const match of source.matchAll(/\? '(review\.[\w.]+)' : '(review\.[\w.]+)'/g))
      keys.add(match[1] ?? '').add(match[2] ?? '');
  }
  return [...keys];
}

/** The keys the screens build from a value, for every value they can take. */
const builtKeys = [
  ...FIGURES.map((f) => `review.figure.${f}`),
  ...QUEUE_ACTIONS.map((a) => `review.queue.${a}`),
  ...(['denied', 'unavailable', 'timeout', 'unsupported'] as const).map((k) => `review.place.${k}`),
];

describe('the review screens’ texts', () => {
  it('has every key the screens use, in Thai and in English', async () => {
    const keys = [...(await literalKeys()), ...builtKeys];
    expect(keys.length).toBeGreaterThan(40);
    const missing = keys.filter((key) => !(key in th) || !(key in en));
    expect(missing).toEqual([]);
  });

  it('names the buttons and the PIN field as the reviewers know them', () => {
    expect(th['review.certify']).toBe('รับรอง');
    expect(th['review.confirm']).toBe('ยืนยัน');
    expect(th['review.return']).toBe('ส่งกลับให้แก้ไข');
    expect(th['review.pin']).toBe('รหัส PIN สำหรับลงนาม');
  });
});
