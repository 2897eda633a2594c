import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { zh } from './zh.ts';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** One i18next instance; Chinese by default, English switchable (the URL keeps the choice). */
export function initI18n(lang: Lang = 'zh') {
  void i18next.use(initReactI18next).init({
    resources: { zh: { translation: zh }, en: { translation: en } },
    lng: lang,
    fallbackLng: 'zh',
    interpolation: { escapeValue: false },
  });
  return i18next;
}

/** The BCP 47 locale of a UI language, for dates and numbers. */
export const localeOf = (lang: string): string => (lang === 'en' ? 'en-GB' : 'zh-CN');

/** A date and time as the UI's language writes it (not the browser's own locale). */
export const dateTime = (value: string | number | Date, lang: string): string =>
  new Date(value).toLocaleString(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' });
