// Process rules (rules.md §7, §8, §9): every dated value checked on the day before and the day of its change.
import { describe, expect, it } from 'vitest';
import { at, valueAt } from '../src/domain/rules/parameter.ts';
import { ALL_PARAMETERS } from '../src/domain/rules/index.ts';
import {
  APPLICATION_RULES_DAY,
  BIOMETRICS_AGES,
  BIOMETRICS_DEADLINE_DAYS,
  ITA_RESPONSE_DAYS,
  JOB_BANK_REGISTRATION_REQUIRED,
  JUDICIAL_REVIEW_DEADLINES,
  MISREPRESENTATION_BAR_YEARS,
  NOC_VERSION,
  PARAMETERS,
  POLICE_CERTIFICATES,
  PROCESSING_STANDARD_MONTHS,
  PROFILE_COMPLETION_DAYS,
  PROFILE_VALIDITY_MONTHS,
  ROUND_TYPES,
  TIE_BREAK_RULE,
  UPFRONT_MEDICAL_EXAM_REQUIRED,
  itaResponseDeadline,
  profileExpiryDate,
} from '../src/domain/rules/process.ts';

describe('process rules: registry', () => {
  it('are all registered under process.*', () => {
    const ids = new Set(ALL_PARAMETERS.map((p) => p.id));
    for (const p of PARAMETERS) {
      expect(p.id.startsWith('process.')).toBe(true);
      expect(ids.has(p.id)).toBe(true);
    }
    expect(PARAMETERS.length).toBe(15);
  });
});

describe('ITA window (rules.md §7.5, §9)', () => {
  it.each([
    ['2015-01-01', 60],
    ['2016-11-18', 60],
    ['2016-11-19', 90],
    ['2018-06-25', 90],
    ['2018-06-26', 60],
    ['2020-03-17', 60],
    ['2020-03-18', 90],
    ['2021-06-28', 90],
    ['2021-06-29', 60],
    ['2026-11-22', 60],
  ])('on %s: %i days', (day, days) => {
    expect(at(ITA_RESPONSE_DAYS, day)).toBe(days);
  });

  it('marks the single-source 2018 date and the COVID start as unsure, the 2021 return as confirmed', () => {
    expect(valueAt(ITA_RESPONSE_DAYS, '2018-06-26').unsure).toMatch(/single secondary source/);
    expect(valueAt(ITA_RESPONSE_DAYS, '2020-03-18').unsure).toMatch(/March 2020/);
    expect(valueAt(ITA_RESPONSE_DAYS, '2021-06-29').unsure).toBeUndefined();
  });

  it('counts the deadline with the rule in force on the day of the invitation', () => {
    expect(itaResponseDeadline('2016-11-18')).toBe('2017-01-17'); // 60 days
    expect(itaResponseDeadline('2016-11-19')).toBe('2017-02-17'); // 90 days
    expect(itaResponseDeadline('2021-06-28')).toBe('2021-09-26'); // invited before 29 Jun 2021: still 90 days
    expect(itaResponseDeadline('2021-06-29')).toBe('2021-08-28'); // 60 days
    expect(itaResponseDeadline('2026-08-19')).toBe('2026-10-18');
  });
});

describe('profile and pool (rules.md §7.1)', () => {
  it('keeps a profile 12 months, expiring one year after the day it was received', () => {
    expect(at(PROFILE_VALIDITY_MONTHS, '2015-01-01')).toBe(12);
    expect(at(PROFILE_VALIDITY_MONTHS, '2026-11-22')).toBe(12);
    expect(profileExpiryDate('2025-03-10')).toBe('2026-03-10');
    expect(profileExpiryDate('2024-02-29')).toBe('2025-02-28');
  });

  it('gives 60 days to finish a started profile', () => {
    expect(at(PROFILE_COMPLETION_DAYS, '2020-01-01')).toBe(60);
  });

  it('made Job Bank registration optional on 2017-06-06', () => {
    expect(at(JOB_BANK_REGISTRATION_REQUIRED, '2017-06-05')).toBe(true);
    expect(at(JOB_BANK_REGISTRATION_REQUIRED, '2017-06-06')).toBe(false);
  });
});

describe('tie-break and rounds (rules.md §7.2, §7.3)', () => {
  it('breaks ties by profile submission date and time from 2017-06-06', () => {
    expect(at(TIE_BREAK_RULE, '2017-06-05')).toBe('none_published');
    expect(at(TIE_BREAK_RULE, '2017-06-06')).toBe('submission_instant');
    expect(at(TIE_BREAK_RULE, '2026-08-19')).toBe('submission_instant');
  });

  it('adds category-based rounds when the categories were set (2023-05-31)', () => {
    expect(at(ROUND_TYPES, '2015-01-01')).toEqual(['general', 'program']);
    expect(at(ROUND_TYPES, '2023-05-30')).toEqual(['general', 'program']);
    expect(at(ROUND_TYPES, '2023-05-31')).toEqual(['general', 'program', 'category']);
  });
});

describe('application (rules.md §7.5)', () => {
  it('processes an application under the rules of its invitation day', () => {
    expect(at(APPLICATION_RULES_DAY, '2025-01-01')).toBe('ita_date');
  });

  it('gives 30 days for biometrics, for ages 14 to 79', () => {
    expect(at(BIOMETRICS_DEADLINE_DAYS, '2025-01-01')).toBe(30);
    expect(at(BIOMETRICS_AGES, '2025-01-01')).toEqual({ minAge: 14, maxAge: 79 });
  });

  it('dropped the upfront medical exam on 2023-10-01', () => {
    expect(at(UPFRONT_MEDICAL_EXAM_REQUIRED, '2023-09-30')).toBe(true);
    expect(at(UPFRONT_MEDICAL_EXAM_REQUIRED, '2023-10-01')).toBe(false);
  });

  it('has a 6-month service standard, a 5-year misrepresentation bar, police certificates for 6-month stays', () => {
    expect(at(PROCESSING_STANDARD_MONTHS, '2025-01-01')).toBe(6);
    expect(at(MISREPRESENTATION_BAR_YEARS, '2025-01-01')).toBe(5);
    expect(at(POLICE_CERTIFICATES, '2025-01-01')).toEqual({ minConsecutiveMonths: 6, lookbackYears: 10, fromAge: 18, currentCountryIssuedWithinMonths: 6 });
  });
});

describe('refusal recourse (rules.md §7.6, IRPA s. 72)', () => {
  it('allows 15 days in Canada and 60 days outside to seek leave', () => {
    expect(at(JUDICIAL_REVIEW_DEADLINES, '2015-01-01')).toEqual({ inCanadaDays: 15, outsideCanadaDays: 60 });
    expect(at(JUDICIAL_REVIEW_DEADLINES, '2026-11-22')).toEqual({ inCanadaDays: 15, outsideCanadaDays: 60 });
  });
});

describe('NOC version (rules.md §8, §9)', () => {
  it.each([
    ['2015-01-01', 'noc_2011'],
    ['2017-10-23', 'noc_2011'],
    ['2017-10-24', 'noc_2016'],
    ['2022-11-15', 'noc_2016'],
    ['2022-11-16', 'noc_2021'],
  ])('on %s: %s', (day, version) => {
    expect(at(NOC_VERSION, day)).toBe(version);
  });
});
