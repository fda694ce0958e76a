// A round selected in the database (docs/decisions/0010): the database reads the pool at the round's instant once —
// the score histogram of the pool and of the profiles the round may invite, and the profiles it may invite in rank
// order, slim, down to the round's size — and the pure selectRound (src/domain/rounds.ts) decides on that short list.
// The result is the one selectRound gives on the whole pool: the same invitations, cut-off, tie-break and counts,
// the same pool size, eligible count and distribution (test/db/round-selection.test.ts checks it on both databases).
import type { PoolFilter, RankedProfile, RoundRepository } from './ports/rounds.ts';
import type { ProfileData } from './ports/profiles.ts';
import { categoriesInForce, type CategoryCode, type CategoryDefinition } from '../domain/rules/categories.ts';
import {
  MAX_CRS,
  RoundSpecError,
  categoryEligibility,
  dayOf,
  distributionFromHistogram,
  roundCategory,
  selectRound,
  validateRoundSpec,
  type PoolCandidate,
  type RoundResult,
  type RoundSpec,
} from '../domain/rounds.ts';
import type { IsoDate, Profile, Province } from '../domain/vocabulary.ts';

/**
 * The category keys (migration 0010, column category_keys) a profile needs to qualify for a category on any day: one
 * of its NOC codes in the work history or job offer for an occupation category, a TEF or TCF result for French.
 */
export function categoryKeys(category: CategoryDefinition): string[] {
  return category.kind === 'language' ? ['french'] : [...category.nocs];
}

/** The categories a profile qualifies for on `day`, from the parts of its data they read; [] when the data cannot say. */
function categoriesOn(data: ProfileData | null, day: IsoDate): CategoryCode[] {
  if (data === null) return [];
  try {
    return categoryEligibility(data as unknown as Profile, day);
  } catch {
    return []; // as toPoolCandidate (src/app/rounds.ts): a profile stored before a field existed is in no category
  }
}

/** A ranked profile as the round sees it on the day of its instant (what toPoolCandidate gives from the full data). */
function toCandidate(p: RankedProfile, day: IsoDate): PoolCandidate {
  return {
    profileId: p.profileId,
    candidateId: p.candidateId,
    score: p.score,
    submittedAt: p.submittedAt,
    expiresAt: p.expiresAt,
    eligiblePrograms: p.eligiblePrograms,
    nominated: p.nominatedOn !== null && p.nominatedOn <= day,
    province: (p.province ?? undefined) as Province,
    categories: categoriesOn(p.categoryData, day),
  };
}

/** What the database is asked for a round: its filter, the lowest score and how many rows to read. */
export function poolQuery(spec: RoundSpec): { filter: PoolFilter; minScore: number; limit?: number; categoryDataKeys: string[] } {
  const day = dayOf(spec.instant);
  const filter: PoolFilter = { instant: spec.instant };
  if (spec.type === 'program') {
    if (spec.program === 'pnp') filter.nominatedBy = day;
    else if (spec.program !== undefined) filter.program = spec.program;
  }
  const categoryDataKeys = [...new Set(categoriesInForce(day).flatMap(categoryKeys))].sort();
  if (spec.type === 'category') {
    // Who qualifies for the category is evaluated as of the instant, in JS, for every profile having one of its keys:
    // all of them are read (the eligible count needs them all), whatever the size.
    filter.categoryKeys = categoryKeys(roundCategory(spec)!);
    return { filter, minScore: 0, categoryDataKeys };
  }
  return { filter, minScore: spec.minimumCrs ?? 0, ...(spec.size !== undefined ? { limit: spec.size } : {}), categoryDataKeys };
}

export interface DatabaseSelection {
  result: RoundResult;
  /** The profiles read in rank order (their versions are what an execution invites at). */
  ranked: RankedProfile[];
}

/**
 * Runs a round on the pool as of its instant, in the database. Throws RoundSpecError for an invalid spec and
 * RangeError for a pool score that is not 0–1200, as selectRound does.
 */
export async function selectRoundInDatabase(rounds: Pick<RoundRepository, 'selectPool'>, spec: RoundSpec): Promise<DatabaseSelection> {
  const issues = validateRoundSpec(spec);
  if (issues.length > 0) throw new RoundSpecError(issues);
  const day = dayOf(spec.instant);
  const { histogram, ranked } = await rounds.selectPool(poolQuery(spec));
  const poolHistogram = new Int32Array(MAX_CRS + 1);
  let poolSize = 0;
  let accepted = 0;
  for (const h of histogram) {
    if (!Number.isInteger(h.score) || h.score < 0 || h.score > MAX_CRS) throw new RangeError(`Not a CRS score (integer 0–${MAX_CRS}): ${h.score}`);
    poolHistogram[h.score] = h.pool;
    poolSize += h.pool;
    accepted += h.accepted;
  }
  // The short list holds every profile the round may invite down to its size (or, for a category round, every profile
  // that may be in the category): selectRound on it invites the same profiles as on the whole pool.
  const short = selectRound(spec, ranked.map((p) => toCandidate(p, day)));
  const result: RoundResult = {
    ...short,
    poolSize,
    // A category round read every profile that may be in the category: selectRound counted those that are.
    eligibleCount: spec.type === 'category' ? short.eligibleCount : accepted,
    poolDistribution: distributionFromHistogram(poolHistogram),
  };
  return { result, ranked };
}
