// Port of the applications for permanent residence (e-APR). Issue #4 creates the shell when an ITA is accepted; the
// application's own lifecycle (product.md "Application (e-APR)") is the next issue's. Records are camelCase.
import type { RoundProgram } from '../../domain/rounds.ts';
import type { Instant, IsoDate } from '../../domain/vocabulary.ts';

/**
 * product.md "Application (e-APR)": prepared by the candidate (`in_progress`, the shell an accepted ITA creates),
 * `submitted` within 60 days of the ITA, then decided: `approved` | `refused` | `withdrawn`.
 */
export const APPLICATION_STATUSES = ['in_progress', 'submitted', 'approved', 'refused', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export interface ApplicationRecord {
  id: string;
  candidateId: string;
  profileId: string;
  itaId: string;
  /** The program of the ITA. */
  program: RoundProgram;
  status: ApplicationStatus;
  /** Last day to submit: the ITA's deadline. */
  submitBy: IsoDate;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface NewApplication {
  candidateId: string;
  profileId: string;
  itaId: string;
  program: RoundProgram;
  submitBy: IsoDate;
  at: Instant;
}

export interface ApplicationRepository {
  /** Inserts the shell (status in_progress). A second one for the same ITA throws StoreConflict('application_exists'). */
  insert(application: NewApplication): Promise<ApplicationRecord>;
  byId(id: string): Promise<ApplicationRecord | null>;
  /** The candidate's applications, newest first. */
  forCandidate(candidateId: string): Promise<ApplicationRecord[]>;
}
