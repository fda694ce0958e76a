// Public round reports: names FR/EN as IRCC words them, the report's fields, IRCC's feed formatting, CSV.
import { describe, expect, it } from 'vitest';
import { buildRoundReport, feedDay, feedTimestamp, programsText, reportCsv, roundName, toIrccFeedRound, withThousands } from '../src/domain/round-report.ts';
import { selectRound, type PoolCandidate, type RoundSpec } from '../src/domain/rounds.ts';
import { rulesVersion } from '../src/domain/rules/index.ts';
import { t } from '../src/i18n/index.ts';

const at = (instant: string, spec: Omit<RoundSpec, 'instant'>): RoundSpec => ({ ...spec, instant });

function cand(profileId: string, score: number, submittedAt: string): PoolCandidate {
  return {
    profileId,
    candidateId: `c-${profileId}`,
    score,
    submittedAt,
    expiresAt: '2027-01-01T00:00:00Z',
    eligiblePrograms: ['cec'],
    nominated: false,
    province: 'ON',
    categories: ['healthcare'],
  };
}

describe('round names (IRCC style, FR/EN)', () => {
  it('general and program rounds', () => {
    expect(roundName(at('2026-03-01T12:00:00Z', { type: 'general', size: 1 }))).toEqual({ en: 'No Program Specified', fr: 'Aucun programme spécifié' });
    expect(roundName(at('2026-03-01T12:00:00Z', { type: 'program', program: 'cec', size: 1 }))).toEqual({
      en: 'Canadian Experience Class',
      fr: 'Catégorie de l’expérience canadienne',
    });
    expect(roundName(at('2026-03-01T12:00:00Z', { type: 'program', program: 'pnp', size: 1 })).en).toBe('Provincial Nominee Program');
    expect(roundName(at('2026-03-01T12:00:00Z', { type: 'program', program: 'fsw', size: 1 })).en).toBe('Federal Skilled Worker');
    expect(roundName(at('2026-03-01T12:00:00Z', { type: 'program', program: 'fst', size: 1 })).en).toBe('Federal Skilled Trades');
  });

  it('category rounds take the version in force at the instant (2025-02-27, 2026-02-18)', () => {
    const healthcare = (instant: string) => roundName(at(instant, { type: 'category', category: 'healthcare', size: 1 }));
    expect(healthcare('2025-02-26T23:59:59Z')).toEqual({ en: 'Healthcare occupations (Version 1)', fr: 'Professions de la santé (Version 1)' });
    expect(healthcare('2025-02-27T00:00:00Z')).toEqual({
      en: 'Healthcare and social services occupations (Version 2)',
      fr: 'Professions de la santé et des services sociaux (Version 2)',
    });
    expect(healthcare('2026-02-17T23:59:59Z').en).toBe('Healthcare and social services occupations (Version 2)');
    expect(healthcare('2026-02-18T00:00:00Z')).toEqual({
      en: 'Healthcare and Social Services Occupations, 2026-Version 3',
      fr: 'Professions de la santé et des services sociaux 2026-version 3',
    });
    expect(() => roundName(at('2025-01-01T00:00:00Z', { type: 'category', category: 'physicians', size: 1 }))).toThrow(RangeError);
  });

  it('round types are worded in both languages', () => {
    expect(t('en', 'round.type.category')).toBe('Category-based round');
    expect(t('fr', 'round.type.category')).toBe('Ronde par catégorie');
    expect(t('fr', 'round.why.below_cutoff', { score: 470, cutoff: 480 })).toBe('Votre note (470) était inférieure à la note la plus basse invitée (480).');
    expect(t('en', 'round.why.not_eligible_for_program', { program: 'pnp' })).toMatch(/provincial nomination/);
    expect(t('fr', 'round.error.category_not_in_force', { category: 'physicians', date: '2026-02-17' })).toBe(
      'La catégorie « médecins ayant de l’expérience de travail au Canada » n’était pas en vigueur le 2026-02-17.',
    );
  });
});

describe('building a report', () => {
  const pool = [cand('a', 520, '2026-01-05T10:00:00Z'), cand('b', 480, '2026-02-01T08:30:00Z'), cand('c', 480, '2026-02-02T00:00:00Z'), cand('d', 300, '2026-01-01T00:00:00Z')];

  it('carries number, date, names, type, size, cut-off, tie-break, rules version and the pool distribution', () => {
    const spec = at('2026-03-05T14:00:05Z', { type: 'category', category: 'healthcare', size: 2 });
    const report = buildRoundReport({ number: 440, spec, result: selectRound(spec, pool), distributionAsOf: '2026-03-02' });
    expect(report).toMatchObject({
      number: 440,
      date: '2026-03-05',
      instant: '2026-03-05T14:00:05Z',
      name: { en: 'Healthcare and Social Services Occupations, 2026-Version 3' },
      type: 'category',
      program: null,
      category: 'healthcare',
      categoryVersion: '2026-Version 3',
      eligiblePrograms: ['cec', 'fsw', 'fst'],
      size: 2,
      cutoff: 480,
      tieBreak: '2026-02-01T08:30:00Z',
      rulesVersion: rulesVersion('2026-03-05'),
      distributionAsOf: '2026-03-02',
    });
    expect(report.distribution.map((b) => b.count)).toEqual([0, 1, 2, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 4]);
  });

  it('publishes no tie-break before the rule of 2017-06-06 (process.tie_break_rule), one from that day', () => {
    const report = (instant: string) => {
      const spec = at(instant, { type: 'general', size: 2 });
      const early = pool.map((c) => ({ ...c, submittedAt: '2015-01-01T00:00:00Z' }));
      return buildRoundReport({ number: 1, spec, result: selectRound(spec, early) });
    };
    expect(report('2017-06-05T12:00:00Z').tieBreak).toBeNull();
    expect(report('2017-06-06T12:00:00Z').tieBreak).toBe('2015-01-01T00:00:00Z');
  });

  it('a round that invited nobody has no cut-off nor tie-break', () => {
    const spec = at('2026-03-05T14:00:05Z', { type: 'general', minimumCrs: 900 });
    const report = buildRoundReport({ number: 2, spec, result: selectRound(spec, pool) });
    expect([report.size, report.cutoff, report.tieBreak]).toEqual([0, null, null]);
    const feed = toIrccFeedRound(report);
    expect([feed.drawSize, feed.drawCRS, feed.drawCutOff]).toEqual(['0', '', '']);
  });
});

describe("IRCC's feed fields", () => {
  it('formats counts, days and timestamps as the feed does', () => {
    expect(withThousands(0)).toBe('0');
    expect(withThousands(999)).toBe('999');
    expect(withThousands(5000)).toBe('5,000');
    expect(withThousands(226859)).toBe('226,859');
    expect(withThousands(1234567)).toBe('1,234,567');
    expect(feedDay('2026-08-07')).toBe('August 7, 2026');
    expect(feedTimestamp('2026-03-01T18:34:05Z')).toBe('March 1, 2026 at 18:34:05 UTC');
    expect(feedTimestamp('2026-03-01T08:04:05.250Z')).toBe('March 1, 2026 at 08:04:05 UTC');
  });

  it('words the programs of a round as drawText2', () => {
    expect(programsText(['cec', 'fsw', 'fst'])).toBe('Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program');
    expect(programsText(['pnp', 'cec', 'fsw', 'fst'])).toBe(
      'Federal Skilled Worker Program, Canadian Experience Class, Federal Skilled Trades Program and Provincial Nominee Program',
    );
    expect(programsText(['pnp'])).toBe('Provincial Nominee Program');
  });

  it('gives the feed fields and the clean fields of one report', () => {
    const pool = Array.from({ length: 1500 }, (_, i) => cand(`p${String(i).padStart(4, '0')}`, 350 + (i % 300), '2026-01-01T00:00:00Z'));
    const spec = at('2026-08-18T10:13:44Z', { type: 'program', program: 'cec', size: 1000 });
    const feed = toIrccFeedRound(buildRoundReport({ number: 436, spec, result: selectRound(spec, pool), distributionAsOf: '2026-08-16' }));
    expect(feed).toMatchObject({
      drawNumber: '436',
      drawDate: '2026-08-18',
      drawDateFull: 'August 18, 2026',
      drawName: 'Canadian Experience Class',
      drawSize: '1,000',
      drawText2: 'Canadian Experience Class',
      drawDateTime: 'August 18, 2026 at 10:13:44 UTC',
      drawCutOff: 'January 1, 2026 at 00:00:00 UTC',
      drawDistributionAsOn: 'August 16, 2026',
      dd18: '1,500',
      number: 436,
      size: 1000,
      type: 'program',
      program: 'cec',
    });
    expect(Object.keys(feed).filter((k) => /^dd\d+$/.test(k))).toHaveLength(18);
    expect(feed.drawCRS).toBe(String(feed.cutoff));
  });
});

describe('CSV', () => {
  it('has a header, one line per round, and quotes names with commas', () => {
    const pool = [cand('a', 520, '2026-01-05T10:00:00Z'), cand('b', 480, '2026-02-01T08:30:00Z')];
    const spec1 = at('2026-03-05T14:00:05Z', { type: 'category', category: 'healthcare', size: 1 });
    const spec2 = at('2026-03-06T14:00:05Z', { type: 'general', minimumCrs: 900 });
    const csv = reportCsv([
      buildRoundReport({ number: 1, spec: spec1, result: selectRound(spec1, pool) }),
      buildRoundReport({ number: 2, spec: spec2, result: selectRound(spec2, pool) }),
    ]);
    const lines = csv.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'round_number,date,round_datetime_utc,round_type,program,category,category_version,name_en,name_fr,eligible_programs,invitations,crs_cutoff,tie_break_utc,rules_version,pool_as_of,' +
        'pool_601_1200,pool_501_600,pool_451_500,pool_491_500,pool_481_490,pool_471_480,pool_461_470,pool_451_460,pool_401_450,pool_441_450,pool_431_440,pool_421_430,pool_411_420,pool_401_410,pool_351_400,pool_301_350,pool_0_300,pool_total',
    );
    expect(lines[1]).toBe(
      `1,2026-03-05,2026-03-05T14:00:05Z,category,,healthcare,2026-Version 3,"Healthcare and Social Services Occupations, 2026-Version 3",Professions de la santé et des services sociaux 2026-version 3,cec fsw fst,1,520,2026-01-05T10:00:00Z,${rulesVersion('2026-03-05')},2026-03-05,0,1,1,0,0,1,0,0,0,0,0,0,0,0,0,0,0,2`,
    );
    expect(lines[2]).toMatch(/^2,2026-03-06,2026-03-06T14:00:05Z,general,,,,No Program Specified,Aucun programme spécifié,pnp cec fsw fst,0,,,/);
    expect(reportCsv([]).split('\n')).toHaveLength(2);
  });
});
