// Field names for the error summary (and the review step), from an API input path: `spouse.workHistory[1].noc` →
// "Spouse or partner — Job 2 — NOC 2021 code". Pure: the words come from `t`.
import type { Step } from './profile-form.ts';

type T = (key: string, params?: Record<string, unknown>) => string;

const TOP: Record<string, string> = {
  birthDate: 'web.elig.birth_date',
  maritalStatus: 'web.calc.marital',
  dependentChildren: 'web.elig.children',
  intendedProvince: 'web.elig.province',
  authorizedToWorkInCanada: 'web.elig.authorized',
  siblingInCanada: 'web.elig.sibling',
  relativeInCanada: 'web.cand.relative',
  settlementFundsCad: 'web.elig.funds',
  'jobOffer.noc': 'web.elig.offer_noc',
  'jobOffer.lmia': 'web.elig.lmia',
  'jobOffer.durationMonths': 'web.elig.duration',
  'certificateOfQualification.noc': 'web.elig.certificate_noc',
  'certificateOfQualification.issuedOn': 'web.elig.certificate_date',
  'certificateOfQualification.issuer': 'web.cand.certificate_issuer',
  'provincialNomination.province': 'web.cand.nomination_province',
  'provincialNomination.nominatedOn': 'web.cand.nominated_on',
  'spouse.canadianCitizenOrPR': 'web.elig.spouse_pr',
  'spouse.accompanying': 'web.elig.spouse_accompanying',
};

const IN_LIST: Record<string, string> = {
  level: 'web.elig.credential',
  completedOn: 'web.elig.completed_on',
  canadian: 'web.elig.canadian_credential',
  ecaDate: 'web.elig.eca_date',
  test: 'web.elig.test',
  testDate: 'web.elig.test_date',
  noc: 'web.elig.noc',
  start: 'web.elig.start',
  end: 'web.elig.end',
  weeklyHours: 'web.elig.hours',
  country: 'web.elig.country',
};

const ITEM: Record<string, string> = { education: 'web.cand.credential.n', languageTests: 'web.cand.test.n', workHistory: 'web.elig.job' };

export function pathLabel(t: T, path: string): string {
  if (TOP[path]) return t(TOP[path]);
  const m = /^(spouse\.)?(education|languageTests|workHistory)\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (!m) return path;
  const [, spouse, list, index, rest] = m;
  const parts: string[] = [];
  if (spouse) parts.push(t('web.cand.step.spouse'));
  parts.push(t(ITEM[list!]!, { n: Number(index) + 1 }));
  if (rest) {
    const score = /^scores\.(\w+)$/.exec(rest);
    if (score) parts.push(t('web.elig.score', { ability: t(`language.ability.${score[1]}`) }));
    else parts.push(IN_LIST[rest] ? t(IN_LIST[rest]) : rest);
  }
  return parts.join(' — ');
}

export const stepTitle = (t: T, step: Step): string => t(`web.cand.step.${step}`);
