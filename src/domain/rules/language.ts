// Language tests → CLB/NCLC as dated parameters (rules.md §2): one conversion table per designated test, and the
// validity of a result.
//
// Which value applies to a result is chosen by the result's TEST DATE, not by the evaluation day: a raw score is
// on the scale of the day the test was taken. This is what TEF Canada's change needs (rules.md §2.4–2.5: the 0–699
// table applies to tests taken on or after 2023-12-11, the legacy table to tests taken before, whatever the day
// of evaluation), so `language.tef_canada.table` holds the legacy table from EPOCH and the new one from 2023-12-11,
// and the legacy table stays reachable as the value in force on any day before 2023-12-11. The other tests never
// changed scale, so choosing by test date changes nothing for them.
//
// A test is accepted for a result when its table is not null on the test date (null = not a designated test yet):
// PTE Core from 2024-01-30, TCF Canada from November 2018. src/domain/language.ts reads these.
import { EPOCH, parameter, type Parameter, type Reference } from './parameter.ts';
import type { Ability, LanguageTest } from '../vocabulary.ts';
import { MI_LAUNCH, MI_2017, citing } from './references.ts';

// ── Value shapes ────────────────────────────────────────────────────────────────────────────────────────────────

/** The raw-score scale of one ability of a test: scores run from `min` to `max` in steps of `step`. */
export interface ScoreScale {
  min: number;
  max: number;
  step: number;
}

/** Raw scores `min`..`max` (inclusive) are CLB/NCLC `level`. */
export interface ScoreBand {
  level: number;
  min: number;
  max: number;
}

/** A test's conversion table as IRCC prints it. */
export interface TestTable {
  scales: Readonly<Record<Ability, ScoreScale>>;
  /** Per ability, highest level first, contiguous; a score below the lowest band is level 0 ("below CLB 4"). */
  bands: Readonly<Record<Ability, readonly ScoreBand[]>>;
}

type Range = readonly [min: number, max: number];
/** One printed row of an IRCC chart, in the charts' column order: reading, writing, listening, speaking. */
type Row = readonly [level: number, reading: Range, writing: Range, listening: Range, speaking: Range];

const COLUMNS = ['reading', 'writing', 'listening', 'speaking'] as const;

/** Builds a table from its printed rows (highest level first). */
function table(scales: Record<Ability, ScoreScale>, rows: readonly Row[]): TestTable {
  const bands: Record<Ability, ScoreBand[]> = { speaking: [], listening: [], reading: [], writing: [] };
  for (const [level, ...ranges] of rows) {
    COLUMNS.forEach((ability, i) => {
      const [min, max] = ranges[i]!;
      bands[ability].push({ level, min, max });
    });
  }
  return { scales, bands };
}

const same = (scale: ScoreScale): Record<Ability, ScoreScale> => ({ speaking: scale, listening: scale, reading: scale, writing: scale });

// ── References ──────────────────────────────────────────────────────────────────────────────────────────────────

const LANGUAGE_PAGE: Reference = {
  title: 'IRCC, Express Entry: Language test equivalency charts (Documents – language test results)',
  url: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/language-test.html',
};
const IRCC_TOOL: Reference = {
  title: 'IRCC CRS tool (copy of official_crs_tool.js, May 2025): per-test score bands (rules.md source S4)',
};
const MI_2017_CITED: Reference = citing(MI_2017, 'language results less than 2 years old');
const TEF_2023: Reference = {
  title: 'IRCC chart “TEF Canada (après le 11 décembre 2023)”, reproduced in two independent public files (rules.md §2.4)',
  url: LANGUAGE_PAGE.url!,
};
const PTE_2024: Reference = {
  title: 'IRCC designation of PTE Core for economic immigration, accepted from 30 Jan 2024 (rules.md §2, §9; cicnews.com 7 Feb 2024)',
  url: LANGUAGE_PAGE.url!,
};
const TCF_2018: Reference = {
  title: 'IRCC designation of the CIEP and TCF Canada for economic immigration, National Francophone Immigration Week 2018 (cicnews.com, 10 Nov 2018)',
  url: 'https://www.cicnews.com/2018/11/ircc-now-accepting-results-of-new-tcf-canada-test-as-proof-of-french-language-ability-1111416.html',
};

const label = (en: string, fr: string) => ({ en, fr });

// ── Tables (rules.md §2.1–2.6) ──────────────────────────────────────────────────────────────────────────────────

/** rules.md §2.2. IELTS bands 0–9 by halves. */
const IELTS: TestTable = table(same({ min: 0, max: 9, step: 0.5 }), [
  //  CLB  reading     writing     listening   speaking
  [10, [8.0, 9.0], [7.5, 9.0], [8.5, 9.0], [7.5, 9.0]],
  [9, [7.0, 7.5], [7.0, 7.0], [8.0, 8.0], [7.0, 7.0]],
  [8, [6.5, 6.5], [6.5, 6.5], [7.5, 7.5], [6.5, 6.5]],
  [7, [6.0, 6.0], [6.0, 6.0], [6.0, 7.0], [6.0, 6.0]],
  [6, [5.0, 5.5], [5.5, 5.5], [5.5, 5.5], [5.5, 5.5]],
  [5, [4.0, 4.5], [5.0, 5.0], [5.0, 5.0], [5.0, 5.0]],
  [4, [3.5, 3.5], [4.0, 4.5], [4.5, 4.5], [4.0, 4.5]],
]);

/** rules.md §2.1. CELPIP levels 1–12; the report's “M” (minimal) is entered as 0. */
const CELPIP: TestTable = table(same({ min: 0, max: 12, step: 1 }), [
  //  CLB  reading   writing   listening speaking
  [10, [10, 12], [10, 12], [10, 12], [10, 12]],
  [9, [9, 9], [9, 9], [9, 9], [9, 9]],
  [8, [8, 8], [8, 8], [8, 8], [8, 8]],
  [7, [7, 7], [7, 7], [7, 7], [7, 7]],
  [6, [6, 6], [6, 6], [6, 6], [6, 6]],
  [5, [5, 5], [5, 5], [5, 5], [5, 5]],
  [4, [4, 4], [4, 4], [4, 4], [4, 4]],
]);

/** rules.md §2.3. PTE Core scores 10–90. */
const PTE_CORE: TestTable = table(same({ min: 10, max: 90, step: 1 }), [
  //  CLB  reading   writing   listening speaking
  [10, [88, 90], [90, 90], [89, 90], [89, 90]],
  [9, [78, 87], [88, 89], [82, 88], [84, 88]],
  [8, [69, 77], [79, 87], [71, 81], [76, 83]],
  [7, [60, 68], [69, 78], [60, 70], [68, 75]],
  [6, [51, 59], [60, 68], [50, 59], [59, 67]],
  [5, [42, 50], [51, 59], [39, 49], [51, 58]],
  [4, [33, 41], [41, 50], [28, 38], [42, 50]],
]);

/** rules.md §2.5. TEF Canada before 2023-12-11: reading /300, writing /450, listening /360, speaking /450. */
const TEF_LEGACY: TestTable = table(
  {
    reading: { min: 0, max: 300, step: 1 },
    writing: { min: 0, max: 450, step: 1 },
    listening: { min: 0, max: 360, step: 1 },
    speaking: { min: 0, max: 450, step: 1 },
  },
  [
    //  NCLC reading     writing     listening   speaking
    [10, [263, 300], [393, 450], [316, 360], [393, 450]],
    [9, [248, 262], [371, 392], [298, 315], [371, 392]],
    [8, [233, 247], [349, 370], [280, 297], [349, 370]],
    [7, [207, 232], [310, 348], [249, 279], [310, 348]],
    [6, [181, 206], [271, 309], [217, 248], [271, 309]],
    [5, [151, 180], [226, 270], [181, 216], [226, 270]],
    [4, [121, 150], [181, 225], [145, 180], [181, 225]],
  ],
);

/** rules.md §2.4. TEF Canada on or after 2023-12-11: every ability 0–699. */
const TEF_2023_SCALE: TestTable = table(same({ min: 0, max: 699, step: 1 }), [
  //  NCLC reading     writing     listening   speaking
  [10, [546, 699], [558, 699], [546, 699], [556, 699]],
  [9, [503, 545], [512, 557], [503, 545], [518, 555]],
  [8, [462, 502], [472, 511], [462, 502], [494, 517]],
  [7, [434, 461], [428, 471], [434, 461], [456, 493]],
  [6, [393, 433], [379, 427], [393, 433], [422, 455]],
  [5, [352, 392], [330, 378], [352, 392], [387, 421]],
  [4, [306, 351], [268, 329], [306, 351], [328, 386]],
]);

/**
 * rules.md §2.6. TCF Canada: comprehension (reading, listening) on 0–699 as the shared data gives it (France Éducation
 * international reports 100–699; 0 is kept as the floor so no real score is refused), expression (writing, speaking) 0–20.
 */
const TCF: TestTable = table(
  {
    reading: { min: 0, max: 699, step: 1 },
    writing: { min: 0, max: 20, step: 1 },
    listening: { min: 0, max: 699, step: 1 },
    speaking: { min: 0, max: 20, step: 1 },
  },
  [
    //  NCLC reading     writing   listening   speaking
    [10, [549, 699], [16, 20], [549, 699], [16, 20]],
    [9, [524, 548], [14, 15], [523, 548], [14, 15]],
    [8, [499, 523], [12, 13], [503, 522], [12, 13]],
    [7, [453, 498], [10, 11], [458, 502], [10, 11]],
    [6, [406, 452], [7, 9], [398, 457], [7, 9]],
    [5, [375, 405], [6, 6], [369, 397], [6, 6]],
    [4, [342, 374], [4, 5], [331, 368], [4, 5]],
  ],
);

// ── Parameters ──────────────────────────────────────────────────────────────────────────────────────────────────

export const IELTS_GENERAL_TABLE = parameter<TestTable | null>({
  id: 'language.ielts_general.table',
  label: label('IELTS General Training → CLB, per ability', 'IELTS (formation générale) → NCLC, par compétence'),
  description: label(
    'CLB level per ability by band score (rules.md §2.2), chosen by test date. The Academic version is not accepted.',
    'Niveau NCLC par compétence selon la note de bande (rules.md §2.2), choisi selon la date du test. La version Academic n’est pas acceptée.',
  ),
  values: [{ from: EPOCH, value: IELTS, references: [LANGUAGE_PAGE, IRCC_TOOL, MI_LAUNCH] }],
});

export const CELPIP_GENERAL_TABLE = parameter<TestTable | null>({
  id: 'language.celpip_general.table',
  label: label('CELPIP-General → CLB, per ability', 'CELPIP – Général → NCLC, par compétence'),
  description: label(
    'CLB level per ability by CELPIP level (rules.md §2.1), chosen by test date; “M” counts as 0. CELPIP-General LS is not accepted.',
    'Niveau NCLC par compétence selon le niveau CELPIP (rules.md §2.1), choisi selon la date du test ; « M » vaut 0. Le CELPIP – Général LS n’est pas accepté.',
  ),
  values: [{ from: EPOCH, value: CELPIP, references: [LANGUAGE_PAGE, IRCC_TOOL, MI_LAUNCH] }],
});

export const PTE_CORE_TABLE = parameter<TestTable | null>({
  id: 'language.pte_core.table',
  label: label('PTE Core → CLB, per ability', 'PTE Core → NCLC, par compétence'),
  description: label(
    'CLB level per ability by PTE Core score (rules.md §2.3), chosen by test date; null while PTE Core was not a designated test. PTE Academic is not accepted.',
    'Niveau NCLC par compétence selon la note PTE Core (rules.md §2.3), choisi selon la date du test ; nul tant que le PTE Core n’était pas un test désigné. Le PTE Academic n’est pas accepté.',
  ),
  values: [
    {
      from: EPOCH,
      value: null,
      references: [LANGUAGE_PAGE, PTE_2024],
      note: 'Not a designated test before 30 Jan 2024: results taken earlier are not accepted.',
    },
    {
      from: '2024-01-30',
      value: PTE_CORE,
      references: [LANGUAGE_PAGE, PTE_2024, IRCC_TOOL],
      unsure:
        'A 2026 calculator cites a June 2026 Pearson PTE Core to CLB table; no changed band was found, but the live IRCC table should be re-checked (rules.md §2.3).',
      note: 'Accepted from 30 Jan 2024; first sittings 12 Feb 2024.',
    },
  ],
});

export const TEF_CANADA_TABLE = parameter<TestTable | null>({
  id: 'language.tef_canada.table',
  label: label('TEF Canada → NCLC, per ability', 'TEF Canada → NCLC, par compétence'),
  description: label(
    'NCLC level per ability (rules.md §2.4–2.5), chosen by TEST DATE: tests taken before 2023-12-11 use the legacy scale (value before that day), tests taken on or after it use the 0–699 scale.',
    'Niveau NCLC par compétence (rules.md §2.4–2.5), choisi selon la DATE DU TEST : les tests passés avant le 2023-12-11 suivent l’ancienne échelle (valeur d’avant ce jour), ceux passés à partir de ce jour l’échelle de 0 à 699.',
  ),
  values: [
    {
      from: EPOCH,
      value: TEF_LEGACY,
      references: [LANGUAGE_PAGE, IRCC_TOOL, MI_LAUNCH],
      note: 'Legacy scale: reading /300, listening /360, writing and speaking /450.',
    },
    {
      from: '2023-12-11',
      value: TEF_2023_SCALE,
      references: [TEF_2023, LANGUAGE_PAGE],
      unsure: 'The May 2025 copy of the IRCC CRS tool still carried only the legacy scale; the new table comes from two public reproductions of the IRCC chart (rules.md §2.4, §10 item 7).',
    },
  ],
});

export const TCF_CANADA_TABLE = parameter<TestTable | null>({
  id: 'language.tcf_canada.table',
  label: label('TCF Canada → NCLC, per ability', 'TCF Canada → NCLC, par compétence'),
  description: label(
    'NCLC level per ability (rules.md §2.6), chosen by test date; null before TCF Canada was designated (November 2018).',
    'Niveau NCLC par compétence (rules.md §2.6), choisi selon la date du test ; nul avant la désignation du TCF Canada (novembre 2018).',
  ),
  values: [
    {
      from: EPOCH,
      value: null,
      references: [TCF_2018, LANGUAGE_PAGE],
      note: 'Before November 2018 TEF Canada was the only designated French test.',
    },
    {
      from: '2018-11-10',
      value: TCF,
      references: [TCF_2018, LANGUAGE_PAGE, IRCC_TOOL],
      unsure:
        'rules.md gives no designation date; news of 10 Nov 2018 says IRCC is “now accepting” TCF Canada while other reports say “as of December 2018”, so the exact first day is not confirmed.',
    },
  ],
});

/** How long a result stays valid, in years from its test date (rules.md §2 “Validity”, §7.1). */
export const RESULT_VALIDITY_YEARS = parameter<number>({
  id: 'language.result_validity_years',
  label: label('Language test result validity (years)', 'Durée de validité d’un résultat de test de langue (années)'),
  description: label(
    'A result counts while it is less than this many years old (from the test result date). Chosen by test date.',
    'Un résultat compte tant qu’il date de moins de ce nombre d’années (à partir de la date du résultat). Choisi selon la date du test.',
  ),
  values: [
    {
      from: EPOCH,
      value: 2,
      references: [LANGUAGE_PAGE, MI_LAUNCH, MI_2017_CITED],
      unsure:
        'rules.md dates the explicit Express Entry wording (“less than 2 years old” throughout, expiry removes the profile) to MI 2017-1 of 6 Jun 2017; the same 2-year limit is assumed from launch, as IRCC required results under 2 years old at application before that.',
    },
  ],
});

/** The conversion table parameter of each test. */
export const TEST_TABLES = {
  ielts_general: IELTS_GENERAL_TABLE,
  celpip_general: CELPIP_GENERAL_TABLE,
  pte_core: PTE_CORE_TABLE,
  tef_canada: TEF_CANADA_TABLE,
  tcf_canada: TCF_CANADA_TABLE,
} as const satisfies Record<LanguageTest, Parameter<TestTable | null>>;

export const PARAMETERS: readonly Parameter<unknown>[] = [
  IELTS_GENERAL_TABLE,
  CELPIP_GENERAL_TABLE,
  PTE_CORE_TABLE,
  TEF_CANADA_TABLE,
  TCF_CANADA_TABLE,
  RESULT_VALIDITY_YEARS,
];
