// i18next with ICU MessageFormat (i18next-icu → intl-messageformat), fed with the SAME catalogs as the CLI and the
// API (src/i18n) plus the web's own words: the web and the CLI say the same words.
import i18next from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next, useTranslation } from 'react-i18next';
import { CATALOG } from '../../src/i18n/index.ts';
import { WEB_MESSAGES } from './lib/messages.ts';
import type { Lang } from './lib/routes.ts';
import { wordParams, type Has, type Translate } from './lib/words.ts';

function resources(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(CATALOG)) out[key] = value[lang];
  for (const [key, value] of Object.entries(WEB_MESSAGES)) out[key] = value[lang];
  return out;
}

export function initI18n(lang: Lang): typeof i18next {
  void i18next
    .use(new ICU({ parseLngForICU: (lng: string) => (lng === 'fr' ? 'fr-CA' : 'en-CA') }))
    .use(initReactI18next)
    .init({
      lng: lang,
      fallbackLng: false,
      supportedLngs: ['fr', 'en'],
      resources: { fr: { translation: resources('fr') }, en: { translation: resources('en') } },
      // Keys are dotted names (`crs.factor.age`), not paths.
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  return i18next;
}

/** `t` with booleans worded (yes/no) like src/i18n, and `has` to test whether a key exists. */
export function useWords(): { t: Translate; has: Has; lang: Lang } {
  const { t: raw, i18n } = useTranslation();
  const lang = (i18n.language === 'en' ? 'en' : 'fr') as Lang;
  const t: Translate = (key, params) => String(raw(key, wordParams(raw as unknown as Translate, params) as Record<string, unknown>));
  const has: Has = (key) => i18n.exists(key);
  return { t, has, lang };
}
