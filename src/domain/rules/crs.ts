// The Comprehensive Ranking System (CRS) as dated parameters: every table of rules.md §1, dated by rules.md §9.
// Tables are written the way the IRCC criteria page prints them (bands, grids, caps); src/domain/crs.ts compiles
// them into flat lookup arrays once per rules version.
import { EPOCH, parameter, type Parameter, type Reference } from './parameter.ts';
import type { ArrangedEmployment, CanadianEducation, EducationLevel } from '../vocabulary.ts';
import { MI_LAUNCH, MI_2016, MI_2017, MI_CURRENT, HELP_2017 } from './references.ts';

// ── Value shapes ────────────────────────────────────────────────────────────────────────────────────────────────

/** Points with an accompanying spouse or partner, and without (rules.md §1.1 "with spouse" rule). */
export interface ModePoints {
  withSpouse: number;
  withoutSpouse: number;
}

/** A band of a level or count: applies from `from` (inclusive) up to the next band's `from`; the last band is "or more". */
export interface ModeBand extends ModePoints {
  from: number;
}

/** A band with a single column of points. */
export interface Band {
  from: number;
  points: number;
}

/**
 * A skill-transferability grid keyed by education level. `columnsFrom` gives the lower bound of the two point columns
 * (first-language CLB of the weakest ability, or years of Canadian work); below the first bound, 0 points.
 */
export interface EducationGrid {
  columnsFrom: readonly [number, number];
  rows: Readonly<Record<EducationLevel, readonly [number, number]>>;
}

/** A skill-transferability grid keyed by years of foreign work (bands); columns as in EducationGrid. */
export interface ForeignWorkGrid {
  columnsFrom: readonly [number, number];
  rows: readonly { from: number; points: readonly [number, number] }[];
}

/** Certificate of qualification + language: points by the weakest first-language ability. */
export interface CertificateGrid {
  columnsFrom: readonly [number, number];
  points: readonly [number, number];
}

/** French-language additional points (rules.md §1.5). */
export interface FrenchBonus {
  /** NCLC required in all four French abilities. */
  frenchMinimum: number;
  /** CLB required in all four English abilities for the higher amount. */
  englishMinimum: number;
  /** Points with French at the minimum and English below its minimum in some ability (or no English test). */
  frenchOnly: number;
  /** Points with French and English both at their minimums in all four abilities. */
  bilingual: number;
}

// ── References ──────────────────────────────────────────────────────────────────────────────────────────────────


const CRITERIA: Reference = {
  title: 'IRCC, Comprehensive Ranking System (CRS) criteria – Express Entry',
  url: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html',
};
const NEWS_2020: Reference = {
  title: 'IRCC news release, 27 Oct 2020: additional Express Entry points for French-speaking (15 → 25) and bilingual (30 → 50) candidates',
};
const NEWS_2024: Reference = {
  title: 'IRCC announcement, 17 Dec 2024: CRS points for arranged employment removed (in force 25 Mar 2025)',
};
const NOC_2021: Reference = {
  title: 'Statistics Canada, National Occupational Classification (NOC) 2021 Version 1.0 (used by IRCC from 16 Nov 2022)',
  url: 'https://www.statcan.gc.ca/en/subjects/standard/noc/2021/indexV1',
};

/** The table has not changed since Express Entry opened: criteria page and the launch and current instructions. */
const SINCE_LAUNCH: readonly Reference[] = [CRITERIA, MI_LAUNCH, MI_CURRENT];

const label = (en: string, fr: string) => ({ en, fr });
const desc = (en: string, fr: string) => ({ en, fr });

// ── A. Core / human capital (rules.md §1.2) ─────────────────────────────────────────────────────────────────────

export const AGE = parameter<readonly ModeBand[]>({
  id: 'crs.core.age',
  label: label('CRS core: age', 'SCG, facteurs de base : âge'),
  description: desc(
    'Points by age in completed years (rules.md §1.2.1). Max 100 with spouse, 110 without.',
    'Points selon l’âge en années révolues (rules.md §1.2.1). Maximum 100 avec époux, 110 sans.',
  ),
  values: [
    {
      from: EPOCH,
      references: SINCE_LAUNCH,
      value: [
        { from: 0, withSpouse: 0, withoutSpouse: 0 },
        { from: 18, withSpouse: 90, withoutSpouse: 99 },
        { from: 19, withSpouse: 95, withoutSpouse: 105 },
        { from: 20, withSpouse: 100, withoutSpouse: 110 },
        { from: 30, withSpouse: 95, withoutSpouse: 105 },
        { from: 31, withSpouse: 90, withoutSpouse: 99 },
        { from: 32, withSpouse: 85, withoutSpouse: 94 },
        { from: 33, withSpouse: 80, withoutSpouse: 88 },
        { from: 34, withSpouse: 75, withoutSpouse: 83 },
        { from: 35, withSpouse: 70, withoutSpouse: 77 },
        { from: 36, withSpouse: 65, withoutSpouse: 72 },
        { from: 37, withSpouse: 60, withoutSpouse: 66 },
        { from: 38, withSpouse: 55, withoutSpouse: 61 },
        { from: 39, withSpouse: 50, withoutSpouse: 55 },
        { from: 40, withSpouse: 45, withoutSpouse: 50 },
        { from: 41, withSpouse: 35, withoutSpouse: 39 },
        { from: 42, withSpouse: 25, withoutSpouse: 28 },
        { from: 43, withSpouse: 15, withoutSpouse: 17 },
        { from: 44, withSpouse: 5, withoutSpouse: 6 },
        { from: 45, withSpouse: 0, withoutSpouse: 0 },
      ],
    },
  ],
});

export const EDUCATION = parameter<Readonly<Record<EducationLevel, ModePoints>>>({
  id: 'crs.core.education',
  label: label('CRS core: level of education', 'SCG, facteurs de base : niveau de scolarité'),
  description: desc(
    'Points for the highest credential, Canadian or with an ECA under 5 years old (rules.md §1.2.2). Max 140 / 150.',
    'Points pour le diplôme le plus élevé, canadien ou avec une EDE de moins de 5 ans (rules.md §1.2.2). Maximum 140 / 150.',
  ),
  values: [
    {
      from: EPOCH,
      references: SINCE_LAUNCH,
      value: {
        none: { withSpouse: 0, withoutSpouse: 0 },
        secondary: { withSpouse: 28, withoutSpouse: 30 },
        one_year: { withSpouse: 84, withoutSpouse: 90 },
        two_year: { withSpouse: 91, withoutSpouse: 98 },
        bachelors_or_three_year: { withSpouse: 112, withoutSpouse: 120 },
        two_or_more_one_3yr: { withSpouse: 119, withoutSpouse: 128 },
        masters_or_professional: { withSpouse: 126, withoutSpouse: 135 },
        doctoral: { withSpouse: 140, withoutSpouse: 150 },
      },
    },
  ],
});

export const FIRST_LANGUAGE = parameter<readonly ModeBand[]>({
  id: 'crs.core.first_language',
  label: label('CRS core: first official language, per ability', 'SCG, facteurs de base : première langue officielle, par compétence'),
  description: desc(
    'Points per ability (speaking, listening, reading, writing) by CLB/NCLC level, each ability scored on its own (rules.md §1.2.3). Max 32 / 34 per ability.',
    'Points par compétence (expression orale, compréhension de l’oral, compréhension de l’écrit, expression écrite) selon le niveau NCLC/CLB, chaque compétence à part (rules.md §1.2.3). Maximum 32 / 34 par compétence.',
  ),
  values: [
    {
      from: EPOCH,
      references: SINCE_LAUNCH,
      note: 'CLB 4 gives 6 points for every test; the TCF row of a copy of the IRCC tool giving 0 is a defect of that copy (rules.md §1.2.3).',
      value: [
        { from: 0, withSpouse: 0, withoutSpouse: 0 },
        { from: 4, withSpouse: 6, withoutSpouse: 6 },
        { from: 6, withSpouse: 8, withoutSpouse: 9 },
        { from: 7, withSpouse: 16, withoutSpouse: 17 },
        { from: 8, withSpouse: 22, withoutSpouse: 23 },
        { from: 9, withSpouse: 29, withoutSpouse: 31 },
        { from: 10, withSpouse: 32, withoutSpouse: 34 },
      ],
    },
  ],
});

export const SECOND_LANGUAGE = parameter<readonly Band[]>({
  id: 'crs.core.second_language',
  label: label('CRS core: second official language, per ability', 'SCG, facteurs de base : seconde langue officielle, par compétence'),
  description: desc(
    'Points per ability by CLB/NCLC level, same with or without spouse (rules.md §1.2.4); the sum is capped by crs.core.second_language_cap.',
    'Points par compétence selon le niveau NCLC/CLB, identiques avec ou sans époux (rules.md §1.2.4) ; la somme est plafonnée par crs.core.second_language_cap.',
  ),
  values: [
    {
      from: EPOCH,
      references: SINCE_LAUNCH,
      value: [
        { from: 0, points: 0 },
        { from: 5, points: 1 },
        { from: 7, points: 3 },
        { from: 9, points: 6 },
      ],
    },
  ],
});

export const SECOND_LANGUAGE_CAP = parameter<ModePoints>({
  id: 'crs.core.second_language_cap',
  label: label('CRS core: second official language cap', 'SCG, facteurs de base : plafond de la seconde langue officielle'),
  description: desc(
    'Maximum for the four second-language abilities together (rules.md §1.2.4, §1.8 rule 7).',
    'Maximum pour les quatre compétences de la seconde langue ensemble (rules.md §1.2.4, §1.8 règle 7).',
  ),
  values: [{ from: EPOCH, references: SINCE_LAUNCH, value: { withSpouse: 22, withoutSpouse: 24 } }],
});

export const CANADIAN_WORK = parameter<readonly ModeBand[]>({
  id: 'crs.core.canadian_work',
  label: label('CRS core: Canadian work experience', 'SCG, facteurs de base : expérience de travail au Canada'),
  description: desc(
    'Points by completed years of skilled (TEER 0–3) Canadian work in the last 10 years (rules.md §1.2.5). Max 70 / 80.',
    'Points selon les années complètes de travail qualifié (FÉER 0 à 3) au Canada au cours des 10 dernières années (rules.md §1.2.5). Maximum 70 / 80.',
  ),
  values: [
    {
      from: EPOCH,
      references: SINCE_LAUNCH,
      value: [
        { from: 0, withSpouse: 0, withoutSpouse: 0 },
        { from: 1, withSpouse: 35, withoutSpouse: 40 },
        { from: 2, withSpouse: 46, withoutSpouse: 53 },
        { from: 3, withSpouse: 56, withoutSpouse: 64 },
        { from: 4, withSpouse: 63, withoutSpouse: 72 },
        { from: 5, withSpouse: 70, withoutSpouse: 80 },
      ],
    },
  ],
});

export const CORE_CAP = parameter<ModePoints>({
  id: 'crs.core.cap',
  label: label('CRS core: maximum', 'SCG, facteurs de base : maximum'),
  description: desc(
    'Maximum of block A (rules.md §1.1). The tables never exceed it; the scorer checks this when it compiles a rules version.',
    'Maximum du bloc A (rules.md §1.1). Les grilles ne le dépassent jamais ; le calcul le vérifie en compilant chaque version des règles.',
  ),
  values: [{ from: EPOCH, references: SINCE_LAUNCH, value: { withSpouse: 460, withoutSpouse: 500 } }],
});

// ── B. Spouse or common-law partner (rules.md §1.3) ─────────────────────────────────────────────────────────────

export const SPOUSE_EDUCATION = parameter<Readonly<Record<EducationLevel, number>>>({
  id: 'crs.spouse.education',
  label: label('CRS spouse: level of education', 'SCG, époux ou conjoint : niveau de scolarité'),
  description: desc(
    'Points for the accompanying spouse’s or partner’s highest credential (rules.md §1.3). Max 10.',
    'Points pour le diplôme le plus élevé de l’époux ou du conjoint qui accompagne (rules.md §1.3). Maximum 10.',
  ),
  values: [
    {
      from: EPOCH,
      references: SINCE_LAUNCH,
      value: {
        none: 0,
        secondary: 2,
        one_year: 6,
        two_year: 7,
        bachelors_or_three_year: 8,
        two_or_more_one_3yr: 9,
        masters_or_professional: 10,
        doctoral: 10,
      },
    },
  ],
});

export const SPOUSE_LANGUAGE = parameter<readonly Band[]>({
  id: 'crs.spouse.language',
  label: label('CRS spouse: first official language, per ability', 'SCG, époux ou conjoint : première langue officielle, par compétence'),
  description: desc(
    'Points per ability of the spouse’s or partner’s first official language (rules.md §1.3). Max 5 per ability, 20 in all.',
    'Points par compétence de la première langue officielle de l’époux ou du conjoint (rules.md §1.3). Maximum 5 par compétence, 20 au total.',
  ),
  values: [
    {
      from: EPOCH,
      references: SINCE_LAUNCH,
      value: [
        { from: 0, points: 0 },
        { from: 5, points: 1 },
        { from: 7, points: 3 },
        { from: 9, points: 5 },
      ],
    },
  ],
});

export const SPOUSE_CANADIAN_WORK = parameter<readonly Band[]>({
  id: 'crs.spouse.canadian_work',
  label: label('CRS spouse: Canadian work experience', 'SCG, époux ou conjoint : expérience de travail au Canada'),
  description: desc(
    'Points by the spouse’s or partner’s completed years of Canadian work (rules.md §1.3). Max 10.',
    'Points selon les années complètes de travail au Canada de l’époux ou du conjoint (rules.md §1.3). Maximum 10.',
  ),
  values: [
    {
      from: EPOCH,
      references: SINCE_LAUNCH,
      value: [
        { from: 0, points: 0 },
        { from: 1, points: 5 },
        { from: 2, points: 7 },
        { from: 3, points: 8 },
        { from: 4, points: 9 },
        { from: 5, points: 10 },
      ],
    },
  ],
});

export const SPOUSE_CAP = parameter<number>({
  id: 'crs.spouse.cap',
  label: label('CRS spouse: maximum', 'SCG, époux ou conjoint : maximum'),
  description: desc(
    'Maximum of block B (rules.md §1.1); checked against the tables when a rules version is compiled.',
    'Maximum du bloc B (rules.md §1.1) ; vérifié contre les grilles à la compilation de chaque version des règles.',
  ),
  values: [{ from: EPOCH, references: SINCE_LAUNCH, value: 40 }],
});

// ── C. Skill transferability (rules.md §1.4) ────────────────────────────────────────────────────────────────────

// Education tiers (rules.md §1.4): one post-secondary credential of 1+ year → 13/25; two or more (one of 3+ years),
// master's, entry-to-practice professional degree or doctorate → 25/50; secondary or less → 0.
const EDUCATION_TIERS = (low: readonly [number, number], high: readonly [number, number]) => ({
  none: [0, 0] as const,
  secondary: [0, 0] as const,
  one_year: low,
  two_year: low,
  bachelors_or_three_year: low,
  two_or_more_one_3yr: high,
  masters_or_professional: high,
  doctoral: high,
});

const TIER_NOTE =
  'The 2016-1 instructions (19 Nov 2016) clarified, without changing the points, that master’s, doctoral and entry-to-practice professional degrees take the higher row (rules.md §1.4, §9).';

export const EDUCATION_LANGUAGE = parameter<EducationGrid>({
  id: 'crs.transferability.education_language',
  label: label('CRS transferability: education + official language', 'SCG, transférabilité : études et langue officielle'),
  description: desc(
    'Columns: first official language CLB 7+ in all four abilities (one or more below 9), CLB 9+ in all four (rules.md §1.4 C1).',
    'Colonnes : première langue officielle NCLC 7 ou plus dans les quatre compétences (au moins une sous 9), NCLC 9 ou plus dans les quatre (rules.md §1.4 C1).',
  ),
  values: [
    { from: EPOCH, references: SINCE_LAUNCH, note: TIER_NOTE, value: { columnsFrom: [7, 9], rows: EDUCATION_TIERS([13, 25], [25, 50]) } },
  ],
});

export const EDUCATION_CANADIAN_WORK = parameter<EducationGrid>({
  id: 'crs.transferability.education_canadian_work',
  label: label('CRS transferability: education + Canadian work experience', 'SCG, transférabilité : études et expérience de travail au Canada'),
  description: desc(
    'Columns: 1 year of Canadian work, 2 years or more (rules.md §1.4 C2).',
    'Colonnes : 1 an de travail au Canada, 2 ans ou plus (rules.md §1.4 C2).',
  ),
  values: [
    { from: EPOCH, references: SINCE_LAUNCH, note: TIER_NOTE, value: { columnsFrom: [1, 2], rows: EDUCATION_TIERS([13, 25], [25, 50]) } },
  ],
});

export const EDUCATION_CAP = parameter<number>({
  id: 'crs.transferability.education_cap',
  label: label('CRS transferability: education combinations cap', 'SCG, transférabilité : plafond des combinaisons avec les études'),
  description: desc('Education + language and education + Canadian work together (rules.md §1.4).', 'Études et langue, études et travail au Canada ensemble (rules.md §1.4).'),
  values: [{ from: EPOCH, references: SINCE_LAUNCH, value: 50 }],
});

const FOREIGN_ROWS = [
  { from: 1, points: [13, 25] as const },
  { from: 3, points: [25, 50] as const },
];

export const FOREIGN_WORK_LANGUAGE = parameter<ForeignWorkGrid>({
  id: 'crs.transferability.foreign_work_language',
  label: label('CRS transferability: foreign work experience + official language', 'SCG, transférabilité : expérience de travail à l’étranger et langue officielle'),
  description: desc(
    'Rows: 1 or 2 years, 3 years or more of foreign skilled work; columns: CLB 7+ (one or more below 9), CLB 9+ in all four (rules.md §1.4 C3).',
    'Lignes : 1 ou 2 ans, 3 ans ou plus de travail qualifié à l’étranger ; colonnes : NCLC 7 ou plus (au moins une sous 9), NCLC 9 ou plus dans les quatre (rules.md §1.4 C3).',
  ),
  values: [{ from: EPOCH, references: SINCE_LAUNCH, value: { columnsFrom: [7, 9], rows: FOREIGN_ROWS } }],
});

export const FOREIGN_WORK_CANADIAN_WORK = parameter<ForeignWorkGrid>({
  id: 'crs.transferability.foreign_work_canadian_work',
  label: label('CRS transferability: foreign + Canadian work experience', 'SCG, transférabilité : expérience de travail à l’étranger et au Canada'),
  description: desc(
    'Rows: 1 or 2 years, 3 years or more of foreign work; columns: 1 year of Canadian work, 2 years or more (rules.md §1.4 C4).',
    'Lignes : 1 ou 2 ans, 3 ans ou plus de travail à l’étranger ; colonnes : 1 an de travail au Canada, 2 ans ou plus (rules.md §1.4 C4).',
  ),
  values: [{ from: EPOCH, references: SINCE_LAUNCH, value: { columnsFrom: [1, 2], rows: FOREIGN_ROWS } }],
});

export const FOREIGN_WORK_CAP = parameter<number>({
  id: 'crs.transferability.foreign_work_cap',
  label: label('CRS transferability: foreign work combinations cap', 'SCG, transférabilité : plafond des combinaisons avec le travail à l’étranger'),
  description: desc('Foreign work + language and foreign + Canadian work together (rules.md §1.4).', 'Travail à l’étranger et langue, travail à l’étranger et au Canada ensemble (rules.md §1.4).'),
  values: [{ from: EPOCH, references: SINCE_LAUNCH, value: 50 }],
});

export const CERTIFICATE_LANGUAGE = parameter<CertificateGrid>({
  id: 'crs.transferability.certificate_language',
  label: label('CRS transferability: certificate of qualification + official language', 'SCG, transférabilité : certificat de compétence et langue officielle'),
  description: desc(
    'With a Canadian trade certificate of qualification: CLB 5+ in all four first-language abilities (one or more below 7) 25, CLB 7+ in all four 50 (rules.md §1.4 C5).',
    'Avec un certificat de compétence canadien dans un métier : NCLC 5 ou plus dans les quatre compétences de la première langue (au moins une sous 7) 25, NCLC 7 ou plus dans les quatre 50 (rules.md §1.4 C5).',
  ),
  values: [{ from: EPOCH, references: SINCE_LAUNCH, value: { columnsFrom: [5, 7], points: [25, 50] } }],
});

export const TRANSFERABILITY_CAP = parameter<number>({
  id: 'crs.transferability.cap',
  label: label('CRS transferability: maximum', 'SCG, transférabilité : maximum'),
  description: desc('Maximum of block C (rules.md §1.1, §1.4).', 'Maximum du bloc C (rules.md §1.1, §1.4).'),
  values: [{ from: EPOCH, references: SINCE_LAUNCH, value: 100 }],
});

// ── D. Additional points (rules.md §1.5, history §9) ────────────────────────────────────────────────────────────

export const PROVINCIAL_NOMINATION = parameter<number>({
  id: 'crs.additional.provincial_nomination',
  label: label('CRS additional: provincial or territorial nomination', 'SCG, points supplémentaires : désignation provinciale ou territoriale'),
  description: desc('Points for an Express Entry–aligned nomination (rules.md §1.5, §9).', 'Points pour une désignation alignée sur Entrée express (rules.md §1.5, §9).'),
  values: [{ from: EPOCH, references: SINCE_LAUNCH, value: 600 }],
});

export const ARRANGED_EMPLOYMENT = parameter<Readonly<Record<ArrangedEmployment, number>>>({
  id: 'crs.additional.arranged_employment',
  label: label('CRS additional: arranged employment (job offer)', 'SCG, points supplémentaires : emploi réservé (offre d’emploi)'),
  description: desc(
    'Points for a qualifying offer of arranged employment, by NOC 2021 class of the job (rules.md §1.5, §9).',
    'Points pour une offre d’emploi réservé admissible, selon la classe CNP 2021 du poste (rules.md §1.5, §9).',
  ),
  values: [
    {
      from: EPOCH,
      references: [MI_LAUNCH, CRITERIA],
      note: 'At launch, 600 for a qualifying (LMIA-supported) offer in NOC 2011 skill type 0 or level A or B, whatever the group; nomination and job offer together still give 600, the cap of additional points (rules.md §9).',
      value: { none: 0, major_group_00: 600, teer_0_1_2_3: 600 },
    },
    {
      from: '2016-11-19',
      references: [MI_2016, CRITERIA],
      note: '200 for NOC 2011 major group 00 (senior managers), 50 for other NOC 0, A or B offers; some LMIA-exempt offers qualify (rules.md §9).',
      value: { none: 0, major_group_00: 200, teer_0_1_2_3: 50 },
    },
    {
      from: '2022-11-16',
      references: [NOC_2021, MI_CURRENT, CRITERIA],
      note: 'Same points; from this day the classes are read in NOC 2021 terms: major group 00, and TEER 0, 1, 2 or 3 (rules.md §8, §9).',
      value: { none: 0, major_group_00: 200, teer_0_1_2_3: 50 },
    },
    {
      from: '2025-03-25',
      references: [MI_CURRENT, NEWS_2024],
      note: 'Points removed for all pool candidates (invitations already issued keep theirs); the definition of a qualifying offer stays in the instructions. A reported high-wage-occupation factor from 3 Nov 2026 is not modelled: unverified, no point values (rules.md §9, §10).',
      value: { none: 0, major_group_00: 0, teer_0_1_2_3: 0 },
    },
  ],
});

export const CANADIAN_EDUCATION = parameter<Readonly<Record<CanadianEducation, number>>>({
  id: 'crs.additional.canadian_education',
  label: label('CRS additional: Canadian post-secondary education', 'SCG, points supplémentaires : études postsecondaires au Canada'),
  description: desc(
    'Points for a Canadian post-secondary credential: one- or two-year, or three years or more / master’s / professional / doctoral (rules.md §1.5, §9).',
    'Points pour un diplôme postsecondaire canadien : programme d’un ou deux ans, ou de trois ans ou plus / maîtrise / diplôme professionnel / doctorat (rules.md §1.5, §9).',
  ),
  values: [
    {
      from: EPOCH,
      references: [MI_LAUNCH, MI_2016],
      note: 'Not in force: Canadian-education points were added on 19 Nov 2016 (rules.md §9).',
      value: { none: 0, one_or_two_year: 0, three_year_plus: 0 },
    },
    { from: '2016-11-19', references: [MI_2016, CRITERIA], value: { none: 0, one_or_two_year: 15, three_year_plus: 30 } },
  ],
});

export const SIBLING = parameter<number>({
  id: 'crs.additional.sibling',
  label: label('CRS additional: brother or sister in Canada', 'SCG, points supplémentaires : frère ou sœur au Canada'),
  description: desc(
    'Points when the candidate or the accompanying spouse has a brother or sister 18+ living in Canada, citizen or PR (rules.md §1.5, §9).',
    'Points lorsque le candidat ou l’époux qui l’accompagne a un frère ou une sœur de 18 ans ou plus vivant au Canada, citoyen ou résident permanent (rules.md §1.5, §9).',
  ),
  values: [
    {
      from: EPOCH,
      references: [MI_LAUNCH, MI_2017],
      note: 'Not in force: sibling points were added on 6 Jun 2017 (rules.md §9).',
      value: 0,
    },
    { from: '2017-06-06', references: [MI_2017, HELP_2017, CRITERIA], value: 15 },
  ],
});

export const FRENCH = parameter<FrenchBonus>({
  id: 'crs.additional.french',
  label: label('CRS additional: French-language skills', 'SCG, points supplémentaires : compétences en français'),
  description: desc(
    'Points for NCLC 7+ in all four French abilities: the lower amount when English is below CLB 5 in some ability or untested, the higher with CLB 5+ in all four English abilities; whether French is the first or second official language (rules.md §1.5, §9).',
    'Points pour un NCLC 7 ou plus dans les quatre compétences en français : le montant inférieur si l’anglais est sous CLB 5 dans une compétence ou non évalué, le montant supérieur avec CLB 5 ou plus dans les quatre compétences en anglais ; que le français soit la première ou la seconde langue officielle (rules.md §1.5, §9).',
  ),
  values: [
    {
      from: EPOCH,
      references: [MI_LAUNCH, MI_2017],
      note: 'Not in force: French-language points were added on 6 Jun 2017 (rules.md §9).',
      value: { frenchMinimum: 7, englishMinimum: 5, frenchOnly: 0, bilingual: 0 },
    },
    {
      from: '2017-06-06',
      references: [MI_2017, HELP_2017],
      value: { frenchMinimum: 7, englishMinimum: 5, frenchOnly: 15, bilingual: 30 },
    },
    {
      from: '2020-10-27',
      references: [NEWS_2020, CRITERIA, MI_CURRENT],
      unsure: 'Announced on 27 Oct 2020, but several IRCC-derived reprints say the points applied from 20 Oct 2020 (rules.md §9, §10 item 8).',
      value: { frenchMinimum: 7, englishMinimum: 5, frenchOnly: 25, bilingual: 50 },
    },
  ],
});

export const ADDITIONAL_CAP = parameter<number>({
  id: 'crs.additional.cap',
  label: label('CRS additional points: maximum', 'SCG, points supplémentaires : maximum'),
  description: desc('Maximum of block D (rules.md §1.1, §1.5).', 'Maximum du bloc D (rules.md §1.1, §1.5).'),
  values: [{ from: EPOCH, references: SINCE_LAUNCH, value: 600 }],
});

export const TOTAL_CAP = parameter<number>({
  id: 'crs.total_cap',
  label: label('CRS: maximum score', 'SCG : note maximale'),
  description: desc(
    'Maximum CRS score; core and spouse together at most 500, with transferability at most 600 (rules.md §1.1). Checked against the tables when a rules version is compiled.',
    'Note SCG maximale ; facteurs de base et époux ensemble au plus 500, avec la transférabilité au plus 600 (rules.md §1.1). Vérifiée contre les grilles à la compilation de chaque version des règles.',
  ),
  values: [{ from: EPOCH, references: SINCE_LAUNCH, value: 1200 }],
});

export const PARAMETERS: readonly Parameter<unknown>[] = [
  AGE,
  EDUCATION,
  FIRST_LANGUAGE,
  SECOND_LANGUAGE,
  SECOND_LANGUAGE_CAP,
  CANADIAN_WORK,
  CORE_CAP,
  SPOUSE_EDUCATION,
  SPOUSE_LANGUAGE,
  SPOUSE_CANADIAN_WORK,
  SPOUSE_CAP,
  EDUCATION_LANGUAGE,
  EDUCATION_CANADIAN_WORK,
  EDUCATION_CAP,
  FOREIGN_WORK_LANGUAGE,
  FOREIGN_WORK_CANADIAN_WORK,
  FOREIGN_WORK_CAP,
  CERTIFICATE_LANGUAGE,
  TRANSFERABILITY_CAP,
  PROVINCIAL_NOMINATION,
  ARRANGED_EMPLOYMENT,
  CANADIAN_EDUCATION,
  SIBLING,
  FRENCH,
  ADDITIONAL_CAP,
  TOTAL_CAP,
];
