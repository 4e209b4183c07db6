import { DEFAULT_LANG, type Lang } from '@isee/domain';
import i18next, { type i18n } from 'i18next';
import { en } from './en.js';
import { th, type UiKey } from './th.js';

export type { UiKey };

/** One i18next instance per app (and per test): Thai first, English on request. */
export async function createI18n(lang: Lang = DEFAULT_LANG): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: lang,
    fallbackLng: DEFAULT_LANG,
    resources: { th: { translation: th }, en: { translation: en } },
    // React escapes what it renders; escaping here would double-escape.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}

export const otherLang = (lang: Lang): Lang => (lang === 'th' ? 'en' : 'th');

export const asLang = (value: string | undefined): Lang => (value === 'en' ? 'en' : 'th');
