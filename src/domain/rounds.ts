// Rounds of invitations, pure (rules.md §7.2–§7.4; product.md "Round of invitations"): who is in the pool at the
// round's instant, who the round may invite, the ranking (CRS descending, then submission instant, then profile id),
// the cut-off and tie-break, the program each invitation (ITA) names, IRCC's CRS bands, and "why wasn't I invited?".
// The app computes each candidate's score, programs and categories with the rules in force at the instant
// (checkEligibility, categoryEligibility below) and hands them over as PoolCandidate records.
import { bestLanguageResults } from './language.ts';
import { EPOCH, at } from './rules/parameter.ts';
import { ROUND_TYPES, type RoundType } from './rules/process.ts';
import { categoriesInForce, categoryExperienceRule, findCategory, type CategoryCode, type CategoryDefinition } from './rules/categories.ts';
import { hoursByNoc, longestContinuousRun, reaches, windowBefore } from './work.ts';
import { isIsoDate } from './dates.ts';
import { ABILITIES, type Instant, type IsoDate, type Profile, type Province, type WorkEntry } from './vocabulary.ts';

export type { RoundType } from './rules/process.ts';

// ── Vocabulary ──────────────────────────────────────────────────────────────────────────────────────────────────

/** Programs an invitation can name: the three federal programs and the Provincial Nominee Program. */
export type RoundProgram = 'pnp' | 'cec' | 'fsw' | 'fst';
/** In the order a general round assigns them (rules.md §7.3, product.md): PNP → CEC → FSW → FST. */
export const ROUND_PROGRAMS = ['pnp', 'cec', 'fsw', 'fst'] as const satisfies readonly RoundProgram[];
export const ROUND_TYPE_CODES = ['general', 'program', 'category'] as const satisfies readonly RoundType[];

/** The highest CRS score (rules.md §1). */
export const MAX_CRS = 1200;

export interface RoundSpec {
  type: RoundType;
  /** Only for a program round. */
  program?: RoundProgram;
  /** Only for a category round: the category's version is the one in force at the instant (rules.md §7.4.3 note). */
  category?: CategoryCode;
  /** Number of invitations at most. */
  size?: number;
  /** Lowest CRS score invited (inclusive). */
  minimumCrs?: number;
  /** When the round runs: ISO 8601 UTC (`2026-08-19T12:35:37Z`); rules, pool and eligibility are taken at it. */
  instant: Instant;
}

/** One profile as the round sees it, computed by the app with the rules in force at the round's instant. */
export interface PoolCandidate {
  profileId: string;
  candidateId: string;
  /** CRS score, an integer 0–1200. */
  score: number;
  /** Submission instant: the tie-break stamp, unchanged by updates (rules.md §7.2). UTC ISO with `Z`. */
  submittedAt: Instant;
  /** When the profile leaves the pool (one year after submission, or earlier). */
  expiresAt: Instant;
  /** Federal programs the profile is eligible for at the instant. */
  eligiblePrograms: readonly ('cec' | 'fsw' | 'fst')[];
  /** Holds a provincial nomination at the instant. */
  nominated: boolean;
  province: Province;
  /** Categories the profile qualifies for at the instant (categoryEligibility). */
  categories: readonly CategoryCode[];
}

export interface Invitation {
  profileId: string;
  candidateId: string;
  score: number;
  submittedAt: Instant;
  /** The one program the invitation is issued under. */
  program: RoundProgram;
}

// ── CRS bands, as IRCC publishes the pool distribution ─────────────────────────────────────────────────────────

/**
 * IRCC's bands in the order of its feed fields dd1…dd18 (data README §2a): 601–1200, 501–600, 451–500 then its
 * 10-point sub-bands 491–500 … 451–460, 401–450 then 441–450 … 401–410, 351–400, 301–350, 0–300, total.
 */
export const CRS_BANDS = [
  { band: '601-1200', from: 601, to: 1200 },
  { band: '501-600', from: 501, to: 600 },
  { band: '451-500', from: 451, to: 500 },
  { band: '491-500', from: 491, to: 500 },
  { band: '481-490', from: 481, to: 490 },
  { band: '471-480', from: 471, to: 480 },
  { band: '461-470', from: 461, to: 470 },
  { band: '451-460', from: 451, to: 460 },
  { band: '401-450', from: 401, to: 450 },
  { band: '441-450', from: 441, to: 450 },
  { band: '431-440', from: 431, to: 440 },
  { band: '421-430', from: 421, to: 430 },
  { band: '411-420', from: 411, to: 420 },
  { band: '401-410', from: 401, to: 410 },
  { band: '351-400', from: 351, to: 400 },
  { band: '301-350', from: 301, to: 350 },
  { band: '0-300', from: 0, to: 300 },
  { band: 'total', from: 0, to: 1200 },
] as const;
export type CrsBand = (typeof CRS_BANDS)[number]['band'];

export interface CrsBandCount {
  band: CrsBand;
  from: number;
  to: number;
  count: number;
}

function checkScore(score: number): number {
  if (!Number.isInteger(score) || score < 0 || score > MAX_CRS) throw new RangeError(`Not a CRS score (integer 0–${MAX_CRS}): ${score}`);
  return score;
}

/** Counts per band (dd1…dd18 order) from a histogram indexed by score 0–1200. */
export function distributionFromHistogram(histogram: ArrayLike<number>): CrsBandCount[] {
  const cumulative = new Float64Array(MAX_CRS + 2); // cumulative[s] = candidates with score < s
  for (let s = 0; s <= MAX_CRS; s++) cumulative[s + 1] = cumulative[s]! + (histogram[s] ?? 0);
  return CRS_BANDS.map(({ band, from, to }) => ({ band, from, to, count: cumulative[to + 1]! - cumulative[from]! }));
}

/** The pool distribution of a list of scores, in IRCC's bands (dd1…dd18 order). Throws RangeError on a non-CRS score. */
export function poolDistribution(scores: Iterable<number>): CrsBandCount[] {
  const histogram = new Int32Array(MAX_CRS + 1);
  for (const s of scores) histogram[checkScore(s)]!++;
  return distributionFromHistogram(histogram);
}

// ── Round specification ─────────────────────────────────────────────────────────────────────────────────────────

/** A problem with a round specification: a code (`round.error.<code>` in i18n), the field, and parameters. */
export interface RoundSpecIssue {
  code: string;
  field: string;
  params?: Record<string, string | number>;
}

export class RoundSpecError extends Error {
  readonly issues: RoundSpecIssue[];
  constructor(issues: RoundSpecIssue[]) {
    super(`Invalid round: ${issues.map((i) => `${i.field}: ${i.code}`).join('; ')}`);
    this.name = 'RoundSpecError';
    this.issues = issues;
  }
}

const UTC_INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?Z$/;

/** Whether a text is an instant as the system writes them: `YYYY-MM-DDTHH:MM:SS[.fff]Z` (UTC), a real calendar day. */
export function isUtcInstant(text: unknown): text is Instant {
  if (typeof text !== 'string') return false;
  const m = UTC_INSTANT.exec(text);
  return m !== null && isIsoDate(m[1]);
}

/** The UTC day of an instant: the day whose rules apply to a round. */
export function dayOf(instant: Instant): IsoDate {
  return instant.slice(0, 10);
}

/**
 * Checks a round specification; [] when it is valid. Codes: `instant_invalid`, `instant_before_epoch`,
 * `type_invalid`, `type_not_in_force` (category rounds before categories existed, process.round_types),
 * `program_required`, `program_invalid`, `program_not_allowed`, `category_required`, `category_not_allowed`,
 * `category_not_in_force`, `size_or_minimum_required`, `size_invalid`, `minimum_crs_invalid`.
 */
export function validateRoundSpec(spec: RoundSpec): RoundSpecIssue[] {
  const issues: RoundSpecIssue[] = [];
  const issue = (code: string, field: string, params?: RoundSpecIssue['params']) => issues.push(params ? { code, field, params } : { code, field });
  let day: IsoDate | null = null;
  if (!isUtcInstant(spec.instant)) issue('instant_invalid', 'instant');
  else if (dayOf(spec.instant) < EPOCH) issue('instant_before_epoch', 'instant', { epoch: EPOCH });
  else day = dayOf(spec.instant);

  if (!(ROUND_TYPE_CODES as readonly string[]).includes(spec.type)) issue('type_invalid', 'type');
  else if (day && !at(ROUND_TYPES, day).includes(spec.type)) issue('type_not_in_force', 'type', { type: spec.type, date: day });

  if (spec.type === 'program') {
    if (spec.program === undefined) issue('program_required', 'program');
    else if (!(ROUND_PROGRAMS as readonly string[]).includes(spec.program)) issue('program_invalid', 'program');
  } else if (spec.program !== undefined) issue('program_not_allowed', 'program');

  if (spec.type === 'category') {
    if (spec.category === undefined) issue('category_required', 'category');
    else if (day && !findCategory(spec.category, day)) issue('category_not_in_force', 'category', { category: spec.category, date: day });
  } else if (spec.category !== undefined) issue('category_not_allowed', 'category');

  if (spec.size === undefined && spec.minimumCrs === undefined) issue('size_or_minimum_required', 'size');
  if (spec.size !== undefined && !(Number.isInteger(spec.size) && spec.size >= 1)) issue('size_invalid', 'size');
  if (spec.minimumCrs !== undefined && !(Number.isInteger(spec.minimumCrs) && spec.minimumCrs >= 0 && spec.minimumCrs <= MAX_CRS)) {
    issue('minimum_crs_invalid', 'minimumCrs', { max: MAX_CRS });
  }
  return issues;
}

/** The version of the round's category in force at its instant (undefined for other rounds or a category not in force). */
export function roundCategory(spec: RoundSpec): CategoryDefinition | undefined {
  return spec.type === 'category' && spec.category !== undefined ? findCategory(spec.category, dayOf(spec.instant)) : undefined;
}

/**
 * Programs a round invites under, in the order an invitation picks the first the candidate is eligible for.
 * General rounds: PNP → CEC → FSW → FST (rules.md §7.3, product.md). Program rounds: that program.
 * Category rounds: CEC → FSW → FST — IRCC's category rounds name "Federal Skilled Worker Program, Canadian Experience
 * Class and Federal Skilled Trades Program" and never the PNP (all 74 category rounds of the feed, field drawText2).
 */
export function roundPrograms(spec: Pick<RoundSpec, 'type' | 'program'>): readonly RoundProgram[] {
  if (spec.type === 'program') return spec.program ? [spec.program] : [];
  return spec.type === 'general' ? ROUND_PROGRAMS : ['cec', 'fsw', 'fst'];
}

// ── Pool membership and who a round may invite ─────────────────────────────────────────────────────────────────

/** Compares two UTC instants; same-length texts compare as text (fast), others by their time value. */
export function compareInstants(a: Instant, b: Instant): number {
  if (a.length === b.length) return a < b ? -1 : a > b ? 1 : 0;
  return Date.parse(a) - Date.parse(b);
}

/** In the pool at the instant: submitted at or before it, not yet expired (submittedAt ≤ instant < expiresAt). */
export function inPoolAt(c: Pick<PoolCandidate, 'submittedAt' | 'expiresAt'>, instant: Instant): boolean {
  return compareInstants(c.submittedAt, instant) <= 0 && compareInstants(instant, c.expiresAt) < 0;
}

type Filter = (c: PoolCandidate) => boolean;

/**
 * Who the round may invite among profiles in the pool. Every candidate must be eligible for FSW, CEC or FST (rules.md
 * §7.1: PNP candidates too; §7.4.1: categories too); a PNP round also needs a nomination, a program round that
 * program, a category round the category.
 */
function roundFilter(spec: RoundSpec): Filter {
  if (spec.type === 'category') {
    const category = spec.category!;
    return (c) => c.eligiblePrograms.length > 0 && c.categories.includes(category);
  }
  if (spec.type === 'program') {
    if (spec.program === 'pnp') return (c) => c.nominated && c.eligiblePrograms.length > 0;
    const program = spec.program as 'cec' | 'fsw' | 'fst';
    return (c) => c.eligiblePrograms.includes(program);
  }
  return (c) => c.eligiblePrograms.length > 0;
}

/** The program an invitation names: the first of the round's programs the candidate is eligible for. */
export function itaProgram(c: Pick<PoolCandidate, 'eligiblePrograms' | 'nominated'>, spec: Pick<RoundSpec, 'type' | 'program'>): RoundProgram | null {
  for (const p of roundPrograms(spec)) {
    if (p === 'pnp' ? c.nominated && c.eligiblePrograms.length > 0 : c.eligiblePrograms.includes(p)) return p;
  }
  return null;
}

// ── Selection ───────────────────────────────────────────────────────────────────────────────────────────────────

export interface RoundCounts {
  byProgram: Record<RoundProgram, number>;
  /** Invited candidates per category they qualify for (a candidate may count in several). */
  byCategory: Partial<Record<CategoryCode, number>>;
  byProvince: Partial<Record<Province, number>>;
  /** Invited candidates per IRCC band. */
  byBand: CrsBandCount[];
}

export interface RoundResult {
  /** In rank order: CRS descending, submission instant ascending, profile id ascending. */
  invited: Invitation[];
  /** Lowest score invited; null when nobody was invited. */
  cutoff: number | null;
  /** Submission instant of the last invited candidate; null when nobody was invited. */
  tieBreak: Instant | null;
  counts: RoundCounts;
  /** Profiles in the pool at the instant. */
  poolSize: number;
  /** Of those, profiles the round could invite. */
  eligibleCount: number;
  /** The whole pool at the instant in IRCC's bands (what a round report publishes). */
  poolDistribution: CrsBandCount[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Runs a round on a pool (pure, deterministic): keeps profiles in the pool at the instant that the round may invite,
 * ranks them by CRS descending, submission instant ascending, profile id ascending (rules.md §7.2), and invites from
 * the top up to `size` and/or down to `minimumCrs`. Cut-off = lowest score invited; tie-break = submission instant
 * of the last invited. Throws RoundSpecError for an invalid spec, RangeError for a score that is not 0–1200.
 *
 * Cost: one pass over the pool (score histogram), a counting sort of the candidates at or above the cut-off by score,
 * then a comparison sort within each score (O(n + k log k) for k candidates at or above the cut-off).
 */
export function selectRound(spec: RoundSpec, pool: readonly PoolCandidate[]): RoundResult {
  const issues = validateRoundSpec(spec);
  if (issues.length > 0) throw new RoundSpecError(issues);
  const instant = spec.instant;
  const accepts = roundFilter(spec);
  const n = pool.length;

  // Pass 1: pool membership, histograms, indices of the candidates the round may invite.
  const poolHistogram = new Int32Array(MAX_CRS + 1);
  const eligibleHistogram = new Int32Array(MAX_CRS + 1);
  const eligible = new Int32Array(n);
  let poolSize = 0;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const c = pool[i]!;
    if (!inPoolAt(c, instant)) continue;
    const s = checkScore(c.score);
    poolHistogram[s]!++;
    poolSize++;
    if (accepts(c)) {
      eligible[m++] = i;
      eligibleHistogram[s]!++;
    }
  }

  // Where the round stops: from the top score down, up to `size`, not below `minimumCrs`.
  const limit = spec.size ?? Number.POSITIVE_INFINITY;
  const floor = spec.minimumCrs ?? 0;
  let taken = 0;
  let cutoff = -1;
  for (let s = MAX_CRS; s >= floor && taken < limit; s--) {
    const k = eligibleHistogram[s]!;
    if (k === 0) continue;
    taken += Math.min(k, limit - taken);
    cutoff = s;
  }

  // Counting sort by score (descending) of every eligible candidate at or above the cut-off.
  const start = new Int32Array(MAX_CRS + 2);
  let total = 0;
  if (cutoff >= 0) {
    for (let s = MAX_CRS; s >= cutoff; s--) {
      start[s] = total;
      total += eligibleHistogram[s]!;
    }
  }
  const order = new Int32Array(total);
  const next = start.slice();
  for (let j = 0; j < m; j++) {
    const i = eligible[j]!;
    const s = pool[i]!.score;
    if (s >= cutoff && cutoff >= 0) order[next[s]!++] = i;
  }
  // Within a score: earlier submission first, then profile id (text order) — deterministic. The stamps are copied to
  // a dense array first: reading them from the candidate objects inside the comparator is what costs most.
  const stamps: Instant[] = new Array<Instant>(total);
  for (let p = 0; p < total; p++) stamps[p] = pool[order[p]!]!.submittedAt;
  const position = new Int32Array(total);
  for (let p = 0; p < total; p++) position[p] = p;
  const byStamp = (a: number, b: number): number =>
    compareInstants(stamps[a]!, stamps[b]!) || byText(pool[order[a]!]!.profileId, pool[order[b]!]!.profileId);
  if (cutoff >= 0) {
    for (let s = MAX_CRS; s >= cutoff; s--) {
      const from = start[s]!;
      const to = from + eligibleHistogram[s]!;
      if (to - from > 1) position.subarray(from, to).sort(byStamp);
    }
  }

  // Invitations and counts.
  const invited: Invitation[] = new Array<Invitation>(taken);
  const byProgram: Record<RoundProgram, number> = { pnp: 0, cec: 0, fsw: 0, fst: 0 };
  const byCategory: Partial<Record<CategoryCode, number>> = {};
  const byProvince: Partial<Record<Province, number>> = {};
  const bandHistogram = new Int32Array(MAX_CRS + 1);
  for (let r = 0; r < taken; r++) {
    const c = pool[order[position[r]!]!]!;
    const program = itaProgram(c, spec)!;
    invited[r] = { profileId: c.profileId, candidateId: c.candidateId, score: c.score, submittedAt: c.submittedAt, program };
    byProgram[program]++;
    for (const cat of c.categories) byCategory[cat] = (byCategory[cat] ?? 0) + 1;
    byProvince[c.province] = (byProvince[c.province] ?? 0) + 1;
    bandHistogram[c.score]!++;
  }
  const last = taken > 0 ? invited[taken - 1]! : null;
  return {
    invited,
    cutoff: last ? last.score : null,
    tieBreak: last ? last.submittedAt : null,
    counts: { byProgram, byCategory, byProvince, byBand: distributionFromHistogram(bandHistogram) },
    poolSize,
    eligibleCount: m,
    poolDistribution: distributionFromHistogram(poolHistogram),
  };
}

// ── Why wasn't I invited? ───────────────────────────────────────────────────────────────────────────────────────

/** A reason a candidate was not invited (`round.why.<code>` in i18n). */
export type NotInvitedReason =
  | { code: 'not_in_pool'; params: { submittedAt: Instant; expiresAt: Instant; instant: Instant } }
  | { code: 'not_eligible_for_program'; params: { program: RoundProgram | 'any' } }
  | { code: 'not_in_category'; params: { category: CategoryCode } }
  | { code: 'below_cutoff'; params: { score: number; cutoff: number } }
  | { code: 'below_minimum_crs'; params: { score: number; minimumCrs: number } }
  | { code: 'tie_break_later'; params: { submittedAt: Instant; tieBreak: Instant } }
  /** Same score and same submission instant as the last invited: the profile id decided (rules.md §7.2 gives no rule). */
  | { code: 'tie_break_same_instant'; params: { submittedAt: Instant } }
  /** Eligible and ranked above the cut-off, yet not in the round: the round ran on other data for this profile. */
  | { code: 'round_data_mismatch'; params: Record<string, never> };

/**
 * Why a candidate (as they stood at the round's instant) was not invited by a round: [] when invited. Otherwise
 * `not_in_pool` alone, or the eligibility reasons (program, category) followed by how the score compared with the
 * cut-off and the submission instant with the tie-break.
 */
export function whyNotInvited(candidate: PoolCandidate, result: Pick<RoundResult, 'invited' | 'cutoff' | 'tieBreak'>, spec: RoundSpec): NotInvitedReason[] {
  if (result.invited.some((i) => i.profileId === candidate.profileId)) return [];
  if (!inPoolAt(candidate, spec.instant)) {
    return [{ code: 'not_in_pool', params: { submittedAt: candidate.submittedAt, expiresAt: candidate.expiresAt, instant: spec.instant } }];
  }
  const reasons: NotInvitedReason[] = [];
  if (candidate.eligiblePrograms.length === 0) reasons.push({ code: 'not_eligible_for_program', params: { program: 'any' } });
  else if (spec.type === 'program' && spec.program && itaProgram(candidate, spec) === null) {
    reasons.push({ code: 'not_eligible_for_program', params: { program: spec.program } });
  }
  if (spec.type === 'category' && spec.category && !candidate.categories.includes(spec.category)) {
    reasons.push({ code: 'not_in_category', params: { category: spec.category } });
  }
  const { score, submittedAt } = candidate;
  if (result.cutoff === null || result.tieBreak === null) {
    if (spec.minimumCrs !== undefined && score < spec.minimumCrs) reasons.push({ code: 'below_minimum_crs', params: { score, minimumCrs: spec.minimumCrs } });
  } else if (score < result.cutoff) {
    reasons.push({ code: 'below_cutoff', params: { score, cutoff: result.cutoff } });
  } else if (score === result.cutoff) {
    const vs = compareInstants(submittedAt, result.tieBreak);
    if (vs > 0) reasons.push({ code: 'tie_break_later', params: { submittedAt, tieBreak: result.tieBreak } });
    else if (vs === 0) reasons.push({ code: 'tie_break_same_instant', params: { submittedAt } });
  }
  return reasons.length > 0 ? reasons : [{ code: 'round_data_mismatch', params: {} }];
}

// ── Category eligibility (rules.md §7.4) ───────────────────────────────────────────────────────────────────────

/** Work that can count toward an occupation category: paid, begun by asOf, authorized if in Canada; Canadian only if required. */
function categoryWork(entries: readonly WorkEntry[], category: CategoryDefinition, asOf: IsoDate): WorkEntry[] {
  const canadianOnly = category.requirements?.includes('canadian_work_experience') ?? false;
  return entries.filter(
    (e) =>
      e.paid &&
      e.start <= asOf &&
      category.nocs.includes(e.noc) &&
      (e.country !== 'CA' || e.authorizedInCanada !== false) &&
      (!canadianOnly || e.country === 'CA'),
  );
}

/**
 * Whether a profile qualifies for one category on asOf (the version in force that day):
 * - language category: NCLC `minimumNclc` or more in all four abilities of a valid French result (bestLanguageResults);
 * - occupation category: the experience rule in force (category.occupation_experience): before 2026-02-18, 6 months
 *   of continuous work in a single listed occupation within the last 3 years; from 2026-02-18, 12 months, not
 *   necessarily continuous; full time or the same hours part time, at most 30 h a week (work.ts); Canadian work only
 *   when the category requires it;
 * - `canadian_armed_forces_job_offer` (2026 skilled military recruits): a job offer in one of the category's NOC
 *   unit groups, which only the Canadian Armed Forces employ, replaces the experience rule [UNSURE: rules.md §7.4.3].
 */
export function qualifiesForCategory(profile: Profile, category: CategoryDefinition, asOf: IsoDate): boolean {
  if (category.kind === 'language') {
    const { first, second } = bestLanguageResults(profile.languageTests, asOf, profile.firstOfficialLanguage);
    const french = first?.language === 'french' ? first : second?.language === 'french' ? second : null;
    const minimum = category.minimumNclc ?? Number.POSITIVE_INFINITY;
    return french !== null && ABILITIES.every((a) => french.levels[a] >= minimum);
  }
  if (category.requirements?.includes('canadian_armed_forces_job_offer')) {
    return profile.jobOffer !== null && category.nocs.includes(profile.jobOffer.noc);
  }
  const rule = categoryExperienceRule(asOf);
  if (!rule) return false;
  const work = categoryWork(profile.workHistory, category, asOf);
  if (work.length === 0) return false;
  const window = windowBefore(asOf, rule.windowYears);
  // `months` of full-time work: months / 12 of a year of 52 weeks at the full-time hours (6 months = 780 h, 12 = 1,560 h).
  const required = (rule.months / 12) * 52 * rule.fullTimeHoursPerWeek;
  if (rule.continuous) {
    const run = longestContinuousRun(work, window); // runs are per occupation: "a single eligible occupation"
    return run !== null && reaches(run.hours, required);
  }
  for (const hours of hoursByNoc(work, window).values()) if (reaches(hours, required)) return true;
  return false;
}

/**
 * The categories (codes) a profile qualifies for on asOf, among those in force that day, in the rules' order.
 * Only the category's own criteria: being eligible for FSW, CEC or FST as well is the round's check (PoolCandidate).
 */
export function categoryEligibility(profile: Profile, asOf: IsoDate): CategoryCode[] {
  return categoriesInForce(asOf)
    .filter((c) => qualifiesForCategory(profile, c, asOf))
    .map((c) => c.code);
}
