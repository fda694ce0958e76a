// The synthetic pool's generator (no database): deterministic, distinct stamps inside the year before `until`, each
// profile exactly what submitProfile would compute, and a pool like a published round's within 2 percentage points
// in every band (two real rounds of IRCC's feed).
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PoolGenerator, bandQuotas, irccDraw, maxGapPoints, POOL_SPAN_DAYS } from '../src/app/pool-generate.ts';
import { completeProfile, evaluateProfile } from '../src/app/profiles.ts';
import { CRS_BANDS } from '../src/domain/rounds.ts';
import { deriveProfile } from '../src/domain/derive.ts';
import { checkEligibility } from '../src/domain/eligibility.ts';
import { syntheticProfiles } from '../src/app/synthetic.ts';
import { testDataDir } from './data-dir.ts';

const UNTIL = '2026-11-23T00:00:00.000Z';
const take = (g: PoolGenerator, n: number) => Array.from({ length: n }, () => g.next());

describe('PoolGenerator', () => {
  it('gives the same pool for the same size, seed and instant, and another for another seed', () => {
    const a = take(new PoolGenerator({ size: 300, seed: 11, until: UNTIL }), 300);
    expect(take(new PoolGenerator({ size: 300, seed: 11, until: UNTIL }), 300)).toEqual(a);
    expect(take(new PoolGenerator({ size: 300, seed: 12, until: UNTIL }), 5)).not.toEqual(a.slice(0, 5));
  });

  it('stamps every profile at a distinct instant of the year before `until`, all still in the pool at `until`', () => {
    const g = new PoolGenerator({ size: 2000, seed: 3, until: UNTIL });
    const pool = take(g, 2000);
    const stamps = pool.map((p) => p.submittedAt);
    expect(new Set(stamps).size).toBe(2000);
    const from = Date.parse(UNTIL) - POOL_SPAN_DAYS * 86_400_000;
    expect(g.from).toBe(new Date(from).toISOString());
    for (const p of pool) {
      expect(Date.parse(p.submittedAt)).toBeGreaterThanOrEqual(from);
      expect(Date.parse(p.submittedAt)).toBeLessThan(Date.parse(UNTIL));
      expect(Date.parse(p.expiresAt)).toBeGreaterThan(Date.parse(UNTIL));
    }
    // Spread over the year, not bunched: every month of the span has profiles.
    expect(new Set(stamps.map((s) => s.slice(0, 7))).size).toBeGreaterThanOrEqual(12);
    expect(() => g.next()).toThrow(RangeError);
  });

  it('computes, for each profile, what submitProfile computes on the submission day (complete data, eligibility, score with lines)', () => {
    for (const p of take(new PoolGenerator({ size: 200, seed: 5, until: UNTIL }), 200)) {
      const day = p.submittedAt.slice(0, 10);
      const complete = completeProfile(p.data, day);
      expect(complete.ok).toBe(true);
      if (!complete.ok) continue;
      expect(complete.profile).toEqual(p.data);
      const e = evaluateProfile(complete.profile, day);
      expect(e.eligible).toBe(true);
      const { eligible: _eligible, ...evaluation } = e;
      const { data: _data, submittedAt: _at, expiresAt: _expires, scoreTotal, ...generated } = p;
      expect(generated).toEqual(evaluation);
      expect(scoreTotal).toBe(e.score.total);
    }
  });

  it('derives once: checkEligibility given the facts already derived answers as it does alone (eligible or not)', () => {
    const day = '2026-03-14';
    const profiles = syntheticProfiles(300, 8, day);
    let eligible = 0;
    for (const profile of profiles) {
      const alone = checkEligibility(profile, day);
      expect(checkEligibility(profile, day, deriveProfile(profile, day))).toEqual(alone);
      if (alone.expressEntryEligible) eligible++;
    }
    // Both sides were exercised.
    expect(eligible).toBeGreaterThan(0);
    expect(eligible).toBeLessThan(profiles.length);
  });

  it('splits a distribution into quotas that add up to the size (largest remainders)', () => {
    const target = CRS_BANDS.map((b) => ({ ...b, count: b.band === 'total' ? 7 : b.band === '501-600' || b.band === '0-300' ? 3 : b.band === '351-400' ? 1 : 0 }));
    expect(bandQuotas(target, 10).reduce((a, b) => a + b, 0)).toBe(10);
    expect(bandQuotas(target, 7)).toEqual([0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 3]);
  });
});

const DATA = testDataDir('pool-generate.test');
const FEED = DATA ? path.join(DATA, 'express_entry/ee_rounds_123_en.json') : null;

describe.skipIf(!FEED || !existsSync(FEED))('a pool like a published round', () => {
  const feed: unknown = FEED && existsSync(FEED) ? JSON.parse(readFileSync(FEED, 'utf8')) : null;

  it.each(['437', '250'])('matches round %s of IRCC’s feed within 2 percentage points in every band (5,000 profiles)', (draw) => {
    const round = irccDraw(feed, draw);
    expect(round.ok).toBe(true);
    if (!round.ok) return;
    const target = round.value.distribution;
    const g = new PoolGenerator({ size: 5000, seed: 2026, until: round.value.instant, target });
    const pool = take(g, 5000);
    const scores = pool.map((p) => p.scoreTotal);
    const total = target[target.length - 1]!.count;
    for (const [i, band] of CRS_BANDS.entries()) {
      if (band.band === 'total') continue;
      const ours = (scores.filter((s) => s >= band.from && s <= band.to).length / 5000) * 100;
      const theirs = (target[i]!.count / total) * 100;
      expect(Math.abs(ours - theirs), `${band.band}: ${ours.toFixed(2)}% vs ${theirs.toFixed(2)}%`).toBeLessThanOrEqual(2);
    }
    expect(maxGapPoints(g.distribution(), target)).toBeLessThanOrEqual(2);
    // Everyone is eligible and submitted before the round.
    for (const p of pool) {
      expect(p.eligiblePrograms.length).toBeGreaterThan(0);
      expect(p.submittedAt < new Date(round.value.instant).toISOString()).toBe(true);
    }
  }, 60_000);

  it('refuses a round that is not in the feed, and one without a published distribution', () => {
    expect(irccDraw(feed, '99999')).toEqual({ ok: false, error: { code: 'draw_not_found', draw: '99999' } });
    expect(irccDraw(feed, '100')).toEqual({ ok: false, error: { code: 'draw_without_distribution', draw: '100' } });
  });
});
