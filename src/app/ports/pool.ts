// Port of the synthetic pool (issue #4, "Synthetic pool and replay"): generated candidates written in bulk, each an
// account and a profile already in the pool, stored exactly as submitProfile stores a submitted profile.
import type { CategoryCode } from '../../domain/rules/categories.ts';
import type { Instant, IsoDate, Program } from '../../domain/vocabulary.ts';
import type { ProfileData, StoredEligibility, StoredScore } from './profiles.ts';

/** One generated candidate: the account (role candidate, never signs in) and its submitted profile. */
export interface GeneratedCandidate {
  accountId: string;
  /** Under a reserved domain (`pool-<seed>-<i>@synthetic.invalid`). */
  email: string;
  /** Not a PHC string: no password ever verifies against it. */
  passwordHash: string;
  displayName: string;
  locale: 'fr' | 'en';
  profileId: string;
  /** The complete profile, as submitProfile stores it. */
  data: ProfileData;
  /** The submission instant (tie-break stamp); also the account's and profile's creation and update instant. */
  submittedAt: Instant;
  expiresAt: Instant;
  scoreTotal: number;
  score: StoredScore;
  rulesVersion: IsoDate;
  eligibility: StoredEligibility;
  eligiblePrograms: Program[];
  /** The categories qualified for on the submission day (as submitProfile stores them). */
  categories: CategoryCode[];
}

/** The version a profile has after saveDraft (1) and submitProfile (2). */
export const SUBMITTED_PROFILE_VERSION = 2;

export interface PoolRepository {
  /** Whether an account already has this e-mail (case-insensitive). */
  emailTaken(email: string): Promise<boolean>;
  /**
   * Inserts the accounts and their profiles (status submitted, version SUBMITTED_PROFILE_VERSION) in as few statements
   * as the driver allows. A taken e-mail or id fails the whole call (the transaction rolls back).
   */
  insertGenerated(batch: readonly GeneratedCandidate[]): Promise<void>;
}
