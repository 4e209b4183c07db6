import { en } from './en.js';
import { th, type MessageKey } from './th.js';

export type { MessageKey };
export type Lang = 'th' | 'en';
export type Params = Readonly<Record<string, string | number>>;

/** A text a person reads, in both languages. */
export interface Label {
  readonly th: string;
  readonly en: string;
}

export const LANGS: readonly Lang[] = ['th', 'en'];
export const DEFAULT_LANG: Lang = 'th';

const dictionaries: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { th, en };

/** The text for a key in a language, with `{name}` placeholders filled from params. */
export function messageOf(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = dictionaries[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
/**
 * Numbers in messages (baht, scores, counts): grouped thousands, at most two decimals, as the PMT
 * publishes scores. Thai text uses the same Arabic digits and grouping as English; small whole
 * numbers skip Intl because explanations are built in bulk.
 */
export const formatNumber = (value: number): string =>
  Number.isInteger(value) && Math.abs(value) < 1000 ? String(value) : numberFormat.format(value);

/** Both languages at once: what the domain returns wherever a person will read the text. */
export function bilingual(key: MessageKey, params: Params = {}): Label {
  return { th: messageOf('th', key, params), en: messageOf('en', key, params) };
}

/** A text whose parameters differ by language (e.g. a formatted semester or a list of labels). */
export function localized(key: MessageKey, paramsOf: (lang: Lang) => Params): Label {
  return { th: messageOf('th', key, paramsOf('th')), en: messageOf('en', key, paramsOf('en')) };
}
