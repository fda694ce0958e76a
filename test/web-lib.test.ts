// The web's pure modules (web/src/lib): addresses and the FR/EN toggle, what the forms send (checked against the
// SAME zod schemas the API uses), field-error placement, wording, and the web's ICU catalog.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import fc from 'fast-check';
import { PAGES, parsePath, pathFor, preferredLang, togglePath, LANGS } from '../web/src/lib/routes.ts';
import {
  calculatorFactors,
  eligibilityProfile,
  emptyWork,
  initialCalculator,
  initialEligibility,
  isoDay,
  languageProbe,
  numberOrText,
  spouseScored,
} from '../web/src/lib/forms.ts';
import { errorsByPath, fieldId, submittedText, unplacedErrors } from '../web/src/lib/fields.ts';
import { factorText, inputText, uniqueFindings, valueText, wordParams } from '../web/src/lib/words.ts';
import { WEB_MESSAGES } from '../web/src/lib/messages.ts';
import { crsFactorsSchema, profileSchema } from '../src/app/schemas.ts';
import { CATALOG, hasMessage, t as catalogT } from '../src/i18n/index.ts';
import { MARITAL_STATUSES, PROVINCES } from '../src/domain/vocabulary.ts';

describe('addresses', () => {
  it('gives every page an address per language, read back by parsePath', () => {
    for (const lang of LANGS) {
      for (const page of PAGES) expect(parsePath(pathFor(lang, page))).toEqual({ lang, page });
    }
    expect(pathFor('fr', 'home')).toBe('/fr/');
    expect(pathFor('fr', 'calculator')).toBe('/fr/calculatrice-scg');
    expect(pathFor('en', 'calculator')).toBe('/en/crs-calculator');
  });

  it('rejects unknown languages and slugs, and a slug of the other language', () => {
    expect(parsePath('/de/')).toBeNull();
    expect(parsePath('/fr/nowhere')).toBeNull();
    expect(parsePath('/fr/crs-calculator')).toBeNull();
    expect(parsePath('/en/calculatrice-scg')).toBeNull();
    expect(parsePath('/en/crs-calculator/extra')).toBeNull();
    expect(parsePath('/')).toBeNull();
  });

  it('toggles FR/EN on the same page, keeping the query and the anchor', () => {
    expect(togglePath('/fr/calculatrice-scg')).toBe('/en/crs-calculator');
    expect(togglePath('/en/rules', '?asOf=2016-11-19', '#crs.core.age')).toBe('/fr/regles?asOf=2016-11-19#crs.core.age');
    expect(togglePath('/en/')).toBe('/fr/');
    // An unknown page goes to the other language's home.
    expect(togglePath('/fr/nowhere')).toBe('/en/');
    for (const lang of LANGS) for (const page of PAGES) expect(togglePath(togglePath(pathFor(lang, page)))).toBe(pathFor(lang, page));
  });

  it('starts in the first of French or English the browser prefers, French by default', () => {
    expect(preferredLang(['en-CA', 'fr-CA'])).toBe('en');
    expect(preferredLang(['de-DE', 'fr-CH', 'en'])).toBe('fr');
    expect(preferredLang(['de', 'es'])).toBe('fr');
    expect(preferredLang([])).toBe('fr');
    expect(preferredLang(['EN_us'])).toBe('en');
  });
});

describe('the calculator form', () => {
  const base = initialCalculator('2025-06-01');

  it('sends a CRS factors object the API schema accepts, for every marital status and language option', () => {
    for (const maritalStatus of MARITAL_STATUSES) {
      for (const hasSecond of [false, true]) {
        for (const hasSpouseLanguage of [false, true]) {
          const body = calculatorFactors({ ...base, maritalStatus, hasSecond, hasSpouseLanguage });
          expect(crsFactorsSchema.safeParse(body).success, `${maritalStatus} ${hasSecond} ${hasSpouseLanguage}`).toBe(true);
        }
      }
    }
  });

  it('scores the spouse only for an accompanying partner who is not a citizen or PR; otherwise the spouse fields are neutral', () => {
    const answered = { ...base, spouseEducation: 'doctoral' as const, hasSpouseLanguage: true, spouseCanadianWorkYears: '3' };
    expect(spouseScored({ ...answered, maritalStatus: 'married' })).toBe(true);
    expect(spouseScored({ ...answered, maritalStatus: 'common_law', spouseAccompanying: false })).toBe(false);
    expect(spouseScored({ ...answered, maritalStatus: 'married', spouseCanadianCitizenOrPR: true })).toBe(false);
    expect(spouseScored({ ...answered, maritalStatus: 'single' })).toBe(false);

    const scored = calculatorFactors({ ...answered, maritalStatus: 'married' });
    expect(scored).toMatchObject({ spouseEducation: 'doctoral', spouseCanadianWorkYears: 3, spouseAccompanying: true });
    expect(scored.spouseLanguage).toEqual({ speaking: 7, listening: 7, reading: 7, writing: 7 });

    const single = calculatorFactors({ ...answered, maritalStatus: 'divorced_or_separated' });
    expect(single).toMatchObject({
      spouseEducation: 'none',
      spouseLanguage: null,
      spouseCanadianWorkYears: 0,
      spouseAccompanying: false,
      spouseCanadianCitizenOrPR: false,
    });
  });

  it('sends text that is not a number as typed, so the API names the field (nothing is guessed)', () => {
    expect(numberOrText('42')).toBe(42);
    expect(numberOrText(' 6,5 ')).toBe(6.5);
    expect(numberOrText('')).toBe('');
    expect(numberOrText('abc')).toBe('abc');
    const body = calculatorFactors({ ...base, age: 'vingt' });
    const r = crsFactorsSchema.safeParse(body);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['age']);
  });

  it('accepts any well-typed levels and years (property)', () => {
    const level = fc.integer({ min: 0, max: 12 }).map(String);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), level, level, fc.integer({ min: 0, max: 60 }), fc.constantFrom(...MARITAL_STATUSES), (age, a, b, years, maritalStatus) => {
        const body = calculatorFactors({
          ...base,
          age: String(age),
          maritalStatus,
          first: { speaking: a, listening: b, reading: a, writing: b },
          canadianWorkYears: String(years),
        });
        return crsFactorsSchema.safeParse(body).success;
      }),
    );
  });
});

describe('the eligibility form', () => {
  const filled = {
    ...initialEligibility('2025-10-01'),
    birthDate: '1994-03-12',
    completedOn: '2016-05-31',
    ecaDate: '2023-04-15',
    testDate: '2025-05-10',
    scores: { speaking: '7', listening: '8', reading: '7', writing: '6.5' },
    work: [{ ...emptyWork(), noc: '21232', start: '2022-06-01', weeklyHours: '37.5' }],
    funds: '12000',
  };

  it('sends a profile the API schema accepts, with and without partner, job offer, certificate, foreign work', () => {
    const variants = [
      filled,
      { ...filled, maritalStatus: 'common_law' as const },
      { ...filled, hasJobOffer: true, offerNoc: '72106', hasCertificate: true, certificateNoc: '72106', certificateDate: '2024-01-15' },
      { ...filled, work: [...filled.work, { ...emptyWork(), noc: '21232', start: '2016-09-01', end: '2021-08-31', inCanada: false, country: 'in' }] },
      { ...filled, credential: 'none' as const, test: 'none' as const },
      { ...filled, canadianCredential: true },
    ];
    for (const v of variants) {
      const r = profileSchema.safeParse(eligibilityProfile(v));
      expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    }
    const foreign = eligibilityProfile(variants[3]!) as { workHistory: { country: string; end: string | null }[] };
    expect(foreign.workHistory.map((w) => [w.country, w.end])).toEqual([
      ['CA', null],
      ['IN', '2021-08-31'],
    ]);
  });

  it('names the fields the API will complain about with the same paths the form uses', () => {
    const r = profileSchema.safeParse(eligibilityProfile({ ...filled, birthDate: '', work: [{ ...emptyWork(), noc: '2123' }] }));
    expect(r.success).toBe(false);
    const paths = new Set(r.error!.issues.map((i) => i.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[')));
    expect(paths).toContain('birthDate');
    expect(paths).toContain('workHistory[0].noc');
    expect(paths).toContain('workHistory[0].start');
  });

  it('probes the language test alone on its own date, only once the four scores are numbers', () => {
    expect(languageProbe(filled)).toMatchObject({ asOf: '2025-05-10', profile: { languageTests: [{ test: 'ielts_general', scores: { writing: 6.5 } }] } });
    expect(profileSchema.safeParse(languageProbe(filled)!.profile).success).toBe(true);
    expect(languageProbe({ ...filled, scores: { ...filled.scores, reading: '' } })).toBeNull();
    expect(languageProbe({ ...filled, testDate: '2025-5-10' })).toBeNull();
    expect(languageProbe({ ...filled, testDate: '2014-12-31' })).toBeNull();
    expect(languageProbe({ ...filled, test: 'none' })).toBeNull();
  });

  it('writes today as the local calendar day', () => {
    expect(isoDay(new Date(2016, 10, 19, 23, 59))).toBe('2016-11-19');
    expect(isoDay(new Date(2025, 0, 1, 0, 0))).toBe('2025-01-01');
  });
});

describe('submitted text', () => {
  it("sends what the controls hold, not React's possibly older state; a name without a control keeps its state", () => {
    const controls = [{ name: 'email', value: 'ana@example.ca' }, { name: 'password', value: 'the whole passphrase' }, { name: 'other', value: 'x' }, {}];
    expect(submittedText(controls, { email: 'ana@example', password: 'the whole pass', displayName: 'Ana' })).toEqual({
      email: 'ana@example.ca',
      password: 'the whole passphrase',
      displayName: 'Ana',
    });
    expect(submittedText([{ name: 'code', value: undefined }], { code: '12' })).toEqual({ code: '' });
  });
});

describe('field errors', () => {
  it('derives one DOM id per input path, the same for the control and the API error', () => {
    expect(fieldId('age')).toBe('f-age');
    expect(fieldId('firstLanguage.speaking')).toBe('f-firstLanguage-speaking');
    expect(fieldId('languageTests[0].scores.reading')).toBe('f-languageTests-0-scores-reading');
    expect(fieldId('workHistory[12].noc')).toBe('f-workHistory-12-noc');
  });

  it('groups API errors by path (the CLI name --as-of is asOf), and finds those no control shows', () => {
    const byPath = errorsByPath([
      { field: 'age', expected: '<= 120', message: 'Must be at most 120.' },
      { field: 'age', expected: 'int', message: 'Expected a whole number.' },
      { field: '--as-of', expected: 'date', message: 'Expected a date.' },
      { field: 'spouse', expected: 'spouse_without_partner_status', message: 'A spouse is given…' },
    ]);
    expect(byPath.get('age')).toBe('Must be at most 120. Expected a whole number.');
    expect(byPath.get('asOf')).toBe('Expected a date.');
    expect(unplacedErrors(byPath, new Set(['age', 'asOf']))).toEqual([['spouse', 'A spouse is given…']]);
  });
});

describe('wording', () => {
  const t = (key: string, params?: Record<string, unknown>) => catalogT('fr', key, params as Record<string, string | number>);
  const en = (key: string, params?: Record<string, unknown>) => catalogT('en', key, params as Record<string, string | number>);

  it('words explanation inputs as the CLI does: codes, booleans, combinations, none', () => {
    expect(inputText(t, hasMessage, 'bachelors_or_three_year')).toBe('baccalauréat ou programme de trois ans');
    expect(inputText(en, hasMessage, 'bachelors_or_three_year/9')).toBe('bachelor’s degree or three-year program / 9');
    expect(inputText(en, hasMessage, 'true/7')).toBe('yes / 7');
    expect(inputText(t, hasMessage, false)).toBe('non');
    expect(inputText(t, hasMessage, null)).toBe('—');
    expect(inputText(t, hasMessage, 42)).toBe('42');
    expect(factorText(en, hasMessage, { factor: 'arranged_employment' })).toBe('Arranged employment (job offer)');
    expect(factorText(en, hasMessage, { factor: 'no_such_factor' })).toBe('no_such_factor');
  });

  it('words boolean params, keeps findings once, shortens long values', () => {
    expect(wordParams(en, { a: true, b: 3, c: null })).toEqual({ a: 'yes', b: 3 });
    expect(uniqueFindings([{ code: 'x' }, { code: 'x' }, { code: 'y' }])).toEqual([{ code: 'x' }, { code: 'y' }]);
    expect(valueText({ a: 1 })).toBe('{"a":1}');
    expect(valueText('x'.repeat(300), 20)).toHaveLength(20);
  });
});

/** The placeholder names of a parsed ICU message, sorted. */
function argumentsOf(ast: unknown): string[] {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: number; value?: unknown; options?: Record<string, { value: unknown }> };
    if (n.type !== undefined && n.type !== 0 && n.type !== 7 && typeof n.value === 'string') names.add(n.value);
    for (const option of Object.values(n.options ?? {})) visit(option.value);
  };
  visit(ast);
  return [...names].sort();
}

describe('the web catalog', () => {
  it('has French and English for every key, valid ICU in both, and no key clashing with the shared catalogs', () => {
    for (const [key, value] of Object.entries(WEB_MESSAGES)) {
      expect(value.fr.trim(), key).not.toBe('');
      expect(value.en.trim(), key).not.toBe('');
      // Both parse, and take the same placeholders.
      expect(argumentsOf(new IntlMessageFormat(value.fr, 'fr-CA').getAst()), key).toEqual(argumentsOf(new IntlMessageFormat(value.en, 'en-CA').getAst()));
      expect(key in CATALOG, `${key} is also in src/i18n`).toBe(false);
    }
  });

  it('has a name for every province and territory', () => {
    for (const p of PROVINCES) expect(WEB_MESSAGES[`province.${p}`], p).toBeDefined();
    expect(WEB_MESSAGES['province.QC']!.fr).toBe('Québec');
  });

  it('defines every literal key the pages use', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.tsx?$/.test(name)) files.push(full);
      }
    };
    walk(path.resolve(import.meta.dirname, '../web/src'));
    const used = new Set<string>();
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-z_]+\.[A-Za-z0-9_.]+)'/g)) used.add(m[1]!);
      for (const m of readFileSync(file, 'utf8').matchAll(/'(web\.[a-z_]+\.[A-Za-z0-9_.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => !(key in WEB_MESSAGES) && !(key in CATALOG));
    expect(missing).toEqual([]);
    // Keys built from codes: pages, ability and test names, programs, values of the calculator's selects.
    for (const page of PAGES) expect(`web.nav.${page}` in WEB_MESSAGES || page === 'home').toBe(true);
  });
});
