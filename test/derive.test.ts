// Profile → CRS factors (rules.md §1): golden profiles, and each derivation rule on both sides of its thresholds and dates.
import { describe, expect, it } from 'vitest';
import { checkJobOffer, deriveCrsFactors } from '../src/domain/derive.ts';
import { canadianEducation, combinedLevel, ecaValidUntil, educationStanding, isEcaValidOn } from '../src/domain/education.ts';
import { RuleDateError, valueAt } from '../src/domain/rules/parameter.ts';
import { ECA_VALIDITY, JOB_OFFER } from '../src/domain/rules/programs.ts';
import type { EducationCredential, Finding, JobOffer } from '../src/domain/vocabulary.ts';
import {
  FIXTURE_AS_OF,
  baseProfile,
  celpip,
  cecSoftwareEngineerToronto,
  expiredTestAndEca,
  fswNurseAbroadWithSpouse,
  job,
  quebecBoundAnalyst,
  tefNclc7,
} from './fixtures/profiles.ts';

const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);

describe('golden profiles on 2025-06-01', () => {
  it('Priya (CEC software engineer, Toronto)', () => {
    const { factors, findings } = deriveCrsFactors(cecSoftwareEngineerToronto, FIXTURE_AS_OF);
    expect(factors).toEqual({
      asOf: FIXTURE_AS_OF,
      age: 30, // born 1995-03-15
      maritalStatus: 'single',
      spouseCanadianCitizenOrPR: false,
      spouseAccompanying: false,
      // Indian bachelor's (ECA 2023-01-10, valid to 2028-01-09) + Canadian two-year diploma → two or more, one 3+ years.
      education: 'two_or_more_one_3yr',
      canadianEducation: 'one_or_two_year', // 20 months full time, 20 in Canada
      firstLanguage: { language: 'english', speaking: 9, listening: 9, reading: 9, writing: 9 },
      secondLanguage: null,
      // 2022-05-02 … 2025-06-01 = 1,127 days × 30/7 h = 4,830 h → 3 years (40 h/week counted 30).
      canadianWorkYears: 3,
      // 2017-07-01 … 2021-04-30 = 1,400 days × 30/7 = 6,000 h → 3 years (inside 2015-06-02 … 2025-06-01).
      foreignWorkYears: 3,
      certificateOfQualification: false,
      provincialNomination: false,
      siblingInCanada: false,
      arrangedEmployment: 'none',
      spouseEducation: 'none',
      spouseLanguage: null,
      spouseCanadianWorkYears: 0,
    });
    expect(codes(findings)).toEqual(['work_over_30h_capped', 'work_over_30h_capped']);
  });

  it('Maria (FSW nurse abroad, accompanying spouse)', () => {
    const { factors, findings } = deriveCrsFactors(fswNurseAbroadWithSpouse, FIXTURE_AS_OF);
    expect(factors).toMatchObject({
      age: 32,
      maritalStatus: 'married',
      spouseCanadianCitizenOrPR: false,
      spouseAccompanying: true,
      education: 'bachelors_or_three_year',
      canadianEducation: 'none',
      firstLanguage: { language: 'english', speaking: 8, listening: 8, reading: 8, writing: 8 },
      canadianWorkYears: 0,
      // 2020-05-01 … 2025-06-01 = 1,858 days × 30/7 = 7,962.9 h → 5 years.
      foreignWorkYears: 5,
      spouseEducation: 'none', // foreign secondary diploma without ECA
      spouseLanguage: { speaking: 5, listening: 5, reading: 5, writing: 5 },
      spouseCanadianWorkYears: 0,
    });
    expect(findings).toContainEqual({ code: 'eca_missing', severity: 'warning', params: { level: 'secondary', who: 'spouse' } });
  });

  it('Sophie (Québec): French designated first, English second, Canadian master’s', () => {
    const { factors } = deriveCrsFactors(quebecBoundAnalyst, FIXTURE_AS_OF);
    expect(factors.firstLanguage).toEqual({ language: 'french', speaking: 7, listening: 7, reading: 7, writing: 7 });
    expect(factors.secondLanguage).toEqual({ speaking: 9, listening: 9, reading: 9, writing: 9 });
    expect(factors.education).toBe('masters_or_professional');
    expect(factors.canadianEducation).toBe('three_year_plus');
    // 2023-02-01 … 2025-06-01 = 852 days × 30/7 = 3,651 h → 2 years.
    expect(factors.canadianWorkYears).toBe(2);
  });

  it('Ahmed: expired test and expired ECA count for nothing, with findings', () => {
    const { factors, findings } = deriveCrsFactors(expiredTestAndEca, FIXTURE_AS_OF);
    expect(factors.education).toBe('none');
    expect(factors.firstLanguage).toEqual({ language: 'english', speaking: 0, listening: 0, reading: 0, writing: 0 });
    expect(factors.secondLanguage).toBeNull();
    expect(findings).toContainEqual({
      code: 'eca_expired',
      severity: 'warning',
      params: { level: 'masters_or_professional', ecaDate: '2019-05-01', validUntil: '2024-04-30', who: 'principal' },
    });
    expect(findings).toContainEqual({ code: 'language_test_expired', severity: 'warning', params: { test: 'ielts_general', testDate: '2022-01-10', validUntil: '2024-01-09' } });
    expect(codes(findings)).toContain('no_valid_language_test');
    // 45 h/week since 2014-09-01 in Egypt; only the last 10 years count: 3,653 days × 30/7 = 15,655.7 h → 10 years.
    expect(factors.foreignWorkYears).toBe(10);
  });
});

describe('dates', () => {
  it('age in completed years: the day before the 35th birthday is 34', () => {
    const p = baseProfile({ birthDate: '1990-06-15' });
    expect(deriveCrsFactors(p, '2025-06-14').factors.age).toBe(34);
    expect(deriveCrsFactors(p, '2025-06-15').factors.age).toBe(35);
  });

  it('an invalid or pre-2015 evaluation day is a RuleDateError', () => {
    expect(() => deriveCrsFactors(baseProfile(), '2025-02-30')).toThrowError(RuleDateError);
    expect(() => deriveCrsFactors(baseProfile(), 'today')).toThrowError(RuleDateError);
    expect(() => deriveCrsFactors(baseProfile(), '2014-12-31')).toThrowError(RuleDateError);
  });
});

describe('partner (rules.md §1.1)', () => {
  const spouse = fswNurseAbroadWithSpouse.spouse!;
  it('a citizen or PR spouse, or one not accompanying, is reported as such (the scorer then uses "without spouse")', () => {
    const pr = deriveCrsFactors({ ...fswNurseAbroadWithSpouse, spouse: { ...spouse, canadianCitizenOrPR: true } }, FIXTURE_AS_OF);
    expect(pr.factors).toMatchObject({ spouseCanadianCitizenOrPR: true, spouseAccompanying: true });
    // Spouse findings are only given when spouse factors can score.
    expect(codes(pr.findings)).not.toContain('eca_missing');
    const staying = deriveCrsFactors({ ...fswNurseAbroadWithSpouse, spouse: { ...spouse, accompanying: false } }, FIXTURE_AS_OF);
    expect(staying.factors).toMatchObject({ spouseCanadianCitizenOrPR: false, spouseAccompanying: false });
  });

  it('married without spouse details: not accompanying, with a finding; single: spouse details ignored', () => {
    const married = deriveCrsFactors({ ...fswNurseAbroadWithSpouse, spouse: null }, FIXTURE_AS_OF);
    expect(married.factors).toMatchObject({ maritalStatus: 'married', spouseAccompanying: false, spouseLanguage: null });
    expect(codes(married.findings)).toContain('spouse_details_missing');
    const single = deriveCrsFactors({ ...fswNurseAbroadWithSpouse, maritalStatus: 'single' }, FIXTURE_AS_OF);
    expect(single.factors).toMatchObject({ spouseAccompanying: false, spouseLanguage: null, spouseEducation: 'none' });
  });

  it('spouse factors: education, language, Canadian work; spouse test findings are prefixed spouse_', () => {
    const p = {
      ...fswNurseAbroadWithSpouse,
      spouse: {
        ...spouse,
        education: [{ level: 'two_year', completedOn: '2015-06-30', canadian: true } as EducationCredential],
        languageTests: [celpip('2022-01-10', 9, 9, 9, 9), celpip('2024-03-01', 7, 6, 7, 7)],
        workHistory: [job('33102', '2023-01-02', '2024-12-29', 30, 'CA')], // 728 days → 2 years (nurse aide, TEER 3)
      },
    };
    const { factors, findings } = deriveCrsFactors(p, FIXTURE_AS_OF);
    expect(factors.spouseEducation).toBe('two_year');
    expect(factors.spouseLanguage).toEqual({ speaking: 7, listening: 6, reading: 7, writing: 7 });
    expect(factors.spouseCanadianWorkYears).toBe(2);
    expect(findings).toContainEqual({ code: 'spouse_language_test_expired', severity: 'warning', params: { test: 'celpip_general', testDate: '2022-01-10', validUntil: '2024-01-09' } });
  });
});

describe('education (rules.md §1.2.2)', () => {
  const cred = (level: EducationCredential['level'], extra: Partial<EducationCredential> = {}): EducationCredential => ({
    level,
    completedOn: '2015-06-30',
    canadian: true,
    ...extra,
  });

  it('two or more post-secondary credentials, one of 3+ years, rank above a single bachelor’s', () => {
    expect(combinedLevel(['bachelors_or_three_year', 'two_year'])).toBe('two_or_more_one_3yr');
    expect(combinedLevel(['bachelors_or_three_year', 'bachelors_or_three_year'])).toBe('two_or_more_one_3yr');
    expect(combinedLevel(['bachelors_or_three_year', 'one_year'])).toBe('two_or_more_one_3yr');
    // Neither is 3+ years; secondary is not post-secondary.
    expect(combinedLevel(['two_year', 'one_year'])).toBe('two_year');
    expect(combinedLevel(['bachelors_or_three_year', 'secondary'])).toBe('bachelors_or_three_year');
    // A master's already ranks higher.
    expect(combinedLevel(['masters_or_professional', 'bachelors_or_three_year'])).toBe('masters_or_professional');
    expect(combinedLevel(['doctoral', 'secondary'])).toBe('doctoral');
    expect(combinedLevel([])).toBe('none');
  });

  it('a foreign credential counts with an ECA less than 5 years old: valid on its last day, not the day after', () => {
    const c = [cred('bachelors_or_three_year', { canadian: false, ecaDate: '2020-03-10' })];
    expect(ecaValidUntil('2020-03-10', '2025-03-09')).toBe('2025-03-09');
    expect(isEcaValidOn('2020-03-10', '2025-03-09')).toBe(true);
    expect(isEcaValidOn('2020-03-10', '2025-03-10')).toBe(false);
    const p = baseProfile({ education: c });
    expect(deriveCrsFactors(p, '2025-03-09').factors.education).toBe('bachelors_or_three_year');
    const after = deriveCrsFactors(p, '2025-03-10');
    expect(after.factors.education).toBe('none');
    expect(after.findings).toContainEqual({
      code: 'eca_expired',
      severity: 'warning',
      params: { level: 'bachelors_or_three_year', ecaDate: '2020-03-10', validUntil: '2025-03-09', who: 'principal' },
    });
  });

  it('an ECA of 29 February is valid through 28 February five years later', () => {
    expect(ecaValidUntil('2020-02-29', '2025-01-01')).toBe('2025-02-28');
  });

  it('ECA validity: 5 years on both sides of the 2017-06-06 instructions (unsure before, confirmed from)', () => {
    expect(valueAt(ECA_VALIDITY, '2017-06-05')).toMatchObject({ value: 5, from: '2015-01-01' });
    expect(valueAt(ECA_VALIDITY, '2017-06-05').unsure).toBeDefined();
    expect(valueAt(ECA_VALIDITY, '2017-06-06')).toMatchObject({ value: 5, from: '2017-06-06' });
    expect(valueAt(ECA_VALIDITY, '2017-06-06').unsure).toBeUndefined();
  });

  it('no ECA, an ECA dated after asOf, or a credential not yet completed: not counted, with findings', () => {
    const s = educationStanding(
      [
        cred('masters_or_professional', { canadian: false, ecaDate: null }),
        cred('doctoral', { canadian: false, ecaDate: '2025-07-01' }),
        cred('bachelors_or_three_year', { completedOn: '2025-06-02' }),
        cred('secondary', { canadian: false, ecaDate: '2024-01-01' }),
      ],
      '2025-06-01',
    );
    expect(s.level).toBe('secondary');
    expect(codes(s.findings)).toEqual(['eca_missing', 'eca_missing', 'education_not_completed']);
  });
});

describe('Canadian post-secondary education (rules.md §1.5)', () => {
  const canadianCred = (level: EducationCredential['level'], study: EducationCredential['canadianStudy'], completedOn = '2018-06-30'): EducationCredential => ({
    level,
    completedOn,
    canadian: true,
    canadianStudy: study,
  });
  const ok = { fullTimeMonths: 8, monthsInCanada: 8 };

  it('one- or two-year → one_or_two_year; 3+ years, master’s, doctorate → three_year_plus; secondary or foreign → none', () => {
    expect(canadianEducation([canadianCred('one_year', ok)]).level).toBe('one_or_two_year');
    expect(canadianEducation([canadianCred('two_year', ok)]).level).toBe('one_or_two_year');
    expect(canadianEducation([canadianCred('bachelors_or_three_year', ok)]).level).toBe('three_year_plus');
    expect(canadianEducation([canadianCred('masters_or_professional', { fullTimeMonths: 12, monthsInCanada: 12 })]).level).toBe('three_year_plus');
    expect(canadianEducation([canadianCred('doctoral', ok)]).level).toBe('three_year_plus');
    expect(canadianEducation([canadianCred('secondary', ok)]).level).toBe('none');
    expect(canadianEducation([{ ...canadianCred('doctoral', ok), canadian: false, ecaDate: '2024-01-01' }]).level).toBe('none');
  });

  it('8 months full time and 8 months in Canada: 7 is not enough', () => {
    const short = canadianEducation([canadianCred('two_year', { fullTimeMonths: 7, monthsInCanada: 20 })]);
    expect(short.level).toBe('none');
    expect(short.findings).toEqual([
      { code: 'canadian_education_too_short', severity: 'warning', params: { level: 'two_year', fullTimeMonths: 7, monthsInCanada: 20, required: 8 } },
    ]);
    const away = canadianEducation([canadianCred('two_year', { fullTimeMonths: 20, monthsInCanada: 7 })]);
    expect(away.level).toBe('none');
    expect(codes(away.findings)).toEqual(['canadian_education_not_in_canada']);
  });

  it('COVID exception: a program completed in whole or part between March 2020 and August 2022 needs no presence', () => {
    const remote = { fullTimeMonths: 16, monthsInCanada: 0 };
    expect(canadianEducation([canadianCred('two_year', remote, '2021-12-15')]).level).toBe('one_or_two_year');
    // Completed 2020-02-29: entirely before March 2020.
    expect(canadianEducation([canadianCred('two_year', remote, '2020-02-29')]).level).toBe('none');
    // Completed 2023-12-31 after 16 months: started 2022-08-31, in the period.
    expect(canadianEducation([canadianCred('two_year', remote, '2023-12-31')]).level).toBe('one_or_two_year');
    // Completed 2024-01-01 after 16 months: started 2022-09-01, after the period.
    expect(canadianEducation([canadianCred('two_year', remote, '2024-01-01')]).level).toBe('none');
  });

  it('language study over half, or a return-home award: no points', () => {
    expect(codes(canadianEducation([canadianCred('bachelors_or_three_year', { ...ok, languageStudyOverHalf: true })]).findings)).toEqual([
      'canadian_education_mostly_language_study',
    ]);
    expect(codes(canadianEducation([canadianCred('bachelors_or_three_year', { ...ok, returnConditionAward: true })]).findings)).toEqual([
      'canadian_education_return_award',
    ]);
  });

  it('falls back to a lower credential that meets the conditions, and says why the higher one did not count', () => {
    const r = canadianEducation([canadianCred('bachelors_or_three_year', { fullTimeMonths: 30, monthsInCanada: 2 }), canadianCred('one_year', ok)]);
    expect(r.level).toBe('one_or_two_year');
    expect(codes(r.findings)).toEqual(['canadian_education_not_in_canada']);
  });

  it('without study details the conditions are assumed, with an info finding', () => {
    const r = canadianEducation([{ level: 'two_year', completedOn: '2018-06-30', canadian: true }]);
    expect(r).toEqual({ level: 'one_or_two_year', findings: [{ code: 'canadian_education_conditions_assumed', severity: 'info', params: { level: 'two_year' } }] });
  });
});

describe('language (rules.md §1.2.3–1.2.4, §2)', () => {
  it('designated first language; the other is second; an expired test does not count', () => {
    const p = baseProfile({ languageTests: [celpip('2024-01-01', 10, 10, 10, 10), tefNclc7('2024-02-01')], firstOfficialLanguage: 'french' });
    const { factors } = deriveCrsFactors(p, '2025-06-01');
    expect(factors.firstLanguage.language).toBe('french');
    expect(factors.secondLanguage).toEqual({ speaking: 10, listening: 10, reading: 10, writing: 10 });
    // CELPIP of 2024-01-01 is valid through 2025-12-31; on 2026-01-01 it is expired.
    expect(deriveCrsFactors(p, '2025-12-31').factors.secondLanguage).not.toBeNull();
    const later = deriveCrsFactors(p, '2026-01-01');
    expect(later.factors.secondLanguage).toBeNull();
    expect(codes(later.findings)).toContain('language_test_expired');
  });

  it('no valid test: zero levels in the designated language (English by default), with a warning', () => {
    const none = deriveCrsFactors(baseProfile({ firstOfficialLanguage: 'french' }), '2025-06-01');
    expect(none.factors.firstLanguage).toEqual({ language: 'french', speaking: 0, listening: 0, reading: 0, writing: 0 });
    expect(codes(none.findings)).toEqual(['no_valid_language_test']);
    expect(deriveCrsFactors(baseProfile(), '2025-06-01').factors.firstLanguage.language).toBe('english');
  });
});

describe('certificate of qualification, nomination, sibling', () => {
  it('count from their date, not before', () => {
    const p = baseProfile({
      languageTests: [celpip('2025-01-01', 7, 7, 7, 7)],
      certificateOfQualification: { noc: '72310', issuedOn: '2025-06-01', issuer: 'ON' },
      provincialNomination: { province: 'NS', nominatedOn: '2025-06-01' },
      siblingInCanada: true,
    });
    expect(deriveCrsFactors(p, '2025-06-01').factors).toMatchObject({ certificateOfQualification: true, provincialNomination: true, siblingInCanada: true });
    const before = deriveCrsFactors(p, '2025-05-31');
    expect(before.factors).toMatchObject({ certificateOfQualification: false, provincialNomination: false });
    expect(codes(before.findings)).toEqual(['certificate_after_as_of', 'nomination_after_as_of']);
  });
});

describe('arranged employment (rules.md §3.2 factor 5, §1.5, §9)', () => {
  const offer = (extra: Partial<JobOffer> = {}): JobOffer => ({ noc: '21231', lmia: 'approved', fullTime: true, nonSeasonal: true, durationMonths: 12, ...extra });
  const kind = (o: JobOffer, day = '2024-01-01') => checkJobOffer(o, day).arrangedEmployment;

  it('major group 00 (senior managers) vs other TEER 0–3 vs TEER 4–5', () => {
    expect(kind(offer({ noc: '00012' }))).toBe('major_group_00');
    expect(kind(offer({ noc: '10010' }))).toBe('teer_0_1_2_3'); // TEER 0 but not major group 00
    expect(kind(offer({ noc: '72310' }))).toBe('teer_0_1_2_3');
    expect(kind(offer({ noc: '64100' }))).toBe('none');
    expect(codes(checkJobOffer(offer({ noc: '64100' }), '2024-01-01').findings)).toEqual(['job_offer_not_skilled']);
  });

  it('must be full time, non-seasonal, ≥ 12 months, LMIA-supported or exempt', () => {
    expect(checkJobOffer(offer({ fullTime: false }), '2024-01-01')).toMatchObject({ qualifying: false, arrangedEmployment: 'none' });
    expect(codes(checkJobOffer(offer({ fullTime: false }), '2024-01-01').findings)).toEqual(['job_offer_not_full_time']);
    expect(codes(checkJobOffer(offer({ nonSeasonal: false }), '2024-01-01').findings)).toEqual(['job_offer_seasonal']);
    expect(checkJobOffer(offer({ durationMonths: 11 }), '2024-01-01').findings).toEqual([
      { code: 'job_offer_too_short', severity: 'warning', params: { noc: '21231', months: 11, required: 12 } },
    ]);
    expect(kind(offer({ durationMonths: 12 }))).toBe('teer_0_1_2_3');
    expect(codes(checkJobOffer(offer({ lmia: 'none' }), '2024-01-01').findings)).toEqual(['job_offer_no_lmia']);
    expect(checkJobOffer(null, '2024-01-01')).toEqual({ qualifying: false, arrangedEmployment: 'none', findings: [] });
  });

  it('2016-11-19: LMIA-exempt offers start to count for CRS; the indeterminate-duration rule ends', () => {
    const exempt = offer({ lmia: 'exempt' });
    const before = checkJobOffer(exempt, '2016-11-18');
    expect(before).toMatchObject({ qualifying: true, arrangedEmployment: 'none' });
    expect(codes(before.findings)).toEqual(['job_offer_lmia_exempt_not_counted_for_crs', 'job_offer_indeterminate_required']);
    expect(checkJobOffer(exempt, '2016-11-19')).toEqual({ qualifying: true, arrangedEmployment: 'teer_0_1_2_3', findings: [] });
    expect(codes(checkJobOffer(offer(), '2016-11-18').findings)).toEqual(['job_offer_indeterminate_required']);
    expect(kind(offer(), '2016-11-18')).toBe('teer_0_1_2_3');
    expect(valueAt(JOB_OFFER, '2016-11-18').value.lmiaExemptCountsForCrs).toBe(false);
    expect(valueAt(JOB_OFFER, '2016-11-19').value.lmiaExemptCountsForCrs).toBe(true);
  });

  it('2022-11-16: an offer as a transport truck driver (73300) becomes a skilled offer', () => {
    expect(kind(offer({ noc: '73300' }), '2022-11-15')).toBe('none');
    expect(kind(offer({ noc: '73300' }), '2022-11-16')).toBe('teer_0_1_2_3');
  });

  it('the class is still derived after 2025-03-25 (the scorer gives it 0 points then)', () => {
    expect(deriveCrsFactors(baseProfile({ jobOffer: offer() }), '2025-06-01').factors.arrangedEmployment).toBe('teer_0_1_2_3');
  });
});
