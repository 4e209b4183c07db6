import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { asLang, createI18n, otherLang } from './index.js';
import { th } from './th.js';

describe('the field app dictionaries', () => {
  it('speaks Thai unless asked otherwise', async () => {
    const i18n = await createI18n();
    expect(i18n.language).toBe('th');
    expect(i18n.t('signIn.submit')).toBe('เข้าสู่ระบบ');
  });

  it('switches to English and fills placeholders without escaping them', async () => {
    const i18n = await createI18n('th');
    await i18n.changeLanguage(otherLang('th'));
    expect(i18n.t('wizard.step', { n: 2, total: 9 })).toBe('Step 2 of 9');
    expect(i18n.t('students.classOf', { grade: 'ม.1', room: '2' })).toBe('Class ม.1/2');
  });

  it('has every Thai text in English too, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(th).sort());
    for (const text of [...Object.values(th), ...Object.values(en)])
      expect(text.trim()).not.toBe('');
  });

  it('reads a stored language defensively', () => {
    expect(asLang('en')).toBe('en');
    expect(asLang('fr')).toBe('th');
    expect(asLang(undefined)).toBe('th');
  });
});
