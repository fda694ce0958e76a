// National Occupational Classification (NOC) 2021 v1.0: unit groups, TEER, and search (rules.md §8).
// Pure: the records come from the official StatCan files, read by src/db/reference/noc-files.ts.
// A unit-group code has 5 digits: 1st = broad category, 2nd = TEER, first 2 = major group (StatCan).

export type Teer = 0 | 1 | 2 | 3 | 4 | 5;

export interface NocUnitGroup {
  /** 5 digits, as text (leading zeros kept: `00010`). */
  code: string;
  teer: Teer;
  /** First two digits (`21`; `00` = legislative and senior managers). */
  majorGroup: string;
  titleEn: string;
  titleFr: string;
  /** StatCan "All examples" job titles (English). */
  exampleTitlesEn: readonly string[];
  /** French example titles: empty, the data set only has the English ones. */
  exampleTitlesFr: readonly string[];
}

/** What buildNocIndex takes: TEER and major group are derived from the code. */
export interface NocRecord {
  code: string;
  titleEn: string;
  titleFr: string;
  exampleTitlesEn?: readonly string[];
  exampleTitlesFr?: readonly string[];
}

/** Why a unit group matched, best first. */
export type NocMatch = 'code' | 'code_prefix' | 'title_prefix' | 'title_words' | 'example_title';

export interface NocSearchHit {
  unitGroup: NocUnitGroup;
  match: NocMatch;
  /** Language of the title or example title that matched. */
  matchedLang: 'en' | 'fr';
  /** The example title that matched (only when `match` is `example_title`). */
  matchedExample?: string;
}

export interface NocSearchOptions {
  /** Preferred language: among equally good hits, those matched in this language come first. Both are searched. */
  lang?: 'en' | 'fr';
  /** Most hits returned (default 10). */
  limit?: number;
}

export interface NocIndex {
  readonly size: number;
  get(code: string): NocUnitGroup | undefined;
  /** Every unit group, in code order. */
  all(): readonly NocUnitGroup[];
  search(query: string, options?: NocSearchOptions): NocSearchHit[];
}

const UNIT_GROUP_CODE = /^\d{5}$/;

/** A well-formed NOC 2021 unit-group code: 5 digits whose 2nd digit is a TEER (0–5). Says nothing about existence. */
export function isValidNocCode(code: unknown): code is string {
  return typeof code === 'string' && UNIT_GROUP_CODE.test(code) && Number(code[1]) <= 5;
}

/** TEER category of a NOC 2021 code (its 2nd digit); throws on a malformed code. */
export function teerOf(code: string): Teer {
  if (!isValidNocCode(code)) throw new RangeError(`Not a NOC 2021 unit-group code (5 digits, 2nd digit 0–5): ${JSON.stringify(code)}`);
  return Number(code[1]) as Teer;
}

/** Major group of a NOC 2021 code (its first 2 digits); throws on a malformed code. */
export function majorGroupOf(code: string): string {
  teerOf(code);
  return code.slice(0, 2);
}

/** Case- and accent-insensitive form: NFD, combining marks removed, lower case, œ/æ spelt out, punctuation to spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Searchable {
  /** Normalized text. */
  text: string;
  words: readonly string[];
}

function searchable(text: string): Searchable {
  const normalized = normalizeText(text);
  return { text: normalized, words: normalized === '' ? [] : normalized.split(' ') };
}

interface Entry {
  unitGroup: NocUnitGroup;
  titles: { en: Searchable; fr: Searchable };
  examples: { lang: 'en' | 'fr'; title: string; s: Searchable }[];
}

const RANK: Record<NocMatch, number> = { code: 0, code_prefix: 1, title_prefix: 2, title_words: 3, example_title: 4 };

/**
 * Where the query words sit in a text: every query word must be the beginning of some word of the text
 * (`engineer` finds "engineers", `infirmiere` finds "infirmières"). Returns the position of the first
 * matched word, or -1 when a query word is missing.
 */
function wordsMatch(query: readonly string[], text: Searchable): number {
  let first = Number.POSITIVE_INFINITY;
  for (const q of query) {
    const at = text.words.findIndex((w) => w.startsWith(q));
    if (at < 0) return -1;
    first = Math.min(first, at);
  }
  return first;
}

/** Whether a prefix of `text` that is `length` long stops inside a word ("nurse" in "nursery"), a plural ending aside. */
function endsInsideWord(text: string, length: number): boolean {
  return !/^((s|es|x)?( |$))/.test(text.slice(length));
}

interface Scored {
  hit: NocSearchHit;
  /** Sort keys, compared in order. */
  keys: readonly number[];
}

function better(current: Scored | undefined, candidate: Scored): Scored {
  return current === undefined || compareScored(candidate, current) < 0 ? candidate : current;
}

function compareScored(a: Scored, b: Scored): number {
  for (let i = 0; i < a.keys.length; i++) {
    const d = a.keys[i]! - b.keys[i]!;
    if (d !== 0) return d;
  }
  return a.hit.unitGroup.code < b.hit.unitGroup.code ? -1 : a.hit.unitGroup.code > b.hit.unitGroup.code ? 1 : 0;
}

/** Builds the searchable index; throws on a malformed or duplicate code. */
export function buildNocIndex(records: Iterable<NocRecord>): NocIndex {
  const byCode = new Map<string, Entry>();
  for (const r of records) {
    if (!isValidNocCode(r.code)) throw new RangeError(`Not a NOC 2021 unit-group code: ${JSON.stringify(r.code)}`);
    if (byCode.has(r.code)) throw new RangeError(`NOC 2021 unit group listed twice: ${r.code}`);
    const unitGroup: NocUnitGroup = {
      code: r.code,
      teer: teerOf(r.code),
      majorGroup: majorGroupOf(r.code),
      titleEn: r.titleEn,
      titleFr: r.titleFr,
      exampleTitlesEn: [...(r.exampleTitlesEn ?? [])],
      exampleTitlesFr: [...(r.exampleTitlesFr ?? [])],
    };
    byCode.set(r.code, {
      unitGroup,
      titles: { en: searchable(r.titleEn), fr: searchable(r.titleFr) },
      examples: [
        ...unitGroup.exampleTitlesEn.map((title) => ({ lang: 'en' as const, title, s: searchable(title) })),
        ...unitGroup.exampleTitlesFr.map((title) => ({ lang: 'fr' as const, title, s: searchable(title) })),
      ],
    });
  }
  const entries = [...byCode.values()].sort((a, b) => (a.unitGroup.code < b.unitGroup.code ? -1 : 1));
  const all = entries.map((e) => e.unitGroup);

  function search(query: string, options: NocSearchOptions = {}): NocSearchHit[] {
    const preferred = options.lang ?? 'en';
    const limit = options.limit ?? 10;
    const q = normalizeText(query);
    if (q === '' || limit <= 0) return [];
    const langKey = (lang: 'en' | 'fr'): number => (lang === preferred ? 0 : 1);
    const scored: Scored[] = [];

    const digits = q.replace(/ /g, '');
    if (/^\d{1,5}$/.test(digits)) {
      // A code, or its beginning: exact code first, then codes that start with it.
      for (const e of entries) {
        if (!e.unitGroup.code.startsWith(digits)) continue;
        const match: NocMatch = e.unitGroup.code === digits ? 'code' : 'code_prefix';
        scored.push({ hit: { unitGroup: e.unitGroup, match, matchedLang: preferred }, keys: [RANK[match]] });
      }
    } else {
      const words = q.split(' ');
      for (const e of entries) {
        let best: Scored | undefined;
        for (const lang of ['en', 'fr'] as const) {
          const title = e.titles[lang];
          if (title.text.startsWith(q)) {
            const partial = endsInsideWord(title.text, q.length) ? 1 : 0;
            best = better(best, { hit: { unitGroup: e.unitGroup, match: 'title_prefix', matchedLang: lang }, keys: [RANK.title_prefix, langKey(lang), partial, title.words.length] });
            continue;
          }
          const at = wordsMatch(words, title);
          if (at >= 0) {
            best = better(best, { hit: { unitGroup: e.unitGroup, match: 'title_words', matchedLang: lang }, keys: [RANK.title_words, langKey(lang), at, title.words.length] });
          }
        }
        if (!best) {
          // Only then look at the example titles: the best one is the one that starts with the query, then the shortest.
          for (const ex of e.examples) {
            const at = ex.s.text.startsWith(q) ? 0 : wordsMatch(words, ex.s);
            if (at < 0) continue;
            best = better(best, {
              hit: { unitGroup: e.unitGroup, match: 'example_title', matchedLang: ex.lang, matchedExample: ex.title },
              keys: [RANK.example_title, langKey(ex.lang), ex.s.text.startsWith(q) ? 0 : 1 + at, ex.s.words.length],
            });
          }
        }
        if (best) scored.push(best);
      }
    }
    return scored.sort(compareScored).slice(0, limit).map((s) => s.hit);
  }

  return {
    size: entries.length,
    get: (code) => byCode.get(code)?.unitGroup,
    all: () => all,
    search,
  };
}
