// Cross-check of every row of the shared equivalency data (../shared/data/language/language_test_clb_equivalency.csv,
// see the data README §3) against clbLevels: both ends of each range convert to its level, one step below to less.
// Known difference: the CSV's PTE Core CLB 3 rows come from IRCC's post-graduation work permit page; the Express
// Entry chart (rules.md §2.3, IRCC tool) stops at CLB 4 and puts everything below in "below CLB 4", which clbLevels
// returns as 0. Those rows are checked to give 0 (it changes no CRS points or program minimum, all of which start at 4).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { clbLevels, scoresOutOfScale } from '../src/domain/language.ts';
import { ABILITIES, type Ability, type IsoDate, type LanguageTest, type LanguageTestResult } from '../src/domain/vocabulary.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const dataDir = process.env.EE_DATA_DIR ?? path.resolve(repoRoot, '../shared/data');
const csvFile = path.join(dataDir, 'language', 'language_test_clb_equivalency.csv');
const present = existsSync(csvFile);

interface Row {
  test: string;
  test_variant: string;
  language: string;
  level: string;
  ability: string;
  score_min: string;
  score_max: string;
}

const rows: Row[] = present ? parse(readFileSync(csvFile, 'utf8'), { columns: true, skip_empty_lines: true }) : [];

const TESTS: Record<string, { test: LanguageTest; step: number; language: string }> = {
  'IELTS General Training': { test: 'ielts_general', step: 0.5, language: 'english' },
  'CELPIP-General': { test: 'celpip_general', step: 1, language: 'english' },
  'PTE Core': { test: 'pte_core', step: 1, language: 'english' },
  'TEF Canada': { test: 'tef_canada', step: 1, language: 'french' },
  'TCF Canada': { test: 'tcf_canada', step: 1, language: 'french' },
};

/** A test date on which the row's table applies: TEF's two scales are split by test date (2023-12-11). */
function testDateFor(row: Row): IsoDate {
  if (row.test === 'TEF Canada') return row.test_variant === '0-699 scale' ? '2023-12-11' : '2023-12-10';
  return '2025-06-01';
}

function levelAt(test: LanguageTest, testDate: IsoDate, ability: Ability, score: number): { level: number; outOfScale: boolean } {
  // Other abilities get the same score; only `ability` is read.
  const result: LanguageTestResult = { test, testDate, scores: { speaking: score, listening: score, reading: score, writing: score } };
  return { level: clbLevels(result)[ability], outOfScale: scoresOutOfScale(result).some((s) => s.ability === ability) };
}

const title = present
  ? `language_test_clb_equivalency.csv (${csvFile})`
  : `SKIPPED: ${csvFile} not found; set EE_DATA_DIR to the shared data directory to cross-check the CLB tables`;

describe.skipIf(!present)(title, () => {
  it('has the documented 172 rows, all for known tests and abilities', () => {
    expect(rows.length).toBe(172);
    for (const row of rows) {
      expect(TESTS[row.test], row.test).toBeDefined();
      expect(ABILITIES).toContain(row.ability);
      expect(row.language).toBe(TESTS[row.test]!.language);
    }
  });

  it.each(rows.map((row) => [`${row.test} ${row.test_variant} ${row.ability} level ${row.level}: ${row.score_min}–${row.score_max}`, row] as const))(
    '%s',
    (_name, row) => {
      const { test, step } = TESTS[row.test]!;
      const date = testDateFor(row);
      const ability = row.ability as Ability;
      const level = Number(row.level);
      const min = Number(row.score_min);
      const max = Number(row.score_max);
      // CLB 3 is below the Express Entry chart's lowest band (see the header): 0.
      const expected = level >= 4 ? level : 0;
      for (const score of [min, max]) {
        const got = levelAt(test, date, ability, score);
        expect(got.outOfScale).toBe(false);
        expect(got.level).toBe(expected);
      }
      if (level >= 4) expect(levelAt(test, date, ability, min - step).level).toBeLessThan(level);
    },
  );
});
