// A synthetic pool written in bulk (issue #4, "Synthetic pool and replay"): N candidates for a seed, each an account
// (role candidate, no usable password, e-mail under the reserved domain synthetic.invalid) and a profile already in
// the pool, stored exactly as submitProfile stores it: complete data, eligibility and the CRS score with its lines
// under the rules in force on the submission day, the submission instant (tie-break stamp) and the expiry 12 months
// later (process.profile_validity_months), version 2 (draft, then submitted), the categories it qualified for that day.
// Unlike submitProfile, no inbox message or e-mail is queued for these candidates: nobody reads them.
//
// Deterministic: the same size, seed, as-of day (and target distribution) give the same profiles, scores and instants
// (only the generated ids differ). Submission instants are distinct, spread over the 364 days before `until` (one slot
// of the span per profile, slots shuffled), so every profile is in the pool at `until`.
//
// Like a published round (`target`): IRCC's distribution of that round's pool (dd1…dd18) gives a quota per band
// (its 15 finest bands, largest remainders); each draw is steered towards a band that still needs profiles
// (SyntheticSteer: a nomination for 601+, stronger tests and education for the high bands, older candidates with
// Canadian work for the low ones) and kept only if it is eligible and lands in a band whose quota is not yet full
// (rejection sampling). The pool then matches the target band by band (to rounding).
import { appendAudit } from './audit.ts';
import { parseIrccFeed, type IrccRound } from './ircc-feed.ts';
import type { FieldError } from './schemas.ts';
import { SYSTEM_ACTOR, type Actor } from './ports/audit.ts';
import type { Ids } from './ports/accounts.ts';
import type { GeneratedCandidate } from './ports/pool.ts';
import type { ProfileData, StoredEligibility, StoredScore } from './ports/profiles.ts';
import type { UnitOfWork } from './ports/unit-of-work.ts';
import type { Clock } from './ports.ts';
import { seededRandom, syntheticProfile, type SyntheticSteer } from './synthetic.ts';
import { scoreCrs, scoreCrsFast, type CrsResult } from '../domain/crs.ts';
import { isIsoDate } from '../domain/dates.ts';
import { deriveProfile } from '../domain/derive.ts';
import { checkEligibility } from '../domain/eligibility.ts';
import { addMonthsToInstant } from '../domain/profile-lifecycle.ts';
import { CRS_BANDS, MAX_CRS, categoryEligibility, distributionFromHistogram, type CrsBandCount } from '../domain/rounds.ts';
import type { CategoryCode } from '../domain/rules/categories.ts';
import { at as ruleAt, rulesVersion } from '../domain/rules/index.ts';
import { PROFILE_VALIDITY_MONTHS } from '../domain/rules/process.ts';
import { PROGRAMS, type Instant, type IsoDate, type Profile, type Program } from '../domain/vocabulary.ts';

/** Generated candidates' e-mails are under this reserved domain (RFC 2606: `.invalid` never resolves). */
export const SYNTHETIC_DOMAIN = 'synthetic.invalid';
/** Not a PHC string: the password hasher never verifies anything against it (nobody signs in as a generated candidate). */
export const SYNTHETIC_PASSWORD_HASH = '!synthetic: no password';
/** Submission instants spread over this many days before `until` (under a year: all are still in the pool at `until`). */
export const POOL_SPAN_DAYS = 364;
/** Profiles per transaction (one audit event each). */
export const POOL_BATCH_SIZE = 1000;
/** Batches written at once, each in its own transaction (while the next is generated). */
export const POOL_WRITERS = 2;
export const MAX_POOL_SIZE = 5_000_000;

const DAY_MS = 86_400_000;

export type PoolError =
  | { code: 'validation_failed'; errors: FieldError[] }
  /** This seed's candidates are already in the database (their e-mails are taken). */
  | { code: 'conflict'; reason: 'seed_already_generated' }
  | { code: 'draw_not_found'; draw: string }
  /** IRCC published no distribution for that round (early rounds) or its feed could not be read. */
  | { code: 'draw_without_distribution'; draw: string }
  /** The generator could not reach a band of the target (no draw landed there after many tries). */
  | { code: 'band_unreachable'; band: string };

export type Result<T> = { ok: true; value: T } | { ok: false; error: PoolError };
const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T = never>(error: PoolError): Result<T> => ({ ok: false, error });

export interface PoolGenerateDeps {
  uow: UnitOfWork;
  clock: Clock;
  ids: Ids;
}

export interface GeneratePoolOptions {
  size: number;
  seed: number;
  /** The day the pool is "as of" (default: the clock's today). */
  asOf?: IsoDate;
  /** Every submission is before this instant (default: the start of the day after `asOf`). */
  until?: Instant;
  /** A published distribution to match (IRCC's dd1…dd18, as IrccRound.distribution). */
  target?: readonly CrsBandCount[];
  batchSize?: number;
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Who runs it (recorded in the audit trail); the system when absent. */
  actor?: Actor;
}

export interface GeneratePoolResult {
  count: number;
  /** Profiles drawn, eligible or not, kept or not (≥ count). */
  attempts: number;
  seed: number;
  asOf: IsoDate;
  /** Submissions span [from, until). */
  from: Instant;
  until: Instant;
  /** The generated pool in IRCC's bands (dd1…dd18 order). */
  distribution: CrsBandCount[];
  /** The target scaled to the pool's size (quotas), when there was one. */
  target: CrsBandCount[] | null;
  /** Largest gap, in percentage points, between the pool's and the target's share of a band (null without target). */
  maxGapPoints: number | null;
  /** Pool profiles eligible for each program (a profile may count under several). */
  byProgram: Record<Program, number>;
}

// ── The generator (no I/O) ─────────────────────────────────────────────────────────────────────────────────────

/** A profile ready for the pool, with what submitProfile would have computed on its submission day. */
export interface GeneratedProfile {
  data: Profile;
  submittedAt: Instant;
  expiresAt: Instant;
  scoreTotal: number;
  score: StoredScore;
  rulesVersion: IsoDate;
  eligibility: StoredEligibility;
  eligiblePrograms: Program[];
  categories: CategoryCode[];
}

/** Indices (in CRS_BANDS) of the finest bands: 601+, 501–600, the ten 10-point sub-bands, 351–400, 301–350, 0–300. */
const LEAF_BANDS: readonly number[] = CRS_BANDS.map((b, i) => ({ b, i }))
  .filter(({ b }) => b.band !== 'total' && b.band !== '451-500' && b.band !== '401-450')
  .map(({ i }) => i);

/** Leaf band (index into LEAF_BANDS) of every score 0–1200. */
const LEAF_OF_SCORE: Int8Array = (() => {
  const of = new Int8Array(MAX_CRS + 1);
  LEAF_BANDS.forEach((bandIndex, leaf) => {
    const { from, to } = CRS_BANDS[bandIndex]!;
    for (let s = from; s <= to; s++) of[s] = leaf;
  });
  return of;
})();

/** The steer that most often lands in a band (measured on the generator; see test/pool-generate.test.ts). */
function steerFor(from: number, rng: () => number): SyntheticSteer {
  if (from >= 601) return { level: rng() < 0.5 ? -2 : -1, nominated: true };
  if (from >= 501) return { level: 2 };
  if (from >= 451) return { level: 1 };
  if (from >= 351) return { level: -1 };
  return { level: -2 };
}

/** Quotas per leaf band summing to `size`: shares of the target's leaf counts, largest remainders first. */
export function bandQuotas(target: readonly CrsBandCount[], size: number): number[] {
  const counts = LEAF_BANDS.map((i) => target[i]?.count ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * size) / total);
  const quotas = exact.map(Math.floor);
  let left = size - quotas.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    quotas[i]!++;
    left--;
  }
  return quotas;
}

/** Counts per band (dd1…dd18) from counts per leaf band. */
function distributionOfLeaves(leaves: readonly number[]): CrsBandCount[] {
  const histogram = new Int32Array(MAX_CRS + 1);
  LEAF_BANDS.forEach((bandIndex, leaf) => {
    histogram[CRS_BANDS[bandIndex]!.from] = leaves[leaf]!;
  });
  return distributionFromHistogram(histogram);
}

/** Largest gap between two distributions' shares of a band (all bands but the total), in percentage points. */
export function maxGapPoints(a: readonly CrsBandCount[], b: readonly CrsBandCount[]): number {
  const totalA = a[a.length - 1]!.count;
  const totalB = b[b.length - 1]!.count;
  let gap = 0;
  for (let i = 0; i < a.length - 1; i++) {
    const shareA = totalA > 0 ? a[i]!.count / totalA : 0;
    const shareB = totalB > 0 ? b[i]!.count / totalB : 0;
    gap = Math.max(gap, Math.abs(shareA - shareB) * 100);
  }
  return gap;
}

export interface PoolGeneratorOptions {
  size: number;
  seed: number;
  until: Instant;
  target?: readonly CrsBandCount[];
}

/**
 * The profiles of a pool, one by one (pure but for the clock-free arithmetic: no I/O, no randomness but the seed).
 * `next()` returns the next profile, or throws PoolBandError when a target band cannot be reached.
 */
export class PoolGenerator {
  readonly size: number;
  readonly from: Instant;
  readonly until: Instant;
  /** Quotas per leaf band (null without target). */
  readonly quotas: number[] | null;
  readonly leaves: number[] = LEAF_BANDS.map(() => 0);
  readonly byProgram: Record<Program, number> = { fsw: 0, cec: 0, fst: 0 };
  attempts = 0;
  done = 0;
  private readonly rng: () => number;
  private readonly slots: Int32Array;
  private readonly startMs: number;
  private readonly slotMs: number;
  private readonly remaining: number[] | null;

  constructor(opts: PoolGeneratorOptions) {
    this.size = opts.size;
    this.until = new Date(opts.until).toISOString();
    const untilMs = Date.parse(this.until);
    this.startMs = untilMs - POOL_SPAN_DAYS * DAY_MS;
    this.from = new Date(this.startMs).toISOString();
    this.slotMs = Math.floor((POOL_SPAN_DAYS * DAY_MS) / Math.max(1, opts.size));
    this.rng = seededRandom(opts.seed);
    // Distinct instants: profile i takes slot slots[i] of the span (a seeded shuffle), at a random offset inside it.
    const times = seededRandom(opts.seed ^ 0x5f3759df);
    this.slots = new Int32Array(opts.size);
    for (let i = 0; i < opts.size; i++) this.slots[i] = i;
    for (let i = opts.size - 1; i > 0; i--) {
      const j = Math.floor(times() * (i + 1));
      const t = this.slots[i]!;
      this.slots[i] = this.slots[j]!;
      this.slots[j] = t;
    }
    this.quotas = opts.target ? bandQuotas(opts.target, opts.size) : null;
    this.remaining = this.quotas ? [...this.quotas] : null;
  }

  private instant(i: number): Instant {
    // The offset inside the slot comes from the slot number itself (a cheap hash), so it does not depend on draws.
    const offset = this.slotMs > 1 ? Math.imul(this.slots[i]! + 1, 0x9e3779b1) >>> 0 : 0;
    return new Date(this.startMs + this.slots[i]! * this.slotMs + (this.slotMs > 1 ? offset % this.slotMs : 0)).toISOString();
  }

  /** The leaf band a draw should aim at: one still short, chosen in proportion to how many it still needs. */
  private aim(): number {
    const remaining = this.remaining!;
    let total = 0;
    for (const r of remaining) total += r;
    let x = this.rng() * total;
    for (let leaf = 0; leaf < remaining.length; leaf++) {
      x -= remaining[leaf]!;
      if (x < 0) return leaf;
    }
    return remaining.findLastIndex((r) => r > 0);
  }

  next(): GeneratedProfile {
    if (this.done >= this.size) throw new RangeError('the pool is complete');
    const submittedAt = this.instant(this.done);
    const day = submittedAt.slice(0, 10);
    const limit = this.remaining ? 200_000 : 10_000;
    for (let tries = 0; tries < limit; tries++) {
      this.attempts++;
      const steer: SyntheticSteer | undefined = this.remaining ? steerFor(CRS_BANDS[LEAF_BANDS[this.aim()]!]!.from, this.rng) : undefined;
      const profile = syntheticProfile(this.rng, day, steer);
      // Intending to live in Québec makes every program ineligible (checkEligibility): no need to derive anything.
      if (profile.intendedProvince === 'QC') continue;
      // One derivation for both eligibility and the CRS (what checkEligibility and deriveCrsFactors each derive).
      const facts = deriveProfile(profile, day);
      const eligibility = checkEligibility(profile, day, facts);
      if (!eligibility.expressEntryEligible) continue;
      const derived = { factors: facts.factors, findings: facts.findings };
      let crs: CrsResult | null = null;
      let leaf: number;
      if (this.remaining) {
        // The total alone first (no lines): most draws aimed at a band are rejected by its quota.
        leaf = LEAF_OF_SCORE[scoreCrsFast(derived.factors, day).total]!;
        if (this.remaining[leaf]! <= 0) continue;
        this.remaining[leaf]!--;
      } else {
        crs = scoreCrs(derived.factors, day);
        leaf = LEAF_OF_SCORE[crs.total]!;
      }
      this.leaves[leaf]!++;
      this.done++;
      // What evaluateProfile (src/app/profiles.ts) gives submitProfile on that day.
      crs ??= scoreCrs(derived.factors, day);
      const eligiblePrograms = PROGRAMS.filter((p) => eligibility.programs[p].eligible);
      for (const p of eligiblePrograms) this.byProgram[p]++;
      return {
        data: profile,
        submittedAt,
        expiresAt: new Date(addMonthsToInstant(submittedAt, ruleAt(PROFILE_VALIDITY_MONTHS, day))).toISOString(),
        scoreTotal: crs.total,
        score: { ...crs, asOf: day, findings: derived.findings },
        rulesVersion: rulesVersion(day),
        eligibility: { ...eligibility, asOf: day },
        eligiblePrograms,
        categories: categoryEligibility(profile, day),
      };
    }
    const short = this.remaining ? this.remaining.findIndex((r) => r > 0) : -1;
    throw new PoolBandError(short >= 0 ? CRS_BANDS[LEAF_BANDS[short]!]!.band : 'eligible');
  }

  distribution(): CrsBandCount[] {
    return distributionOfLeaves(this.leaves);
  }

  targetDistribution(): CrsBandCount[] | null {
    return this.quotas ? distributionOfLeaves(this.quotas) : null;
  }
}

export class PoolBandError extends Error {
  readonly band: string;
  constructor(band: string) {
    super(`no generated profile reached the band ${band}`);
    this.name = 'PoolBandError';
    this.band = band;
  }
}

// ── IRCC's round to imitate ─────────────────────────────────────────────────────────────────────────────────────

/** Round `draw` (`437`, `91a`) of IRCC's feed (the parsed JSON of ee_rounds_123_en.json), with its distribution. */
export function irccDraw(feed: unknown, draw: string): Result<IrccRound> {
  const { rounds } = parseIrccFeed(feed);
  const round = rounds.find((r) => r.drawNumber === draw.trim());
  if (!round) return fail({ code: 'draw_not_found', draw });
  if (round.notes.includes('no_distribution')) return fail({ code: 'draw_without_distribution', draw });
  return ok(round);
}

// ── The use case ────────────────────────────────────────────────────────────────────────────────────────────────

export function syntheticEmail(seed: number, index: number): string {
  return `pool-${seed}-${index}@${SYNTHETIC_DOMAIN}`;
}

function optionErrors(o: GeneratePoolOptions): FieldError[] {
  const errors: FieldError[] = [];
  if (!Number.isInteger(o.size) || o.size < 1 || o.size > MAX_POOL_SIZE) errors.push({ field: 'size', expected: `integer 1–${MAX_POOL_SIZE}` });
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff) errors.push({ field: 'seed', expected: 'integer 0–4294967295' });
  if (o.asOf !== undefined && !isIsoDate(o.asOf)) errors.push({ field: 'asOf', expected: 'day (YYYY-MM-DD)' });
  if (o.until !== undefined && Number.isNaN(Date.parse(o.until))) errors.push({ field: 'until', expected: 'instant (ISO 8601 UTC)' });
  if (o.target !== undefined && LEAF_BANDS.every((i) => (o.target![i]?.count ?? 0) <= 0)) errors.push({ field: 'target', expected: 'a distribution with counts' });
  return errors;
}

/** Yields to the event loop, so that the database driver sends and receives while profiles are being generated. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Generates `size` candidates for `seed` and writes them, `batchSize` per transaction. Audit: ONE summary event per
 * batch (action pool.generate, the batch's range, seed and day), not one per profile — the candidates are synthetic
 * and a million events would double the run's cost; the batch's event is in the same transaction as its rows.
 */
export async function generatePool(deps: PoolGenerateDeps, options: GeneratePoolOptions): Promise<Result<GeneratePoolResult>> {
  const errors = optionErrors(options);
  if (errors.length > 0) return fail({ code: 'validation_failed', errors });
  const asOf = options.asOf ?? deps.clock.today();
  const until = options.until ?? new Date(Date.parse(`${asOf}T00:00:00.000Z`) + DAY_MS).toISOString();
  const seed = options.seed;
  if (await deps.uow.read((r) => r.pool.emailTaken(syntheticEmail(seed, 1)))) return fail({ code: 'conflict', reason: 'seed_already_generated' });

  const generator = new PoolGenerator({ size: options.size, seed, until, ...(options.target ? { target: options.target } : {}) });
  const batchSize = Math.max(1, options.batchSize ?? POOL_BATCH_SIZE);
  const actor = options.actor ?? SYSTEM_ACTOR;
  options.onProgress?.({ done: 0, total: options.size });
  // Batches being written (at most POOL_WRITERS at once, oldest first), and the last progress report (in order).
  const writing: Promise<void>[] = [];
  let reported: Promise<void> = Promise.resolve();
  try {
    while (generator.done < options.size) {
      const first = generator.done + 1;
      const batch: GeneratedCandidate[] = [];
      while (batch.length < batchSize && generator.done < options.size) {
        const p = generator.next();
        const index = generator.done;
        batch.push({
          accountId: deps.ids.uuid(),
          email: syntheticEmail(seed, index),
          passwordHash: SYNTHETIC_PASSWORD_HASH,
          displayName: `Synthetic candidate ${seed}-${index}`,
          locale: p.data.firstOfficialLanguage === 'french' || p.data.intendedProvince === 'QC' ? 'fr' : 'en',
          profileId: deps.ids.uuid(),
          data: p.data as unknown as ProfileData,
          submittedAt: p.submittedAt,
          expiresAt: p.expiresAt,
          scoreTotal: p.scoreTotal,
          score: p.score,
          rulesVersion: p.rulesVersion,
          eligibility: p.eligibility,
          eligiblePrograms: p.eligiblePrograms,
          categories: p.categories,
        });
        if (batch.length % 64 === 0) await breathe();
      }
      // Earlier batches are written while this one was generated, each in its own transaction; on PostgreSQL two
      // at a time (the server parses and indexes one batch on each core while the next is generated).
      while (writing.length >= POOL_WRITERS) await writing.shift();
      const last = generator.done;
      const at = deps.clock.now();
      const written = deps.uow.transaction(async (r) => {
        await r.pool.insertGenerated(batch);
        await appendAudit(r, {
          at,
          actor,
          action: 'pool.generate',
          entityType: 'synthetic_pool',
          entityId: `seed-${seed}`,
          after: { seed, asOf, until, first, last, count: batch.length },
        });
      });
      written.catch(() => {});
      writing.push(written);
      const previous = reported;
      reported = Promise.all([previous, written]).then(() => options.onProgress?.({ done: last, total: options.size }), () => {});
    }
    for (const w of writing) await w;
    await reported;
  } catch (error) {
    await Promise.allSettled(writing);
    if (error instanceof PoolBandError) return fail({ code: 'band_unreachable', band: error.band });
    throw error;
  }
  const distribution = generator.distribution();
  const target = generator.targetDistribution();
  return ok({
    count: generator.done,
    attempts: generator.attempts,
    seed,
    asOf,
    from: generator.from,
    until: generator.until,
    distribution,
    target,
    maxGapPoints: target && options.target ? maxGapPoints(distribution, options.target) : null,
    byProgram: { ...generator.byProgram },
  });
}
