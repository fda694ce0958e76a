// Kysely table types: the database as the queries see it. Rows never leave src/db: repositories map them to app records.
// Instants are `timestamptz` (read back as Date, written as Date or ISO string); days are `date` (read back as 'YYYY-MM-DD'
// text: the date parser is set to return the text as is, see database.ts); bigint columns are read back as numbers.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** An instant: read as Date, written as Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** An instant with a database default (now()). */
export type CreatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** A calendar day 'YYYY-MM-DD'. */
export type Day = string;
/** jsonb: read as parsed JSON; written through the `json()` helper of sql.ts (a text cast), so both drivers agree. */
export type Json<T> = ColumnType<T, unknown, unknown>;

// ── Accounts (written by the accounts area, helper H) ──────────────────────────────────────────────────────────
export interface AccountTable {
  id: ColumnType<string, string | undefined, never>;
  /** Stored as entered; unique case-insensitively (account_email_uq on lower(email)). */
  email: string;
  password_hash: string;
  role: string;
  /** Required iff role = 'province' (account_province_ck). */
  province: string | null;
  display_name: string;
  locale: ColumnType<'fr' | 'en', 'fr' | 'en' | undefined, 'fr' | 'en'>;
  totp_secret: string | null;
  totp_enabled: ColumnType<boolean, boolean | undefined, boolean>;
  /** Time step (30 s) of the last TOTP code accepted: only a later step is accepted (migration 0008, no replay). */
  totp_last_step: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: CreatedAt;
  password_changed_at: CreatedAt;
}

export interface SessionTable {
  /** sha256 (hex) of the session token: the token itself is never stored. */
  id: string;
  account_id: string;
  created_at: CreatedAt;
  last_seen_at: CreatedAt;
  absolute_expires_at: Timestamp;
  csrf_token: string;
  mfa_verified: ColumnType<boolean, boolean | undefined, boolean>;
  user_agent: string | null;
}

export interface RateLimitTable {
  key: string;
  window_start: Timestamp;
  count: number;
}

export interface RepresentativeAuthorizationTable {
  id: ColumnType<string, string | undefined, never>;
  candidate_id: string;
  representative_id: string;
  /** Subset of 'read' | 'write' | 'submit', at least one. */
  scope: string[];
  valid_until: Timestamp;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
}

// ── Profiles, audit, messages, re-scoring (helper F) ──────────────────────────────────────────────────────────
export interface ProfileTable {
  id: ColumnType<string, string | undefined, never>;
  candidate_id: ColumnType<string, string, never>;
  /** Human-facing profile number, from profile_number_seq. */
  number: ColumnType<number, never, never>;
  status: string;
  data: Json<unknown>;
  /** Tie-break stamp: set once when the profile first enters the pool, never changed. */
  submitted_at: Timestamp | null;
  expires_at: Timestamp | null;
  score_total: number | null;
  score: Json<unknown> | null;
  rules_version: Day | null;
  eligibility: Json<unknown> | null;
  eligible_programs: ColumnType<string[], string[] | undefined, string[]>;
  cloned_from: ColumnType<string | null, string | null | undefined, never>;
  /** Optimistic locking: incremented on every update. */
  version: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
  /** Generated from data (migration 0010): the intended province. */
  province: ColumnType<string | null, never, never>;
  /** Generated from data (migration 0010): the nomination's day 'YYYY-MM-DD', as text. */
  nominated_on: ColumnType<string | null, never, never>;
  /** Generated from data (migration 0010): NOC codes of the work history and job offer, and 'french' (category prefilter). */
  category_keys: ColumnType<string[], never, never>;
  /** Categories the profile qualified for on the day it was last evaluated (statistics only). */
  categories: ColumnType<string[], string[] | undefined, string[]>;
}

export interface AuditEventTable {
  seq: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  actor_role: string | null;
  on_behalf_of: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_digest: string | null;
  after_digest: string | null;
  /** Null until the chainer links the event (migration 0009, ADR 0009): chain_pos, prev_hash and hash together. */
  chain_pos: ColumnType<number | null, never, number>;
  prev_hash: ColumnType<string | null, never, string>;
  hash: ColumnType<string | null, never, string>;
  /** The appending transaction (txid_current()): its events are chained together. */
  tx: ColumnType<number, never, never>;
}

/** The chain's anchor (one row): length and last hash, moved forward by the chainer only. */
export interface AuditChainHeadTable {
  id: ColumnType<number, never, never>;
  length: number;
  hash: string;
}

export interface MessageTable {
  id: ColumnType<string, string | undefined, never>;
  account_id: string;
  kind: string;
  params: Json<Record<string, string | number>>;
  /** Makes a message idempotent (unique per account when set), e.g. 'expiry_reminder:60:<profile>:<expires_at>'. */
  dedupe_key: string | null;
  created_at: CreatedAt;
  read_at: Timestamp | null;
}

export interface EmailOutboxTable {
  id: ColumnType<string, string | undefined, never>;
  account_id: string;
  kind: string;
  params: Json<Record<string, string | number>>;
  dedupe_key: string | null;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
}

export interface RescoreReportTable {
  id: ColumnType<string, string | undefined, never>;
  at: Timestamp;
  rules_version_from: Day | null;
  rules_version_to: Day;
  profiles: number;
  changed: number;
  summary: Json<unknown>;
  created_at: CreatedAt;
}

export interface RescoreChangeTable {
  report_id: string;
  profile_id: string;
  candidate_id: string;
  before: number | null;
  after: number | null;
  left_pool: boolean;
}

// ── Rounds of invitations (issue #4) ─────────────────────────────────────────────────────────────────────────
export interface RoundTable {
  id: ColumnType<string, string | undefined, never>;
  number: number;
  status: string;
  spec: Json<unknown>;
  instant: Timestamp;
  drafted_by: string;
  approved_by: string | null;
  executed_at: Timestamp | null;
  cutoff: number | null;
  tie_break: Timestamp | null;
  rules_version: Day | null;
  result: Json<unknown> | null;
  report: Json<unknown> | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface ItaTable {
  id: ColumnType<string, string | undefined, never>;
  round_id: string;
  profile_id: string;
  candidate_id: string;
  program: string;
  score: number;
  issued_at: Timestamp;
  deadline: Day;
  status: ColumnType<string, string | undefined, string>;
  answered_at: Timestamp | null;
}

export interface IrccRoundTable {
  number: string;
  data: Json<unknown>;
}

// ── Applications for permanent residence (the shell created by an accepted ITA, issue #4) ───────────────────
export interface ApplicationTable {
  id: ColumnType<string, string | undefined, never>;
  candidate_id: ColumnType<string, string, never>;
  profile_id: ColumnType<string, string, never>;
  ita_id: ColumnType<string, string, never>;
  program: string;
  status: ColumnType<string, string | undefined, string>;
  /** Last day to submit: the ITA's deadline. */
  submit_by: Day;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface Database {
  account: AccountTable;
  session: SessionTable;
  rate_limit: RateLimitTable;
  representative_authorization: RepresentativeAuthorizationTable;
  profile: ProfileTable;
  audit_event: AuditEventTable;
  audit_chain_head: AuditChainHeadTable;
  message: MessageTable;
  email_outbox: EmailOutboxTable;
  rescore_report: RescoreReportTable;
  rescore_change: RescoreChangeTable;
  round: RoundTable;
  ita: ItaTable;
  ircc_round: IrccRoundTable;
  application: ApplicationTable;
}

export type AccountRow = Selectable<AccountTable>;
export type NewAccountRow = Insertable<AccountTable>;
export type AccountUpdate = Updateable<AccountTable>;
export type SessionRow = Selectable<SessionTable>;
export type RepresentativeAuthorizationRow = Selectable<RepresentativeAuthorizationTable>;
export type ProfileRow = Selectable<ProfileTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type MessageRow = Selectable<MessageTable>;
export type EmailOutboxRow = Selectable<EmailOutboxTable>;
