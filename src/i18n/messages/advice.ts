// French and English for the advice area: advice codes of src/domain/advice.ts (`advice.<code>`) and its warning
// findings (`finding.<code>`). Placeholders are the names of the params the domain puts in each advice or finding.

const TEST_EN =
  '{test, select, ielts_general {IELTS General Training} celpip_general {CELPIP-General} pte_core {PTE Core} tef_canada {TEF Canada} tcf_canada {TCF Canada} other {{test}}}';
const TEST_FR =
  '{test, select, ielts_general {IELTS (formation générale)} celpip_general {CELPIP – Général} pte_core {PTE Core} tef_canada {TEF Canada} tcf_canada {TCF Canada} other {{test}}}';

const ABILITY_EN = '{ability, select, speaking {speaking} listening {listening} reading {reading} writing {writing} other {{ability}}}';
const ABILITY_FR =
  '{ability, select, speaking {expression orale} listening {compréhension orale} reading {compréhension écrite} writing {expression écrite} other {{ability}}}';

const LANGUAGE_EN = '{language, select, english {English} french {French} other {{language}}}';
const LANGUAGE_FR = '{language, select, english {anglais} french {français} other {{language}}}';
/** The scale's name follows the language: CLB for English, NCLC for French. */
const SCALE = '{language, select, french {NCLC} other {CLB}}';

const LEVELS_EN =
  'none {no diploma} secondary {a secondary school diploma} one_year {a one-year post-secondary credential} two_year {a two-year post-secondary credential} bachelors_or_three_year {a bachelor’s degree or three-year program} two_or_more_one_3yr {two or more credentials, one of three years or more} masters_or_professional {a master’s or entry-to-practice professional degree} doctoral {a doctorate (PhD)}';
const LEVELS_FR =
  'none {aucun diplôme} secondary {un diplôme d’études secondaires} one_year {un diplôme postsecondaire d’un an} two_year {un diplôme postsecondaire de deux ans} bachelors_or_three_year {un baccalauréat ou un programme de trois ans} two_or_more_one_3yr {deux diplômes ou plus, dont un de trois ans ou plus} masters_or_professional {une maîtrise ou un diplôme professionnel donnant accès à une profession réglementée} doctoral {un doctorat}';
const level = (name: string, levels: string) => `{${name}, select, ${levels} other {{${name}}}}`;

const WHO_EN = '{who, select, spouse {Your spouse’s or partner’s} other {Your}}';
const WHO_FR = '{who, select, spouse { de votre époux ou conjoint de fait} other {}}';

export const MESSAGES: Record<string, { en: string; fr: string }> = {
  // ── Advice (what-if suggestions) ──
  'advice.first_language_ability': {
    en: `Raise your ${LANGUAGE_EN} ${ABILITY_EN} from ${SCALE} {from} to ${SCALE} {to}.`,
    fr: `Faire passer votre ${ABILITY_FR} en ${LANGUAGE_FR} du niveau ${SCALE} {from} au niveau ${SCALE} {to}.`,
  },
  'advice.first_language_all': {
    en: `Reach ${SCALE} {level} or more in all four ${LANGUAGE_EN} abilities.`,
    fr: `Atteindre le niveau ${SCALE} {level} ou plus dans les quatre compétences en ${LANGUAGE_FR}.`,
  },
  'advice.second_language': {
    en: '{language, select, french {Take a French test and reach NCLC {level} in all four abilities (assumed here; the points include the French-language bonus where it applies).} other {Take an English test and reach CLB {level} in all four abilities (assumed here; the points include any rise of the French-language bonus).}}',
    fr: '{language, select, french {Passer un test de français et obtenir le niveau NCLC {level} dans les quatre compétences (hypothèse retenue ici ; les points comprennent le bonus de français quand il s’applique).} other {Passer un test d’anglais et obtenir le niveau CLB {level} dans les quatre compétences (hypothèse retenue ici ; les points comprennent la hausse éventuelle du bonus de français).}}',
  },
  'advice.canadian_work_year': {
    en: 'Keep working in Canada to reach {years, plural, one {# year} other {# years}} of Canadian work experience (projected score that day, birthdays and expiries included: {scoreOn}).',
    fr: 'Continuer à travailler au Canada pour atteindre {years, plural, one {# an} other {# ans}} d’expérience de travail au Canada (note prévue ce jour-là, anniversaires et expirations compris : {scoreOn}).',
  },
  'advice.foreign_work_year': {
    en: 'Keep your current job abroad to reach {years, plural, one {# year} other {# years}} of foreign work experience (projected score that day, birthdays and expiries included: {scoreOn}).',
    fr: 'Garder votre emploi actuel à l’étranger pour atteindre {years, plural, one {# an} other {# ans}} d’expérience de travail à l’étranger (note prévue ce jour-là, anniversaires et expirations compris : {scoreOn}).',
  },
  'advice.spouse_language': {
    en: 'Your spouse or partner takes an English or French test and reaches CLB/NCLC {level} or more in all four abilities.',
    fr: 'Votre époux ou conjoint de fait passe un test d’anglais ou de français et atteint le niveau CLB/NCLC {level} ou plus dans les quatre compétences.',
  },
  'advice.canadian_education': {
    en: `Complete a post-secondary program in Canada: {level, select, one_or_two_year {a one- or two-year diploma or certificate} three_year_plus {a degree of three years or more, or a master’s, professional or doctoral degree} other {{level}}} (at least 8 months full time, in Canada).`,
    fr: `Terminer des études postsecondaires au Canada : {level, select, one_or_two_year {un diplôme ou certificat d’un ou deux ans} three_year_plus {un diplôme de trois ans ou plus, ou une maîtrise, un diplôme professionnel ou un doctorat} other {{level}}} (au moins 8 mois à temps plein, au Canada).`,
  },
  'advice.education': {
    en: `Obtain ${level('to', LEVELS_EN)} (Canadian, or foreign with an ECA less than five years old).`,
    fr: `Obtenir ${level('to', LEVELS_FR)} (canadien, ou étranger avec une EDE de moins de cinq ans).`,
  },
  'advice.education_eca': {
    en: `Get an educational credential assessment (ECA) for your foreign credential: ${level('level', LEVELS_EN)}.`,
    fr: `Faire évaluer votre diplôme étranger (évaluation des diplômes d’études, EDE) : ${level('level', LEVELS_FR)}.`,
  },
  'advice.provincial_nomination': {
    en: 'Obtain a provincial or territorial nomination aligned with Express Entry.',
    fr: 'Obtenir une désignation provinciale ou territoriale liée à Entrée express.',
  },
  'advice.job_offer': {
    en: 'Obtain a valid job offer (arranged employment) {kind, select, major_group_00 {in NOC major group 00 (senior management)} teer_0_1_2_3 {in a TEER 0, 1, 2 or 3 occupation} other {{kind}}}.',
    fr: 'Obtenir une offre d’emploi valide (emploi réservé) {kind, select, major_group_00 {dans le grand groupe 00 de la CNP (cadres supérieurs)} teer_0_1_2_3 {dans une profession de FÉER 0, 1, 2 ou 3} other {{kind}}}.',
  },
  'advice.sibling_in_canada': {
    en: 'If you or your spouse or partner has a brother or sister in Canada (18 or older, citizen or permanent resident), declare it.',
    fr: 'Si vous ou votre époux ou conjoint de fait avez un frère ou une sœur au Canada (18 ans ou plus, citoyen ou résident permanent), déclarez-le.',
  },

  // ── Warnings ──
  'finding.age_points_drop': {
    en: 'On {on} you turn {age}: your score drops by {pointsLost, plural, one {# point} other {# points}} under the rules in force.',
    fr: 'Le {on}, vous aurez {age} ans : votre note baisse de {pointsLost, plural, one {# point} other {# points}} selon les règles en vigueur.',
  },
  'finding.test_expires_soon': {
    en: `${WHO_EN} ${TEST_EN} result is valid until {validUntil}: {daysLeft, plural, =0 {today is its last day} one {# day left} other {# days left}}. Plan a new test.`,
    fr: `Le résultat ${TEST_FR}${WHO_FR} est valide jusqu’au {validUntil} : {daysLeft, plural, =0 {c’est son dernier jour} one {il reste # jour} other {il reste # jours}}. Prévoyez un nouveau test.`,
  },
  'finding.eca_expires_soon': {
    en: `${WHO_EN} ECA for ${level('level', LEVELS_EN)} is valid until {validUntil}: {daysLeft, plural, =0 {today is its last day} one {# day left} other {# days left}}. Plan a new assessment.`,
    fr: `L’EDE${WHO_FR} pour ${level('level', LEVELS_FR)} est valide jusqu’au {validUntil} : {daysLeft, plural, =0 {c’est son dernier jour} one {il reste # jour} other {il reste # jours}}. Prévoyez une nouvelle évaluation.`,
  },
};
