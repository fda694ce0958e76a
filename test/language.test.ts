// Language tests → CLB/NCLC (rules.md §2): golden conversions at every band boundary, TEF's scale change by test
// date, acceptance dates, validity, scale checks and the choice of first and second official language.
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import {
  bestLanguageResults,
  clbLevels,
  isTestAccepted,
  isTestValidOn,
  languageOfTest,
  scoresOutOfScale,
  testValidUntil,
  type LanguageStanding,
} from '../src/domain/language.ts';
import { PARAMETERS, TEF_CANADA_TABLE, TEST_TABLES } from '../src/domain/rules/language.ts';
import { RuleDateError, at } from '../src/domain/rules/parameter.ts';
import { MESSAGES } from '../src/i18n/messages/language.ts';
import { ABILITIES, LANGUAGE_TESTS } from '../src/domain/vocabulary.ts';
import type { Ability, IsoDate, LanguageTest, LanguageTestResult } from '../src/domain/vocabulary.ts';

type Scores = Record<Ability, number>;
const all = (n: number): Scores => ({ speaking: n, listening: n, reading: n, writing: n });
const result = (test: LanguageTest, testDate: IsoDate, scores: Scores): LanguageTestResult => ({ test, testDate, scores });

// ── Golden tables, copied by hand from rules.md §2.1–2.6 (not from the implementation) ──────────────────────────
// For each ability: the minimum raw score of CLB/NCLC 10, 9, 8, 7, 6, 5, 4.
interface Golden {
  test: LanguageTest;
  testDate: IsoDate;
  step: number;
  /** Scale minimum, used for the abilities not under test. */
  floor: number;
  mins: Record<Ability, readonly number[]>;
}

const GOLDEN: readonly Golden[] = [
  {
    test: 'ielts_general', testDate: '2025-06-01', step: 0.5, floor: 0,
    mins: {
      reading: [8.0, 7.0, 6.5, 6.0, 5.0, 4.0, 3.5],
      writing: [7.5, 7.0, 6.5, 6.0, 5.5, 5.0, 4.0],
      listening: [8.5, 8.0, 7.5, 6.0, 5.5, 5.0, 4.5],
      speaking: [7.5, 7.0, 6.5, 6.0, 5.5, 5.0, 4.0],
    },
  },
  {
    test: 'celpip_general', testDate: '2025-06-01', step: 1, floor: 0,
    mins: {
      reading: [10, 9, 8, 7, 6, 5, 4],
      writing: [10, 9, 8, 7, 6, 5, 4],
      listening: [10, 9, 8, 7, 6, 5, 4],
      speaking: [10, 9, 8, 7, 6, 5, 4],
    },
  },
  {
    test: 'pte_core', testDate: '2025-06-01', step: 1, floor: 10,
    mins: {
      reading: [88, 78, 69, 60, 51, 42, 33],
      writing: [90, 88, 79, 69, 60, 51, 41],
      listening: [89, 82, 71, 60, 50, 39, 28],
      speaking: [89, 84, 76, 68, 59, 51, 42],
    },
  },
  {
    test: 'tef_canada', testDate: '2023-12-11', step: 1, floor: 0,
    mins: {
      reading: [546, 503, 462, 434, 393, 352, 306],
      writing: [558, 512, 472, 428, 379, 330, 268],
      listening: [546, 503, 462, 434, 393, 352, 306],
      speaking: [556, 518, 494, 456, 422, 387, 328],
    },
  },
  {
    test: 'tef_canada', testDate: '2023-12-10', step: 1, floor: 0,
    mins: {
      reading: [263, 248, 233, 207, 181, 151, 121],
      writing: [393, 371, 349, 310, 271, 226, 181],
      listening: [316, 298, 280, 249, 217, 181, 145],
      speaking: [393, 371, 349, 310, 271, 226, 181],
    },
  },
  {
    test: 'tcf_canada', testDate: '2025-06-01', step: 1, floor: 0,
    mins: {
      reading: [549, 524, 499, 453, 406, 375, 342],
      writing: [16, 14, 12, 10, 7, 6, 4],
      listening: [549, 523, 503, 458, 398, 369, 331],
      speaking: [16, 14, 12, 10, 7, 6, 4],
    },
  },
];

const boundaryCases = GOLDEN.flatMap((g) =>
  ABILITIES.flatMap((ability) =>
    g.mins[ability].map((min, i) => {
      const level = 10 - i;
      return { name: `${g.test} ${g.testDate} ${ability} CLB ${level} from ${min}`, g, ability, min, level, below: level === 4 ? 0 : level - 1 };
    }),
  ),
);

function levelOf(g: Golden, ability: Ability, score: number): number {
  return clbLevels(result(g.test, g.testDate, { ...all(g.floor), [ability]: score }))[ability];
}

describe('clbLevels: every band boundary of rules.md §2', () => {
  it.each(boundaryCases)('$name', ({ g, ability, min, level, below }) => {
    expect(levelOf(g, ability, min)).toBe(level);
    expect(levelOf(g, ability, min - g.step)).toBe(below);
  });

  it('gives 0 at the bottom of every scale and 10 at the top (levels above 10 are printed as “10 and above”)', () => {
    for (const g of GOLDEN) {
      const table = at(TEST_TABLES[g.test], g.testDate)!;
      for (const ability of ABILITIES) {
        expect(levelOf(g, ability, table.scales[ability].min)).toBe(0);
        expect(levelOf(g, ability, table.scales[ability].max)).toBe(10);
      }
    }
  });

  it('converts a typical report per ability, not as a whole', () => {
    // IELTS L 8.0 / R 7.0 / W 6.5 / S 6.0 → CLB 9 / 9 / 8 / 7 (rules.md §2.2).
    expect(clbLevels(result('ielts_general', '2025-01-10', { listening: 8.0, reading: 7.0, writing: 6.5, speaking: 6.0 }))).toEqual({
      listening: 9, reading: 9, writing: 8, speaking: 7,
    });
    // CELPIP M (0) and 12 → 0 and 10.
    expect(clbLevels(result('celpip_general', '2025-01-10', { listening: 12, reading: 0, writing: 3, speaking: 11 }))).toEqual({
      listening: 10, reading: 0, writing: 0, speaking: 10,
    });
  });

  it('a score between printed bands (off the step) gets the lower band', () => {
    expect(clbLevels(result('ielts_general', '2025-01-10', all(6.25))).listening).toBe(7);
    expect(clbLevels(result('ielts_general', '2025-01-10', all(7.9))).reading).toBe(9);
  });
});

describe('TEF Canada: the table follows the TEST date (rules.md §2.4–2.5)', () => {
  const scores: Scores = { reading: 263, writing: 393, listening: 316, speaking: 393 };

  it('a test of 2023-12-10 is read on the legacy scale', () => {
    expect(clbLevels(result('tef_canada', '2023-12-10', scores))).toEqual({ reading: 10, writing: 10, listening: 10, speaking: 10 });
    expect(scoresOutOfScale(result('tef_canada', '2023-12-10', scores))).toEqual([]);
  });

  it('the same numbers on a test of 2023-12-11 are read on the 0–699 scale', () => {
    expect(clbLevels(result('tef_canada', '2023-12-11', scores))).toEqual({ reading: 0, writing: 6, listening: 4, speaking: 5 });
  });

  it('the scale checked follows the test date too', () => {
    const high: Scores = { reading: 434, writing: 428, listening: 434, speaking: 456 };
    expect(clbLevels(result('tef_canada', '2023-12-11', high))).toEqual(all(7));
    expect(scoresOutOfScale(result('tef_canada', '2023-12-11', high))).toEqual([]);
    expect(scoresOutOfScale(result('tef_canada', '2023-12-10', high))).toEqual([
      { ability: 'speaking', min: 0, max: 450, step: 1 },
      { ability: 'listening', min: 0, max: 360, step: 1 },
      { ability: 'reading', min: 0, max: 300, step: 1 },
    ]);
  });

  it('keeps the legacy table reachable as the parameter value before 2023-12-11, evaluated years later', () => {
    expect(at(TEF_CANADA_TABLE, '2023-12-10')!.scales.reading.max).toBe(300);
    expect(at(TEF_CANADA_TABLE, '2023-12-11')!.scales.reading.max).toBe(699);
    // A legacy result is valid until 2025-12-09 and still converts with the legacy table then.
    const legacy = result('tef_canada', '2023-12-10', scores);
    const { first } = bestLanguageResults([legacy], '2025-12-09');
    expect(first?.levels).toEqual(all(10));
  });
});

describe('acceptance by test date', () => {
  it('PTE Core from 2024-01-30 only (rules.md §2, §9)', () => {
    expect(isTestAccepted('pte_core', '2024-01-29')).toBe(false);
    expect(isTestAccepted('pte_core', '2024-01-30')).toBe(true);
    expect(clbLevels(result('pte_core', '2024-01-29', all(90)))).toEqual(all(0));
    expect(clbLevels(result('pte_core', '2024-01-30', all(90)))).toEqual(all(10));
  });

  it('TCF Canada from its designation in November 2018 (unsure day, see the parameter)', () => {
    expect(isTestAccepted('tcf_canada', '2018-11-09')).toBe(false);
    expect(isTestAccepted('tcf_canada', '2018-11-10')).toBe(true);
  });

  it('IELTS General Training, CELPIP-General and TEF Canada since Express Entry opened, and for older results', () => {
    for (const test of ['ielts_general', 'celpip_general', 'tef_canada'] as const) {
      expect(isTestAccepted(test, '2015-01-01')).toBe(true);
      expect(isTestAccepted(test, '2014-06-01')).toBe(true);
      expect(isTestAccepted(test, '2026-11-22')).toBe(true);
    }
  });

  it('refuses a test date that is not a calendar day', () => {
    expect(() => isTestAccepted('ielts_general', '2024-02-30')).toThrowError(RuleDateError);
  });

  it('names the official language of each test', () => {
    expect(LANGUAGE_TESTS.map(languageOfTest)).toEqual(['english', 'english', 'english', 'french', 'french']);
  });
});

describe('validity: less than 2 years old (rules.md §2, §7.1)', () => {
  const r = result('ielts_general', '2024-03-15', all(7));

  it('is valid from the test date through the day before the second anniversary', () => {
    expect(testValidUntil(r)).toBe('2026-03-14');
    expect(isTestValidOn(r, '2024-03-14')).toBe(false);
    expect(isTestValidOn(r, '2024-03-15')).toBe(true);
    expect(isTestValidOn(r, '2026-03-14')).toBe(true);
    expect(isTestValidOn(r, '2026-03-15')).toBe(false);
  });

  it('a 29 February result is 2 years old on 1 March of a common year', () => {
    const leap = result('celpip_general', '2024-02-29', all(7));
    expect(testValidUntil(leap)).toBe('2026-02-28');
    expect(isTestValidOn(leap, '2026-02-28')).toBe(true);
    expect(isTestValidOn(leap, '2026-03-01')).toBe(false);
    expect(testValidUntil(result('celpip_general', '2023-02-28', all(7)))).toBe('2025-02-27');
  });

  it('a result from before Express Entry opened can still count in 2015–2016', () => {
    const old = result('ielts_general', '2014-06-01', all(7));
    expect(testValidUntil(old)).toBe('2016-05-31');
    expect(isTestValidOn(old, '2015-01-01')).toBe(true);
  });
});

describe('scoresOutOfScale', () => {
  it('accepts scores on the scale and step', () => {
    expect(scoresOutOfScale(result('ielts_general', '2025-01-01', { listening: 9, reading: 0, writing: 4.5, speaking: 6 }))).toEqual([]);
    expect(scoresOutOfScale(result('pte_core', '2025-01-01', { listening: 10, reading: 90, writing: 55, speaking: 61 }))).toEqual([]);
    expect(scoresOutOfScale(result('tcf_canada', '2025-01-01', { listening: 699, reading: 0, writing: 20, speaking: 0 }))).toEqual([]);
  });

  it('reports each ability off the scale or off the step, with the scale', () => {
    expect(scoresOutOfScale(result('ielts_general', '2025-01-01', { listening: 9.5, reading: 6.25, writing: -0.5, speaking: Number.NaN }))).toEqual(
      ABILITIES.map((ability) => ({ ability, min: 0, max: 9, step: 0.5 })),
    );
    expect(scoresOutOfScale(result('celpip_general', '2025-01-01', { listening: 6.5, reading: 13, writing: 12, speaking: 0 }))).toEqual([
      { ability: 'listening', min: 0, max: 12, step: 1 },
      { ability: 'reading', min: 0, max: 12, step: 1 },
    ]);
    expect(scoresOutOfScale(result('pte_core', '2025-01-01', { listening: 9, reading: 91, writing: 10, speaking: 90 }))).toEqual([
      { ability: 'listening', min: 10, max: 90, step: 1 },
      { ability: 'reading', min: 10, max: 90, step: 1 },
    ]);
    expect(scoresOutOfScale(result('tcf_canada', '2025-01-01', { listening: 700, reading: 500, writing: 21, speaking: 20 }))).toEqual([
      { ability: 'listening', min: 0, max: 699, step: 1 },
      { ability: 'writing', min: 0, max: 20, step: 1 },
    ]);
  });

  it('checks a test taken before its designation against the test’s own scale', () => {
    expect(scoresOutOfScale(result('pte_core', '2023-06-01', { listening: 5, reading: 50, writing: 50, speaking: 50 }))).toEqual([
      { ability: 'listening', min: 10, max: 90, step: 1 },
    ]);
    expect(scoresOutOfScale(result('tcf_canada', '2016-06-01', { listening: 400, reading: 400, writing: 21, speaking: 10 }))).toEqual([
      { ability: 'writing', min: 0, max: 20, step: 1 },
    ]);
  });
});

describe('bestLanguageResults', () => {
  const asOf = '2025-06-01';
  const ielts = (testDate: IsoDate, s: Scores) => result('ielts_general', testDate, s);
  const celpip = (testDate: IsoDate, s: Scores) => result('celpip_general', testDate, s);
  const tef = (testDate: IsoDate, s: Scores) => result('tef_canada', testDate, s);
  const pick = (s: LanguageStanding | null) => s && { test: s.test, testDate: s.testDate };

  it('returns nothing for no tests', () => {
    expect(bestLanguageResults([], asOf)).toEqual({ first: null, second: null, findings: [] });
  });

  it('within a language: the highest minimum level wins over a higher sum', () => {
    // IELTS: CLB 10/10/10/6 (min 6, sum 36) vs CELPIP 8×4 (min 8, sum 32).
    const a = ielts('2025-01-01', { listening: 8.5, reading: 8, writing: 7.5, speaking: 5.5 });
    const b = celpip('2024-12-01', all(8));
    const { first, second } = bestLanguageResults([a, b], asOf);
    expect(pick(first)).toEqual({ test: 'celpip_general', testDate: '2024-12-01' });
    expect(first).toEqual({ language: 'english', test: 'celpip_general', testDate: '2024-12-01', levels: all(8), validUntil: '2026-11-30' });
    expect(second).toBeNull();
  });

  it('then the highest sum, then the latest date', () => {
    const low = celpip('2025-01-01', all(8));
    const high = celpip('2024-01-01', { ...all(8), speaking: 9 });
    expect(pick(bestLanguageResults([low, high], asOf).first)).toEqual({ test: 'celpip_general', testDate: '2024-01-01' });
    const older = celpip('2024-01-01', all(8));
    const newer = celpip('2024-06-01', all(8));
    expect(pick(bestLanguageResults([newer, older], asOf).first)).toEqual({ test: 'celpip_general', testDate: '2024-06-01' });
    expect(pick(bestLanguageResults([older, newer], asOf).first)).toEqual({ test: 'celpip_general', testDate: '2024-06-01' });
  });

  it('first language: the better one (min level, then sum), English on a full tie; the other is second', () => {
    const en7 = celpip('2025-01-01', all(7));
    const fr9 = tef('2025-01-01', all(503)); // NCLC 9 in reading, listening; 8 in writing (≥472); 8 in speaking (≥494)
    const r = bestLanguageResults([en7, fr9], asOf);
    expect(r.first?.language).toBe('french');
    expect(r.first?.levels).toEqual({ reading: 9, listening: 9, writing: 8, speaking: 8 });
    expect(r.second?.language).toBe('english');

    const fr7 = tef('2025-01-01', { reading: 434, writing: 428, listening: 434, speaking: 456 });
    const tie = bestLanguageResults([fr7, en7], asOf);
    expect(tie.first?.language).toBe('english');
    expect(tie.second?.language).toBe('french');

    const enSum = celpip('2025-01-01', { ...all(7), reading: 8 });
    expect(bestLanguageResults([fr7, enSum], asOf).first?.language).toBe('english');
    const frSum = tef('2025-01-01', { reading: 462, writing: 428, listening: 434, speaking: 456 });
    expect(bestLanguageResults([frSum, en7], asOf).first?.language).toBe('french');
  });

  it('the designated first language wins when available, else the better available one', () => {
    const en9 = celpip('2025-01-01', all(9));
    const fr5 = tef('2025-01-01', { reading: 352, writing: 330, listening: 352, speaking: 387 });
    const r = bestLanguageResults([en9, fr5], asOf, 'french');
    expect(r.first?.language).toBe('french');
    expect(r.first?.levels).toEqual(all(5));
    expect(r.second?.language).toBe('english');
    expect(bestLanguageResults([en9, fr5], asOf, 'english').first?.language).toBe('english');
    expect(bestLanguageResults([en9, fr5], asOf, null).first?.language).toBe('english');
    const onlyEnglish = bestLanguageResults([en9], asOf, 'french');
    expect(onlyEnglish.first?.language).toBe('english');
    expect(onlyEnglish.second).toBeNull();
    const onlyFrench = bestLanguageResults([fr5], asOf);
    expect(onlyFrench.first?.language).toBe('french');
    expect(onlyFrench.second).toBeNull();
  });

  it('ignores expired, not-accepted and future results, with a finding for each', () => {
    const expired = ielts('2023-05-31', all(9)); // valid until 2025-05-30
    const pteEarly = result('pte_core', '2024-01-29', all(90));
    const future = celpip('2025-06-02', all(12));
    const counted = celpip('2024-01-01', all(6));
    const r = bestLanguageResults([expired, pteEarly, future, counted], asOf);
    expect(pick(r.first)).toEqual({ test: 'celpip_general', testDate: '2024-01-01' });
    expect(r.findings).toEqual([
      { code: 'language_test_expired', severity: 'warning', params: { test: 'ielts_general', testDate: '2023-05-31', validUntil: '2025-05-30' } },
      { code: 'language_test_not_accepted', severity: 'warning', params: { test: 'pte_core', testDate: '2024-01-29' } },
      { code: 'language_test_in_future', severity: 'info', params: { test: 'celpip_general', testDate: '2025-06-02' } },
    ]);
  });

  it('counts a result on its last valid day and not the day after', () => {
    const r = ielts('2023-06-01', all(9)); // valid until 2025-05-31
    expect(bestLanguageResults([r], '2025-05-31').first?.levels).toEqual(all(10));
    const after = bestLanguageResults([r], '2025-06-01');
    expect(after.first).toBeNull();
    expect(after.findings.map((f) => f.code)).toEqual(['language_test_expired']);
    // A result dated on the evaluation day counts.
    expect(bestLanguageResults([r], '2023-06-01').first?.testDate).toBe('2023-06-01');
  });

  it('refuses an evaluation day before 2015-01-01', () => {
    expect(() => bestLanguageResults([], '2014-12-31')).toThrowError(RuleDateError);
  });
});

describe('language parameters', () => {
  it('are language.* parameters whose values start on 2015-01-01', () => {
    for (const p of PARAMETERS) {
      expect(p.id.startsWith('language.')).toBe(true);
      expect(p.values[0]!.from).toBe('2015-01-01');
    }
  });

  it('every table is contiguous per ability, from its lowest band to the top of its scale', () => {
    for (const p of Object.values(TEST_TABLES)) {
      for (const v of p.values) {
        if (!v.value) continue;
        for (const ability of ABILITIES) {
          const scale = v.value.scales[ability];
          const bands = v.value.bands[ability];
          expect(bands.map((b) => b.level)).toEqual([10, 9, 8, 7, 6, 5, 4]);
          expect(bands[0]!.max).toBe(scale.max);
          for (let i = 0; i < bands.length; i++) {
            const b = bands[i]!;
            expect(b.min).toBeLessThanOrEqual(b.max);
            expect(b.min).toBeGreaterThan(scale.min);
            if (i > 0) expect(b.max + scale.step).toBe(bands[i - 1]!.min);
          }
        }
      }
    }
  });
});

describe('language messages', () => {
  const params = { test: 'tef_canada', testDate: '2023-05-31', validUntil: '2025-05-30' };
  it.each(['language_test_expired', 'language_test_not_accepted', 'language_test_in_future'])('finding.%s is worded in French and English', (code) => {
    const entry = MESSAGES[`finding.${code}`]!;
    const en = String(new IntlMessageFormat(entry.en, 'en-CA').format(params));
    const fr = String(new IntlMessageFormat(entry.fr, 'fr-CA').format(params));
    expect(en).toContain('TEF Canada');
    expect(fr).toContain('TEF Canada');
    expect(en).toContain('2023-05-31');
    expect(fr).not.toBe(en);
  });

  it('names every test in both languages', () => {
    for (const test of LANGUAGE_TESTS) {
      expect(MESSAGES[`language.test.${test}`]?.en).toBeTruthy();
      expect(MESSAGES[`language.test.${test}`]?.fr).toBeTruthy();
      const wording = new IntlMessageFormat(MESSAGES['finding.language_test_in_future']!.fr, 'fr-CA').format({ test, testDate: '2025-01-01' });
      expect(String(wording)).toContain(MESSAGES[`language.test.${test}`]!.fr);
    }
  });
});

describe('minimumScoreFor', () => {
  it('gives the lowest raw score that reaches a level, which converts back to that level', async () => {
    const { minimumScoreFor, clbLevels } = await import('../src/domain/language.ts');
    expect(minimumScoreFor('celpip_general', '2025-01-01', 'reading', 9)).toBe(9);
    expect(minimumScoreFor('ielts_general', '2025-01-01', 'listening', 9)).toBe(8);
    expect(minimumScoreFor('pte_core', '2024-01-29', 'reading', 7)).toBeNull(); // not accepted yet
    for (const test of ['ielts_general', 'celpip_general', 'tef_canada', 'tcf_canada'] as const) {
      for (let level = 4; level <= 10; level++) {
        const score = minimumScoreFor(test, '2025-01-01', 'writing', level)!;
        const scores = { speaking: score, listening: score, reading: score, writing: score };
        expect(clbLevels({ test, testDate: '2025-01-01', scores }).writing).toBeGreaterThanOrEqual(level);
      }
    }
    expect(minimumScoreFor('ielts_general', '2025-01-01', 'writing', 13)).toBeNull();
  });
});
