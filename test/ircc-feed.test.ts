// IRCC's rounds feed (ee_rounds_123_en.json, data README §2a): timestamp texts, field-level errors, the real file
// (skipped without the data directory) checked round by round against ee_rounds.csv, and the round trip to feed fields.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { classifyRoundName, irccRoundToReport, parseIrccDay, parseIrccFeed, parseIrccTimestamp, programsOfText, type IrccRound } from '../src/app/ircc-feed.ts';
import { toIrccFeedRound } from '../src/domain/round-report.ts';
import { testDataDir } from './data-dir.ts';

describe("IRCC's timestamp texts", () => {
  it.each([
    ['March 1, 2026 at 18:34:05 UTC', '2026-03-01T18:34:05Z'],
    ['August 19th 2026 at 12:35:37 UTC', '2026-08-19T12:35:37Z'],
    ['July 3rd 2026 at 21:35:13 UTC', '2026-07-03T21:35:13Z'],
    ['May 21, 2026 at  12:14:09 UTC', '2026-05-21T12:14:09Z'],
    ['September 05, 2025 at 0:59:13 UTC', '2025-09-05T00:59:13Z'],
    ['May 26 2025 at 12:28:38 UTC', '2025-05-26T12:28:38Z'],
    ['October 15, 2025 15:55:18 UTC', '2025-10-15T15:55:18Z'],
    ['January 23, 2025 at 2025-01-23 15:30:04 UTC', '2025-01-23T15:30:04Z'],
    ['March 02. 2024 at 01:58:34 UTC', '2024-03-02T01:58:34Z'],
    ['May 31, 2024 at12:48:30 UTC', '2024-05-31T12:48:30Z'],
    ['October 25, 2023 at 15:48:39 AM UTC', '2023-10-25T15:48:39Z'],
    ['September 30, 2023 at 04:22:17 AM UTC', '2023-09-30T04:22:17Z'],
    ['April 26,2023 18:10:04 UTC', '2023-04-26T18:10:04Z'],
    ['March 01, 2023, at 17:24:39 UTC', '2023-03-01T17:24:39Z'],
    [' January 17, 2018 at 12:33:00 UTC', '2018-01-17T12:33:00Z'],
    ['July 04, 2023 at 19:36:18 UTC ', '2023-07-04T19:36:18Z'],
  ])('%s → %s', (text, instant) => {
    expect(parseIrccTimestamp(text)).toEqual({ instant, yearAssumed: false, zoneGiven: true });
  });

  it('reads a time without a zone as UTC, and a text without a year only with a year given', () => {
    expect(parseIrccTimestamp('March 05, 2025 at 05:10:48')).toEqual({ instant: '2025-03-05T05:10:48Z', yearAssumed: false, zoneGiven: false });
    expect(parseIrccTimestamp('October 7 at 16:38:21 UTC')).toBeNull();
    expect(parseIrccTimestamp('October 7 at 16:38:21 UTC', 2021)).toEqual({ instant: '2021-10-07T16:38:21Z', yearAssumed: true, zoneGiven: true });
    expect(parseIrccTimestamp('12:00 PM')).toBeNull();
    expect(parseIrccTimestamp('February 30, 2025 at 10:00:00 UTC')).toBeNull();
    expect(parseIrccTimestamp('Octember 3, 2025 at 10:00:00 UTC')).toBeNull();
    expect(parseIrccTimestamp('March 3, 2025 at 24:00:00 UTC')).toBeNull();
  });

  it('reads days and program lists', () => {
    expect(parseIrccDay('August 16, 2026')).toBe('2026-08-16');
    expect(parseIrccDay('August 32, 2026')).toBeNull();
    expect(programsOfText('Federal Skilled Worker, Canadian Experience Class, Federal Skilled Trades and Provincial Nominee Program')).toEqual(['pnp', 'cec', 'fsw', 'fst']);
    expect(programsOfText('Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program')).toEqual(['cec', 'fsw', 'fst']);
    expect(classifyRoundName('General')).toMatchObject({ type: 'general' });
    expect(classifyRoundName('Provincial Nominee Program')).toMatchObject({ type: 'program', program: 'pnp' });
    expect(classifyRoundName('Trade occupations (Version 2)')).toEqual({ type: 'category', program: null, category: 'trades', categoryVersion: 'Version 2' });
    expect(classifyRoundName('Space occupations (Version 1)')).toBeNull();
  });
});

const GOOD = {
  drawNumber: '437',
  drawDate: '2026-08-19',
  drawDateFull: 'August 19, 2026',
  drawName: 'French-Language proficiency 2026-Version 2',
  drawSize: '5,000',
  drawCRS: '382',
  drawText2: 'Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program',
  drawDateTime: 'August 19th 2026 at 12:35:37 UTC',
  drawCutOff: 'March 1, 2026 at 18:34:05 UTC',
  drawDistributionAsOn: 'August 16, 2026',
  ...Object.fromEntries(
    ['439', '18,657', '73,554', '12,915', '13,066', '16,626', '16,133', '14,814', '60,631', '13,555', '13,229', '11,890', '11,269', '10,688', '48,600', '17,269', '7,709', '226,859'].map(
      (v, i) => [`dd${i + 1}`, v],
    ),
  ),
};

describe('reading the feed', () => {
  it('reads a record into a typed round', () => {
    const { rounds, errors } = parseIrccFeed({ classes: 'wb-tables', rounds: [GOOD] });
    expect(errors).toEqual([]);
    expect(rounds[0]).toMatchObject({
      number: 437,
      date: '2026-08-19',
      instant: '2026-08-19T12:35:37Z',
      type: 'category',
      category: 'french',
      categoryVersion: '2026-Version 2',
      eligiblePrograms: ['cec', 'fsw', 'fst'],
      size: 5000,
      cutoff: 382,
      tieBreak: '2026-03-01T18:34:05Z',
      distributionAsOf: '2026-08-16',
      notes: [],
    });
    expect(rounds[0]!.distribution[0]).toEqual({ band: '601-1200', from: 601, to: 1200, count: 439 });
    expect(rounds[0]!.distribution[17]).toEqual({ band: 'total', from: 0, to: 1200, count: 226859 });
  });

  it('gives field-level errors for malformed records and still reads the others', () => {
    const { drawDate: _omit, ...noDate } = GOOD;
    const { rounds, errors } = parseIrccFeed({
      rounds: [GOOD, { ...GOOD, drawSize: 'lots', dd3: '1.5' }, noDate, { ...GOOD, drawDateTime: 'yesterday', drawCutOff: 'soon' }, 'not a round'],
    });
    expect(rounds).toHaveLength(1);
    expect(errors).toEqual([
      { field: 'rounds[1].drawSize', expected: 'whole number (thousands may be comma-separated)' },
      { field: 'rounds[1].dd3', expected: 'whole number (thousands may be comma-separated)' },
      { field: 'rounds[2].drawDate', expected: 'string (required)' },
      { field: 'rounds[3].drawDateTime', expected: 'IRCC timestamp (Month D, YYYY at HH:MM:SS UTC)' },
      { field: 'rounds[3].drawCutOff', expected: 'IRCC timestamp or empty' },
      { field: 'rounds[4]', expected: 'object' },
    ]);
    expect(parseIrccFeed([]).errors).toEqual([{ field: '(root)', expected: 'object' }]);
    expect(parseIrccFeed({ rounds: 3 }).errors).toEqual([{ field: 'rounds', expected: 'array' }]);
  });

  it('notes a missing year, a missing zone, an unknown name, a distribution that does not add up', () => {
    const { rounds } = parseIrccFeed({
      rounds: [
        { ...GOOD, drawCutOff: 'December 7 at 16:38:21 UTC', drawDateTime: 'August 19, 2026 at 12:35:37', drawName: 'Space occupations (Version 1)', dd4: '0' },
      ],
    });
    // December 7 would be after the round in 2026: the year before is taken.
    expect(rounds[0]!.tieBreak).toBe('2025-12-07T16:38:21Z');
    expect(rounds[0]!.notes).toEqual(['date_time_no_zone', 'tie_break_year_assumed', 'sub_bands_mismatch', 'name_unrecognized']);
    expect(rounds[0]!.type).toBeNull();
    expect(irccRoundToReport(rounds[0]!)).toBeNull();
  });
});

const DATA = testDataDir('ircc-feed.test');
const FEED = DATA ? path.join(DATA, 'express_entry/ee_rounds_123_en.json') : null;
const CSV = DATA ? path.join(DATA, 'express_entry/ee_rounds.csv') : null;

describe.skipIf(!FEED || !existsSync(FEED))('the real feed (ee_rounds_123_en.json)', () => {
  const json = FEED ? (JSON.parse(readFileSync(FEED, 'utf8')) as { rounds: Record<string, string>[] }) : { rounds: [] };
  const feed = parseIrccFeed(json);
  const byNumber = new Map(feed.rounds.map((r) => [r.drawNumber, r]));
  const round = (n: string): IrccRound => byNumber.get(n)!;

  it('reads all 438 records without an error, every name recognised', () => {
    expect(feed.errors).toEqual([]);
    expect(feed.rounds).toHaveLength(438);
    expect(feed.rounds.filter((r) => r.type === null)).toEqual([]);
    expect(feed.rounds.filter((r) => r.notes.includes('no_distribution'))).toHaveLength(218);
  });

  it('spot checks known rounds', () => {
    expect(round('1')).toMatchObject({ date: '2015-01-31', instant: '2015-01-31T11:59:48Z', type: 'general', size: 779, cutoff: 886, tieBreak: null });
    expect(round('237')).toMatchObject({ date: '2023-01-11', size: 5500, cutoff: 507, tieBreak: '2022-12-06T11:00:07Z', distributionAsOf: '2023-01-11' });
    expect(round('176')).toMatchObject({ type: 'program', program: 'cec', size: 27332, cutoff: 75 });
    expect(round('430')).toMatchObject({ category: 'military', size: 4, cutoff: 368 });
    expect(round('437')).toMatchObject({ category: 'french', categoryVersion: '2026-Version 2', size: 5000, cutoff: 382, tieBreak: '2026-03-01T18:34:05Z' });
    expect(round('91a')).toMatchObject({ number: 91, numberSuffix: 'a', tieBreak: '2017-06-07T20:11:13Z' });
    expect(round('91b')).toMatchObject({ number: 91, numberSuffix: 'b' });
    expect(round('208').notes).toContain('tie_break_year_assumed');
    expect(round('208').tieBreak).toBe('2021-10-07T16:38:21Z');
    expect(round('357').notes).toContain('date_time_day_differs');
    expect(round('247').notes).toContain('sub_bands_mismatch');
    expect(round('226').notes).toContain('distribution_after_round');
    expect(round('270').instant).toBe('2023-10-25T15:48:39Z');
  });

  it('counts rounds by type and category as the data README', () => {
    const count = (f: (r: IrccRound) => boolean) => feed.rounds.filter(f).length;
    expect([count((r) => r.type === 'general'), count((r) => r.type === 'program'), count((r) => r.type === 'category')]).toEqual([178, 186, 74]);
    expect(['pnp', 'cec', 'fst', 'fsw'].map((p) => count((r) => r.program === p))).toEqual([111, 67, 7, 1]);
    const categories = ['french', 'healthcare', 'trades', 'transport', 'stem', 'agriculture', 'education', 'physicians', 'senior_managers', 'military'];
    expect(categories.map((c) => count((r) => r.category === c))).toEqual([36, 15, 6, 4, 3, 3, 2, 2, 2, 1]);
  });

  it.skipIf(!CSV || !existsSync(CSV))('agrees with ee_rounds.csv on every round', () => {
    const rows = parse(readFileSync(CSV!, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(438);
    for (const row of rows) {
      const r = round(row.round_number!);
      expect(r, row.round_number).toBeDefined();
      const category = row.round_type === 'category' ? row.category : null;
      const program = row.round_type === 'program' ? row.category : null;
      expect(
        [r.date, r.instant, r.tieBreak, r.size, r.cutoff, r.type, r.program, r.category, r.categoryVersion ?? '', r.distributionAsOf, r.distribution.at(-1)!.count],
        row.round_number,
      ).toEqual([
        row.date,
        row.round_datetime_utc,
        row.tie_break_utc || null,
        Number(row.invitations),
        Number(row.crs_cutoff),
        row.round_type,
        program,
        category,
        row.category_version,
        row.pool_as_of,
        Number(row.pool_total),
      ]);
    }
  });

  it('round trip: report → feed fields gives back IRCC’s fields, and reading them again the same round', () => {
    for (const raw of json.rounds) {
      const r = round(raw.drawNumber!);
      const back = toIrccFeedRound(irccRoundToReport(r)!);
      const same = ['drawNumber', 'drawDate', 'drawDateFull', 'drawName', 'drawSize', 'drawCRS', ...Array.from({ length: 18 }, (_, i) => `dd${i + 1}`)];
      for (const field of same) expect(back[field as keyof typeof back], `${raw.drawNumber} ${field}`).toBe(raw[field]);
      const again = parseIrccFeed({ rounds: [back] });
      expect(again.errors).toEqual([]);
      const { notes: _n1, ...typed } = r;
      const { notes: _n2, ...typedAgain } = again.rounds[0]!;
      expect(typedAgain, raw.drawNumber).toEqual(typed);
    }
  });

  it('round trip is exact for a round in the feed’s current form (436)', () => {
    const raw = json.rounds.find((x) => x.drawNumber === '436')!;
    const back = toIrccFeedRound(irccRoundToReport(round('436'))!) as unknown as Record<string, unknown>;
    for (const field of ['drawNumber', 'drawDate', 'drawDateFull', 'drawName', 'drawSize', 'drawCRS', 'drawText2', 'drawDateTime', 'drawCutOff', 'drawDistributionAsOn']) {
      expect(back[field], field).toBe(raw[field]);
    }
  });
});
