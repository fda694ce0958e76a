// Synthetic profiles: valid for the shared schema and the rule checks, deterministic, and spread like a real pool.
import { describe, expect, it } from 'vitest';
import { syntheticProfiles } from '../src/app/synthetic.ts';
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
