// French and English for the programs area: program names, eligibility reasons (`eligibility.<code>`) and the
// findings of deriving a profile (`finding.<code>`: work, education, job offer, spouse). ICU MessageFormat.

const WHO_WORK_EN = '{who, select, spouse {Your spouse’s or partner’s work} other {Your work}}';
const WHO_WORK_FR = '{who, select, spouse {Le travail de votre époux ou conjoint} other {Votre travail}}';
const WHO_CRED_EN = '{who, select, spouse {Your spouse’s or partner’s} other {Your}}';
const WHO_CRED_FR = '{who, select, spouse { de votre époux ou conjoint} other {}}';

const LEVEL_EN =
  '{level, select, secondary {secondary diploma} one_year {one-year post-secondary credential} two_year {two-year post-secondary credential} bachelors_or_three_year {bachelor’s degree or three-year credential} masters_or_professional {master’s or professional degree} doctoral {doctorate} other {{level}}}';
const LEVEL_FR =
  '{level, select, secondary {diplôme d’études secondaires} one_year {diplôme postsecondaire d’un an} two_year {diplôme postsecondaire de deux ans} bachelors_or_three_year {baccalauréat ou diplôme de trois ans} masters_or_professional {maîtrise ou diplôme professionnel} doctoral {doctorat} other {{level}}}';

const ABILITY_EN = '{ability, select, speaking {speaking} listening {listening} reading {reading} writing {writing} other {{ability}}}';
const ABILITY_FR =
  '{ability, select, speaking {expression orale} listening {compréhension de l’oral} reading {compréhension de l’écrit} writing {expression écrite} other {{ability}}}';

const TEST_EN =
  '{test, select, ielts_general {IELTS General Training} celpip_general {CELPIP-General} pte_core {PTE Core} tef_canada {TEF Canada} tcf_canada {TCF Canada} other {{test}}}';
const TEST_FR =
  '{test, select, ielts_general {IELTS (formation générale)} celpip_general {CELPIP – Général} pte_core {PTE Core} tef_canada {TEF Canada} tcf_canada {TCF Canada} other {{test}}}';

const ENTRY_EN = `${WHO_WORK_EN} as NOC {noc} from {start}`;
const ENTRY_FR = `${WHO_WORK_FR} (CNP {noc}) commencé le {start}`;

export const MESSAGES: Record<string, { en: string; fr: string }> = {
  // ── Programs ────────────────────────────────────────────────────────────────────────────────────────────────
  'program.fsw': { en: 'Federal Skilled Worker Program (FSWP)', fr: 'Programme des travailleurs qualifiés (fédéral) (PTQF)' },
  'program.cec': { en: 'Canadian Experience Class (CEC)', fr: 'Catégorie de l’expérience canadienne (CEC)' },
  'program.fst': { en: 'Federal Skilled Trades Program (FSTP)', fr: 'Programme des travailleurs de métiers spécialisés (fédéral) (PTMSF)' },

  // ── Eligibility reasons: common ─────────────────────────────────────────────────────────────────────────────
  'eligibility.intends_quebec': {
    en: 'You intend to live in Québec: Québec selects its own skilled workers, so Express Entry programs do not apply.',
    fr: 'Vous comptez vous établir au Québec : le Québec sélectionne lui-même ses travailleurs qualifiés, les programmes d’Entrée express ne s’appliquent donc pas.',
  },
  'eligibility.no_valid_language_test': {
    en: 'No valid language test result: every program needs an approved test less than two years old.',
    fr: 'Aucun résultat de test de langue valide : chaque programme exige un test approuvé de moins de deux ans.',
  },
  'eligibility.funds_met': {
    en: 'Settlement funds: ${declared, number} declared, ${required, number} required for a family of {familySize, plural, one {one person} other {# people}}.',
    fr: 'Fonds d’établissement : {declared, number} $ déclarés, {required, number} $ exigés pour une famille de {familySize, plural, one {# personne} other {# personnes}}.',
  },
  'eligibility.funds_insufficient': {
    en: 'Not enough settlement funds: ${declared, number} declared, ${required, number} required for a family of {familySize, plural, one {one person} other {# people}}.',
    fr: 'Fonds d’établissement insuffisants : {declared, number} $ déclarés, {required, number} $ exigés pour une famille de {familySize, plural, one {# personne} other {# personnes}}.',
  },
  'eligibility.funds_exempt_job_offer': {
    en: 'No proof of funds needed: you are authorized to work in Canada and have a valid job offer.',
    fr: 'Aucune preuve de fonds exigée : vous êtes autorisé à travailler au Canada et avez une offre d’emploi valide.',
  },
  'eligibility.funds_table_estimated': {
    en: 'The funds table in force on that date is not known here; the oldest known table (2023) was used: ${required, number}.',
    fr: 'Le barème de fonds en vigueur à cette date n’est pas connu ici ; le plus ancien barème connu (2023) a été utilisé : {required, number} $.',
  },

  // ── FSW ─────────────────────────────────────────────────────────────────────────────────────────────────────
  'eligibility.fsw_experience_met': {
    en: 'Work experience: {hours, number} hours of continuous skilled work as NOC {noc} ({from} to {to}).',
    fr: 'Expérience de travail : {hours, number} heures de travail spécialisé continu (CNP {noc}, du {from} au {to}).',
  },
  'eligibility.fsw_insufficient_continuous_experience': {
    en: 'Not enough work experience: {hours, number} hours of continuous skilled work in one occupation in the last 10 years; {required, number} needed (one year, at most 30 hours a week counted).',
    fr: 'Expérience de travail insuffisante : {hours, number} heures de travail spécialisé continu dans une même profession au cours des 10 dernières années ; il en faut {required, number} (un an, au plus 30 heures comptées par semaine).',
  },
  'eligibility.fsw_language_met': {
    en: 'Language: at least CLB {required} in all four abilities of your first official language.',
    fr: 'Langue : au moins NCLC {required} dans les quatre compétences de votre première langue officielle.',
  },
  'eligibility.fsw_language_below_clb7': {
    en: `Language too low in ${ABILITY_EN}: CLB {level}, at least {required} needed.`,
    fr: `Niveau de langue insuffisant en ${ABILITY_FR} : NCLC {level}, il faut au moins {required}.`,
  },
  'eligibility.fsw_education_missing': {
    en: 'No education that counts: a Canadian credential, or a foreign one with an educational credential assessment (ECA) less than five years old, is needed.',
    fr: 'Aucun diplôme pris en compte : il faut un diplôme canadien, ou un diplôme étranger avec une évaluation des diplômes d’études (EDE) de moins de cinq ans.',
  },
  'eligibility.fsw_grid_passed': {
    en: 'Selection grid: {points} points of 100 (pass mark {required}).',
    fr: 'Grille de sélection : {points} points sur 100 (note de passage {required}).',
  },
  'eligibility.fsw_grid_below_pass_mark': {
    en: 'Selection grid: {points} points of 100, below the pass mark of {required}.',
    fr: 'Grille de sélection : {points} points sur 100, sous la note de passage de {required}.',
  },

  // ── CEC ─────────────────────────────────────────────────────────────────────────────────────────────────────
  'eligibility.cec_experience_met': {
    en: 'Canadian work experience: {hours, number} hours of skilled work in Canada in the last 3 years ({required, number} needed).',
    fr: 'Expérience de travail au Canada : {hours, number} heures de travail spécialisé au Canada au cours des 3 dernières années (il en faut {required, number}).',
  },
  'eligibility.cec_insufficient_canadian_experience': {
    en: 'Not enough Canadian work experience: {hours, number} hours of skilled work in Canada in the last 3 years; {required, number} needed (one year, at most 30 hours a week counted).',
    fr: 'Expérience de travail au Canada insuffisante : {hours, number} heures de travail spécialisé au Canada au cours des 3 dernières années ; il en faut {required, number} (un an, au plus 30 heures comptées par semaine).',
  },
  'eligibility.cec_language_met': {
    en: 'Language: at least CLB {required} in all four abilities.',
    fr: 'Langue : au moins NCLC {required} dans les quatre compétences.',
  },
  'eligibility.cec_language_below_minimum': {
    en: `Language too low in ${ABILITY_EN}: CLB {level}, at least {required} needed for the TEER of your work.`,
    fr: `Niveau de langue insuffisant en ${ABILITY_FR} : NCLC {level}, il faut au moins {required} pour la catégorie FÉER de votre travail.`,
  },

  // ── FST ─────────────────────────────────────────────────────────────────────────────────────────────────────
  'eligibility.fst_experience_met': {
    en: 'Trade experience: {hours, number} hours as NOC {noc} in the last 5 years ({required, number} needed).',
    fr: 'Expérience dans le métier : {hours, number} heures (CNP {noc}) au cours des 5 dernières années (il en faut {required, number}).',
  },
  'eligibility.fst_insufficient_trade_experience': {
    en: 'Not enough experience in one skilled trade: {hours, number} hours in the last 5 years; {required, number} needed (two years, at most 30 hours a week counted).',
    fr: 'Expérience insuffisante dans un métier spécialisé : {hours, number} heures au cours des 5 dernières années ; il en faut {required, number} (deux ans, au plus 30 heures comptées par semaine).',
  },
  'eligibility.fst_certificate_met': {
    en: 'Certificate of qualification in the trade (NOC {noc}).',
    fr: 'Certificat de compétence dans le métier (CNP {noc}).',
  },
  'eligibility.fst_job_offer_met': {
    en: 'Valid job offer in the trade (NOC {noc}).',
    fr: 'Offre d’emploi valide dans le métier (CNP {noc}).',
  },
  'eligibility.fst_no_job_offer_or_certificate': {
    en: 'A valid full-time job offer of at least one year, or a Canadian certificate of qualification, in the same trade as your experience is needed.',
    fr: 'Il faut une offre d’emploi valide à temps plein d’au moins un an, ou un certificat de compétence canadien, dans le même métier que votre expérience.',
  },
  'eligibility.fst_language_met': {
    en: 'Language: at least CLB 5 in speaking and listening and CLB 4 in reading and writing.',
    fr: 'Langue : au moins NCLC 5 à l’oral (expression et compréhension) et NCLC 4 à l’écrit (compréhension et expression).',
  },
  'eligibility.fst_language_below_minimum': {
    en: `Language too low in ${ABILITY_EN}: CLB {level}, at least {required} needed.`,
    fr: `Niveau de langue insuffisant en ${ABILITY_FR} : NCLC {level}, il faut au moins {required}.`,
  },

  // ── Findings: work ──────────────────────────────────────────────────────────────────────────────────────────
  'finding.work_unpaid_not_counted': {
    en: `${ENTRY_EN} is not counted: only paid work counts.`,
    fr: `${ENTRY_FR} n’est pas compté : seul le travail rémunéré compte.`,
  },
  'finding.work_unauthorized_not_counted': {
    en: `${ENTRY_EN} is not counted: work in Canada counts only if authorized.`,
    fr: `${ENTRY_FR} n’est pas compté : le travail au Canada ne compte que s’il était autorisé.`,
  },
  'finding.work_self_employed_not_counted': {
    en: `${ENTRY_EN} is not counted: self-employment in Canada does not count as Canadian work experience.`,
    fr: `${ENTRY_FR} n’est pas compté : le travail autonome au Canada ne compte pas comme expérience de travail canadienne.`,
  },
  'finding.work_full_time_student_not_counted': {
    en: `${ENTRY_EN} is not counted: work done while a full-time student does not count as Canadian work experience.`,
    fr: `${ENTRY_FR} n’est pas compté : le travail effectué pendant des études à temps plein ne compte pas comme expérience de travail canadienne.`,
  },
  'finding.work_not_skilled_not_counted': {
    en: `${ENTRY_EN} is not counted: only skilled occupations (TEER 0, 1, 2 or 3) count.`,
    fr: `${ENTRY_FR} n’est pas compté : seules les professions spécialisées (FÉER 0, 1, 2 ou 3) comptent.`,
  },
  'finding.work_after_as_of_not_counted': {
    en: `${ENTRY_EN} is not counted: it starts after the evaluation day.`,
    fr: `${ENTRY_FR} n’est pas compté : il commence après la date d’évaluation.`,
  },
  'finding.work_physician_public_policy': {
    en: `${ENTRY_EN}: physicians’ publicly funded fee-for-service work may count under a temporary public policy; it is not counted here.`,
    fr: `${ENTRY_FR} : le travail des médecins rémunéré à l’acte et financé par l’État peut compter selon une politique d’intérêt public temporaire ; il n’est pas compté ici.`,
  },
  'finding.work_over_30h_capped': {
    en: `${ENTRY_EN}: {weeklyHours} hours a week declared, at most {cap} are counted.`,
    fr: `${ENTRY_FR} : {weeklyHours} heures par semaine déclarées, au plus {cap} sont comptées.`,
  },
  'finding.work_overlap_capped': {
    en: '{who, select, spouse {Your spouse’s or partner’s jobs} other {Your jobs}} overlap: {hours, number} hours beyond {cap} hours a week in total are not counted.',
    fr: '{who, select, spouse {Les emplois de votre époux ou conjoint} other {Vos emplois}} se chevauchent : {hours, number} heures au-delà de {cap} heures par semaine au total ne sont pas comptées.',
  },
  'finding.work_foreign_single_occupation': {
    en: 'Foreign work counts in one occupation: {years} full year(s) as NOC {noc}, although all your foreign skilled work adds up to {allOccupationsYears}.',
    fr: 'Le travail à l’étranger compte dans une seule profession : {years} année(s) complète(s) (CNP {noc}), alors que tout votre travail spécialisé à l’étranger totalise {allOccupationsYears} année(s).',
  },

  // ── Findings: education ─────────────────────────────────────────────────────────────────────────────────────
  'finding.education_not_completed': {
    en: `${WHO_CRED_EN} ${LEVEL_EN} is not counted: it is completed on {completedOn}, after the evaluation day.`,
    fr: `Le diplôme${WHO_CRED_FR} (${LEVEL_FR}) n’est pas compté : il est obtenu le {completedOn}, après la date d’évaluation.`,
  },
  'finding.eca_missing': {
    en: `${WHO_CRED_EN} foreign ${LEVEL_EN} is not counted: it needs an educational credential assessment (ECA).`,
    fr: `Le diplôme étranger${WHO_CRED_FR} (${LEVEL_FR}) n’est pas compté : il lui faut une évaluation des diplômes d’études (EDE).`,
  },
  'finding.eca_expired': {
    en: `${WHO_CRED_EN} foreign ${LEVEL_EN} is not counted: its ECA of {ecaDate} was valid until {validUntil} (an ECA must be less than five years old).`,
    fr: `Le diplôme étranger${WHO_CRED_FR} (${LEVEL_FR}) n’est pas compté : son EDE du {ecaDate} était valide jusqu’au {validUntil} (une EDE doit dater de moins de cinq ans).`,
  },
  'finding.canadian_education_too_short': {
    en: `Your Canadian ${LEVEL_EN} gives no Canadian-education points: {fullTimeMonths} months of full-time study, at least {required} needed.`,
    fr: `Votre diplôme canadien (${LEVEL_FR}) ne donne pas de points pour études au Canada : {fullTimeMonths} mois d’études à temps plein, il en faut au moins {required}.`,
  },
  'finding.canadian_education_not_in_canada': {
    en: `Your Canadian ${LEVEL_EN} gives no Canadian-education points: {monthsInCanada} months in Canada during the program, at least {required} needed.`,
    fr: `Votre diplôme canadien (${LEVEL_FR}) ne donne pas de points pour études au Canada : {monthsInCanada} mois au Canada pendant le programme, il en faut au moins {required}.`,
  },
  'finding.canadian_education_mostly_language_study': {
    en: `Your Canadian ${LEVEL_EN} gives no Canadian-education points: English or French as a second language was more than half of the study.`,
    fr: `Votre diplôme canadien (${LEVEL_FR}) ne donne pas de points pour études au Canada : l’anglais ou le français langue seconde constituait plus de la moitié des études.`,
  },
  'finding.canadian_education_return_award': {
    en: `Your Canadian ${LEVEL_EN} gives no Canadian-education points: it was studied under an award requiring a return to your home country.`,
    fr: `Votre diplôme canadien (${LEVEL_FR}) ne donne pas de points pour études au Canada : il a été suivi grâce à une bourse exigeant le retour dans le pays d’origine.`,
  },
  'finding.canadian_education_conditions_assumed': {
    en: `Your Canadian ${LEVEL_EN} is counted for Canadian-education points assuming you studied full time in Canada for at least 8 months.`,
    fr: `Votre diplôme canadien (${LEVEL_FR}) est compté pour les points d’études au Canada en supposant au moins 8 mois d’études à temps plein au Canada.`,
  },

  // ── Findings: language, spouse, other ───────────────────────────────────────────────────────────────────────
  'finding.no_valid_language_test': {
    en: 'No valid language test result: language points are 0 and no Express Entry program can be met.',
    fr: 'Aucun résultat de test de langue valide : les points de langue sont nuls et aucun programme d’Entrée express ne peut être satisfait.',
  },
  'finding.spouse_details_missing': {
    en: 'You are married or in a common-law relationship but gave no details about your spouse or partner: scored as not accompanying.',
    fr: 'Vous êtes marié ou en union de fait sans avoir donné de renseignements sur votre époux ou conjoint : il est compté comme ne vous accompagnant pas.',
  },
  'finding.spouse_language_test_expired': {
    en: `Your spouse’s or partner’s ${TEST_EN} result of {testDate} is not counted: it was valid until {validUntil}.`,
    fr: `Le résultat ${TEST_FR} du {testDate} de votre époux ou conjoint n’est pas pris en compte : il était valide jusqu’au {validUntil}.`,
  },
  'finding.spouse_language_test_not_accepted': {
    en: `Your spouse’s or partner’s ${TEST_EN} result of {testDate} is not counted: IRCC did not accept this test for results of that date.`,
    fr: `Le résultat ${TEST_FR} du {testDate} de votre époux ou conjoint n’est pas pris en compte : IRCC n’acceptait pas ce test pour des résultats de cette date.`,
  },
  'finding.spouse_language_test_in_future': {
    en: `Your spouse’s or partner’s ${TEST_EN} result of {testDate} is not counted: it is dated after the evaluation day.`,
    fr: `Le résultat ${TEST_FR} du {testDate} de votre époux ou conjoint n’est pas pris en compte : il est postérieur à la date d’évaluation.`,
  },
  'finding.certificate_after_as_of': {
    en: 'Your certificate of qualification is not counted: it is issued on {issuedOn}, after the evaluation day.',
    fr: 'Votre certificat de compétence n’est pas compté : il est délivré le {issuedOn}, après la date d’évaluation.',
  },
  'finding.nomination_after_as_of': {
    en: 'Your provincial nomination is not counted: it is dated {nominatedOn}, after the evaluation day.',
    fr: 'Votre désignation provinciale n’est pas comptée : elle est datée du {nominatedOn}, après la date d’évaluation.',
  },

  // ── Findings: job offer ─────────────────────────────────────────────────────────────────────────────────────
  'finding.job_offer_not_skilled': {
    en: 'Your job offer (NOC {noc}) does not qualify: it must be in a skilled occupation (TEER 0, 1, 2 or 3).',
    fr: 'Votre offre d’emploi (CNP {noc}) n’est pas admissible : elle doit viser une profession spécialisée (FÉER 0, 1, 2 ou 3).',
  },
  'finding.job_offer_not_full_time': {
    en: 'Your job offer (NOC {noc}) does not qualify: it must be full time (at least 30 hours a week).',
    fr: 'Votre offre d’emploi (CNP {noc}) n’est pas admissible : elle doit être à temps plein (au moins 30 heures par semaine).',
  },
  'finding.job_offer_seasonal': {
    en: 'Your job offer (NOC {noc}) does not qualify: it must be non-seasonal.',
    fr: 'Votre offre d’emploi (CNP {noc}) n’est pas admissible : elle doit être non saisonnière.',
  },
  'finding.job_offer_too_short': {
    en: 'Your job offer (NOC {noc}) does not qualify: {months} months after permanent residence, at least {required} needed.',
    fr: 'Votre offre d’emploi (CNP {noc}) n’est pas admissible : {months} mois après la résidence permanente, il en faut au moins {required}.',
  },
  'finding.job_offer_no_lmia': {
    en: 'Your job offer (NOC {noc}) does not qualify: it needs a positive Labour Market Impact Assessment (LMIA) or an LMIA exemption.',
    fr: 'Votre offre d’emploi (CNP {noc}) n’est pas admissible : il lui faut une étude d’impact sur le marché du travail (EIMT) favorable ou une dispense d’EIMT.',
  },
  'finding.job_offer_lmia_exempt_not_counted_for_crs': {
    en: 'Your LMIA-exempt job offer (NOC {noc}) earns no CRS points on that date: before 19 November 2016 only LMIA-supported offers did.',
    fr: 'Votre offre d’emploi dispensée d’EIMT (CNP {noc}) ne donne pas de points du SCG à cette date : avant le 19 novembre 2016, seules les offres appuyées par une EIMT en donnaient.',
  },
  'finding.job_offer_indeterminate_required': {
    en: 'Before 19 November 2016 a job offer (here NOC {noc}) had to be for an indeterminate period: check that yours was.',
    fr: 'Avant le 19 novembre 2016, une offre d’emploi (ici CNP {noc}) devait être d’une durée indéterminée : vérifiez que c’était le cas de la vôtre.',
  },
};
