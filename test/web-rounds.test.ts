// The rounds and officer pages' pure parts: addresses with a round number, the bars and tables of IRCC's bands, scales
// and ticks, summaries, paging, and what the draft form sends (checked against the API's own RoundSpec schema).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import {
  bandText,
  dayNumber,
  disjointBands,
  distributionTotal,
  instantText,
  isSubBand,
  largestBand,
  linear,
  niceTicks,
  numberText,
  pageOf,
  seriesSummary,
  yearTicks,
} from '../web/src/components/charts/geometry.ts';
import { draftSpec, initialDraft, instantNow } from '../web/src/pages/officer/draft.ts';
import { CATEGORY_CODES, may, ROUND_PROGRAMS } from '../web/src/lib/api-rounds.ts';
import { ROUNDS_MESSAGES } from '../web/src/lib/messages-rounds.ts';
import { NUMBERED_PAGES, PAGES, parsePath, pathFor, togglePath } from '../web/src/lib/routes.ts';
import { poolDistribution, ROUND_PROGRAMS as DOMAIN_PROGRAMS } from '../src/domain/rounds.ts';
import { CATEGORY_DEFINITIONS } from '../src/domain/rules/categories.ts';
import { ROUND_APPROVER_ROLES, ROUND_DRAFTER_ROLES, ROUND_READER_ROLES, ROUND_SIMULATOR_ROLES } from '../src/app/rounds.ts';
import { roundSpecSchema } from '../src/http/schemas-rounds.ts';
import { t as catalogT } from '../src/i18n/index.ts';

describe('addresses of a round', () => {
  it('numbered pages carry a round number, read back and kept by the FR/EN toggle', () => {
    expect(pathFor('en', 'rounds', 12)).toBe('/en/rounds/12');
    expect(pathFor('fr', 'officerRounds', 7)).toBe('/fr/agent-rondes/7');
    expect(parsePath('/en/rounds/12')).toEqual({ lang: 'en', page: 'rounds', number: 12 });
    expect(parsePath('/fr/agent-rondes/7')).toEqual({ lang: 'fr', page: 'officerRounds', number: 7 });
    expect(togglePath('/en/rounds/12', '?x=1')).toBe('/fr/rondes/12?x=1');
    expect(togglePath('/fr/agent-rondes/7')).toBe('/en/officer-rounds/7');
    for (const page of NUMBERED_PAGES) for (const lang of ['fr', 'en'] as const) expect(parsePath(pathFor(lang, page, 3))).toEqual({ lang, page, number: 3 });
  });

  it('refuses a number on another page, and anything but a positive whole number', () => {
    expect(pathFor('en', 'rules', 4)).toBe('/en/rules');
    expect(parsePath('/en/rules/4')).toBeNull();
    for (const bad of ['0', '-1', '1.5', 'abc', '01', '1e3', '12345678901']) expect(parsePath(`/en/rounds/${bad}`)).toBeNull();
    expect(parsePath('/en/rounds/12/more')).toBeNull();
    expect(parsePath('/en/rounds/')).toEqual({ lang: 'en', page: 'rounds' });
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => parsePath(pathFor('en', 'rounds', n))?.number === n));
  });

  it('the officers’ pages exist in both languages and have menu words', () => {
    for (const page of ['officerPool', 'officerRounds'] as const) {
      expect(PAGES).toContain(page);
      expect(ROUNDS_MESSAGES[`web.nav.${page}`]).toBeDefined();
    }
  });
});

describe('IRCC’s bands in a chart', () => {
  const distribution = poolDistribution([1200, 700, 600, 500, 495, 455, 450, 449, 441, 405, 401, 390, 320, 0, 300, 300, 12]);

  it('draws the 15 bands that tile 0–1200 without overlap, highest first; the table keeps all 18', () => {
    const bars = disjointBands(distribution);
    expect(bars.map((b) => b.band)).toEqual([
      '601-1200', '501-600', '491-500', '481-490', '471-480', '461-470', '451-460',
      '441-450', '431-440', '421-430', '411-420', '401-410', '351-400', '301-350', '0-300',
    ]);
    expect(bars.reduce((s, b) => s + b.count, 0)).toBe(17);
    expect(distributionTotal(distribution)).toBe(17);
    expect(distributionTotal(distribution.filter((b) => b.band !== 'total'))).toBe(17);
    expect(distribution.filter(isSubBand).map((b) => b.band)).toEqual(['491-500', '481-490', '471-480', '461-470', '451-460', '441-450', '431-440', '421-430', '411-420', '401-410']);
  });

  it('finds the largest band, worded with an en dash', () => {
    const largest = largestBand(distribution)!;
    expect(largest.band).toBe('0-300');
    expect(bandText(largest)).toBe('0–300');
    expect(largestBand(poolDistribution([]))).toBeNull();
  });

  it('the bars always add up to the total, for any pool', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1200 }), { maxLength: 300 }), (scores) => {
        const d = poolDistribution(scores);
        return disjointBands(d).reduce((s, b) => s + b.count, 0) === scores.length && distributionTotal(d) === scores.length;
      }),
    );
  });
});

describe('scales, ticks and texts', () => {
  it('maps a domain onto a range, and a single value to the middle', () => {
    const x = linear(0, 100, 10, 210);
    expect(x(0)).toBe(10);
    expect(x(50)).toBe(110);
    expect(x(100)).toBe(210);
    expect(linear(5, 5, 0, 10)(5)).toBe(5);
  });

  it('ticks are round, ordered and cover the data', () => {
    expect(niceTicks(382, 886, 6)).toEqual([300, 400, 500, 600, 700, 800, 900]);
    expect(niceTicks(5, 5)).toEqual([5]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 1200 }), (a, b) => {
        const ticks = niceTicks(a, b, 6);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return ticks[0]! <= lo && ticks[ticks.length - 1]! >= hi && ticks.every((v, i) => i === 0 || v > ticks[i - 1]!);
      }),
    );
  });

  it('days, years, instants and numbers', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-08-19T12:35:37Z')).toBe(dayNumber('2026-08-19'));
    expect(yearTicks(dayNumber('2015-01-31'), dayNumber('2017-06-01')).map((y) => y.year)).toEqual([2016, 2017]);
    expect(instantText('2026-08-19T12:35:37.000Z')).toBe('2026-08-19 12:35:37 UTC');
    expect(instantText(null)).toBe('—');
    expect(numberText(226859, 'en')).toBe('226,859');
    expect(numberText(226859, 'fr')).toMatch(/^226\s859$/);
    expect(numberText(null, 'fr')).toBe('—');
  });

  it('summarizes a series of cut-offs, and none', () => {
    expect(seriesSummary([])).toBeNull();
    expect(
      seriesSummary([
        { date: '2026-08-19', cutoff: 382 },
        { date: '2015-01-31', cutoff: 886 },
        { date: '2020-05-01', cutoff: 452 },
      ]),
    ).toEqual({ count: 3, min: 382, max: 886, first: '2015-01-31', last: '2026-08-19', latest: 382 });
  });

  it('pages a list; a page out of range gives the nearest', () => {
    const items = Array.from({ length: 53 }, (_, i) => i);
    expect(pageOf(items, 1, 25)).toEqual({ items: items.slice(0, 25), page: 1, pages: 3 });
    expect(pageOf(items, 3, 25).items).toEqual([50, 51, 52]);
    expect(pageOf(items, 9, 25).page).toBe(3);
    expect(pageOf(items, 0, 25).page).toBe(1);
    expect(pageOf([], 1, 25)).toEqual({ items: [], page: 1, pages: 1 });
  });
});

describe('the draft-round form', () => {
  const now = new Date('2026-11-23T12:18:15.123Z');

  it('starts as a general round at the current second, UTC', () => {
    expect(instantNow(now)).toBe('2026-11-23T12:18:15Z');
    expect(initialDraft(now)).toMatchObject({ type: 'general', size: '', minimumCrs: '', instant: '2026-11-23T12:18:15Z' });
  });

  it('sends what the API’s RoundSpec schema accepts: the program only for a program round, the category only for a category round', () => {
    const base = initialDraft(now);
    const general = draftSpec({ ...base, size: '5000' });
    expect(general).toEqual({ type: 'general', size: 5000, instant: '2026-11-23T12:18:15Z' });
    expect(roundSpecSchema.safeParse(general).success).toBe(true);
    const program = draftSpec({ ...base, type: 'program', program: 'cec', minimumCrs: ' 500 ' });
    expect(program).toEqual({ type: 'program', program: 'cec', minimumCrs: 500, instant: '2026-11-23T12:18:15Z' });
    expect(roundSpecSchema.safeParse(program).success).toBe(true);
    const category = draftSpec({ ...base, type: 'category', category: 'healthcare', size: '3500', minimumCrs: '450' });
    expect(category).toEqual({ type: 'category', category: 'healthcare', size: 3500, minimumCrs: 450, instant: '2026-11-23T12:18:15Z' });
    expect(roundSpecSchema.safeParse(category).success).toBe(true);
  });

  it('sends what was typed when it is not a number, so the API words the error next to the field', () => {
    const spec = draftSpec({ ...initialDraft(now), size: 'lots' });
    expect(spec.size).toBe('lots');
    const parsed = roundSpecSchema.safeParse(spec);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(['size']);
  });
});

describe('the web’s view of the rounds vocabulary and roles', () => {
  it('programs and categories are the domain’s', () => {
    expect([...ROUND_PROGRAMS].sort()).toEqual([...DOMAIN_PROGRAMS].sort());
    const domainCategories = new Set(CATEGORY_DEFINITIONS.values.flatMap((v) => v.value.map((c) => c.code)));
    expect([...CATEGORY_CODES].sort()).toEqual([...domainCategories].sort());
    for (const code of CATEGORY_CODES) expect(catalogT('en', 'round.category', { category: code })).not.toBe(code);
  });

  it('offers each step to the roles the use cases allow', () => {
    const roles = ['candidate', 'representative', 'officer', 'round_approver', 'province', 'employer', 'auditor', 'admin'] as const;
    for (const role of roles) {
      expect(may(role, 'draft')).toBe(ROUND_DRAFTER_ROLES.includes(role));
      expect(may(role, 'simulate')).toBe(ROUND_SIMULATOR_ROLES.includes(role));
      expect(may(role, 'approve')).toBe(ROUND_APPROVER_ROLES.includes(role));
      expect(may(role, 'execute')).toBe(ROUND_APPROVER_ROLES.includes(role));
      expect(may(role, 'publish')).toBe(ROUND_SIMULATOR_ROLES.includes(role));
      expect(may(role, 'readPool')).toBe(ROUND_READER_ROLES.includes(role));
      expect(ROUNDS_MESSAGES[`web.officer.role.${role}`]).toBeDefined();
    }
    expect(may(undefined, 'draft')).toBe(false);
  });

  it('every message has both languages, and both parse as ICU with the same placeholders', () => {
    // Argument names from the parsed message (select and plural options walked into).
    type Node = { type: number; value?: unknown; options?: Record<string, { value: Node[] }> };
    const walk = (nodes: readonly Node[], out: Set<string>): Set<string> => {
      for (const n of nodes) {
        if (n.type !== 0 && n.type !== 7 && n.type !== 8 && typeof n.value === 'string') out.add(n.value);
        for (const option of Object.values(n.options ?? {})) walk(option.value, out);
      }
      return out;
    };
    const names = (text: string) => [...walk(new IntlMessageFormat(text, 'en-CA').getAst() as Node[], new Set())].sort();
    for (const [key, value] of Object.entries(ROUNDS_MESSAGES)) {
      expect(value.en.trim(), key).not.toBe('');
      expect(value.fr.trim(), key).not.toBe('');
      expect(() => new IntlMessageFormat(value.en, 'en-CA'), key).not.toThrow();
      expect(() => new IntlMessageFormat(value.fr, 'fr-CA'), key).not.toThrow();
      expect(names(value.fr), key).toEqual(names(value.en));
    }
  });
});
