// Every code has its French and English words, with the same placeholders in both languages.
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOG, hasMessage, langFrom, t } from '../src/i18n/index.ts';
import { CRS_FACTOR_CODES } from '../src/domain/crs.ts';
import { PROGRAMS } from '../src/domain/vocabulary.ts';

type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }>; children?: Element[] };

function placeholders(elements: Element[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type >= 1 && el.type <= 6 && typeof el.value === 'string') into.add(el.value);
    for (const option of Object.values(el.options ?? {})) placeholders(option.value, into);
    if (el.children) placeholders(el.children, into);
  }
  return into;
}

describe('i18n catalog', () => {
  it.each(Object.entries(CATALOG))('%s: French and English, valid ICU, same placeholders', (_key, entry) => {
    expect(entry.en.trim()).not.toBe('');
    expect(entry.fr.trim()).not.toBe('');
    const en = placeholders(new IntlMessageFormat(entry.en, 'en-CA').getAst() as Element[]);
    const fr = placeholders(new IntlMessageFormat(entry.fr, 'fr-CA').getAst() as Element[]);
    expect([...fr].sort()).toEqual([...en].sort());
  });

  it('words every CRS factor, block and program', () => {
    for (const code of CRS_FACTOR_CODES) expect(hasMessage(`crs.factor.${code}`), code).toBe(true);
    for (const block of ['core', 'spouse', 'transferability', 'additional']) expect(hasMessage(`crs.block.${block}`), block).toBe(true);
    for (const program of PROGRAMS) expect(hasMessage(`program.${program}`), program).toBe(true);
  });

  it('formats numbers and plurals per language, and shows an unknown key as is', () => {
    expect(t('en', 'error.summary', { failed: 1, total: 3 })).toBe('1 line of 3 could not be evaluated.');
    expect(t('fr', 'error.summary', { failed: 2, total: 3 })).toBe('2 lignes sur 3 n’ont pas pu être évaluées.');
    expect(t('fr', 'no.such.key')).toBe('no.such.key');
  });

  it('picks the language from a header or a locale, French by default', () => {
    expect(langFrom('en-CA,en;q=0.9,fr;q=0.8')).toBe('en');
    expect(langFrom('fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(langFrom('fr_CA.UTF-8')).toBe('fr');
    expect(langFrom('C.UTF-8', 'en')).toBe('en');
    expect(langFrom(undefined)).toBe('fr');
    expect(langFrom('de-DE')).toBe('fr');
  });
});
