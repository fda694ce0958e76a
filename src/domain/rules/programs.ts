// The three Express Entry programs (FSW, CEC, FST), proof of funds and ECA validity as dated parameters:
// rules.md §3 (FSW), §4 (CEC), §5 (FST), §6 (funds), §1.2.2/§7.1 (ECA), §8–9 (NOC 2021 switch of 2022-11-16).
// Arithmetic lives in src/domain/work.ts, education.ts and eligibility.ts; this file only holds the law's numbers.
import { EPOCH, parameter, type Parameter, type Reference } from './parameter.ts';
import type { Ability, EducationLevel } from '../vocabulary.ts';
import { MI_LAUNCH, MI_2016, MI_2017, MI_CURRENT } from './references.ts';

// ── Value shapes ────────────────────────────────────────────────────────────────────────────────────────────────

/** A band: applies from `from` (inclusive) up to the next band's `from`; the last band is "or more". */
export interface Band {
  from: number;
  points: number;
}

/**
 * Which NOC 2021 unit groups are "skilled" for Express Entry work experience (FSW, CEC, CRS work years).
 * A code is skilled when its TEER (2nd digit) is listed, or it is in `alsoSkilled`, and it is not in `notSkilled`.
 */
export interface SkilledOccupations {
  teers: readonly number[];
  alsoSkilled: readonly string[];
  notSkilled: readonly string[];
}

/** FST eligible trades, on NOC 2021 codes: a code is a trade when it falls in a listed group and in no excluded one. */
export interface TradeGroups {
  /** 2-digit major groups. */
  majorGroups: readonly string[];
  /** 3-digit sub-major groups excluded from their major group. */
  excludedSubMajorGroups: readonly string[];
  /** 4-digit minor groups. */
  minorGroups: readonly string[];
  /** 5-digit unit groups. */
  unitGroups: readonly string[];
  /** 5-digit unit groups excluded although their group is listed. */
  excludedUnitGroups: readonly string[];
}

/** What makes a job offer "qualifying" (IRPR s. 82; the Express Entry instructions reuse it). */
export interface QualifyingJobOffer {
  /** Minimum duration after permanent residence, in months. */
  minDurationMonths: number;
  /** Before 2016-11-19 the offer had to be for an indeterminate period (profiles record months only). */
  indeterminateRequired: boolean;
  /** Whether an LMIA-exempt offer (work-permit holder) earns CRS arranged-employment points. */
  lmiaExemptCountsForCrs: boolean;
}

/** FSW adaptability elements (rules.md §3.2 factor 6); the sum is capped at `cap`. */
export interface Adaptability {
  spouseLanguage: number;
  studyInCanada: number;
  spouseStudyInCanada: number;
  workInCanada: number;
  spouseWorkInCanada: number;
  arrangedEmployment: number;
  relativeInCanada: number;
  cap: number;
  /** CLB/NCLC the accompanying spouse needs in all four abilities. */
  spouseLanguageMinimum: number;
  /** Full-time study months that make "two academic years" (2 × 8-month academic years). */
  studyMonths: number;
}

/** Settlement funds (CAD) by family size: `byFamilySize[0]` is for 1 person … `[6]` for 7; then `eachAdditional`. */
export interface FundsTable {
  byFamilySize: readonly number[];
  eachAdditional: number;
}

/** CEC work that does not count (rules.md §4.1). */
export interface CecExclusions {
  selfEmployment: boolean;
  fullTimeStudentWork: boolean;
  /** Whether the same exclusions are applied to Canadian work years for CRS points (rules.md §1.2.5 [UNSURE]). */
  appliesToCrsCanadianWork: boolean;
}

// ── References ──────────────────────────────────────────────────────────────────────────────────────────────────

const IRCC = 'https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry';

const FSW_PAGE: Reference = { title: 'IRCC, Federal Skilled Worker Program – Express Entry: who can apply', url: `${IRCC}/who-can-apply/federal-skilled-workers.html` };
const FSW_FACTORS: Reference = {
  title: 'IRCC, Six selection factors – Federal Skilled Worker Program (67 points)',
  url: `${IRCC}/who-can-apply/federal-skilled-workers/six-selection-factors-federal-skilled-workers.html`,
};
const CEC_PAGE: Reference = { title: 'IRCC, Canadian Experience Class – Express Entry: who can apply', url: `${IRCC}/who-can-apply/canadian-experience-class.html` };
const FST_PAGE: Reference = { title: 'IRCC, Federal Skilled Trades Program – Express Entry: who can apply', url: `${IRCC}/who-can-apply/federal-skilled-trades.html` };
const FUNDS_PAGE: Reference = { title: 'IRCC, Express Entry documents: proof of funds', url: `${IRCC}/documents/proof-funds.html` };
const ECA_PAGE: Reference = { title: 'IRCC, Educational credential assessment (ECA) for Express Entry', url: `${IRCC}/documents/education-assessed.html` };
const IRPR = 'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/FullText.html';
const IRPR_FSW: Reference = { title: 'Immigration and Refugee Protection Regulations (SOR/2002-227), ss. 75–83 (federal skilled worker class)', url: IRPR };
const IRPR_CEC: Reference = { title: 'Immigration and Refugee Protection Regulations (SOR/2002-227), s. 87.1 (Canadian experience class)', url: IRPR };
const IRPR_FST: Reference = { title: 'Immigration and Refugee Protection Regulations (SOR/2002-227), s. 87.2 (federal skilled trades class)', url: IRPR };
const NOC_2021: Reference = {
  title: 'Statistics Canada, National Occupational Classification (NOC) 2021 Version 1.0: TEER is the 2nd digit',
  url: 'https://www.statcan.gc.ca/en/subjects/standard/noc/2021/indexV1',
};
const NOC_CONCORDANCE: Reference = {
  title: 'Statistics Canada, NOC 2016 Version 1.3 to NOC 2021 Version 1.0 correspondence table',
  url: 'https://www.statcan.gc.ca/en/subjects/standard/noc/2021/indexV1',
};
const NOC_SWITCH_NEWS: Reference = {
  title: 'IRCC switch to NOC 2021 on 16 Nov 2022: 16 occupations become eligible, 3 lose eligibility (indianexpress.com 18 Nov 2022, nairametrics.com 21 Nov 2022; rules.md §8)',
};
const PHYSICIANS: Reference = {
  title: 'IRCC, Canadian Experience Class: temporary public policy for physicians invited on or after 25 Apr 2023 (rules.md §4.1)',
  url: `${IRCC}/who-can-apply/canadian-experience-class.html`,
};

const label = (en: string, fr: string) => ({ en, fr });
const desc = (en: string, fr: string) => ({ en, fr });

// ── Skilled work and the NOC 2021 switch (rules.md §8) ──────────────────────────────────────────────────────────

/** The 16 NOC 2021 unit groups that became eligible on 2022-11-16 (NOC 2016 skill level C before). */
export const NEWLY_SKILLED_2022 = [
  '13102', // Payroll administrators
  '33100', // Dental assistants and dental laboratory assistants
  '33102', // Nurse aides, orderlies and patient service associates
  '33103', // Pharmacy technical assistants and pharmacy assistants
  '43100', // Elementary and secondary school teacher assistants
  '43200', // Sheriffs and bailiffs
  '43201', // Correctional service officers
  '43202', // By-law enforcement and other regulatory officers
  '63211', // Estheticians, electrologists and related occupations
  '73200', // Residential and commercial installers and servicers
  '73202', // Pest controllers and fumigators
  '73209', // Other repairers and servicers
  '73300', // Transport truck drivers
  '73301', // Bus drivers, subway operators and other transit operators
  '73400', // Heavy equipment operators
  '93200', // Aircraft assemblers and aircraft assembly inspectors
] as const;

/** The 3 NOC 2021 unit groups (TEER 4 or 5) that lost eligibility on 2022-11-16 (NOC 2016 skill level B before). */
export const NO_LONGER_SKILLED_2022 = [
  '54100', // Program leaders and instructors in recreation, sport and fitness (NOC 2016 5254)
  '55109', // Other performers (NOC 2016 5232)
  '64200', // Tailors, dressmakers, furriers and milliners (NOC 2016 6342)
] as const;

export const SKILLED_OCCUPATIONS = parameter<SkilledOccupations>({
  id: 'fsw.skilled_occupations',
  label: label('Skilled occupations for Express Entry work experience', 'Professions spécialisées pour l’expérience de travail d’Entrée express'),
  description: desc(
    'Occupations whose work counts for FSW, CEC and CRS work experience: NOC 2021 TEER 0–3 since 16 Nov 2022; before, NOC 2011 skill type 0 and levels A and B, expressed here on NOC 2021 codes (rules.md §8).',
    'Professions dont le travail compte pour le PTQF, la CEC et l’expérience de travail du SCG : FÉER 0 à 3 de la CNP 2021 depuis le 16 novembre 2022 ; avant, genre de compétence 0 et niveaux A et B de la CNP 2011, exprimés ici en codes CNP 2021 (rules.md §8).',
  ),
  values: [
    {
      from: EPOCH,
      references: [NOC_SWITCH_NEWS, NOC_CONCORDANCE, MI_LAUNCH],
      unsure:
        'Profiles carry NOC 2021 codes, so the NOC 2011 rule (0, A, B) is approximated as TEER 0–3 minus the 16 occupations added on 2022-11-16 plus the 3 removed; rules.md §8 names only some of them, the full lists were checked against the StatCan 2016→2021 concordance (sources all level C, resp. B).',
      value: { teers: [0, 1, 2, 3], alsoSkilled: NO_LONGER_SKILLED_2022, notSkilled: NEWLY_SKILLED_2022 },
    },
    {
      from: '2022-11-16',
      references: [NOC_2021, NOC_SWITCH_NEWS, MI_CURRENT],
      value: { teers: [0, 1, 2, 3], alsoSkilled: [], notSkilled: [] },
    },
  ],
});

// ── Qualifying job offer (IRPR s. 82; rules.md §3.2 factor 5, §9) ───────────────────────────────────────────────

export const JOB_OFFER = parameter<QualifyingJobOffer>({
  id: 'fsw.job_offer',
  label: label('Qualifying offer of arranged employment', 'Offre d’emploi réservé admissible'),
  description: desc(
    'A full-time, non-seasonal, paid offer in a skilled occupation, LMIA-supported or LMIA-exempt, for a minimum duration (rules.md §3.2 factor 5, §9).',
    'Une offre d’emploi rémunéré, à temps plein, non saisonnier, dans une profession spécialisée, appuyée par une EIMT ou dispensée d’EIMT, pour une durée minimale (rules.md §3.2 facteur 5, §9).',
  ),
  values: [
    {
      from: EPOCH,
      references: [MI_LAUNCH, IRPR_FSW],
      unsure:
        'Until 2016-11-18 the offer had to be for an indeterminate period, which profiles do not record; an offer of at least 12 months is accepted with a finding asking to check it.',
      note: 'Only LMIA-supported offers earned Express Entry job-offer points before 2016-11-19; the FSW grid already accepted the LMIA-exempt cases of IRPR s. 82.',
      value: { minDurationMonths: 12, indeterminateRequired: true, lmiaExemptCountsForCrs: false },
    },
    {
      from: '2016-11-19',
      references: [MI_2016, IRPR_FSW, FSW_FACTORS],
      note: 'Offers of at least one year qualify; certain LMIA-exempt work-permit holders (at least one year with the employer) qualify for CRS points (rules.md §9).',
      value: { minDurationMonths: 12, indeterminateRequired: false, lmiaExemptCountsForCrs: true },
    },
  ],
});

// ── FSW minimum requirements (rules.md §3.1) ────────────────────────────────────────────────────────────────────

export const FSW_MIN_EXPERIENCE_HOURS = parameter<number>({
  id: 'fsw.min_experience_hours',
  label: label('FSW: minimum continuous skilled work, in hours', 'PTQF : minimum de travail spécialisé continu, en heures'),
  description: desc(
    'One year of continuous work in one skilled occupation, or 1,560 hours counted at most 30 hours a week (rules.md §3.1, §4.2).',
    'Un an de travail continu dans une seule profession spécialisée, ou 1 560 heures comptées à raison d’au plus 30 heures par semaine (rules.md §3.1, §4.2).',
  ),
  values: [{ from: EPOCH, references: [FSW_PAGE, IRPR_FSW], value: 1560 }],
});

export const FSW_EXPERIENCE_WINDOW = parameter<number>({
  id: 'fsw.experience_window_years',
  label: label('FSW: period in which work experience counts, in years', 'PTQF : période où l’expérience de travail compte, en années'),
  description: desc('Work experience counts within the last 10 years (rules.md §3.1).', 'L’expérience de travail compte au cours des 10 dernières années (rules.md §3.1).'),
  values: [{ from: EPOCH, references: [FSW_PAGE, IRPR_FSW], value: 10 }],
});

export const FSW_MIN_LANGUAGE = parameter<number>({
  id: 'fsw.min_language_clb',
  label: label('FSW: minimum CLB/NCLC in each ability', 'PTQF : NCLC/CLB minimal dans chaque compétence'),
  description: desc(
    'CLB/NCLC 7 in all four abilities of an official language, test under 2 years old (rules.md §2.7, §3.1).',
    'NCLC/CLB 7 dans les quatre compétences d’une langue officielle, test de moins de 2 ans (rules.md §2.7, §3.1).',
  ),
  values: [{ from: EPOCH, references: [FSW_PAGE, IRPR_FSW], value: 7 }],
});

// ── FSW 67-point grid (rules.md §3.2) ───────────────────────────────────────────────────────────────────────────

export const FSW_GRID_FIRST_LANGUAGE = parameter<readonly Band[]>({
  id: 'fsw.grid.first_language',
  label: label('FSW grid: first official language, per ability', 'Grille du PTQF : première langue officielle, par compétence'),
  description: desc('Points per ability: CLB 7 → 4, CLB 8 → 5, CLB 9+ → 6; max 24 (rules.md §3.2 factor 1).', 'Points par compétence : NCLC 7 → 4, NCLC 8 → 5, NCLC 9 et plus → 6 ; maximum 24 (rules.md §3.2 facteur 1).'),
  values: [
    {
      from: EPOCH,
      references: [FSW_FACTORS, IRPR_FSW],
      value: [
        { from: 0, points: 0 },
        { from: 7, points: 4 },
        { from: 8, points: 5 },
        { from: 9, points: 6 },
      ],
    },
  ],
});

export const FSW_GRID_SECOND_LANGUAGE = parameter<{ minimum: number; points: number }>({
  id: 'fsw.grid.second_language',
  label: label('FSW grid: second official language', 'Grille du PTQF : seconde langue officielle'),
  description: desc('4 points with at least CLB/NCLC 5 in all four abilities (rules.md §3.2 factor 1).', '4 points avec au moins NCLC/CLB 5 dans les quatre compétences (rules.md §3.2 facteur 1).'),
  values: [{ from: EPOCH, references: [FSW_FACTORS, IRPR_FSW], value: { minimum: 5, points: 4 } }],
});

export const FSW_GRID_EDUCATION = parameter<Readonly<Record<EducationLevel, number>>>({
  id: 'fsw.grid.education',
  label: label('FSW grid: education', 'Grille du PTQF : études'),
  description: desc('Points for the highest credential, Canadian or with a valid ECA; max 25 (rules.md §3.2 factor 2).', 'Points pour le diplôme le plus élevé, canadien ou avec une EDE valide ; maximum 25 (rules.md §3.2 facteur 2).'),
  values: [
    {
      from: EPOCH,
      references: [FSW_FACTORS, ECA_PAGE, IRPR_FSW],
      value: {
        none: 0,
        secondary: 5,
        one_year: 15,
        two_year: 19,
        bachelors_or_three_year: 21,
        two_or_more_one_3yr: 22,
        masters_or_professional: 23,
        doctoral: 25,
      },
    },
  ],
});

export const FSW_GRID_EXPERIENCE = parameter<readonly Band[]>({
  id: 'fsw.grid.experience',
  label: label('FSW grid: work experience', 'Grille du PTQF : expérience de travail'),
  description: desc(
    'Points by full years of skilled work (full time or equivalent) in the last 10 years: 1 → 9, 2–3 → 11, 4–5 → 13, 6+ → 15 (rules.md §3.2 factor 3).',
    'Points selon les années complètes de travail spécialisé (temps plein ou équivalent) des 10 dernières années : 1 → 9, 2–3 → 11, 4–5 → 13, 6 et plus → 15 (rules.md §3.2 facteur 3).',
  ),
  values: [
    {
      from: EPOCH,
      references: [FSW_FACTORS, IRPR_FSW],
      value: [
        { from: 0, points: 0 },
        { from: 1, points: 9 },
        { from: 2, points: 11 },
        { from: 4, points: 13 },
        { from: 6, points: 15 },
      ],
    },
  ],
});

export const FSW_GRID_AGE = parameter<readonly Band[]>({
  id: 'fsw.grid.age',
  label: label('FSW grid: age', 'Grille du PTQF : âge'),
  description: desc('Points by age in completed years: 18–35 → 12, then one point less a year to 0 at 47 (rules.md §3.2 factor 4).', 'Points selon l’âge en années révolues : 18 à 35 ans → 12, puis un point de moins par an jusqu’à 0 à 47 ans (rules.md §3.2 facteur 4).'),
  values: [
    {
      from: EPOCH,
      references: [FSW_FACTORS, IRPR_FSW],
      note: 'Age on the day the application is received (S8); IRCC exempts applicants whose birthday falls between invitation and application.',
      value: [
        { from: 0, points: 0 },
        { from: 18, points: 12 },
        { from: 36, points: 11 },
        { from: 37, points: 10 },
        { from: 38, points: 9 },
        { from: 39, points: 8 },
        { from: 40, points: 7 },
        { from: 41, points: 6 },
        { from: 42, points: 5 },
        { from: 43, points: 4 },
        { from: 44, points: 3 },
        { from: 45, points: 2 },
        { from: 46, points: 1 },
        { from: 47, points: 0 },
      ],
    },
  ],
});

export const FSW_GRID_ARRANGED_EMPLOYMENT = parameter<number>({
  id: 'fsw.grid.arranged_employment',
  label: label('FSW grid: arranged employment', 'Grille du PTQF : emploi réservé'),
  description: desc(
    '10 points for a qualifying job offer (rules.md §3.2 factor 5); not removed on 25 Mar 2025 (only CRS points were).',
    '10 points pour une offre d’emploi admissible (rules.md §3.2 facteur 5) ; non supprimés le 25 mars 2025 (seuls les points du SCG l’ont été).',
  ),
  values: [{ from: EPOCH, references: [FSW_FACTORS, IRPR_FSW], value: 10 }],
});

export const FSW_GRID_ADAPTABILITY = parameter<Adaptability>({
  id: 'fsw.grid.adaptability',
  label: label('FSW grid: adaptability', 'Grille du PTQF : capacité d’adaptation'),
  description: desc('Elements that add up, capped at 10 points (rules.md §3.2 factor 6).', 'Éléments qui s’additionnent, plafonnés à 10 points (rules.md §3.2 facteur 6).'),
  values: [
    {
      from: EPOCH,
      references: [FSW_FACTORS, IRPR_FSW],
      note: 'Two academic years of full-time study are read as at least 16 months enrolled full time (two 8-month academic years).',
      value: {
        spouseLanguage: 5,
        studyInCanada: 5,
        spouseStudyInCanada: 5,
        workInCanada: 10,
        spouseWorkInCanada: 5,
        arrangedEmployment: 5,
        relativeInCanada: 5,
        cap: 10,
        spouseLanguageMinimum: 4,
        studyMonths: 16,
      },
    },
  ],
});

export const FSW_PASS_MARK = parameter<number>({
  id: 'fsw.pass_mark',
  label: label('FSW grid: pass mark', 'Grille du PTQF : note de passage'),
  description: desc('At least 67 of 100 points (rules.md §3.1, §3.2).', 'Au moins 67 points sur 100 (rules.md §3.1, §3.2).'),
  values: [{ from: EPOCH, references: [FSW_PAGE, FSW_FACTORS, IRPR_FSW], value: 67 }],
});

// ── CEC (rules.md §4) ───────────────────────────────────────────────────────────────────────────────────────────

export const CEC_MIN_EXPERIENCE_HOURS = parameter<number>({
  id: 'cec.min_experience_hours',
  label: label('CEC: minimum Canadian skilled work, in hours', 'CEC : minimum de travail spécialisé au Canada, en heures'),
  description: desc(
    'One year (1,560 hours, at most 30 counted a week) of skilled work in Canada, one or more occupations (rules.md §4.1, §4.2).',
    'Un an (1 560 heures, au plus 30 comptées par semaine) de travail spécialisé au Canada, dans une ou plusieurs professions (rules.md §4.1, §4.2).',
  ),
  values: [{ from: EPOCH, references: [CEC_PAGE, IRPR_CEC], value: 1560 }],
});

export const CEC_EXPERIENCE_WINDOW = parameter<number>({
  id: 'cec.experience_window_years',
  label: label('CEC: period in which Canadian work counts, in years', 'CEC : période où le travail au Canada compte, en années'),
  description: desc('Work in the 3 years before applying (rules.md §4.1).', 'Travail des 3 années précédant la demande (rules.md §4.1).'),
  values: [{ from: EPOCH, references: [CEC_PAGE, IRPR_CEC], value: 3 }],
});

export const CEC_MIN_LANGUAGE = parameter<{ teer0or1: number; teer2or3: number }>({
  id: 'cec.min_language_clb',
  label: label('CEC: minimum CLB/NCLC by TEER of the work', 'CEC : NCLC/CLB minimal selon la FÉER du travail'),
  description: desc(
    'CLB/NCLC 7 in all four abilities for TEER 0 or 1 work (before 2022-11-16: NOC 0 or A), 5 for TEER 2 or 3 (NOC B) (rules.md §2.7, §4.1).',
    'NCLC/CLB 7 dans les quatre compétences pour un travail de FÉER 0 ou 1 (avant le 16 novembre 2022 : CNP 0 ou A), 5 pour FÉER 2 ou 3 (CNP B) (rules.md §2.7, §4.1).',
  ),
  values: [
    {
      from: EPOCH,
      references: [CEC_PAGE, IRPR_CEC],
      unsure:
        'With work in both TEER 0/1 and TEER 2/3, rules.md §4.1 leaves open which threshold applies; here CLB 5 suffices only if the TEER 2/3 work alone reaches one year.',
      value: { teer0or1: 7, teer2or3: 5 },
    },
  ],
});

export const CEC_EXCLUSIONS = parameter<CecExclusions>({
  id: 'cec.excluded_work',
  label: label('CEC: work that does not count', 'CEC : travail qui ne compte pas'),
  description: desc(
    'Self-employment and work done while a full-time student do not count for CEC; unpaid and unauthorized work never counts (rules.md §4.1).',
    'Le travail autonome et le travail effectué pendant des études à temps plein ne comptent pas pour la CEC ; le travail non rémunéré ou non autorisé ne compte jamais (rules.md §4.1).',
  ),
  values: [
    {
      from: EPOCH,
      references: [CEC_PAGE, IRPR_CEC],
      unsure:
        'IRCC’s CRS help does not say whether full-time-student work or self-employment in Canada counts for CRS Canadian work years (rules.md §1.2.5); the CEC exclusions are applied to them too.',
      value: { selfEmployment: true, fullTimeStudentWork: true, appliesToCrsCanadianWork: true },
    },
  ],
});

export const CEC_PHYSICIANS = parameter<boolean>({
  id: 'cec.physician_self_employment',
  label: label('CEC: physicians’ publicly funded self-employment may count', 'CEC : le travail autonome des médecins financé par l’État peut compter'),
  description: desc(
    'Temporary public policy for physicians invited on or after 25 Apr 2023: publicly funded fee-for-service work may count as Canadian work (rules.md §4.1, §9).',
    'Politique d’intérêt public temporaire pour les médecins invités à compter du 25 avril 2023 : le travail rémunéré à l’acte et financé par l’État peut compter comme travail au Canada (rules.md §4.1, §9).',
  ),
  values: [
    { from: EPOCH, references: [CEC_PAGE, IRPR_CEC], note: 'Not in force: self-employment never counted for CEC.', value: false },
    { from: '2023-04-25', references: [PHYSICIANS], value: true },
  ],
});

// ── FST (rules.md §5) ───────────────────────────────────────────────────────────────────────────────────────────

export const FST_MIN_EXPERIENCE_HOURS = parameter<number>({
  id: 'fst.min_experience_hours',
  label: label('FST: minimum work in one skilled trade, in hours', 'PTMSF : minimum de travail dans un métier spécialisé, en heures'),
  description: desc('Two years full time or equivalent part time: 3,120 hours (rules.md §5.2).', 'Deux ans à temps plein ou l’équivalent à temps partiel : 3 120 heures (rules.md §5.2).'),
  values: [{ from: EPOCH, references: [FST_PAGE, IRPR_FST], value: 3120 }],
});

export const FST_EXPERIENCE_WINDOW = parameter<number>({
  id: 'fst.experience_window_years',
  label: label('FST: period in which trade work counts, in years', 'PTMSF : période où le travail dans le métier compte, en années'),
  description: desc('Work in the 5 years before applying (rules.md §5.2).', 'Travail des 5 années précédant la demande (rules.md §5.2).'),
  values: [{ from: EPOCH, references: [FST_PAGE, IRPR_FST], value: 5 }],
});

export const FST_MIN_LANGUAGE = parameter<Readonly<Record<Ability, number>>>({
  id: 'fst.min_language_clb',
  label: label('FST: minimum CLB/NCLC per ability', 'PTMSF : NCLC/CLB minimal par compétence'),
  description: desc('CLB/NCLC 5 speaking and listening, 4 reading and writing (rules.md §2.7, §5.2).', 'NCLC/CLB 5 à l’oral (expression et compréhension), 4 à l’écrit (compréhension et expression) (rules.md §2.7, §5.2).'),
  values: [{ from: EPOCH, references: [FST_PAGE, IRPR_FST], value: { speaking: 5, listening: 5, reading: 4, writing: 4 } }],
});

export const FST_TRADES = parameter<TradeGroups>({
  id: 'fst.trades',
  label: label('FST: eligible skilled trades (NOC groups)', 'PTMSF : métiers spécialisés admissibles (groupes de la CNP)'),
  description: desc(
    'NOC 2021 groups 72 (except 726), 73, 82, 83, 92, 93 (except 932), minor group 6320 and unit group 62200 since 16 Nov 2022; before, NOC 2011 groups 72, 73, 82, 92, 632, 633 (rules.md §5.1).',
    'Groupes de la CNP 2021 72 (sauf 726), 73, 82, 83, 92, 93 (sauf 932), groupe intermédiaire 6320 et groupe de base 62200 depuis le 16 novembre 2022 ; avant, groupes 72, 73, 82, 92, 632, 633 de la CNP 2011 (rules.md §5.1).',
  ),
  values: [
    {
      from: EPOCH,
      references: [FST_PAGE, IRPR_FST, NOC_CONCORDANCE],
      unsure:
        'Profiles carry NOC 2021 codes, so the NOC 2011 list (72, 73, 82, 92, 632, 633) is expressed through the StatCan 2016→2021 concordance: the NOC 2021 list without the 8 unit groups whose sources all lay outside it, plus 65202 (from 6331 butchers).',
      value: {
        majorGroups: ['72', '73', '82', '83', '92', '93'],
        excludedSubMajorGroups: ['726', '932'],
        minorGroups: ['6320'],
        unitGroups: ['62200', '65202'],
        excludedUnitGroups: ['72025', '73200', '73201', '73202', '73209', '73300', '73301', '73400'],
      },
    },
    {
      from: '2022-11-16',
      references: [FST_PAGE, IRPR_FST, NOC_2021],
      value: {
        majorGroups: ['72', '73', '82', '83', '92', '93'],
        excludedSubMajorGroups: ['726', '932'],
        minorGroups: ['6320'],
        unitGroups: ['62200'],
        excludedUnitGroups: [],
      },
    },
  ],
});

export const FST_JOB_OFFER = parameter<{ minDurationMonths: number; maxEmployers: number }>({
  id: 'fst.job_offer',
  label: label('FST: qualifying job offer', 'PTMSF : offre d’emploi admissible'),
  description: desc(
    'Full-time offer in the trade for a total of at least one year, from up to two employers, LMIA-supported or LMIA-exempt (rules.md §5.2).',
    'Offre à temps plein dans le métier pour une durée totale d’au moins un an, d’au plus deux employeurs, appuyée par une EIMT ou dispensée d’EIMT (rules.md §5.2).',
  ),
  values: [{ from: EPOCH, references: [FST_PAGE, IRPR_FST], value: { minDurationMonths: 12, maxEmployers: 2 } }],
});

// ── Proof of funds (rules.md §6) ────────────────────────────────────────────────────────────────────────────────

const FUNDS_2023: FundsTable = { byFamilySize: [13757, 17127, 21055, 25564, 28994, 32700, 36407], eachAdditional: 3706 };

export const SETTLEMENT_FUNDS = parameter<FundsTable>({
  id: 'funds.settlement',
  label: label('Proof of settlement funds (FSW, FST), by family size', 'Preuve de fonds d’établissement (PTQF, PTMSF), selon la taille de la famille'),
  description: desc(
    'Funds in CAD by number of family members (principal applicant, spouse or partner and dependent children, even if not accompanying); half of Statistics Canada’s low-income cut-off, updated yearly (rules.md §6).',
    'Fonds en dollars canadiens selon le nombre de membres de la famille (demandeur principal, époux ou conjoint et enfants à charge, même s’ils ne l’accompagnent pas) ; la moitié du seuil de faible revenu de Statistique Canada, mis à jour chaque année (rules.md §6).',
  ),
  values: [
    {
      from: EPOCH,
      references: [FUNDS_PAGE, { title: 'canapprove.ae, 2023 proof-of-funds table (rules.md §6.2)' }],
      unsure: 'The tables in force before 25 Apr 2023 are not in rules.md; the oldest known table (2023) is used for earlier dates.',
      value: FUNDS_2023,
    },
    { from: '2023-04-25', references: [FUNDS_PAGE, { title: 'canapprove.ae, 2023 proof-of-funds table (rules.md §6.2)' }], value: FUNDS_2023 },
    {
      from: '2024-05-28',
      references: [FUNDS_PAGE, { title: 'canadavisapoint.com, "effective May 28, 2024" (rules.md §6.2)' }],
      unsure: 'Exact 2024 effective day: one source says 28 May 2024, another 3 Jun 2024 (rules.md §6.2).',
      value: { byFamilySize: [14690, 18288, 22483, 27297, 30690, 34917, 38875], eachAdditional: 3958 },
    },
    {
      from: '2025-07-07',
      references: [FUNDS_PAGE, { title: 'nairametrics.com (8 Jul 2025), businesstoday.in (9 Jul 2025): table published 7 Jul 2025 (rules.md §6.1)' }],
      note: 'Profiles had to be updated by 28 Jul 2025; a 2026 table may exist but was not found (rules.md §6.1, §10).',
      value: { byFamilySize: [15263, 19001, 23360, 28362, 32168, 36280, 40392], eachAdditional: 4112 },
    },
  ],
});

// ── ECA validity (rules.md §1.2.2, §7.1) ────────────────────────────────────────────────────────────────────────

export const ECA_VALIDITY = parameter<number>({
  id: 'eca.validity_years',
  label: label('Educational credential assessment: validity, in years', 'Évaluation des diplômes d’études : validité, en années'),
  description: desc(
    'A foreign credential counts only with an ECA less than 5 years old (rules.md §1.2.2, §7.1).',
    'Un diplôme étranger ne compte qu’avec une EDE de moins de 5 ans (rules.md §1.2.2, §7.1).',
  ),
  values: [
    {
      from: EPOCH,
      references: [ECA_PAGE, IRPR_FSW, MI_LAUNCH],
      unsure: 'rules.md dates the Express Entry wording of the 5-year ECA rule to the 2017-1 instructions; the FSW ECA was already valid 5 years since ECAs were introduced in 2013, so 5 is used from the start.',
      value: 5,
    },
    { from: '2017-06-06', references: [MI_2017, ECA_PAGE], value: 5 },
  ],
});

export const PARAMETERS: readonly Parameter<unknown>[] = [
  SKILLED_OCCUPATIONS,
  JOB_OFFER,
  FSW_MIN_EXPERIENCE_HOURS,
  FSW_EXPERIENCE_WINDOW,
  FSW_MIN_LANGUAGE,
  FSW_GRID_FIRST_LANGUAGE,
  FSW_GRID_SECOND_LANGUAGE,
  FSW_GRID_EDUCATION,
  FSW_GRID_EXPERIENCE,
  FSW_GRID_AGE,
  FSW_GRID_ARRANGED_EMPLOYMENT,
  FSW_GRID_ADAPTABILITY,
  FSW_PASS_MARK,
  CEC_MIN_EXPERIENCE_HOURS,
  CEC_EXPERIENCE_WINDOW,
  CEC_MIN_LANGUAGE,
  CEC_EXCLUSIONS,
  CEC_PHYSICIANS,
  FST_MIN_EXPERIENCE_HOURS,
  FST_EXPERIENCE_WINDOW,
  FST_MIN_LANGUAGE,
  FST_TRADES,
  FST_JOB_OFFER,
  SETTLEMENT_FUNDS,
  ECA_VALIDITY,
];
