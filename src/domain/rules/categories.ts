// Category-based selection (rules.md §7.4, §9): the categories the Minister set for Express Entry rounds,
// versioned as IRCC names them in its rounds ("Healthcare and Social Services Occupations, 2026-Version 3"),
// with their NOC 2021 lists, and the work-experience rule for occupation categories.
// The NOC lists below are facts copied from ../shared/data/express_entry/ee_category_nocs.csv (data README §2c),
// which compiled them from IRCC's tables as reproduced by third-party pages; each code's StatCan title is in a comment.
import { EPOCH, at, parameter, type Label, type Parameter, type Reference } from './parameter.ts';
import type { IsoDate } from '../vocabulary.ts';

// ── Value shapes ────────────────────────────────────────────────────────────────────────────────────────────────

/** Category codes, as in ee_rounds.csv `category`. */
export type CategoryCode =
  | 'french'
  | 'healthcare'
  | 'stem'
  | 'trades'
  | 'transport'
  | 'agriculture'
  | 'education'
  | 'physicians'
  | 'senior_managers'
  | 'researchers'
  | 'military';

/** An occupation category lists NOC unit groups; a language category sets a minimum NCLC in all four French abilities. */
export type CategoryKind = 'occupation' | 'language';

/** Conditions a category adds to the common occupation rule. */
export type CategoryRequirement =
  /** The qualifying experience in a listed occupation must be Canadian (2026 physicians, senior managers, researchers). */
  | 'canadian_work_experience'
  /** Recruited by the Canadian Armed Forces (2026 skilled military recruits). */
  | 'canadian_armed_forces_job_offer';

export interface CategoryDefinition {
  code: CategoryCode;
  /** Version as IRCC writes it in round names: `Version 1`, `2026-Version 3`. */
  version: string;
  /** Official name of this version, as in IRCC's rounds (English and French feeds). */
  name: Label;
  kind: CategoryKind;
  /** NOC 2021 unit groups (occupation categories); empty for a language category. */
  nocs: readonly string[];
  /** Language category: NCLC required in each of the four French abilities. */
  minimumNclc?: number;
  requirements?: readonly CategoryRequirement[];
  /** Set when the name or the list of this version is not confirmed by an official text: why, in one sentence. */
  unsure?: string;
}

/** Work experience required in a single listed occupation, for occupation categories (rules.md §7.4.1). */
export interface CategoryExperienceRule {
  /** Months of full-time work (or the same amount part-time). */
  months: number;
  /** Whether those months must be continuous. */
  continuous: boolean;
  /** Window, counted back from the day of the round: the last N years. */
  windowYears: number;
  /** Hours per week that make full-time; hours above it do not count. */
  fullTimeHoursPerWeek: number;
}

// ── References ──────────────────────────────────────────────────────────────────────────────────────────────────

const CBS_PAGE: Reference = {
  title: 'IRCC, Express Entry rounds of invitations: category-based selection',
  url: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/rounds-invitations/category-based-selection.html',
};
const ROUNDS_EN: Reference = {
  title: 'IRCC rounds of invitations feed (English), official round names and versions (snapshot of 19 Aug 2026)',
  url: 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json',
};
const ROUNDS_FR: Reference = {
  title: 'IRCC, flux des rondes d’invitations (français), noms officiels des rondes (copie du 23 juil. 2026, prajjwaldevkota/ExpressEntryTrackerBackend data/ee-draws-fr.json)',
  url: 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_fr.json',
};
const IRPA_2022: Reference = {
  title: 'IRPA amended 23 Jun 2022 (Budget Implementation Act, 2022, No. 1) to allow invitations by category; 2023-2024 Report to Parliament – Category-Based Selection in Express Entry',
  url: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/report-parliament-cbs-2023-24.html',
};
const NEWS_2023: Reference = {
  title: 'IRCC news release, 31 May 2023: launch of category-based selection (French, healthcare, STEM, trades, transport, agriculture and agri-food); first round 28 Jun 2023',
};
const REPORT_2025: Reference = {
  title: 'IRCC, 2024-2025 Report to Parliament – Category-Based Selection (annexes of 2024 and 2025 occupation lists); 2025 categories announced 27 Feb 2025',
};
const NEWS_2026: Reference = {
  title: 'IRCC announcements of 8 Dec 2025 and 18–19 Feb 2026: 2026 categories and the 12-month experience rule (as reported by moving2canada.com, financialexpress.com, cicnews.com)',
};
const NOC_LISTS: Reference = {
  title: 'ee_category_nocs.csv (shared data, README §2c): NOC 2021 lists per category and year, compiled from IRCC tables reproduced by third parties, each list cross-checked',
};
const RULES_MD: Reference = { title: 'rules.md §7.4 (category-based selection) and §9 (rule-change history)' };

const label = (en: string, fr: string): Label => ({ en, fr });

// ── NOC 2021 lists (generated once from ee_category_nocs.csv; 2024 used the 2023 lists unchanged) ─────────────

/** Healthcare occupations, 2023 (Version 1): 35 unit groups. */
const HEALTHCARE_V1: readonly string[] = [
  '31100', // Specialists in clinical and laboratory medicine
  '31101', // Specialists in surgery
  '31102', // General practitioners and family physicians
  '31103', // Veterinarians
  '31110', // Dentists
  '31111', // Optometrists
  '31112', // Audiologists and speech-language pathologists
  '31121', // Dietitians and nutritionists
  '31200', // Psychologists
  '31201', // Chiropractors
  '31202', // Physiotherapists
  '31203', // Occupational therapists
  '31204', // Kinesiologists and other professional occupations in therapy and assessment
  '31209', // Other professional occupations in health diagnosing and treating
  '31300', // Nursing coordinators and supervisors
  '31301', // Registered nurses and registered psychiatric nurses
  '31302', // Nurse practitioners
  '31303', // Physician assistants, midwives and allied health professionals
  '32101', // Licensed practical nurses
  '32102', // Paramedical occupations
  '32103', // Respiratory therapists, clinical perfusionists and cardiopulmonary technologists
  '32109', // Other technical occupations in therapy and assessment
  '32120', // Medical laboratory technologists
  '32121', // Medical radiation technologists
  '32122', // Medical sonographers
  '32200', // Traditional Chinese medicine practitioners and acupuncturists
  '32201', // Massage therapists
  '32209', // Other practitioners of natural healing
  '33101', // Medical laboratory assistants and related technical occupations
  '33102', // Nurse aides, orderlies and patient service associates
  '33103', // Pharmacy technical assistants and pharmacy assistants
  '33109', // Other assisting occupations in support of health services
  '41301', // Therapists in counselling and related specialized therapies (inferred, see the data README §2c)
  '41320', // Educational counsellors
  '42203', // Instructors of persons with disabilities
];

/** Science, Technology, Engineering and Math (STEM) occupations, 2023 (Version 1): 24 unit groups. */
const STEM_V1: readonly string[] = [
  '20010', // Engineering managers
  '20011', // Architecture and science managers
  '20012', // Computer and information systems managers
  '21200', // Architects
  '21201', // Landscape architects
  '21202', // Urban and land use planners
  '21203', // Land surveyors
  '21210', // Mathematicians, statisticians and actuaries
  '21211', // Data scientists
  '21220', // Cybersecurity specialists
  '21221', // Business systems specialists
  '21222', // Information systems specialists
  '21223', // Database analysts and data administrators
  '21230', // Computer systems developers and programmers
  '21231', // Software engineers and designers
  '21232', // Software developers and programmers
  '21233', // Web designers
  '21234', // Web developers and programmers
  '21300', // Civil engineers
  '21310', // Electrical and electronics engineers
  '21311', // Computer engineers (except software engineers and designers)
  '21321', // Industrial and manufacturing engineers
  '21322', // Metallurgical and materials engineers
  '41400', // Natural and applied science policy researchers, consultants and program officers
];

/** Trade occupations, 2023 (Version 1): 10 unit groups. */
const TRADES_V1: readonly string[] = [
  '72014', // Contractors and supervisors, other construction trades, installers, repairers and servicers
  '72106', // Welders and related machine operators
  '72200', // Electricians (except industrial and power system)
  '72300', // Plumbers
  '72310', // Carpenters
  '72400', // Construction millwrights and industrial mechanics
  '72402', // Heating, refrigeration and air conditioning mechanics
  '72405', // Machine fitters
  '72406', // Elevator constructors and mechanics
  '73200', // Residential and commercial installers and servicers
];

/** Transport occupations, 2023 (Version 1): 10 unit groups. */
const TRANSPORT_V1: readonly string[] = [
  '70020', // Managers in transportation
  '72403', // Railway carmen/women
  '72404', // Aircraft mechanics and aircraft inspectors
  '72600', // Air pilots, flight engineers and flying instructors
  '72601', // Air traffic controllers and related occupations
  '72602', // Deck officers, water transport
  '72603', // Engineer officers, water transport
  '72604', // Railway traffic controllers and marine traffic regulators
  '73300', // Transport truck drivers
  '93200', // Aircraft assemblers and aircraft assembly inspectors
];

/** Agriculture and agri-food occupations, 2023 (Version 1): 3 unit groups. */
const AGRICULTURE_V1: readonly string[] = [
  '63201', // Butchers - retail and wholesale
  '82030', // Agricultural service contractors and farm supervisors
  '82031', // Contractors and supervisors, landscaping, grounds maintenance and horticulture services
];

/** Healthcare and social services occupations, 2025 (Version 2): 37 unit groups. */
const HEALTHCARE_V2: readonly string[] = [
  '31100', // Specialists in clinical and laboratory medicine
  '31101', // Specialists in surgery
  '31102', // General practitioners and family physicians
  '31103', // Veterinarians
  '31110', // Dentists
  '31111', // Optometrists
  '31112', // Audiologists and speech-language pathologists
  '31120', // Pharmacists
  '31121', // Dietitians and nutritionists
  '31200', // Psychologists
  '31201', // Chiropractors
  '31202', // Physiotherapists
  '31203', // Occupational therapists
  '31209', // Other professional occupations in health diagnosing and treating
  '31300', // Nursing coordinators and supervisors
  '31301', // Registered nurses and registered psychiatric nurses
  '31302', // Nurse practitioners
  '31303', // Physician assistants, midwives and allied health professionals
  '32101', // Licensed practical nurses
  '32102', // Paramedical occupations
  '32103', // Respiratory therapists, clinical perfusionists and cardiopulmonary technologists
  '32104', // Animal health technologists and veterinary technicians
  '32109', // Other technical occupations in therapy and assessment
  '32111', // Dental hygienists and dental therapists
  '32120', // Medical laboratory technologists
  '32121', // Medical radiation technologists
  '32122', // Medical sonographers
  '32123', // Cardiology technologists and electrophysiological diagnostic technologists
  '32124', // Pharmacy technicians
  '32129', // Other medical technologists and technicians
  '32201', // Massage therapists
  '33101', // Medical laboratory assistants and related technical occupations
  '33102', // Nurse aides, orderlies and patient service associates
  '33103', // Pharmacy technical assistants and pharmacy assistants
  '41300', // Social workers
  '41301', // Therapists in counselling and related specialized therapies
  '42201', // Social and community service workers
];

/** Science, Technology, Engineering and Math (STEM) occupations, 2025 (2025 list (no STEM rounds held in 2025)): 11 unit groups. */
const STEM_2025: readonly string[] = [
  '20011', // Architecture and science managers
  '21220', // Cybersecurity specialists
  '21300', // Civil engineers
  '21301', // Mechanical engineers
  '21310', // Electrical and electronics engineers
  '21321', // Industrial and manufacturing engineers
  '21331', // Geological engineers
  '22300', // Civil engineering technologists and technicians
  '22301', // Mechanical engineering technologists and technicians
  '22310', // Electrical and electronics engineering technologists and technicians
  '63100', // Insurance agents and brokers
];

/** Trade occupations, 2025 (Version 2): 25 unit groups. */
const TRADES_V2: readonly string[] = [
  '22303', // Construction estimators
  '63200', // Cooks
  '70010', // Construction managers
  '70011', // Home building and renovation managers
  '72100', // Machinists and machining and tooling inspectors
  '72102', // Sheet metal workers
  '72106', // Welders and related machine operators
  '72200', // Electricians (except industrial and power system)
  '72201', // Industrial electricians
  '72300', // Plumbers
  '72302', // Gas fitters
  '72310', // Carpenters
  '72311', // Cabinetmakers
  '72320', // Bricklayers
  '72400', // Construction millwrights and industrial mechanics
  '72401', // Heavy-duty equipment mechanics
  '72402', // Heating, refrigeration and air conditioning mechanics
  '72422', // Electrical mechanics
  '72501', // Water well drillers
  '72999', // Other technical trades and related occupations
  '73100', // Concrete finishers
  '73110', // Roofers and shinglers
  '73112', // Painters and decorators (except interior decorators)
  '73113', // Floor covering installers
  '82021', // Contractors and supervisors, oil and gas drilling and services
];

/** Education occupations, 2025 (Version 1): 5 unit groups. */
const EDUCATION_V1: readonly string[] = [
  '41220', // Secondary school teachers
  '41221', // Elementary school and kindergarten teachers
  '42202', // Early childhood educators and assistants
  '42203', // Instructors of persons with disabilities
  '43100', // Elementary and secondary school teacher assistants
];

/** Agriculture and agri-food occupations, 2025 (2025 list (no agriculture rounds held in 2025)): 1 unit groups. */
const AGRICULTURE_2025: readonly string[] = [
  '63201', // Butchers - retail and wholesale (inferred, see the data README §2c)
];

/** Transport occupations, 2026 (2026-Version 2): 4 unit groups. */
const TRANSPORT_2026_V2: readonly string[] = [
  '22313', // Aircraft instrument, electrical and avionics mechanics, technicians and inspectors
  '72404', // Aircraft mechanics and aircraft inspectors
  '72410', // Automotive service technicians, truck and bus mechanics and mechanical repairers
  '72600', // Air pilots, flight engineers and flying instructors
];

/** Physicians with Canadian work experience, 2026 (2026-Version 1): 3 unit groups. */
const PHYSICIANS_2026_V1: readonly string[] = [
  '31100', // Specialists in clinical and laboratory medicine
  '31101', // Specialists in surgery
  '31102', // General practitioners and family physicians
];

/** Researchers with Canadian work experience, 2026 (2026 (no rounds held by 2026-08-19)): 2 unit groups. */
const RESEARCHERS_2026: readonly string[] = [
  '41200', // University professors and lecturers
  '41201', // Post-secondary teaching and research assistants
];

/** Senior managers with Canadian work experience, 2026 (2026-Version 1): 4 unit groups. */
const SENIOR_MANAGERS_2026_V1: readonly string[] = [
  '00012', // Senior managers - financial, communications and other business services
  '00013', // Senior managers - health, education, social and community services and membership organizations
  '00014', // Senior managers - trade, broadcasting and other services
  '00015', // Senior managers - construction, transportation, production and utilities
];

/** Skilled military recruits, 2026 (2026-Version 1): 3 unit groups. */
const MILITARY_2026_V1: readonly string[] = [
  '40042', // Commissioned officers of the Canadian Armed Forces
  '42102', // Specialized members of the Canadian Armed Forces
  '43204', // Operations members of the Canadian Armed Forces
];

/** 2026 trades list not found: the 2025 list with cooks (63200) removed and butchers (63201) added, as reported (data README §2c). */
const TRADES_2026_V3: readonly string[] = [...TRADES_V2.filter((code) => code !== '63200'), '63201'].sort();

// ── Category versions ───────────────────────────────────────────────────────────────────────────────────────────

const FRENCH_V1: CategoryDefinition = {
  code: 'french',
  version: 'Version 1',
  name: label('French language proficiency (Version 1)', 'Compétence linguistique en français (Version 1)'),
  kind: 'language',
  nocs: [],
  minimumNclc: 7,
};
const FRENCH_2026_V2: CategoryDefinition = {
  code: 'french',
  version: '2026-Version 2',
  name: label('French-Language proficiency 2026-Version 2', 'Compétence linguistique en français 2026-Version 2'),
  kind: 'language',
  nocs: [],
  minimumNclc: 7,
  unsure: 'rules.md §7.4.3 does not say whether Version 2 changed the criteria; NCLC 7 in all four abilities is kept.',
};

// 2023 (renewed unchanged for 2024)
const HEALTHCARE_2023: CategoryDefinition = {
  code: 'healthcare',
  version: 'Version 1',
  name: label('Healthcare occupations (Version 1)', 'Professions de la santé (Version 1)'),
  kind: 'occupation',
  nocs: HEALTHCARE_V1,
  unsure: 'One of the 35 codes (41301) was not read in a copy of IRCC’s table but inferred from the 2025 list (data README §2c).',
};
const STEM_2023: CategoryDefinition = {
  code: 'stem',
  version: 'Version 1',
  name: label('STEM occupations (Version 1)', 'Professions des STIM (Version 1)'),
  kind: 'occupation',
  nocs: STEM_V1,
};
const TRADES_2023: CategoryDefinition = {
  code: 'trades',
  version: 'Version 1',
  // The French feed also wrote "Métiers spécialisés (Version 1)" for the first trades round (3 Aug 2023).
  name: label('Trade occupations (Version 1)', 'Métiers (Version 1)'),
  kind: 'occupation',
  nocs: TRADES_V1,
};
const TRANSPORT_2023: CategoryDefinition = {
  code: 'transport',
  version: 'Version 1',
  name: label('Transport occupations (Version 1)', 'Métiers des transports (Version 1)'),
  kind: 'occupation',
  nocs: TRANSPORT_V1,
};
const AGRICULTURE_2023: CategoryDefinition = {
  code: 'agriculture',
  version: 'Version 1',
  name: label('Agriculture and agri-food occupations (Version 1)', "Métiers de l'agriculture et de l'agroalimentaire (Version 1)"),
  kind: 'occupation',
  nocs: AGRICULTURE_V1,
};

// 2025 (announced 27 Feb 2025; transport dropped, education added)
const HEALTHCARE_2025: CategoryDefinition = {
  code: 'healthcare',
  version: 'Version 2',
  name: label('Healthcare and social services occupations (Version 2)', 'Professions de la santé et des services sociaux (Version 2)'),
  kind: 'occupation',
  nocs: HEALTHCARE_V2,
  unsure: 'The stored copies of IRCC’s 2025 table were truncated; the 37 codes are the 2023 list with IRCC’s announced changes (+8, −6), matching one independent copy (rules.md §10 item 4).',
};
const STEM_2025_DEF: CategoryDefinition = {
  code: 'stem',
  version: 'Version 2',
  name: label('STEM occupations (Version 2)', 'Professions des STIM (Version 2)'),
  kind: 'occupation',
  nocs: STEM_2025,
  unsure: 'No STEM round was held in 2025, so IRCC never published a name for this list; "Version 2" is inferred.',
};
const TRADES_2025: CategoryDefinition = {
  code: 'trades',
  version: 'Version 2',
  name: label('Trade occupations (Version 2)', 'Métiers (Version 2)'),
  kind: 'occupation',
  nocs: TRADES_V2,
};
const EDUCATION_2025: CategoryDefinition = {
  code: 'education',
  version: 'Version 1',
  name: label('Education occupations (Version 1)', 'Professions de l’éducation (Version 1)'),
  kind: 'occupation',
  nocs: EDUCATION_V1,
  unsure: 'rules.md §7.4.2 took the five codes from NOC 2021 knowledge, with titles confirmed by two pages; four list copies agree (data README §2c).',
};
const AGRICULTURE_2025_DEF: CategoryDefinition = {
  code: 'agriculture',
  version: 'Version 2',
  name: label('Agriculture and agri-food occupations (Version 2)', "Métiers de l'agriculture et de l'agroalimentaire (Version 2)"),
  kind: 'occupation',
  nocs: AGRICULTURE_2025,
  unsure: 'No agriculture round was held in 2025: the name is inferred, and butchers (63201) as the only occupation is inferred from the reported removals (rules.md §10 item 4).',
};

// 2026 (announced 18–19 Feb 2026; agriculture dropped; transport back; four new categories)
const HEALTHCARE_2026: CategoryDefinition = {
  code: 'healthcare',
  version: '2026-Version 3',
  name: label('Healthcare and Social Services Occupations, 2026-Version 3', 'Professions de la santé et des services sociaux 2026-version 3'),
  kind: 'occupation',
  nocs: HEALTHCARE_V2,
  unsure: 'The 2026 list was not found (reports say it was expanded); the 2025 list is kept, as in the one unverified copy found (rules.md §10 item 3).',
};
const STEM_2026: CategoryDefinition = {
  code: 'stem',
  version: '2026-Version 3',
  name: label('STEM Occupations, 2026-Version 3', 'Professions des STIM 2026-Version 3'),
  kind: 'occupation',
  nocs: STEM_2025,
  unsure: 'No STEM round through 19 Aug 2026: the name is inferred and the 2026 list (about 40 occupations per one source) was not found, so the 2025 list is kept (rules.md §10 item 3).',
};
const TRADES_2026: CategoryDefinition = {
  code: 'trades',
  version: '2026-Version 3',
  name: label('Trades Occupations, 2026-Version 3', 'Métiers spécialisés 2026-Version 3'),
  kind: 'occupation',
  nocs: TRADES_2026_V3,
  unsure: 'The 2026 list was not found: the 2025 list with cooks (63200) removed and butchers (63201) added, as reported (rules.md §10 item 3).',
};
const EDUCATION_2026: CategoryDefinition = {
  code: 'education',
  version: '2026-Version 2',
  name: label('Education Occupations, 2026-Version 2', 'Professions de l’éducation 2026-Version 2'),
  kind: 'occupation',
  nocs: EDUCATION_V1,
  unsure: 'No education round through 19 Aug 2026: the name is inferred and the 2025 list is kept (rules.md §10 item 3).',
};
const TRANSPORT_2026: CategoryDefinition = {
  code: 'transport',
  version: '2026-Version 2',
  name: label('Transport Occupations, 2026-Version 2', 'Métiers des transports 2026-Version 2'),
  kind: 'occupation',
  nocs: TRANSPORT_2026_V2,
  unsure: 'The four codes come from two news pages (rules.md §7.4.3 marks the full list unsure); the French name is inferred, the stored French feed ends before the first 2026 transport round.',
};
const PHYSICIANS_2026: CategoryDefinition = {
  code: 'physicians',
  version: '2026-Version 1',
  name: label('Physicians with Canadian Work Experience, 2026-Version 1', 'Médecins ayant de l’expérience de travail au Canada 2026-Version 1'),
  kind: 'occupation',
  nocs: PHYSICIANS_2026_V1,
  requirements: ['canadian_work_experience'],
};
const SENIOR_MANAGERS_2026: CategoryDefinition = {
  code: 'senior_managers',
  version: '2026-Version 1',
  name: label(
    'Senior managers with Canadian Work Experience, 2026-Version 1',
    'Cadres supérieurs/cadres supérieures ayant de l’expérience de travail au Canada 2026-version 1',
  ),
  kind: 'occupation',
  nocs: SENIOR_MANAGERS_2026_V1,
  requirements: ['canadian_work_experience'],
};
const RESEARCHERS_2026_DEF: CategoryDefinition = {
  code: 'researchers',
  version: '2026-Version 1',
  name: label('Researchers with Canadian Work Experience, 2026-Version 1', 'Chercheurs/chercheuses ayant de l’expérience de travail au Canada 2026-Version 1'),
  kind: 'occupation',
  nocs: RESEARCHERS_2026,
  requirements: ['canadian_work_experience'],
  unsure: 'No researchers round through 19 Aug 2026, so the name is inferred from the other 2026 categories.',
};
const MILITARY_2026: CategoryDefinition = {
  code: 'military',
  version: '2026-Version 1',
  name: label('Skilled Military Recruits, 2026-Version 1', 'Recrues militaires qualifiées, 2026-Version 1'),
  kind: 'occupation',
  nocs: MILITARY_2026_V1,
  requirements: ['canadian_armed_forces_job_offer'],
  unsure: 'rules.md §7.4.3 marks the criteria unsure; the three codes and the Canadian Armed Forces offer come from two news pages.',
};

const SET_2023: readonly CategoryDefinition[] = [FRENCH_V1, HEALTHCARE_2023, STEM_2023, TRADES_2023, TRANSPORT_2023, AGRICULTURE_2023];
const SET_2025: readonly CategoryDefinition[] = [FRENCH_V1, HEALTHCARE_2025, STEM_2025_DEF, TRADES_2025, EDUCATION_2025, AGRICULTURE_2025_DEF];
const SET_2025_FRENCH_V2: readonly CategoryDefinition[] = SET_2025.map((c) => (c.code === 'french' ? FRENCH_2026_V2 : c));
const SET_2026: readonly CategoryDefinition[] = [
  FRENCH_2026_V2,
  HEALTHCARE_2026,
  STEM_2026,
  TRADES_2026,
  EDUCATION_2026,
  TRANSPORT_2026,
  PHYSICIANS_2026,
  SENIOR_MANAGERS_2026,
  RESEARCHERS_2026_DEF,
  MILITARY_2026,
];

// ── Parameters ──────────────────────────────────────────────────────────────────────────────────────────────────

/** The day the Minister first set categories (news release of 31 May 2023); the first category round was on 28 Jun 2023. */
export const CATEGORIES_START: IsoDate = '2023-05-31';

export const CATEGORY_DEFINITIONS = parameter<readonly CategoryDefinition[]>({
  id: 'category.definitions',
  label: label('Categories for category-based rounds', 'Catégories des rondes d’invitations par catégorie'),
  description: label(
    'The categories in force, each in its version as IRCC names it in rounds, with its NOC 2021 list or language minimum (rules.md §7.4).',
    'Les catégories en vigueur, chacune dans sa version telle qu’IRCC la nomme dans les rondes, avec sa liste CNP 2021 ou son minimum linguistique (rules.md §7.4).',
  ),
  values: [
    {
      from: EPOCH,
      value: [],
      references: [IRPA_2022, NEWS_2023],
      note: 'No category-based selection: IRPA allowed it from 23 Jun 2022, and the Minister set the first categories on 31 May 2023.',
    },
    {
      from: CATEGORIES_START,
      value: SET_2023,
      references: [NEWS_2023, CBS_PAGE, ROUNDS_EN, ROUNDS_FR, NOC_LISTS, RULES_MD],
      unsure: 'One healthcare code (41301) is inferred, not read in a copy of IRCC’s table (data README §2c).',
      note: 'Categories set on 31 May 2023 (first round 28 Jun 2023, the date rules.md §9 gives); renewed unchanged, as "Version 1", for 2024.',
    },
    {
      from: '2025-02-27',
      value: SET_2025,
      references: [REPORT_2025, CBS_PAGE, ROUNDS_EN, ROUNDS_FR, NOC_LISTS, RULES_MD],
      unsure: 'The healthcare list is derived from IRCC’s announced changes, and the names of the STEM and agriculture lists and the agriculture code are inferred: no round used them (rules.md §10 item 4).',
    },
    {
      from: '2026-02-06',
      value: SET_2025_FRENCH_V2,
      references: [ROUNDS_EN, ROUNDS_FR, RULES_MD],
      unsure: 'The day IRCC set "French-Language proficiency 2026-Version 2" is not published: the day of the first round under it (6 Feb 2026) is used.',
    },
    {
      from: '2026-02-18',
      value: SET_2026,
      references: [NEWS_2026, CBS_PAGE, ROUNDS_EN, ROUNDS_FR, NOC_LISTS, RULES_MD],
      unsure: 'The 2026 lists for healthcare, trades, STEM and education were not found, so the 2025 lists are kept (trades: cooks out, butchers in, as reported); rules.md §10 item 3.',
      note: 'Physicians with Canadian work experience was announced on 8 Dec 2025; its first round was on 19 Feb 2026.',
    },
  ],
});

export const CATEGORY_EXPERIENCE = parameter<CategoryExperienceRule | null>({
  id: 'category.occupation_experience',
  label: label('Work experience for occupation categories', 'Expérience de travail pour les catégories professionnelles'),
  description: label(
    'Work in a single listed occupation, within the last 3 years, in Canada or abroad unless the category requires Canadian experience (rules.md §7.4.1).',
    'Travail dans une seule profession de la liste, au cours des 3 dernières années, au Canada ou à l’étranger sauf si la catégorie exige une expérience canadienne (rules.md §7.4.1).',
  ),
  values: [
    { from: EPOCH, value: null, references: [IRPA_2022, NEWS_2023], note: 'No categories yet.' },
    {
      from: CATEGORIES_START,
      value: { months: 6, continuous: true, windowYears: 3, fullTimeHoursPerWeek: 30 },
      references: [CBS_PAGE, NEWS_2023, RULES_MD],
      note: 'At least 6 months of continuous full-time work (or the same amount part-time).',
    },
    {
      from: '2026-02-18',
      value: { months: 12, continuous: false, windowYears: 3, fullTimeHoursPerWeek: 30 },
      references: [NEWS_2026, CBS_PAGE, RULES_MD],
      note: 'At least 12 months of full-time work (or the same amount part-time), not necessarily continuous; hours above 30 a week do not count.',
    },
  ],
});

export const PARAMETERS: readonly Parameter<unknown>[] = [CATEGORY_DEFINITIONS, CATEGORY_EXPERIENCE];

// ── Helpers ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** The categories in force on a day (empty before 31 May 2023). Throws RuleDateError before 2015-01-01. */
export function categoriesInForce(asOf: IsoDate): readonly CategoryDefinition[] {
  return at(CATEGORY_DEFINITIONS, asOf);
}

/** The version of a category in force on a day, or undefined when the category does not exist then. */
export function findCategory(code: string, asOf: IsoDate): CategoryDefinition | undefined {
  return categoriesInForce(asOf).find((c) => c.code === code);
}

/** The occupation categories in force on a day that list a NOC 2021 unit group. */
export function categoriesForNoc(noc: string, asOf: IsoDate): readonly CategoryDefinition[] {
  return categoriesInForce(asOf).filter((c) => c.kind === 'occupation' && c.nocs.includes(noc));
}

/** The occupation-category experience rule in force, or null before categories existed. */
export function categoryExperienceRule(asOf: IsoDate): CategoryExperienceRule | null {
  return at(CATEGORY_EXPERIENCE, asOf);
}

/** Months of work in a listed occupation that occupation categories require (6, then 12 from 2026-02-18); null before categories. */
export function categoryExperienceMonths(asOf: IsoDate): number | null {
  return categoryExperienceRule(asOf)?.months ?? null;
}

/** Every distinct category version ever defined, in order of first appearance. */
export function allCategoryVersions(): readonly CategoryDefinition[] {
  return [...new Set(CATEGORY_DEFINITIONS.values.flatMap((v) => v.value))];
}

const roundName = (name: string): string => name.normalize('NFC').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** The category version a round names (`drawName` of IRCC's feed, English or French), whatever the day. */
export function findCategoryByRoundName(name: string): CategoryDefinition | undefined {
  const wanted = roundName(name);
  return allCategoryVersions().find((c) => roundName(c.name.en) === wanted || roundName(c.name.fr) === wanted);
}
