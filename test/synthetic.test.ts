// Synthetic profiles: valid for the shared schema and the rule checks, deterministic, and spread like a real pool.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seededRandom, syntheticProfile, syntheticProfiles } from '../src/app/synthetic.ts';
import type { Profile } from '../src/domain/vocabulary.ts';
import { profileSchema } from '../src/app/schemas.ts';
import { profileRuleErrors } from '../src/app/evaluate.ts';
import { deriveCrsFactors } from '../src/domain/derive.ts';
import { scoreCrsFast } from '../src/domain/crs.ts';
import { checkEligibility } from '../src/domain/eligibility.ts';

const AS_OF = '2026-11-23';

describe('syntheticProfiles', () => {
  const profiles = syntheticProfiles(400, 42, AS_OF);

  it('are the same for the same seed, and differ for another', () => {
    expect(syntheticProfiles(400, 42, AS_OF)).toEqual(profiles);
    expect(syntheticProfiles(5, 43, AS_OF)).not.toEqual(profiles.slice(0, 5));
  });

  it('pass the input schema and the rule checks', () => {
    for (const p of profiles) {
      const parsed = profileSchema.safeParse(p);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(profileRuleErrors(p, AS_OF)).toEqual([]);
    }
  });

  it('score mostly between 300 and 550, and are mostly eligible for some program', () => {
    const totals = profiles.map((p) => scoreCrsFast(deriveCrsFactors(p, AS_OF).factors, AS_OF).total);
    const inBand = totals.filter((t) => t >= 300 && t <= 550).length / totals.length;
    expect(inBand).toBeGreaterThan(0.6);
    expect(Math.max(...totals)).toBeGreaterThan(550);
    const eligible = profiles.filter((p) => checkEligibility(p, AS_OF).expressEntryEligible).length / profiles.length;
    expect(eligible).toBeGreaterThan(0.5);
  });
});

describe('syntheticProfile, steered', () => {
  it('without a steer, gives exactly the profiles it gave before steering existed (same seeds, same pools)', () => {
    // sha256 of the first 200 profiles of seed 42, computed with the generator before SyntheticSteer was added.
    const digest = createHash('sha256').update(JSON.stringify(syntheticProfiles(200, 42, AS_OF))).digest('hex');
    expect(digest).toBe('3f76f19013e6996b744a55eae41869d97ef6b97165c7889a23c5aee95b7ab96b');
  });

  const levels = [-2, -1, 0, 1, 2] as const;
  const steered = (level: (typeof levels)[number], nominated = false) => {
    const rng = seededRandom(7 + level);
    return Array.from({ length: 300 }, () => syntheticProfile(rng, AS_OF, { level, nominated }));
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const score = (p: Profile) => scoreCrsFast(deriveCrsFactors(p, AS_OF).factors, AS_OF).total;

  it('stays valid for the schema and the rule checks at every level, nominated or not', () => {
    for (const level of levels) {
      for (const p of [...steered(level), ...steered(level, true).slice(0, 50)]) {
        const parsed = profileSchema.safeParse(p);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        expect(parsed.data).toEqual(p);
        expect(profileRuleErrors(p, AS_OF)).toEqual([]);
      }
    }
  });

  it('moves the scores: each level up gives a higher median score, and a nomination puts profiles over 600', () => {
    const medians = levels.map((level) => median(steered(level).map(score)));
    for (let i = 1; i < medians.length; i++) expect(medians[i]!, `level ${levels[i]} vs ${levels[i - 1]}: ${medians.join(', ')}`).toBeGreaterThan(medians[i - 1]!);
    expect(steered(-2, true).every((p) => score(p) > 600)).toBe(true);
  });
});
