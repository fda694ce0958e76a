// Rounds addressed by their public number (issue #4): the HTTP API names rounds by number, never by id. Each use case
// finds the round's id by its number (numbers never change) and runs the workflow use case of rounds.ts on it, which
// checks the role again and does its work in its own transaction. Also: the candidate's ITAs with the number of the
// round that issued each.
import type { Role } from '../domain/accounts.ts';
import type { Actor } from './ports/audit.ts';
import type { ItaRecord } from './ports/rounds.ts';
import {
  approveRound,
  executeRound,
  publishRound,
  ROUND_APPROVER_ROLES,
  ROUND_SIMULATOR_ROLES,
  simulateRound,
  type Execution,
  type Result,
  type RoundDeps,
  type Simulation,
} from './rounds.ts';
import type { RoundRecord } from './ports/rounds.ts';

async function onRound<T>(deps: RoundDeps, actor: Actor, roles: readonly Role[], number: number, run: (roundId: string) => Promise<Result<T>>): Promise<Result<T>> {
  if (!roles.includes(actor.role)) return { ok: false, error: { code: 'forbidden' } };
  const round = await deps.uow.read((r) => r.rounds.byNumber(number));
  if (!round) return { ok: false, error: { code: 'not_found' } };
  return run(round.id);
}

/** simulateRound on the round of that number. */
export function simulateRoundNumber(deps: RoundDeps, actor: Actor, number: number): Promise<Result<Simulation>> {
  return onRound(deps, actor, ROUND_SIMULATOR_ROLES, number, (id) => simulateRound(deps, actor, id));
}

/** approveRound on the round of that number. */
export function approveRoundNumber(deps: RoundDeps, actor: Actor, number: number): Promise<Result<RoundRecord>> {
  return onRound(deps, actor, ROUND_APPROVER_ROLES, number, (id) => approveRound(deps, actor, id));
}

/** executeRound on the round of that number (idempotent). */
export function executeRoundNumber(deps: RoundDeps, actor: Actor, number: number): Promise<Result<Execution>> {
  return onRound(deps, actor, ROUND_APPROVER_ROLES, number, (id) => executeRound(deps, actor, id));
}

/** publishRound on the round of that number (idempotent). */
export function publishRoundNumber(deps: RoundDeps, actor: Actor, number: number): Promise<Result<RoundRecord>> {
  return onRound(deps, actor, ROUND_SIMULATOR_ROLES, number, (id) => publishRound(deps, actor, id));
}

/** An ITA with the number of the round that issued it. */
export interface NumberedIta extends ItaRecord {
  roundNumber: number;
}

/** The candidate's ITAs (a representative's candidate's), newest first, each with its round's number. */
export async function listMyInvitations(deps: RoundDeps, actor: Actor): Promise<Result<NumberedIta[]>> {
  const candidateId = actor.role === 'candidate' ? actor.actorId : actor.role === 'representative' ? actor.onBehalfOf : null;
  if (candidateId === null) return { ok: false, error: { code: 'forbidden' } };
  return deps.uow.read(async (r) => {
    const itas = await r.itas.forCandidate(candidateId);
    const numbers = new Map<string, number>();
    for (const roundId of new Set(itas.map((i) => i.roundId))) numbers.set(roundId, (await r.rounds.byId(roundId))?.number ?? 0);
    return { ok: true, value: itas.map((i) => ({ ...i, roundNumber: numbers.get(i.roundId) ?? 0 })) };
  });
}
