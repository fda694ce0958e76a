// Replaying one of IRCC's published rounds on a synthetic pool (issue #4, "Synthetic pool and replay"): a pool like the
// round's (its published distribution, band by band), then a round of the published type at the published instant,
// drafted and simulated through the real use cases (src/app/rounds.ts), so our cut-off and tie-break can be read next
// to IRCC's. A pool smaller than the published one gets a round scaled to it (same share of the pool invited).
import type { IrccRound } from './ircc-feed.ts';
import { generatePool, SYNTHETIC_DOMAIN, SYNTHETIC_PASSWORD_HASH, type GeneratePoolResult, type PoolError, type PoolGenerateDeps } from './pool-generate.ts';
import type { Actor } from './ports/audit.ts';
import type { RoundOutcome, RoundRecord } from './ports/rounds.ts';
import { draftRound, simulateRound, type RoundError } from './rounds.ts';
import type { RoundSpec } from '../domain/rounds.ts';
import type { Instant } from '../domain/vocabulary.ts';

export type ReplayError = PoolError | { code: 'round_refused'; error: RoundError } | { code: 'draw_not_replayable'; draw: string };
export type ReplayResult<T> = { ok: true; value: T } | { ok: false; error: ReplayError };

export interface ReplayOptions {
  /** IRCC's round (irccDraw). */
  round: IrccRound;
  /** Pool size (default: the published pool, dd18). */
  size?: number;
  seed: number;
  onProgress?: (progress: { done: number; total: number }) => void;
}

export interface Replay {
  draw: string;
  published: {
    name: string;
    type: IrccRound['type'];
    program: IrccRound['program'];
    category: IrccRound['category'];
    instant: Instant;
    size: number;
    cutoff: number;
    tieBreak: Instant | null;
    poolSize: number;
  };
  /** The round we ran: its size is the published one scaled to our pool. */
  spec: RoundSpec;
  pool: GeneratePoolResult;
  round: RoundRecord;
  outcome: RoundOutcome;
}

/** The account that drafts and simulates replays (an officer that never signs in). */
export const REPLAY_OFFICER_EMAIL = `replay-officer@${SYNTHETIC_DOMAIN}`;

async function replayOfficer(deps: PoolGenerateDeps): Promise<Actor> {
  const at = deps.clock.now();
  const id = await deps.uow.transaction(async (r) => {
    const existing = await r.accounts.byEmail(REPLAY_OFFICER_EMAIL);
    if (existing) return existing.id;
    const id = deps.ids.uuid();
    await r.accounts.insert({
      id,
      email: REPLAY_OFFICER_EMAIL,
      passwordHash: SYNTHETIC_PASSWORD_HASH,
      role: 'officer',
      province: null,
      displayName: 'Replay officer',
      locale: 'en',
      totpSecret: null,
      totpEnabled: false,
      createdAt: at,
      passwordChangedAt: at,
    });
    return id;
  });
  return { actorId: id, role: 'officer', onBehalfOf: null };
}

/** The published round size scaled to a pool of `size` (at least 1). */
export function scaledRoundSize(round: Pick<IrccRound, 'size' | 'distribution'>, size: number): number {
  const published = round.distribution[round.distribution.length - 1]!.count;
  if (published <= 0 || size === published) return round.size;
  return Math.max(1, Math.round((round.size * size) / published));
}

/** Generates a pool like the round's, then drafts and simulates the same round on it (no ITA is issued). */
export async function replayDraw(deps: PoolGenerateDeps, options: ReplayOptions): Promise<ReplayResult<Replay>> {
  const round = options.round;
  if (round.type === null || (round.type === 'category' && round.category === null) || (round.type === 'program' && round.program === null)) {
    return { ok: false, error: { code: 'draw_not_replayable', draw: round.drawNumber } };
  }
  const publishedPool = round.distribution[round.distribution.length - 1]!.count;
  const size = options.size ?? publishedPool;
  const pool = await generatePool(deps, {
    size,
    seed: options.seed,
    asOf: round.instant.slice(0, 10),
    until: round.instant,
    target: round.distribution,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  if (!pool.ok) return pool;

  const spec: RoundSpec = { type: round.type, instant: round.instant, size: scaledRoundSize(round, size) };
  if (round.type === 'program') spec.program = round.program!;
  if (round.type === 'category') spec.category = round.category!;
  const officer = await replayOfficer(deps);
  const drafted = await draftRound(deps, officer, spec);
  if (!drafted.ok) return { ok: false, error: { code: 'round_refused', error: drafted.error } };
  const simulated = await simulateRound(deps, officer, drafted.value.id);
  if (!simulated.ok) return { ok: false, error: { code: 'round_refused', error: simulated.error } };
  return {
    ok: true,
    value: {
      draw: round.drawNumber,
      published: {
        name: round.name,
        type: round.type,
        program: round.program,
        category: round.category,
        instant: round.instant,
        size: round.size,
        cutoff: round.cutoff,
        tieBreak: round.tieBreak,
        poolSize: publishedPool,
      },
      spec,
      pool: pool.value,
      round: simulated.value.round,
      outcome: simulated.value.outcome,
    },
  };
}
