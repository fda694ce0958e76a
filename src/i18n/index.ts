// French and English for every code the domain speaks: ICU MessageFormat catalogs, one per area, merged here.
// Used by the edges (CLI, HTTP, web); the domain never words anything.
import { IntlMessageFormat } from 'intl-messageformat';
import { MESSAGES as COMMON } from './messages/common.ts';
import { MESSAGES as CRS } from './messages/crs.ts';
import { MESSAGES as LANGUAGE } from './messages/language.ts';
import { MESSAGES as ELIGIBILITY } from './messages/eligibility.ts';
import { MESSAGES as ADVICE } from './messages/advice.ts';
import { MESSAGES as NOC } from './messages/noc.ts';
import { MESSAGES as HTTP } from './messages/http.ts';
import { MESSAGES as ROUNDS } from './messages/rounds.ts';
import { MESSAGES as ACCOUNTS } from './messages/accounts.ts';
import { MESSAGES as PROFILES } from './messages/profiles.ts';
import { MESSAGES as POOL } from './messages/pool.ts';

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export type Catalog = Record<string, { en: string; fr: string }>;

function merge(...catalogs: Catalog[]): Catalog {
  const out: Catalog = {};
  for (const catalog of catalogs) {
    for (const [key, value] of Object.entries(catalog)) {
      if (key in out && (out[key]!.en !== value.en || out[key]!.fr !== value.fr)) throw new Error(`i18n key defined twice, differently: ${key}`);
      out[key] = value;
    }
  }
  return out;
}

export const CATALOG: Catalog = merge(COMMON, CRS, LANGUAGE, ELIGIBILITY, ADVICE, NOC, HTTP, ROUNDS, ACCOUNTS, PROFILES, POOL);

const compiled = new Map<string, IntlMessageFormat>();

export function hasMessage(key: string): boolean {
  return key in CATALOG;
}

export type Params = Record<string, string | number | boolean | null | undefined>;

/** The message for a key in a language; an unknown key is returned as is (visible, never a crash). */
export function t(lang: Lang, key: string, params: Params = {}): string {
  const entry = CATALOG[key];
  if (!entry) return key;
  const cacheKey = `${lang}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(entry[lang], lang === 'fr' ? 'fr-CA' : 'en-CA');
    compiled.set(cacheKey, format);
  }
  const values: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined) continue;
    values[k] = typeof v === 'boolean' ? t(lang, v ? 'common.yes' : 'common.no') : v;
  }
  return String(format.format(values));
}

/** Wording of a finding (`finding.<code>`). */
export function findingText(lang: Lang, finding: { code: string; params?: Params }): string {
  return t(lang, `finding.${finding.code}`, finding.params);
}

/** Picks a language from free text such as an `Accept-Language` header or `LANG` (`fr_CA.UTF-8`); French by default. */
export function langFrom(text: string | null | undefined, fallback: Lang = 'fr'): Lang {
  if (!text) return fallback;
  const lower = text.toLowerCase();
  const fr = lower.search(/(^|[^a-z])fr/);
  const en = lower.search(/(^|[^a-z])en/);
  if (fr === -1 && en === -1) return fallback;
  if (fr === -1) return 'en';
  if (en === -1) return 'fr';
  return fr < en ? 'fr' : 'en';
}
