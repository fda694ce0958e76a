// Express Entry process rules as dated parameters (rules.md §7.1–§7.6, §8, dated by §9): profile and pool,
// invitations and their deadline, tie-break, round types, biometrics, processing standard, recourse, NOC version.
// Deadlines that run from an invitation use the rules in force on the day of the invitation (ITA).
import { EPOCH, at, parameter, type Label, type Parameter, type Reference } from './parameter.ts';
import { addDays, addMonths } from '../dates.ts';
import type { IsoDate } from '../vocabulary.ts';
import { MI_LAUNCH, MI_2016, MI_2017, MI_CURRENT, HELP_2017, citing } from './references.ts';

// ── Value shapes ────────────────────────────────────────────────────────────────────────────────────────────────

/** How ties at the cut-off score are broken (rules.md §7.2). */
export type TieBreakRule =
  /** No published rule. */
  | 'none_published'
  /** Earlier profile submission date and time first; the round's `drawCutOff` timestamp is the limit. */
  | 'submission_instant';

/** Kinds of rounds of invitations (rules.md §7.3). */
export type RoundType = 'general' | 'program' | 'category';

/** The NOC version IRCC classifies work experience with. */
export type NocVersion = 'noc_2011' | 'noc_2016' | 'noc_2021';

/** Which rules an application for permanent residence is processed under (rules.md §7.5). */
export type ApplicationRulesDay = 'ita_date';

export interface JudicialReviewDeadlines {
  /** Days to apply for leave when the matter arose in Canada. */
  inCanadaDays: number;
  /** Days when it arose outside Canada. */
  outsideCanadaDays: number;
}

export interface AgeRange {
  minAge: number;
  maxAge: number;
}

export interface PoliceCertificateRule {
  /** A certificate is needed from each country (other than Canada) where the person stayed this many consecutive months… */
  minConsecutiveMonths: number;
  /** …within this many years… */
  lookbackYears: number;
  /** …counting only stays since this age; and for each family member of at least this age. */
  fromAge: number;
  /** For the current country of residence, a certificate issued within this many months. */
  currentCountryIssuedWithinMonths: number;
}

// ── References ──────────────────────────────────────────────────────────────────────────────────────────────────

const EE = 'https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry';

const MI_2017_CITED: Reference = citing(MI_2017, 's. 4(1): one year in the pool');
const INVITATIONS: Reference = { title: 'IRCC, Express Entry: invitations to apply', url: `${EE}/become-candidate/invitations-apply.html` };
const AFTER_APPLY: Reference = { title: 'IRCC, Apply for permanent residence: after you apply through Express Entry', url: `${EE}/apply-permanent-residence/how-we-assess.html` };
const ROUNDS: Reference = { title: 'IRCC, Express Entry rounds of invitations', url: `${EE}/rounds-invitations.html` };
const ROUNDS_FEED: Reference = {
  title: 'IRCC rounds of invitations feed (round names and tie-break timestamps, 2015–2026)',
  url: 'https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json',
};
const CATEGORY_PAGE: Reference = {
  title: 'IRCC, category-based selection (categories set 31 May 2023; IRPA amended 23 Jun 2022)',
  url: `${EE}/rounds-invitations/category-based-selection.html`,
};
const IRPA_72: Reference = { title: 'Immigration and Refugee Protection Act, s. 72(2)(b): 15 days in Canada, 60 days outside', url: 'https://laws-lois.justice.gc.ca/eng/acts/i-2.5/section-72.html' };
const IRPA_40: Reference = { title: 'Immigration and Refugee Protection Act, s. 40(2)(a): inadmissibility for misrepresentation lasts 5 years', url: 'https://laws-lois.justice.gc.ca/eng/acts/i-2.5/section-40.html' };
const SERVICE_STANDARD: Reference = {
  title: 'IRCC service standard: most complete Express Entry applications processed in 6 months or less (copies on mycism.com, canadianvisa.org)',
};
const RULES_MD: Reference = { title: 'rules.md §7 (process rules) and §9 (rule-change history)' };

const label = (en: string, fr: string): Label => ({ en, fr });

// ── Profile and pool (rules.md §7.1) ───────────────────────────────────────────────────────────────────────────

export const PROFILE_VALIDITY_MONTHS = parameter<number>({
  id: 'process.profile_validity_months',
  label: label('Time a profile stays in the pool (months)', 'Durée de validité d’un profil dans le bassin (mois)'),
  description: label(
    'A profile leaves the pool at the latest one year after the day it was received (earlier if it stops meeting the criteria or an invitation is accepted, declined or expires).',
    'Un profil quitte le bassin au plus tard un an après le jour de sa réception (plus tôt s’il ne répond plus aux critères ou si une invitation est acceptée, refusée ou expire).',
  ),
  values: [
    { from: EPOCH, value: 12, references: [MI_LAUNCH, MI_2017_CITED, MI_CURRENT, RULES_MD], note: 'Since 6 Jun 2017 the instructions word it as "one year after the day it was received".' },
  ],
});

export const PROFILE_COMPLETION_DAYS = parameter<number>({
  id: 'process.profile_completion_days',
  label: label('Days to finish a started profile', 'Jours pour terminer un profil commencé'),
  description: label('A profile not submitted within this time must be started again.', 'Un profil non soumis dans ce délai doit être recommencé.'),
  values: [{ from: EPOCH, value: 60, references: [{ title: 'IRCC (cic.gc.ca), "not invited" / Express Entry profile help page' }, RULES_MD] }],
});

export const JOB_BANK_REGISTRATION_REQUIRED = parameter<boolean>({
  id: 'process.job_bank_registration_required',
  label: label('Job Bank registration required in the pool', 'Inscription obligatoire au Guichet-Emplois pour le bassin'),
  description: label(
    'At launch, candidates without a job offer or a nomination had to register with Job Bank; optional since 6 Jun 2017.',
    'Au lancement, les candidats sans offre d’emploi ni désignation devaient s’inscrire au Guichet-Emplois ; facultatif depuis le 6 juin 2017.',
  ),
  values: [
    { from: EPOCH, value: true, references: [MI_LAUNCH, RULES_MD] },
    { from: '2017-06-06', value: false, references: [HELP_2017, MI_2017_CITED, RULES_MD] },
  ],
});

// ── Ranking, tie-break and rounds (rules.md §7.2, §7.3) ───────────────────────────────────────────────────────

export const TIE_BREAK_RULE = parameter<TieBreakRule>({
  id: 'process.tie_break_rule',
  label: label('Tie-breaking rule at the cut-off score', 'Règle de départage à la note de coupure'),
  description: label(
    'Among candidates at the lowest score invited, those whose profile was submitted before the round’s timestamp are invited; updating a profile keeps its timestamp.',
    'Parmi les candidats à la note la plus basse invitée, ceux dont le profil a été soumis avant l’horodatage de la ronde sont invités ; mettre un profil à jour ne change pas son horodatage.',
  ),
  values: [
    { from: EPOCH, value: 'none_published', references: [MI_LAUNCH, HELP_2017], note: 'No tie-breaking rule was published before 6 Jun 2017.' },
    { from: '2017-06-06', value: 'submission_instant', references: [HELP_2017, MI_2017_CITED, MI_CURRENT, ROUNDS_FEED, RULES_MD] },
  ],
});

export const ROUND_TYPES = parameter<readonly RoundType[]>({
  id: 'process.round_types',
  label: label('Kinds of rounds of invitations', 'Types de rondes d’invitations'),
  description: label(
    'General rounds (any eligible candidate), program-specific rounds (CEC, FSW, FST, PNP), and, since categories were set, category-based rounds.',
    'Rondes générales (tout candidat admissible), rondes propres à un programme (CEC, PTQF, PTMSF, PCP) et, depuis la création des catégories, rondes par catégorie.',
  ),
  values: [
    { from: EPOCH, value: ['general', 'program'], references: [MI_LAUNCH, ROUNDS, ROUNDS_FEED] },
    {
      from: '2023-05-31',
      value: ['general', 'program', 'category'],
      references: [CATEGORY_PAGE, ROUNDS_FEED, RULES_MD],
      note: 'Categories set by the Minister on 31 May 2023; the first category-based round was on 28 Jun 2023.',
    },
  ],
});

// ── Invitation and application (rules.md §7.5) ────────────────────────────────────────────────────────────────

export const ITA_RESPONSE_DAYS = parameter<number>({
  id: 'process.ita_response_days',
  label: label('Days to submit the application after an invitation', 'Jours pour présenter la demande après une invitation'),
  description: label(
    'Calendar days from the invitation (ITA) to submit a complete application for permanent residence; the value in force on the day of the invitation applies.',
    'Jours civils entre l’invitation (IPD) et la présentation d’une demande de résidence permanente complète ; la valeur en vigueur le jour de l’invitation s’applique.',
  ),
  values: [
    { from: EPOCH, value: 60, references: [MI_LAUNCH, RULES_MD] },
    { from: '2016-11-19', value: 90, references: [MI_2016, RULES_MD] },
    {
      from: '2018-06-26',
      value: 60,
      references: [{ title: 'IRCC notice of 26 Jun 2018, as reported by greenlightcanada.com and immigrationexperts.pk' }, RULES_MD],
      unsure: 'rules.md §9 gives this date from a single secondary source; a second secondary page agrees, no IRCC text was found.',
    },
    {
      from: '2020-03-18',
      value: 90,
      references: [{ title: 'IRCC COVID-19 measures, March 2020, as recalled in IRCC’s news release of 29 Jun 2021 (reprinted by uimmigrate.ca, africanada.com)' }, RULES_MD],
      unsure: 'Sources say only "March 2020" for the 90-day COVID measure (rules.md §9 marks it unsure); the first round after the measures, 18 Mar 2020, is used.',
    },
    {
      from: '2021-06-29',
      value: 60,
      references: [{ title: 'IRCC news release, 29 Jun 2021: Express Entry candidates again have 60 days to apply (invited before 29 Jun 2021: 90 days)' }, INVITATIONS, RULES_MD],
    },
  ],
});

export const APPLICATION_RULES_DAY = parameter<ApplicationRulesDay>({
  id: 'process.application_rules_day',
  label: label('Rules an application is processed under', 'Règles appliquées au traitement d’une demande'),
  description: label(
    'An application is processed under the rules in force on the day the invitation was issued; later rule changes do not affect it.',
    'Une demande est traitée selon les règles en vigueur le jour où l’invitation a été émise ; les changements ultérieurs ne la touchent pas.',
  ),
  values: [{ from: EPOCH, value: 'ita_date', references: [{ title: 'IRCC text of 2017 and 2025 as reproduced by itcimmigration.com and truecanhelp.com' }, RULES_MD] }],
});

export const PROCESSING_STANDARD_MONTHS = parameter<number>({
  id: 'process.processing_standard_months',
  label: label('Service standard for processing an application (months)', 'Norme de service pour le traitement d’une demande (mois)'),
  description: label(
    'IRCC aims to process most complete applications within this time, biometrics included.',
    'IRCC vise à traiter la plupart des demandes complètes dans ce délai, biométrie comprise.',
  ),
  values: [{ from: EPOCH, value: 6, references: [SERVICE_STANDARD, MI_LAUNCH, RULES_MD] }],
});

export const BIOMETRICS_DEADLINE_DAYS = parameter<number>({
  id: 'process.biometrics_deadline_days',
  label: label('Days to give biometrics', 'Jours pour fournir les données biométriques'),
  description: label(
    'Days from the date on the biometric instruction letter to give fingerprints and photo.',
    'Jours à compter de la date de la lettre d’instructions relatives à la biométrie pour fournir empreintes digitales et photo.',
  ),
  values: [
    {
      from: EPOCH,
      value: 30,
      references: [AFTER_APPLY, RULES_MD],
      note: 'Biometrics were required of permanent-residence applicants from Europe, the Middle East and Africa from 31 Jul 2018 and of all others from 31 Dec 2018; the COVID-19 extension to 90 days (March 2020) is not modelled (its end is not documented).',
    },
  ],
});

export const BIOMETRICS_AGES = parameter<AgeRange>({
  id: 'process.biometrics_ages',
  label: label('Ages at which biometrics are required', 'Âges auxquels la biométrie est exigée'),
  description: label('Every applicant aged 14 to 79, even if biometrics were given before.', 'Chaque demandeur de 14 à 79 ans, même s’il a déjà fourni ses données biométriques.'),
  values: [{ from: EPOCH, value: { minAge: 14, maxAge: 79 }, references: [AFTER_APPLY, RULES_MD] }],
});

export const UPFRONT_MEDICAL_EXAM_REQUIRED = parameter<boolean>({
  id: 'process.upfront_medical_exam_required',
  label: label('Medical exam required before applying', 'Examen médical exigé avant la demande'),
  description: label(
    'Whether an immigration medical exam had to be done before submitting the application; since 1 Oct 2023 IRCC sends instructions after submission.',
    'Si l’examen médical aux fins de l’immigration devait être passé avant de présenter la demande ; depuis le 1er octobre 2023, IRCC envoie les instructions après la présentation.',
  ),
  values: [
    { from: EPOCH, value: true, references: [AFTER_APPLY, RULES_MD] },
    {
      from: '2023-10-01',
      value: false,
      references: [{ title: 'IRCC change of 1 Oct 2023 to upfront medical exams, as reported by connectingcountriesimmigration.com' }, AFTER_APPLY, RULES_MD],
      unsure: 'rules.md §7.5 marks the exemption conditions unsure (those with a recent IME for another IRCC application or living in Canada may not need another).',
    },
  ],
});

export const POLICE_CERTIFICATES = parameter<PoliceCertificateRule>({
  id: 'process.police_certificates',
  label: label('Police certificates required', 'Certificats de police exigés'),
  description: label(
    'For the applicant and each family member aged 18 or more: from every country other than Canada where they stayed 6 months or more in a row in the last 10 years since age 18.',
    'Pour le demandeur et chaque membre de la famille de 18 ans ou plus : de chaque pays autre que le Canada où il a séjourné 6 mois consécutifs ou plus au cours des 10 dernières années depuis ses 18 ans.',
  ),
  values: [{ from: EPOCH, value: { minConsecutiveMonths: 6, lookbackYears: 10, fromAge: 18, currentCountryIssuedWithinMonths: 6 }, references: [INVITATIONS, RULES_MD] }],
});

export const MISREPRESENTATION_BAR_YEARS = parameter<number>({
  id: 'process.misrepresentation_bar_years',
  label: label('Bar after misrepresentation (years)', 'Interdiction après fausse déclaration (années)'),
  description: label(
    'An application that does not match the profile or misrepresents facts is refused and the person is inadmissible for this many years.',
    'Une demande qui ne correspond pas au profil ou contient une fausse déclaration est refusée et la personne est interdite de territoire pendant ce nombre d’années.',
  ),
  values: [{ from: EPOCH, value: 5, references: [IRPA_40, AFTER_APPLY, RULES_MD] }],
});

// ── Refusal recourse (rules.md §7.6) ───────────────────────────────────────────────────────────────────────────

export const JUDICIAL_REVIEW_DEADLINES = parameter<JudicialReviewDeadlines>({
  id: 'process.judicial_review_deadlines',
  label: label('Deadline to seek leave for judicial review', 'Délai pour demander l’autorisation de contrôle judiciaire'),
  description: label(
    'Days after being notified of (or becoming aware of) a refusal to apply to the Federal Court for leave; a judge may extend it for special reasons. No appeal to the Immigration Appeal Division.',
    'Jours après avoir été avisé d’un refus (ou en avoir eu connaissance) pour demander l’autorisation à la Cour fédérale ; un juge peut le prolonger pour motifs valables. Aucun appel à la Section d’appel de l’immigration.',
  ),
  values: [{ from: EPOCH, value: { inCanadaDays: 15, outsideCanadaDays: 60 }, references: [IRPA_72, RULES_MD] }],
});

// ── Occupational classification (rules.md §8) ─────────────────────────────────────────────────────────────────

export const NOC_VERSION = parameter<NocVersion>({
  id: 'process.noc_version',
  label: label('NOC version used by IRCC', 'Version de la CNP utilisée par IRCC'),
  description: label(
    'The National Occupational Classification that work experience and job offers are classified with: skill types and levels (0, A, B, C, D) until 15 Nov 2022, TEER categories since.',
    'La Classification nationale des professions selon laquelle l’expérience de travail et les offres d’emploi sont classées : genres et niveaux de compétence (0, A, B, C, D) jusqu’au 15 novembre 2022, catégories FÉER depuis.',
  ),
  values: [
    { from: EPOCH, value: 'noc_2011', references: [MI_LAUNCH, { title: 'ESDC, National Occupational Classification 2011', url: 'https://noc.esdc.gc.ca' }] },
    {
      from: '2017-10-24',
      value: 'noc_2016',
      references: [{ title: 'Government of the Northwest Territories, "National Occupational Classification List Update" (24 Oct 2017): IRCC switches from NOC 2011 to NOC 2016 for all programs', url: 'https://www.immigratenwt.ca/national-occupational-classification-list-update' }],
      unsure: 'rules.md §8 only says NOC 2016 was in use before NOC 2021; the 24 Oct 2017 switch comes from one provincial-territorial page (NOC 2016 kept NOC 2011’s structure and skill levels).',
    },
    {
      from: '2022-11-16',
      value: 'noc_2021',
      references: [
        { title: 'Statistics Canada, National Occupational Classification (NOC) 2021 Version 1.0', url: 'https://www.statcan.gc.ca/en/subjects/standard/noc/2021/indexV1' },
        { title: 'IRCC transition to NOC 2021 on 16 Nov 2022 (announced 27 Jul 2022)' },
        RULES_MD,
      ],
      note: 'Invitations issued before 16 Nov 2022 kept NOC 2016 codes for their application.',
    },
  ],
});

export const PARAMETERS: readonly Parameter<unknown>[] = [
  PROFILE_VALIDITY_MONTHS,
  PROFILE_COMPLETION_DAYS,
  JOB_BANK_REGISTRATION_REQUIRED,
  TIE_BREAK_RULE,
  ROUND_TYPES,
  ITA_RESPONSE_DAYS,
  APPLICATION_RULES_DAY,
  PROCESSING_STANDARD_MONTHS,
  BIOMETRICS_DEADLINE_DAYS,
  BIOMETRICS_AGES,
  UPFRONT_MEDICAL_EXAM_REQUIRED,
  POLICE_CERTIFICATES,
  MISREPRESENTATION_BAR_YEARS,
  JUDICIAL_REVIEW_DEADLINES,
  NOC_VERSION,
];

// ── Helpers ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** Last day to submit the application for an invitation issued on `itaDate` (the deadline in force that day). */
export function itaResponseDeadline(itaDate: IsoDate): IsoDate {
  return addDays(itaDate, at(ITA_RESPONSE_DAYS, itaDate));
}

/** Day a profile received on `receivedOn` leaves the pool at the latest (one year later). */
export function profileExpiryDate(receivedOn: IsoDate): IsoDate {
  return addMonths(receivedOn, at(PROFILE_VALIDITY_MONTHS, receivedOn));
}
