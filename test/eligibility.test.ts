// Program eligibility (rules.md §3 FSW, §4 CEC, §5 FST, §6 funds): golden profiles, every threshold on both sides,
// every dated rule on both sides of its date, and French/English wording for every code emitted.
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { addDays } from '../src/domain/dates.ts';
import { checkEligibility, familySize, requiredFunds, type EligibilityResult } from '../src/domain/eligibility.ts';
import { RuleDateError } from '../src/domain/rules/parameter.ts';
import { MESSAGES as ELIGIBILITY_MESSAGES } from '../src/i18n/messages/eligibility.ts';
import { MESSAGES as LANGUAGE_MESSAGES } from '../src/i18n/messages/language.ts';
import { PROGRAMS } from '../src/domain/vocabulary.ts';
import type { Finding, JobOffer, Profile, Program } from '../src/domain/vocabulary.ts';
import {
  FIXTURE_AS_OF,
  NAMED_PROFILES,
  baseProfile,
  celpip,
  cecSoftwareEngineerToronto,
  expiredTestAndEca,
  fstCarpenterWithCertificate,
  fswNurseAbroadWithSpouse,
  job,
  quebecBoundAnalyst,
} from './fixtures/profiles.ts';

const codes = (r: EligibilityResult, program: Program) => r.programs[program].reasons.map((f) => f.code);
const reason = (r: EligibilityResult, program: Program, code: string) => r.programs[program].reasons.find((f) => f.code === code);
const warnings = (r: EligibilityResult, program: Program) => r.programs[program].reasons.filter((f) => f.severity === 'warning').map((f) => f.code);

const every: EligibilityResult[] = [];
function check(profile: Profile, asOf: string): EligibilityResult {
  const r = checkEligibility(profile, asOf);
  every.push(r);
  return r;
}

describe('golden profiles on 2025-06-01', () => {
  it('Priya: CEC and FSW, not FST', () => {
    const r = check(cecSoftwareEngineerToronto, FIXTURE_AS_OF);
    expect(r.expressEntryEligible).toBe(true);
    expect(r.programs.cec.eligible).toBe(true);
    // 3-year window 2022-06-02 … 2025-06-01 = 1,096 days × 30/7 = 4,697.1 h.
    expect(reason(r, 'cec', 'cec_experience_met')?.params).toEqual({ hours: 4697, required: 1560 });
    expect(reason(r, 'cec', 'cec_language_met')?.params).toEqual({ required: 7 }); // TEER 1 work
    expect(r.programs.fsw.eligible).toBe(true);
    // Language 4 × 6 = 24; education two or more (one 3+ years) 22; experience 4,830 + 6,000 = 10,830 h → 6 years → 15;
    // age 30 → 12; no job offer 0; adaptability: 2 years of study in Canada 5 + a year of work in Canada 10 → cap 10.
    expect(r.programs.fsw.fswGrid).toEqual({ language: 24, education: 22, experience: 15, age: 12, arrangedEmployment: 0, adaptability: 10, total: 83, passMark: 67 });
    expect(reason(r, 'fsw', 'fsw_grid_passed')?.params).toEqual({ points: 83, required: 67 });
    // Single; 2024 table (2024-05-28 … 2025-07-06): 14,690 $.
    expect(reason(r, 'fsw', 'funds_met')?.params).toEqual({ required: 14690, declared: 16000, familySize: 1 });
    expect(r.programs.fst.eligible).toBe(false);
    expect(warnings(r, 'fst')).toEqual(['fst_insufficient_trade_experience', 'fst_no_job_offer_or_certificate']);
  });

  it('Maria: FSW with 71 points, funds for a family of 3', () => {
    const r = check(fswNurseAbroadWithSpouse, FIXTURE_AS_OF);
    // Language 4 × 5 = 20; bachelor’s 21; 7,962.9 h → 5 years → 13; age 32 → 12; adaptability: spouse CLB 5 ≥ 4 → 5.
    expect(r.programs.fsw.fswGrid).toEqual({ language: 20, education: 21, experience: 13, age: 12, arrangedEmployment: 0, adaptability: 5, total: 71, passMark: 67 });
    expect(r.programs.fsw.eligible).toBe(true);
    expect(reason(r, 'fsw', 'funds_met')?.params).toEqual({ required: 22483, declared: 25000, familySize: 3 });
    expect(reason(r, 'cec', 'cec_insufficient_canadian_experience')?.params).toEqual({ hours: 0, required: 1560 });
    expect(r.programs.cec.eligible).toBe(false);
    expect(r.expressEntryEligible).toBe(true);
  });

  it('Jean: FST with his certificate; not CEC (reading and writing CLB 4 < 5), not FSW', () => {
    const r = check(fstCarpenterWithCertificate, FIXTURE_AS_OF);
    expect(r.programs.fst.eligible).toBe(true);
    // 5-year window 2020-06-02 … 2025-06-01: France 609 days + Canada 1,189 days = 1,798 days × 30/7 = 7,705.7 h.
    expect(reason(r, 'fst', 'fst_experience_met')?.params).toEqual({ noc: '72310', hours: 7705, required: 3120 });
    expect(codes(r, 'fst')).toContain('fst_certificate_met');
    expect(r.programs.cec.reasons.filter((f) => f.severity === 'warning')).toEqual([
      { code: 'cec_language_below_minimum', severity: 'warning', params: { ability: 'reading', level: 4, required: 5 } },
      { code: 'cec_language_below_minimum', severity: 'warning', params: { ability: 'writing', level: 4, required: 5 } },
    ]);
    expect(warnings(r, 'fsw')).toEqual([
      'fsw_language_below_clb7',
      'fsw_language_below_clb7',
      'fsw_language_below_clb7',
      'fsw_language_below_clb7',
      'fsw_education_missing',
      'fsw_grid_below_pass_mark',
    ]);
    expect(r.expressEntryEligible).toBe(true);
  });

  it('Sophie: bound for Québec, so no program; elsewhere she would be CEC-eligible', () => {
    const r = check(quebecBoundAnalyst, FIXTURE_AS_OF);
    expect(r.expressEntryEligible).toBe(false);
    for (const p of PROGRAMS) {
      expect(r.programs[p].eligible).toBe(false);
      expect(r.programs[p].reasons[0]).toEqual({ code: 'intends_quebec', severity: 'warning' });
    }
    const ontario = check({ ...quebecBoundAnalyst, intendedProvince: 'ON' }, FIXTURE_AS_OF);
    expect(ontario.programs.cec.eligible).toBe(true);
    expect(ontario.expressEntryEligible).toBe(true);
  });

  it('Ahmed: expired test and ECA, so no program', () => {
    const r = check(expiredTestAndEca, FIXTURE_AS_OF);
    expect(r.expressEntryEligible).toBe(false);
    for (const p of PROGRAMS) expect(codes(r, p)).toContain('no_valid_language_test');
    expect(codes(r, 'fsw')).toContain('fsw_education_missing');
    expect(r.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['eca_expired', 'language_test_expired', 'no_valid_language_test']));
  });

  it('eligible ⇔ no warning reason, for every profile', () => {
    for (const p of Object.values(NAMED_PROFILES)) {
      const r = check(p, FIXTURE_AS_OF);
      for (const program of PROGRAMS) expect(r.programs[program].eligible).toBe(warnings(r, program).length === 0);
    }
  });

  it('an invalid evaluation day is a RuleDateError', () => {
    expect(() => checkEligibility(cecSoftwareEngineerToronto, '2014-12-31')).toThrowError(RuleDateError);
    expect(() => checkEligibility(cecSoftwareEngineerToronto, '2025-13-01')).toThrowError(RuleDateError);
  });
});

describe('CEC (rules.md §4)', () => {
  const asOf = '2025-06-01';
  const cecProfile = (work: Profile['workHistory'], clb: [number, number, number, number] = [7, 7, 7, 7]) =>
    baseProfile({ languageTests: [celpip('2025-01-15', ...clb)], workHistory: work });

  it('1,559 hours is not enough, 1,560 is', () => {
    // 363 days at 30 h/week + 1 day at 23 h/week = (10,890 + 23) / 7 = 1,559 h.
    const short = check(cecProfile([job('21231', '2024-01-01', '2024-12-28', 30, 'CA'), job('21231', '2024-12-29', '2024-12-29', 23, 'CA')]), asOf);
    expect(short.programs.cec.eligible).toBe(false);
    expect(reason(short, 'cec', 'cec_insufficient_canadian_experience')?.params).toEqual({ hours: 1559, required: 1560 });
    // 364 days at 30 h/week = 1,560 h.
    const enough = check(cecProfile([job('21231', '2024-01-01', '2024-12-29', 30, 'CA')]), asOf);
    expect(enough.programs.cec.eligible).toBe(true);
    expect(reason(enough, 'cec', 'cec_experience_met')?.params).toEqual({ hours: 1560, required: 1560 });
  });

  it('only the 3 years before the evaluation day count', () => {
    // 2022-06-02 … 2023-05-31 = 364 days. On 2025-06-01 the window starts 2022-06-02; on 2025-06-02 it starts a day later.
    const p = cecProfile([job('21231', '2022-06-02', '2023-05-31', 30, 'CA')]);
    expect(check(p, '2025-06-01').programs.cec.eligible).toBe(true);
    expect(check(p, '2025-06-02').programs.cec.eligible).toBe(false);
  });

  it('TEER 0/1 work needs CLB 7: 6 is not enough', () => {
    const work = [job('21231', '2023-01-01', null, 30, 'CA')];
    const six = check(cecProfile(work, [7, 7, 7, 6]), asOf);
    expect(six.programs.cec.eligible).toBe(false);
    expect(reason(six, 'cec', 'cec_language_below_minimum')?.params).toEqual({ ability: 'writing', level: 6, required: 7 });
    expect(check(cecProfile(work, [7, 7, 7, 7]), asOf).programs.cec.eligible).toBe(true);
  });

  it('TEER 2/3 work needs CLB 5: 4 is not enough', () => {
    const work = [job('33102', '2023-01-01', null, 30, 'CA')]; // nurse aides, TEER 3
    const four = check(cecProfile(work, [5, 4, 5, 5]), asOf);
    expect(reason(four, 'cec', 'cec_language_below_minimum')?.params).toEqual({ ability: 'listening', level: 4, required: 5 });
    expect(check(cecProfile(work, [5, 5, 5, 5]), asOf).programs.cec.eligible).toBe(true);
  });

  it('mixed TEER 1 and TEER 3 work: CLB 5 suffices only if the TEER 3 work alone makes the year', () => {
    // TEER 1: 2024-01-01 … 2024-06-30 (182 days, 780 h); TEER 3: 2024-07-01 … 2024-12-29 (182 days, 780 h). Total 1,560 h.
    const mixed = [job('21231', '2024-01-01', '2024-06-30', 30, 'CA'), job('33102', '2024-07-01', '2024-12-29', 30, 'CA')];
    const r = check(cecProfile(mixed, [6, 6, 6, 6]), asOf);
    expect(reason(r, 'cec', 'cec_experience_met')).toBeDefined();
    expect(reason(r, 'cec', 'cec_language_below_minimum')?.params).toMatchObject({ required: 7 });
    // TEER 3 for a full year (2023-01-02 … 2023-12-31) plus the same TEER 1 half year: CLB 6 is enough.
    const enough3 = [...mixed, job('33102', '2023-01-02', '2023-12-31', 30, 'CA')];
    expect(check(cecProfile(enough3, [6, 6, 6, 6]), asOf).programs.cec.eligible).toBe(true);
  });

  it('self-employment, full-time-student work and work abroad do not count', () => {
    const year = (extra: Parameters<typeof job>[5], country = 'CA') => [job('21231', '2023-01-02', '2023-12-31', 30, country, extra)];
    expect(check(cecProfile(year({})), asOf).programs.cec.eligible).toBe(true);
    expect(check(cecProfile(year({ selfEmployed: true })), asOf).programs.cec.eligible).toBe(false);
    expect(check(cecProfile(year({ fullTimeStudent: true })), asOf).programs.cec.eligible).toBe(false);
    expect(check(cecProfile(year({ authorizedInCanada: false })), asOf).programs.cec.eligible).toBe(false);
    expect(check(cecProfile(year({ paid: false })), asOf).programs.cec.eligible).toBe(false);
    expect(check(cecProfile(year({}, 'US')), asOf).programs.cec.eligible).toBe(false);
  });

  it('needs no proof of funds', () => {
    const r = check({ ...cecSoftwareEngineerToronto, settlementFundsCad: 0 }, FIXTURE_AS_OF);
    expect(r.programs.cec.eligible).toBe(true);
    expect(codes(r, 'cec').some((c) => c.startsWith('funds_'))).toBe(false);
    expect(reason(r, 'fsw', 'funds_insufficient')?.params).toEqual({ required: 14690, declared: 0, familySize: 1 });
  });

  it('2022-11-16: a truck driver’s Canadian year becomes skilled work', () => {
    const p = cecProfile([job('73300', '2021-01-04', '2022-01-02', 30, 'CA')], [5, 5, 5, 5]);
    const tests = [celpip('2022-06-01', 5, 5, 5, 5)];
    expect(check({ ...p, languageTests: tests }, '2022-11-15').programs.cec.eligible).toBe(false);
    expect(check({ ...p, languageTests: tests }, '2022-11-16').programs.cec.eligible).toBe(true);
  });
});

describe('FSW (rules.md §3)', () => {
  // 67 points at 37, 66 at 38: language CLB 8 → 4 × 5 = 20; foreign bachelor’s with ECA → 21; 2 years abroad → 11;
  // age 37 → 10 (38 → 9); adaptability: a relative in Canada → 5. 20 + 21 + 11 + 10 + 5 = 67.
  const gridProfile = baseProfile({
    birthDate: '1988-01-10',
    education: [{ level: 'bachelors_or_three_year', completedOn: '2010-06-30', canadian: false, ecaDate: '2023-06-01' }],
    languageTests: [celpip('2025-06-01', 8, 8, 8, 8)],
    workHistory: [job('21231', '2022-01-03', '2023-12-31', 30, 'IN')], // 728 days = 3,120 h = 2 years
    relativeInCanada: true,
    settlementFundsCad: 20000,
  });

  it('66 points is below the pass mark, 67 passes (the 38th birthday costs one point)', () => {
    const at37 = check(gridProfile, '2026-01-09');
    expect(at37.programs.fsw.fswGrid).toEqual({ language: 20, education: 21, experience: 11, age: 10, arrangedEmployment: 0, adaptability: 5, total: 67, passMark: 67 });
    expect(at37.programs.fsw.eligible).toBe(true);
    const at38 = check(gridProfile, '2026-01-10');
    expect(at38.programs.fsw.fswGrid?.total).toBe(66);
    expect(at38.programs.fsw.eligible).toBe(false);
    expect(warnings(at38, 'fsw')).toEqual(['fsw_grid_below_pass_mark']);
    expect(reason(at38, 'fsw', 'fsw_grid_below_pass_mark')?.params).toEqual({ points: 66, required: 67 });
  });

  it('FSW grid age factor: 12 through 35, then one point less a year, 0 from 47', () => {
    const ageOn = (birthDate: string) => check({ ...gridProfile, birthDate }, '2026-01-09').programs.fsw.fswGrid?.age;
    expect(ageOn('1990-06-01')).toBe(12); // 35
    expect(ageOn('1989-06-01')).toBe(11); // 36
    expect(ageOn('1988-01-09')).toBe(9); // 38
    expect(ageOn('1981-01-09')).toBe(2); // 45
    expect(ageOn('1980-01-09')).toBe(1); // 46
    expect(ageOn('1979-01-09')).toBe(0); // 47
    expect(ageOn('2008-01-10')).toBe(0); // 17
    expect(ageOn('2008-01-09')).toBe(12); // 18
  });

  it('CLB 7 in every ability: 6 in one is not enough', () => {
    const six = check({ ...gridProfile, languageTests: [celpip('2025-06-01', 8, 8, 6, 8)] }, '2026-01-09');
    expect(reason(six, 'fsw', 'fsw_language_below_clb7')).toEqual({ code: 'fsw_language_below_clb7', severity: 'warning', params: { ability: 'reading', level: 6, required: 7 } });
    const seven = check({ ...gridProfile, languageTests: [celpip('2025-06-01', 8, 8, 7, 8)] }, '2026-01-09');
    expect(codes(seven, 'fsw')).toContain('fsw_language_met');
  });

  it('the ECA counts on its last valid day, not the day after', () => {
    // ECA 2021-01-09 → valid through 2026-01-08.
    const p = { ...gridProfile, education: [{ level: 'bachelors_or_three_year' as const, completedOn: '2010-06-30', canadian: false, ecaDate: '2021-01-09' }] };
    expect(codes(check(p, '2026-01-08'), 'fsw')).not.toContain('fsw_education_missing');
    const after = check(p, '2026-01-09');
    expect(codes(after, 'fsw')).toContain('fsw_education_missing');
    expect(after.programs.fsw.fswGrid?.education).toBe(0);
  });

  it('an expired language test: not eligible', () => {
    // CELPIP of 2024-01-09 is valid through 2026-01-08.
    const p = { ...gridProfile, languageTests: [celpip('2024-01-09', 8, 8, 8, 8)] };
    expect(check(p, '2026-01-08').programs.fsw.eligible).toBe(true);
    const expired = check(p, '2026-01-09');
    expect(codes(expired, 'fsw')).toContain('no_valid_language_test');
    expect(expired.programs.fsw.fswGrid?.language).toBe(0);
  });

  it('one year of continuous work in one occupation: a gap or a change of occupation breaks it', () => {
    const withWork = (work: Profile['workHistory']) => check({ ...gridProfile, workHistory: work }, '2026-01-09');
    const a = job('21231', '2023-01-02', '2023-07-02', 30, 'IN'); // 182 days, 780 h
    expect(codes(withWork([a, job('21231', '2023-07-03', '2023-12-31', 30, 'IN')]), 'fsw')).toContain('fsw_experience_met');
    const gap = withWork([a, job('21231', '2023-07-04', '2024-01-01', 30, 'IN')]);
    expect(reason(gap, 'fsw', 'fsw_insufficient_continuous_experience')?.params).toEqual({ hours: 780, required: 1560 });
    const otherNoc = withWork([a, job('21232', '2023-07-03', '2023-12-31', 30, 'IN')]);
    expect(codes(otherNoc, 'fsw')).toContain('fsw_insufficient_continuous_experience');
    // Part-time continuous work counts: 15 h/week for 104 weeks.
    expect(codes(withWork([job('21231', '2022-01-03', '2024-01-01', 15, 'IN')]), 'fsw')).toContain('fsw_experience_met');
  });

  it('a qualifying job offer gives 10 grid points and 5 adaptability points', () => {
    const offer: JobOffer = { noc: '21231', lmia: 'approved', fullTime: true, nonSeasonal: true, durationMonths: 24 };
    const r = check({ ...gridProfile, jobOffer: offer }, '2026-01-09');
    // 67 + 10 (arranged employment) + 5 (adaptability: relative 5 + job offer 5 = 10, the cap) = 82.
    expect(r.programs.fsw.fswGrid).toMatchObject({ arrangedEmployment: 10, adaptability: 10, total: 82 });
    const seasonal = check({ ...gridProfile, jobOffer: { ...offer, nonSeasonal: false } }, '2026-01-09');
    expect(seasonal.programs.fsw.fswGrid).toMatchObject({ arrangedEmployment: 0, adaptability: 5 });
  });

  it('second official language at CLB 5 in all four: +4', () => {
    const tef5 = { test: 'tef_canada' as const, testDate: '2025-06-01', scores: { reading: 352, writing: 330, listening: 352, speaking: 387 } };
    const tef4 = { ...tef5, scores: { ...tef5.scores, speaking: 386 } };
    expect(check({ ...gridProfile, languageTests: [...gridProfile.languageTests, tef5] }, '2026-01-09').programs.fsw.fswGrid?.language).toBe(24);
    expect(check({ ...gridProfile, languageTests: [...gridProfile.languageTests, tef4] }, '2026-01-09').programs.fsw.fswGrid?.language).toBe(20);
  });
});

describe('proof of funds (rules.md §6)', () => {
  it('tables by effective date, each on both sides of its date', () => {
    expect(requiredFunds(1, '2023-04-24')).toBe(13757); // oldest known table, used before its date
    expect(requiredFunds(1, '2023-04-25')).toBe(13757);
    expect(requiredFunds(1, '2024-05-27')).toBe(13757);
    expect(requiredFunds(1, '2024-05-28')).toBe(14690);
    expect(requiredFunds(1, '2025-07-06')).toBe(14690);
    expect(requiredFunds(1, '2025-07-07')).toBe(15263);
  });

  it('every row of the 2025 table, and each additional member', () => {
    const day = '2025-07-07';
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => requiredFunds(n, day))).toEqual([15263, 19001, 23360, 28362, 32168, 36280, 40392]);
    expect(requiredFunds(8, day)).toBe(40392 + 4112);
    expect(requiredFunds(9, day)).toBe(40392 + 2 * 4112);
    expect(requiredFunds(8, '2024-05-28')).toBe(38875 + 3958);
    expect(requiredFunds(8, '2023-04-25')).toBe(36407 + 3706);
  });

  it('family size: applicant + spouse (even a non-accompanying citizen) + dependent children', () => {
    const spouse = { ...fswNurseAbroadWithSpouse.spouse!, canadianCitizenOrPR: true, accompanying: false };
    expect(familySize(baseProfile())).toBe(1);
    expect(familySize(baseProfile({ maritalStatus: 'common_law', spouse }))).toBe(2);
    expect(familySize(baseProfile({ maritalStatus: 'married', spouse, dependentChildren: 2 }))).toBe(4);
    expect(familySize(baseProfile({ maritalStatus: 'divorced_or_separated', dependentChildren: 1 }))).toBe(2);
  });

  it('one dollar short is insufficient; exactly the amount is enough', () => {
    const p = { ...cecSoftwareEngineerToronto, settlementFundsCad: 15262 };
    const short = check(p, '2025-07-07');
    expect(reason(short, 'fsw', 'funds_insufficient')).toEqual({ code: 'funds_insufficient', severity: 'warning', params: { required: 15263, declared: 15262, familySize: 1 } });
    expect(short.programs.fsw.eligible).toBe(false);
    expect(short.programs.cec.eligible).toBe(true);
    const exact = check({ ...p, settlementFundsCad: 15263 }, '2025-07-07');
    expect(reason(exact, 'fsw', 'funds_met')).toBeDefined();
    expect(exact.programs.fsw.eligible).toBe(true);
    // The day before the 2025 table, 15,262 $ was enough (14,690 $).
    expect(check(p, '2025-07-06').programs.fsw.eligible).toBe(true);
  });

  it('before the oldest known table: that table, with a finding; from 2023-04-25: no finding', () => {
    const p = { ...fstCarpenterWithCertificate, languageTests: [celpip('2023-01-20', 5, 5, 4, 4)] };
    expect(reason(check(p, '2023-04-24'), 'fst', 'funds_table_estimated')?.params).toEqual({ required: 13757 });
    expect(reason(check(p, '2023-04-25'), 'fst', 'funds_table_estimated')).toBeUndefined();
  });

  it('exempt when authorized to work in Canada with a valid job offer, not with only one of the two', () => {
    const offer: JobOffer = { noc: '21231', lmia: 'exempt', fullTime: true, nonSeasonal: true, durationMonths: 12 };
    const base = { ...cecSoftwareEngineerToronto, settlementFundsCad: 0 };
    const both = check({ ...base, jobOffer: offer }, FIXTURE_AS_OF);
    expect(codes(both, 'fsw')).toContain('funds_exempt_job_offer');
    expect(both.programs.fsw.eligible).toBe(true);
    expect(codes(check({ ...base, jobOffer: offer, authorizedToWorkInCanada: false }, FIXTURE_AS_OF), 'fsw')).toContain('funds_insufficient');
    expect(codes(check(base, FIXTURE_AS_OF), 'fsw')).toContain('funds_insufficient');
    expect(codes(check({ ...base, jobOffer: { ...offer, fullTime: false } }, FIXTURE_AS_OF), 'fsw')).toContain('funds_insufficient');
  });
});

describe('FST (rules.md §5)', () => {
  const asOf = '2025-06-01';
  const tradeProfile = (work: Profile['workHistory'], extra: Partial<Profile> = {}) =>
    baseProfile({
      languageTests: [celpip('2025-01-20', 5, 5, 4, 4)],
      workHistory: work,
      certificateOfQualification: { noc: '72310', issuedOn: '2020-01-15', issuer: 'ON' },
      settlementFundsCad: 20000,
      ...extra,
    });

  it('3,119 hours in the trade is not enough, 3,120 is (2 years at 30 h/week)', () => {
    // 727 days × 30 + 1 day × 23 = 21,833 sevenths = 3,119 h.
    const short = check(tradeProfile([job('72310', '2022-01-03', '2023-12-30', 30, 'PL'), job('72310', '2023-12-31', '2023-12-31', 23, 'PL')]), asOf);
    expect(reason(short, 'fst', 'fst_insufficient_trade_experience')?.params).toEqual({ hours: 3119, required: 3120 });
    // 728 days × 30/7 = 3,120 h.
    const enough = check(tradeProfile([job('72310', '2022-01-03', '2023-12-31', 30, 'PL')]), asOf);
    expect(enough.programs.fst.eligible).toBe(true);
    expect(reason(enough, 'fst', 'fst_experience_met')?.params).toEqual({ noc: '72310', hours: 3120, required: 3120 });
  });

  it('only the 5 years before count, and hours in different trades do not add up', () => {
    // 2020-06-02 … 2022-05-30 = 728 days: inside the window on 2025-06-01, one day short on 2025-06-02.
    const p = tradeProfile([job('72310', '2020-06-02', '2022-05-30', 30, 'PL')]);
    expect(check(p, '2025-06-01').programs.fst.eligible).toBe(true);
    expect(check(p, '2025-06-02').programs.fst.eligible).toBe(false);
    const split = tradeProfile([job('72310', '2022-01-03', '2022-12-31', 30, 'PL'), job('72320', '2023-01-01', '2023-12-30', 30, 'PL')]);
    expect(codes(check(split, asOf), 'fst')).toContain('fst_insufficient_trade_experience');
  });

  it('needs a job offer or a certificate in the same trade', () => {
    const work = [job('72310', '2022-01-03', '2023-12-31', 30, 'PL')];
    const none = check(tradeProfile(work, { certificateOfQualification: null }), asOf);
    expect(reason(none, 'fst', 'fst_no_job_offer_or_certificate')?.params).toEqual({ noc: '72310' });
    const otherTrade = check(tradeProfile(work, { certificateOfQualification: { noc: '72320', issuedOn: '2020-01-15', issuer: 'ON' } }), asOf);
    expect(codes(otherTrade, 'fst')).toContain('fst_no_job_offer_or_certificate');
    const offer: JobOffer = { noc: '72310', lmia: 'approved', fullTime: true, nonSeasonal: false, durationMonths: 12, employers: 2 };
    const withOffer = check(tradeProfile(work, { certificateOfQualification: null, jobOffer: offer }), asOf);
    expect(withOffer.programs.fst.eligible).toBe(true);
    expect(codes(withOffer, 'fst')).toContain('fst_job_offer_met');
    for (const bad of [{ employers: 3 }, { fullTime: false }, { durationMonths: 11 }, { lmia: 'none' as const }, { noc: '72320' }]) {
      expect(check(tradeProfile(work, { certificateOfQualification: null, jobOffer: { ...offer, ...bad } }), asOf).programs.fst.eligible).toBe(false);
    }
    // A certificate issued after the evaluation day does not count yet.
    const later = check(tradeProfile(work, { certificateOfQualification: { noc: '72310', issuedOn: '2025-06-02', issuer: 'ON' } }), asOf);
    expect(codes(later, 'fst')).toContain('fst_no_job_offer_or_certificate');
  });

  it('language: CLB 5 speaking and listening, 4 reading and writing', () => {
    const work = [job('72310', '2022-01-03', '2023-12-31', 30, 'PL')];
    expect(check(tradeProfile(work), asOf).programs.fst.eligible).toBe(true);
    const listening4 = check(tradeProfile(work, { languageTests: [celpip('2025-01-20', 5, 4, 4, 4)] }), asOf);
    expect(reason(listening4, 'fst', 'fst_language_below_minimum')?.params).toEqual({ ability: 'listening', level: 4, required: 5 });
    const writing3 = check(tradeProfile(work, { languageTests: [celpip('2025-01-20', 5, 5, 4, 3)] }), asOf);
    // CELPIP 3 is below CLB 4: level 0.
    expect(reason(writing3, 'fst', 'fst_language_below_minimum')?.params).toEqual({ ability: 'writing', level: 0, required: 4 });
  });

  it('2022-11-16: transport truck drivers (73300) become an FST trade', () => {
    const p = tradeProfile([job('73300', '2019-01-07', '2021-01-03', 30, 'CA')], {
      languageTests: [celpip('2022-01-20', 5, 5, 4, 4)],
      certificateOfQualification: { noc: '73300', issuedOn: '2021-03-01', issuer: 'ON' },
    });
    expect(codes(check(p, '2022-11-15'), 'fst')).toContain('fst_insufficient_trade_experience');
    expect(check(p, '2022-11-16').programs.fst.eligible).toBe(true);
  });

  it('funds: exempt with work authorization and a valid FST job offer', () => {
    const work = [job('72310', '2022-01-03', '2023-12-31', 30, 'CA')];
    const offer: JobOffer = { noc: '72310', lmia: 'approved', fullTime: true, nonSeasonal: true, durationMonths: 12 };
    const r = check(tradeProfile(work, { settlementFundsCad: 0, authorizedToWorkInCanada: true, jobOffer: offer }), asOf);
    expect(codes(r, 'fst')).toContain('funds_exempt_job_offer');
    expect(r.programs.fst.eligible).toBe(true);
    expect(check(tradeProfile(work, { settlementFundsCad: 0 }), asOf).programs.fst.eligible).toBe(false);
  });
});

describe('profiles that trigger every finding', () => {
  const asOf = '2025-06-01';
  it('work, education, spouse, certificate, nomination and job-offer findings', () => {
    const messy = baseProfile({
      maritalStatus: 'married',
      spouse: {
        canadianCitizenOrPR: false,
        accompanying: true,
        education: [],
        languageTests: [celpip('2020-01-01', 9, 9, 9, 9), { test: 'pte_core', testDate: '2023-06-01', scores: { reading: 60, writing: 69, listening: 60, speaking: 68 } }, celpip('2025-07-01', 9, 9, 9, 9)],
        workHistory: [],
      },
      education: [
        { level: 'doctoral', completedOn: '2020-06-30', canadian: true, canadianStudy: { fullTimeMonths: 3, monthsInCanada: 3 } },
        { level: 'masters_or_professional', completedOn: '2019-06-30', canadian: true, canadianStudy: { fullTimeMonths: 12, monthsInCanada: 2 } },
        { level: 'bachelors_or_three_year', completedOn: '2018-06-30', canadian: true, canadianStudy: { fullTimeMonths: 30, monthsInCanada: 30, languageStudyOverHalf: true } },
        { level: 'bachelors_or_three_year', completedOn: '2017-06-30', canadian: true, canadianStudy: { fullTimeMonths: 30, monthsInCanada: 30, returnConditionAward: true } },
        { level: 'two_year', completedOn: '2016-06-30', canadian: true },
        { level: 'secondary', completedOn: '2010-06-30', canadian: false, ecaDate: null },
        { level: 'one_year', completedOn: '2011-06-30', canadian: false, ecaDate: '2015-01-01' },
        { level: 'one_year', completedOn: '2026-06-30', canadian: true },
      ],
      languageTests: [celpip('2025-01-01', 9, 9, 9, 9)],
      workHistory: [
        job('21231', '2023-01-01', null, 45, 'CA'),
        job('21232', '2024-01-01', '2024-03-31', 20, 'CA'),
        job('21231', '2019-01-01', '2019-12-31', 30, 'CA', { paid: false }),
        job('21231', '2018-01-01', '2018-12-31', 30, 'CA', { authorizedInCanada: false }),
        job('31102', '2017-01-01', '2017-12-31', 30, 'CA', { selfEmployed: true }),
        job('21231', '2016-01-01', '2016-12-31', 20, 'CA', { fullTimeStudent: true }),
        job('65201', '2021-01-01', '2021-12-31', 30, 'CA'),
        job('21231', '2025-07-01', null, 30, 'CA'),
        job('21300', '2016-01-04', '2017-12-31', 30, 'US'),
        job('21301', '2018-01-01', '2018-12-30', 30, 'US'),
      ],
      certificateOfQualification: { noc: '72310', issuedOn: '2025-08-01', issuer: 'ON' },
      provincialNomination: { province: 'MB', nominatedOn: '2025-08-01' },
      jobOffer: { noc: '64100', lmia: 'none', fullTime: false, nonSeasonal: false, durationMonths: 6 },
    });
    const r = check(messy, asOf);
    const found = new Set(r.findings.map((f) => f.code));
    for (const code of [
      'work_unpaid_not_counted',
      'work_unauthorized_not_counted',
      'work_self_employed_not_counted',
      'work_physician_public_policy',
      'work_full_time_student_not_counted',
      'work_not_skilled_not_counted',
      'work_after_as_of_not_counted',
      'work_over_30h_capped',
      'work_overlap_capped',
      'work_foreign_single_occupation',
      'education_not_completed',
      'eca_missing',
      'eca_expired',
      'canadian_education_too_short',
      'canadian_education_not_in_canada',
      'canadian_education_mostly_language_study',
      'canadian_education_return_award',
      'canadian_education_conditions_assumed',
      'spouse_language_test_expired',
      'spouse_language_test_not_accepted',
      'spouse_language_test_in_future',
      'certificate_after_as_of',
      'nomination_after_as_of',
      'job_offer_not_skilled',
      'job_offer_not_full_time',
      'job_offer_seasonal',
      'job_offer_too_short',
      'job_offer_no_lmia',
    ]) {
      expect(found, code).toContain(code);
    }
    const old = check(
      baseProfile({ maritalStatus: 'common_law', jobOffer: { noc: '00012', lmia: 'exempt', fullTime: true, nonSeasonal: true, durationMonths: 12 } }),
      '2016-11-18',
    );
    expect(old.findings.map((f) => f.code)).toEqual(['spouse_details_missing', 'no_valid_language_test', 'job_offer_lmia_exempt_not_counted_for_crs', 'job_offer_indeterminate_required']);
  });
});

describe('French and English wording', () => {
  const catalog: Record<string, { en: string; fr: string }> = { ...LANGUAGE_MESSAGES, ...ELIGIBILITY_MESSAGES };

  function format(key: string, f: Finding, lang: 'en' | 'fr'): string {
    const entry = catalog[key];
    if (!entry) throw new Error(`missing message: ${key}`);
    const values: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(f.params ?? {})) values[k] = typeof v === 'boolean' ? String(v) : v;
    return String(new IntlMessageFormat(entry[lang], lang === 'fr' ? 'fr-CA' : 'en-CA').format(values));
  }

  it('names every program', () => {
    for (const p of PROGRAMS) {
      expect(catalog[`program.${p}`]?.en).toBeTruthy();
      expect(catalog[`program.${p}`]?.fr).not.toBe(catalog[`program.${p}`]?.en);
    }
  });

  it('has both languages for every reason and finding emitted in this file, formatted with its parameters', () => {
    expect(every.length).toBeGreaterThan(30);
    const seen = new Set<string>();
    for (const r of every) {
      const items: [string, Finding][] = [
        ...r.findings.map((f) => [`finding.${f.code}`, f] as [string, Finding]),
        ...PROGRAMS.flatMap((p) => r.programs[p].reasons.map((f) => [`eligibility.${f.code}`, f] as [string, Finding])),
      ];
      for (const [key, f] of items) {
        const en = format(key, f, 'en');
        const fr = format(key, f, 'fr');
        expect(en).not.toMatch(/[{}]/);
        expect(fr).not.toMatch(/[{}]/);
        expect(fr).not.toBe(en);
        seen.add(key);
      }
    }
    // Every reason and finding message of this area was emitted by some case above (no dead or misspelled keys).
    const ours = Object.keys(ELIGIBILITY_MESSAGES).filter((k) => k.startsWith('finding.') || k.startsWith('eligibility.'));
    expect(ours.filter((k) => !seen.has(k))).toEqual([]);
  });

  it('words a finding with its numbers (funds in the locale’s format)', () => {
    const f: Finding = { code: 'funds_insufficient', severity: 'warning', params: { required: 15263, declared: 15262, familySize: 1 } };
    expect(format('eligibility.funds_insufficient', f, 'en')).toContain('15,263');
    expect(format('eligibility.funds_insufficient', f, 'fr')).toMatch(/15\s263/);
  });

  it('every message key of this area has a French and an English text that differ', () => {
    for (const [key, m] of Object.entries(ELIGIBILITY_MESSAGES)) {
      expect(m.en.trim(), key).not.toBe('');
      expect(m.fr.trim(), key).not.toBe('');
      expect(m.fr, key).not.toBe(m.en);
    }
  });
});

describe('dates used in this file are real days', () => {
  it('sanity of the boundary days', () => {
    expect(addDays('2024-01-01', 363)).toBe('2024-12-29');
    expect(addDays('2022-01-03', 727)).toBe('2023-12-31');
    expect(addDays('2020-06-02', 727)).toBe('2022-05-30');
  });
});
