// Work-experience arithmetic (rules.md §4.2): 30 h/week cap, pro rata part time, overlaps, 1,560 h a year, windows,
// which entries count, skilled occupations and FST trades on both sides of the NOC 2021 switch (2022-11-16).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../src/domain/dates.ts';
import {
  HOURS_PER_YEAR,
  canadianWorkYears,
  countHours,
  foreignWorkYears,
  fullYears,
  hoursByNoc,
  isFstTrade,
  isSkilledNoc,
  longestContinuousRun,
  qualifyingHours,
  reaches,
  ruleAt,
  selectWork,
  windowBefore,
  workFindings,
} from '../src/domain/work.ts';
import { job } from './fixtures/profiles.ts';
import type { WorkEntry } from '../src/domain/vocabulary.ts';
import { PARAMETERS } from '../src/domain/rules/programs.ts';
import { RuleDateError, at } from '../src/domain/rules/parameter.ts';

const WIDE = { from: '2010-01-01', to: '2030-12-31' };
/** An entry of `days` days (inclusive) starting on `start`. */
const span = (start: string, days: number, weeklyHours: number, extra: Partial<WorkEntry> = {}, noc = '21231', country = 'CA') =>
  job(noc, start, addDays(start, days - 1), weeklyHours, country, extra);

describe('hour counting (rules.md §4.2)', () => {
  it('one year is 1,560 hours: 12 months × 30 h/week', () => {
    expect(HOURS_PER_YEAR).toBe(1560);
  });

  it('counts 52 weeks (364 days) of 30 h/week as exactly 1,560 h = 1 year; one day less is not a year', () => {
    // 364 days × 30/7 h = 1,560 h.
    const year = qualifyingHours([span('2023-01-02', 364, 30)], WIDE);
    expect(year).toBeCloseTo(1560, 9);
    expect(fullYears(year)).toBe(1);
    // 363 days × 30/7 = 1,555.71 h → 0 full years.
    const short = qualifyingHours([span('2023-01-02', 363, 30)], WIDE);
    expect(short).toBeCloseTo(1555.714, 2);
    expect(fullYears(short)).toBe(0);
  });

  it('boundary: 1,559 h is not a year, 1,560 h is (7 h/week = 1 h a day)', () => {
    const h1559 = qualifyingHours([span('2015-01-01', 1559, 7)], WIDE);
    const h1560 = qualifyingHours([span('2015-01-01', 1560, 7)], WIDE);
    expect(h1559).toBeCloseTo(1559, 9);
    expect(h1560).toBeCloseTo(1560, 9);
    expect(reaches(h1559, 1560)).toBe(false);
    expect(reaches(h1560, 1560)).toBe(true);
    expect(fullYears(h1559)).toBe(0);
    expect(fullYears(h1560)).toBe(1);
  });

  it('caps a week at 30 hours: 40 h/week for 52 weeks is still 1,560 h, 520 h not counted', () => {
    const c = countHours([span('2023-01-02', 364, 40)], WIDE);
    expect(c.hours).toBeCloseTo(1560, 9);
    expect(c.cappedHours).toBeCloseTo(520, 9);
  });

  it('counts part time pro rata: 15 h/week for 104 weeks = 1,560 h', () => {
    expect(qualifyingHours([span('2021-01-04', 728, 15)], WIDE)).toBeCloseTo(1560, 9);
    expect(fullYears(qualifyingHours([span('2021-01-04', 727, 15)], WIDE))).toBe(0);
  });

  it('adds concurrent part-time jobs, capped at 30 h/week in total', () => {
    // Two 15 h jobs at once: 30 h/week, nothing capped.
    const two15 = countHours([span('2023-01-02', 364, 15), span('2023-01-02', 364, 15, {}, '21232')], WIDE);
    expect(two15.hours).toBeCloseTo(1560, 9);
    expect(two15.cappedHours).toBe(0);
    // Two 20 h jobs at once: 40 h/week → 30 counted.
    const two20 = countHours([span('2023-01-02', 364, 20), span('2023-01-02', 364, 20, {}, '21232')], WIDE);
    expect(two20.hours).toBeCloseTo(1560, 9);
    expect(two20.cappedHours).toBeCloseTo(520, 9);
  });

  it('never counts the same days twice: a duplicated entry adds nothing beyond 30 h/week', () => {
    const e = span('2023-01-02', 364, 30);
    expect(qualifyingHours([e, e], WIDE)).toBeCloseTo(1560, 9);
  });

  it('partly overlapping entries: only the overlap is capped', () => {
    // A: 30 h/week days 0–181 (182 d). B: 30 h/week days 91–272 (182 d). Union 273 days at 30 h → 1,170 h.
    const a = span('2023-01-02', 182, 30);
    const b = span(addDays('2023-01-02', 91), 182, 30);
    const c = countHours([a, b], WIDE);
    expect(c.hours).toBeCloseTo((273 * 30) / 7, 9);
    expect(c.cappedHours).toBeCloseTo((91 * 30) / 7, 9);
  });

  it('adds sequential jobs (a change of employer keeps counting)', () => {
    const first = span('2023-01-02', 182, 30);
    const second = span(addDays('2023-01-02', 182), 182, 30, {}, '21232');
    expect(qualifyingHours([first, second], WIDE)).toBeCloseTo(1560, 9);
  });

  it('counts an ongoing entry up to the end of the window (the evaluation day), inclusive', () => {
    const ongoing = job('21231', '2024-01-01', null, 30, 'CA');
    // 2024-01-01 … 2024-12-28 = 363 days; … 2024-12-29 = 364 days.
    expect(fullYears(qualifyingHours([ongoing], windowBefore('2024-12-28', 3)))).toBe(0);
    expect(fullYears(qualifyingHours([ongoing], windowBefore('2024-12-29', 3)))).toBe(1);
  });

  it('clips entries to the window and ignores zero-hour entries', () => {
    const w = { from: '2023-01-01', to: '2023-01-07' };
    expect(qualifyingHours([job('21231', '2022-01-01', '2023-12-31', 35, 'CA')], w)).toBeCloseTo(30, 9);
    expect(qualifyingHours([job('21231', '2022-01-01', '2022-12-31', 30, 'CA')], w)).toBe(0);
    expect(qualifyingHours([job('21231', '2023-01-01', '2023-01-07', 0, 'CA')], w)).toBe(0);
  });

  it('windowBefore gives exactly N years of days ending on asOf', () => {
    expect(windowBefore('2025-06-01', 3)).toEqual({ from: '2022-06-02', to: '2025-06-01' });
    expect(windowBefore('2025-06-01', 10)).toEqual({ from: '2015-06-02', to: '2025-06-01' });
  });

  it('property: never more than 30 h/week over the window, order does not matter, adding an entry never lowers the hours', () => {
    const entryArb = fc.record({
      startOffset: fc.integer({ min: -400, max: 2000 }),
      days: fc.integer({ min: 1, max: 900 }),
      weeklyHours: fc.integer({ min: 0, max: 80 }),
    });
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 6 }), entryArb, (specs, extra) => {
        const toEntry = (s: { startOffset: number; days: number; weeklyHours: number }) => span(addDays('2020-01-01', s.startOffset), s.days, s.weeklyHours);
        const window = { from: '2020-01-01', to: '2024-12-31' };
        const entries = specs.map(toEntry);
        const hours = qualifyingHours(entries, window);
        const windowDays = 1827;
        expect(hours).toBeLessThanOrEqual((windowDays * 30) / 7 + 1e-6);
        expect(qualifyingHours([...entries].reverse(), window)).toBeCloseTo(hours, 6);
        expect(qualifyingHours([...entries, toEntry(extra)], window)).toBeGreaterThanOrEqual(hours - 1e-6);
      }),
      { numRuns: 300 },
    );
  });
});

describe('per occupation and continuity', () => {
  it('hoursByNoc keeps occupations apart', () => {
    const m = hoursByNoc([span('2023-01-02', 364, 30), span('2023-01-02', 182, 30, {}, '21232')], WIDE);
    expect(m.get('21231')).toBeCloseTo(1560, 9);
    expect(m.get('21232')).toBeCloseTo(780, 9);
  });

  it('longestContinuousRun joins touching entries of one NOC, breaks on a gap day, ignores other NOCs', () => {
    const a = span('2023-01-02', 182, 30); // ends 2023-07-02
    const touching = span('2023-07-03', 182, 30);
    const afterGap = span('2023-07-04', 182, 30);
    const joined = longestContinuousRun([a, touching], WIDE)!;
    expect(joined.hours).toBeCloseTo(1560, 9);
    expect(joined).toMatchObject({ noc: '21231', from: '2023-01-02', to: addDays('2023-07-03', 181) });
    const broken = longestContinuousRun([a, afterGap], WIDE)!;
    expect(broken.hours).toBeCloseTo(780, 9);
    const otherNoc = longestContinuousRun([a, span('2023-07-03', 182, 30, {}, '21232')], WIDE)!;
    expect(otherNoc.hours).toBeCloseTo(780, 9);
    expect(longestContinuousRun([], WIDE)).toBeNull();
  });

  it('part-time work is continuous too (15 h/week for 2 years = one FSW year)', () => {
    expect(longestContinuousRun([span('2021-01-04', 728, 15)], WIDE)!.hours).toBeCloseTo(1560, 9);
  });
});

describe('which entries count', () => {
  const asOf = '2025-06-01';
  const entries: WorkEntry[] = [
    job('21231', '2023-01-01', null, 30, 'CA'),
    job('21231', '2020-01-01', '2020-12-31', 30, 'CA', { paid: false }),
    job('21231', '2019-01-01', '2019-12-31', 30, 'CA', { selfEmployed: true }),
    job('21231', '2018-01-01', '2018-12-31', 20, 'CA', { fullTimeStudent: true }),
    job('21231', '2017-01-01', '2017-12-31', 30, 'CA', { authorizedInCanada: false }),
    job('65201', '2016-01-01', '2016-12-31', 30, 'CA'), // food counter attendants: TEER 5
    job('21231', '2025-07-01', null, 30, 'CA'), // after asOf
    job('21231', '2012-01-01', '2014-12-31', 30, 'FR', { selfEmployed: true }),
  ];
  const reasons = (use: Parameters<typeof selectWork>[1]) => selectWork(entries, use, asOf).excluded.map((x) => x.reason);

  it('CRS Canadian work: only paid, authorized, skilled, employee, non-student work in Canada', () => {
    const s = selectWork(entries, 'crs_canadian', asOf);
    expect(s.counted).toEqual([entries[0]]);
    expect(reasons('crs_canadian')).toEqual(['unpaid', 'self_employed', 'full_time_student', 'unauthorized', 'not_skilled', 'after_as_of']);
  });

  it('CEC uses the same exclusions', () => {
    expect(selectWork(entries, 'cec', asOf).counted).toEqual([entries[0]]);
  });

  it('foreign work: only entries abroad; self-employment abroad counts', () => {
    expect(selectWork(entries, 'crs_foreign', asOf).counted).toEqual([entries[7]]);
    expect(reasons('crs_foreign')).toEqual([]);
  });

  it('FSW: Canada or abroad, self-employment and student work not excluded, unauthorized work in Canada excluded', () => {
    const counted = selectWork(entries, 'fsw', asOf).counted;
    expect(counted).toEqual([entries[0], entries[2], entries[3], entries[7]]);
  });

  it('FST: only eligible trades', () => {
    const s = selectWork([job('72310', '2020-01-01', null, 30, 'CA'), job('21231', '2020-01-01', null, 30, 'CA')], 'fst', asOf);
    expect(s.counted.map((e) => e.noc)).toEqual(['72310']);
    expect(s.excluded.map((x) => x.reason)).toEqual(['not_a_trade']);
  });

  it('findings name every excluded entry, the 30 h cap and overlaps, with who', () => {
    const s = selectWork(
      [...entries, job('21232', '2024-01-01', '2024-06-30', 40, 'CA'), job('21233', '2024-01-01', '2024-06-30', 10, 'CA')],
      'crs_canadian',
      asOf,
    );
    const f = workFindings(s, windowBefore(asOf, 10), asOf, 'spouse');
    const codes = f.map((x) => x.code);
    expect(codes).toContain('work_unpaid_not_counted');
    expect(codes).toContain('work_self_employed_not_counted');
    expect(codes).toContain('work_full_time_student_not_counted');
    expect(codes).toContain('work_unauthorized_not_counted');
    expect(codes).toContain('work_not_skilled_not_counted');
    expect(codes).toContain('work_after_as_of_not_counted');
    expect(f.find((x) => x.code === 'work_over_30h_capped')?.params).toEqual({ noc: '21232', start: '2024-01-01', weeklyHours: 40, cap: 30, who: 'spouse' });
    // Jan–Jun 2024 (182 days): 30 (main job) + 30 (21232, already capped to 30) + 10 = 70 h/week → 40 h/week over → 182 × 40 / 7 = 1,040 h.
    expect(f.find((x) => x.code === 'work_overlap_capped')?.params).toEqual({ hours: 1040, cap: 30, who: 'spouse' });
  });

  it('physicians: self-employed work in Canada gets a public-policy note from 2023-04-25, not before', () => {
    const doctor = [job('31102', '2020-01-01', '2022-12-31', 40, 'CA', { selfEmployed: true })];
    const note = (day: string) =>
      workFindings(selectWork(doctor, 'crs_canadian', day), windowBefore(day, 10), day, 'principal').some((f) => f.code === 'work_physician_public_policy');
    expect(note('2023-04-24')).toBe(false);
    expect(note('2023-04-25')).toBe(true);
  });
});

describe('skilled occupations and trades: NOC 2021 switch on 2022-11-16 (rules.md §8, §5.1)', () => {
  it('TEER 0–3 are skilled, TEER 4–5 are not, malformed codes are not', () => {
    expect(isSkilledNoc('00012', '2025-01-01')).toBe(true);
    expect(isSkilledNoc('21231', '2025-01-01')).toBe(true);
    expect(isSkilledNoc('72310', '2025-01-01')).toBe(true);
    expect(isSkilledNoc('63200', '2025-01-01')).toBe(true);
    expect(isSkilledNoc('64100', '2025-01-01')).toBe(false);
    expect(isSkilledNoc('65201', '2025-01-01')).toBe(false);
    expect(isSkilledNoc('1234', '2025-01-01')).toBe(false);
  });

  it('transport truck drivers (73300) become skilled on 2022-11-16; tailors (64200) stop being skilled', () => {
    expect(isSkilledNoc('73300', '2022-11-15')).toBe(false);
    expect(isSkilledNoc('73300', '2022-11-16')).toBe(true);
    expect(isSkilledNoc('64200', '2022-11-15')).toBe(true);
    expect(isSkilledNoc('64200', '2022-11-16')).toBe(false);
  });

  it('FST trades: major groups 72 (not 726), 73, 82, 83, 92, 93 (not 932), minor group 6320, unit group 62200', () => {
    const day = '2025-01-01';
    for (const noc of ['72310', '72400', '73100', '82010', '83100', '92100', '93100', '63200', '63201', '63202', '62200']) expect(isFstTrade(noc, day)).toBe(true);
    for (const noc of ['72600', '72604', '93200', '62201', '21231', '63210', '65202']) expect(isFstTrade(noc, day)).toBe(false);
  });

  it('FST trades before 2022-11-16: NOC 2011 list (truck drivers not a trade, retail butchers 65202 a trade)', () => {
    expect(isFstTrade('73300', '2022-11-15')).toBe(false);
    expect(isFstTrade('73300', '2022-11-16')).toBe(true);
    expect(isFstTrade('65202', '2022-11-15')).toBe(true);
    expect(isFstTrade('65202', '2022-11-16')).toBe(false);
    expect(isFstTrade('72310', '2022-11-15')).toBe(true);
  });
});

describe('CRS work years', () => {
  it('Canadian years: completed years in the 10 years up to asOf', () => {
    // 2015-01-01 … ongoing, 30 h/week. On 2025-06-01 only 2015-06-02 … 2025-06-01 counts: 3,653 days → 15,655.7 h → 10 years.
    const w = canadianWorkYears([job('21231', '2015-01-01', null, 30, 'CA')], '2025-06-01');
    expect(w.hours).toBeCloseTo((3653 * 30) / 7, 6);
    expect(w.years).toBe(10);
    // Work that ended more than 10 years ago counts for nothing.
    expect(canadianWorkYears([job('21231', '2010-01-01', '2015-06-01', 30, 'CA')], '2025-06-01').years).toBe(0);
  });

  it('foreign years: the occupation with the most hours, with a finding when all occupations would give more', () => {
    // 21231: 2 years (728 days); 21232: 1.5 years (546 days), sequential. Alone: 2 years; together 3.
    const entries = [span('2018-01-01', 728, 30, {}, '21231', 'IN'), span(addDays('2018-01-01', 728), 546, 30, {}, '21232', 'IN')];
    const f = foreignWorkYears(entries, '2025-06-01');
    expect(f.years).toBe(2);
    expect(f.findings).toContainEqual({ code: 'work_foreign_single_occupation', severity: 'info', params: { noc: '21231', years: 2, allOccupationsYears: 3 } });
  });

  it('foreign years ignore Canadian work, and Canadian years ignore foreign work', () => {
    const entries = [span('2020-01-01', 728, 30, {}, '21231', 'CA'), span('2016-01-01', 1092, 30, {}, '21231', 'US')];
    expect(canadianWorkYears(entries, '2025-06-01').years).toBe(2);
    expect(foreignWorkYears(entries, '2025-06-01').years).toBe(3);
  });
});

describe('ruleAt (memoized rule lookup)', () => {
  it('returns what at() returns for every programs parameter, on every change day and the day before', () => {
    for (const p of PARAMETERS) {
      for (const v of p.values) {
        for (const day of [v.from, addDays(v.from, -1), '2027-12-31']) {
          if (day < '2015-01-01') continue;
          expect(ruleAt(p, day)).toBe(at(p, day));
        }
      }
    }
  });

  it('refuses invalid and pre-2015 days, every time', () => {
    for (let i = 0; i < 2; i++) {
      expect(() => ruleAt(PARAMETERS[0]!, '2014-12-31')).toThrowError(RuleDateError);
      expect(() => ruleAt(PARAMETERS[0]!, '2015-02-29')).toThrowError(RuleDateError);
    }
  });
});
