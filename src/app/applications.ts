// Use cases of the applications for permanent residence (e-APR). Issue #4: the shell created when a candidate accepts
// an ITA (src/app/rounds.ts acceptIta, same transaction), and the candidate's list. The e-APR itself (forms,
// documents, submission, processing) is the next issue's.
import type { ApplicationRecord } from './ports/applications.ts';
import type { Actor } from './ports/audit.ts';
import type { UnitOfWork } from './ports/unit-of-work.ts';

export type ApplicationError = { code: 'forbidden' } | { code: 'not_found' };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApplicationError };

export interface ApplicationDeps {
  uow: UnitOfWork;
}

/** The candidate's applications (a representative's candidate's), newest first. */
export async function listMyApplications(deps: ApplicationDeps, actor: Actor): Promise<Result<ApplicationRecord[]>> {
  const candidateId = actor.role === 'candidate' ? actor.actorId : actor.role === 'representative' ? actor.onBehalfOf : null;
  if (candidateId === null) return { ok: false, error: { code: 'forbidden' } };
  return { ok: true, value: await deps.uow.read((r) => r.applications.forCandidate(candidateId)) };
}
