// French and English for the language-test area: finding codes of src/domain/language.ts, test and ability names.

const TEST_EN =
  '{test, select, ielts_general {IELTS General Training} celpip_general {CELPIP-General} pte_core {PTE Core} tef_canada {TEF Canada} tcf_canada {TCF Canada} other {{test}}}';
const TEST_FR =
  '{test, select, ielts_general {IELTS (formation générale)} celpip_general {CELPIP – Général} pte_core {PTE Core} tef_canada {TEF Canada} tcf_canada {TCF Canada} other {{test}}}';

export const MESSAGES: Record<string, { en: string; fr: string }> = {
  'finding.language_test_expired': {
    en: `The ${TEST_EN} result of {testDate} is not counted: it was valid until {validUntil} (results must be less than two years old).`,
    fr: `Le résultat ${TEST_FR} du {testDate} n’est pas pris en compte : il était valide jusqu’au {validUntil} (les résultats doivent dater de moins de deux ans).`,
  },
  'finding.language_test_not_accepted': {
    en: `The ${TEST_EN} result of {testDate} is not counted: IRCC did not accept this test for results of that date.`,
    fr: `Le résultat ${TEST_FR} du {testDate} n’est pas pris en compte : IRCC n’acceptait pas ce test pour des résultats de cette date.`,
  },
  'finding.language_test_in_future': {
    en: `The ${TEST_EN} result of {testDate} is not counted: it is dated after the evaluation day.`,
    fr: `Le résultat ${TEST_FR} du {testDate} n’est pas pris en compte : il est postérieur à la date d’évaluation.`,
  },
  'language.test.ielts_general': { en: 'IELTS General Training', fr: 'IELTS (formation générale)' },
  'language.test.celpip_general': { en: 'CELPIP-General', fr: 'CELPIP – Général' },
  'language.test.pte_core': { en: 'PTE Core', fr: 'PTE Core' },
  'language.test.tef_canada': { en: 'TEF Canada', fr: 'TEF Canada' },
  'language.test.tcf_canada': { en: 'TCF Canada', fr: 'TCF Canada' },
  'language.ability.speaking': { en: 'Speaking', fr: 'Expression orale' },
  'language.ability.listening': { en: 'Listening', fr: 'Compréhension orale' },
  'language.ability.reading': { en: 'Reading', fr: 'Compréhension écrite' },
  'language.ability.writing': { en: 'Writing', fr: 'Expression écrite' },
};
