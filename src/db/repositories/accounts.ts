// Repositories of the accounts area on the Kysely tables of migration 0001 (account, session, rate_limit,
// representative_authorization). Rows stay here: every method maps them to the app records of src/app/ports/accounts.ts.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { AuthorizationScope, Role } from '../../domain/accounts.ts';
import type { Province } from '../../domain/vocabulary.ts';
import type {
  AccountRecord,
  AccountRepository,
  AuthorizationRecord,
  AuthorizationRepository,
  AuthorizationView,
  RateLimitRepository,
  SessionRecord,
  SessionRepository,
  SessionWithAccount,
} from '../../app/ports/accounts.ts';
import type { AccountRow, Database, RepresentativeAuthorizationTable, SessionRow } from '../schema.ts';

const iso = (d: Date): string => d.toISOString();

function toAccount(row: AccountRow): AccountRecord {
  return {
    id: row.id,
    email: row.email,
    passwordHash: row.password_hash,
    role: row.role as Role,
    province: row.province as Province | null,
    displayName: row.display_name,
    locale: row.locale,
    totpSecret: row.totp_secret,
    totpEnabled: row.totp_enabled,
    createdAt: iso(row.created_at),
    passwordChangedAt: iso(row.password_changed_at),
  };
}

export function accountRepository(db: Kysely<Database>): AccountRepository {
  return {
    async insert(a) {
      // ON CONFLICT DO NOTHING (no target): a taken e-mail (account_email_uq) neither inserts nor aborts the transaction.
      const row = await db
        .insertInto('account')
        .values({
          id: a.id,
          email: a.email,
          password_hash: a.passwordHash,
          role: a.role,
          province: a.province,
          display_name: a.displayName,
          locale: a.locale,
          totp_secret: a.totpSecret,
          totp_enabled: a.totpEnabled,
          created_at: a.createdAt,
          password_changed_at: a.passwordChangedAt,
        })
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst();
      return row !== undefined;
    },
    async byId(id) {
      const row = await db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toAccount(row) : null;
    },
    async byEmail(email) {
      const row = await db
        .selectFrom('account')
        .selectAll()
        .where(sql<string>`lower(email)`, '=', email.trim().toLowerCase())
        .executeTakeFirst();
      return row ? toAccount(row) : null;
    },
    async setPassword(id, passwordHash, at) {
      await db.updateTable('account').set({ password_hash: passwordHash, password_changed_at: at }).where('id', '=', id).execute();
    },
    async setTotp(id, secret, enabled) {
      await db.updateTable('account').set({ totp_secret: secret, totp_enabled: enabled, totp_last_step: null }).where('id', '=', id).execute();
    },
    async useTotpStep(id, step) {
      const r = await db
        .updateTable('account')
        .set({ totp_last_step: step })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}

function toSession(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    accountId: row.account_id,
    createdAt: iso(row.created_at),
    lastSeenAt: iso(row.last_seen_at),
    absoluteExpiresAt: iso(row.absolute_expires_at),
    csrfToken: row.csrf_token,
    mfaVerified: row.mfa_verified,
    userAgent: row.user_agent,
  };
}

export function sessionRepository(db: Kysely<Database>): SessionRepository {
  return {
    async create(s) {
      await db
        .insertInto('session')
        .values({
          id: s.id,
          account_id: s.accountId,
          created_at: s.createdAt,
          last_seen_at: s.lastSeenAt,
          absolute_expires_at: s.absoluteExpiresAt,
          csrf_token: s.csrfToken,
          mfa_verified: s.mfaVerified,
          user_agent: s.userAgent,
        })
        .execute();
    },
    async find(id): Promise<SessionWithAccount | null> {
      const row = await db
        .selectFrom('session')
        .innerJoin('account', 'account.id', 'session.account_id')
        .selectAll('session')
        .select(['account.role', 'account.province', 'account.totp_enabled'])
        .where('session.id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      return { ...toSession(row), role: row.role as Role, province: row.province as Province | null, totpEnabled: row.totp_enabled };
    },
    async touch(id, at) {
      await db.updateTable('session').set({ last_seen_at: at }).where('id', '=', id).execute();
    },
    async markMfaVerified(id) {
      await db.updateTable('session').set({ mfa_verified: true }).where('id', '=', id).execute();
    },
    async delete(id) {
      await db.deleteFrom('session').where('id', '=', id).execute();
    },
    async deleteOthers(accountId, keep) {
      let q = db.deleteFrom('session').where('account_id', '=', accountId);
      if (keep !== null) q = q.where('id', '<>', keep);
      const r = await q.executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    async deleteExpired(idleBefore, now) {
      const r = await db
        .deleteFrom('session')
        .where((eb) => eb.or([eb('last_seen_at', '<', new Date(idleBefore)), eb('absolute_expires_at', '<=', new Date(now))]))
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}

export function rateLimitRepository(db: Kysely<Database>): RateLimitRepository {
  return {
    async hit(key, windowStart) {
      await db.deleteFrom('rate_limit').where('key', '=', key).where('window_start', '<', new Date(windowStart)).execute();
      const row = await db
        .insertInto('rate_limit')
        .values({ key, window_start: windowStart, count: 1 })
        .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ count: sql<number>`rate_limit.count + 1` }))
        .returning('count')
        .executeTakeFirstOrThrow();
      return row.count;
    },
    async count(key, windowStart) {
      const row = await db.selectFrom('rate_limit').select('count').where('key', '=', key).where('window_start', '=', new Date(windowStart)).executeTakeFirst();
      return row?.count ?? 0;
    },
    async purge(before) {
      const r = await db.deleteFrom('rate_limit').where('window_start', '<', new Date(before)).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}

function toAuthorization(row: Selectable<RepresentativeAuthorizationTable>): AuthorizationRecord {
  return {
    id: row.id,
    candidateId: row.candidate_id,
    representativeId: row.representative_id,
    scope: row.scope as AuthorizationScope[],
    validUntil: iso(row.valid_until),
    createdAt: iso(row.created_at),
    revokedAt: row.revoked_at ? iso(row.revoked_at) : null,
  };
}

export function authorizationRepository(db: Kysely<Database>): AuthorizationRepository {
  const views = () =>
    db
      .selectFrom('representative_authorization as ra')
      .innerJoin('account as c', 'c.id', 'ra.candidate_id')
      .innerJoin('account as r', 'r.id', 'ra.representative_id')
      .selectAll('ra')
      .select(['c.email as candidate_email', 'c.display_name as candidate_name', 'r.email as representative_email', 'r.display_name as representative_name'])
      .orderBy('ra.created_at', 'desc')
      .orderBy('ra.id');
  type ViewRow = Awaited<ReturnType<ReturnType<typeof views>['execute']>>[number];
  const toView = (row: ViewRow): AuthorizationView => ({
    ...toAuthorization(row),
    candidateEmail: row.candidate_email,
    candidateName: row.candidate_name,
    representativeEmail: row.representative_email,
    representativeName: row.representative_name,
  });
  return {
    async grant(a) {
      await db
        .insertInto('representative_authorization')
        .values({
          id: a.id,
          candidate_id: a.candidateId,
          representative_id: a.representativeId,
          scope: a.scope,
          valid_until: a.validUntil,
          created_at: a.createdAt,
          revoked_at: a.revokedAt,
        })
        .execute();
    },
    async revoke(id, candidateId, at) {
      const row = await db
        .updateTable('representative_authorization')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('candidate_id', '=', candidateId)
        .where('revoked_at', 'is', null)
        .returningAll()
        .executeTakeFirst();
      return row ? toAuthorization(row) : null;
    },
    async listForCandidate(candidateId) {
      return (await views().where('ra.candidate_id', '=', candidateId).execute()).map(toView);
    },
    async listForRepresentative(representativeId) {
      return (await views().where('ra.representative_id', '=', representativeId).execute()).map(toView);
    },
    async active(representativeId, candidateId, at) {
      const rows = await db
        .selectFrom('representative_authorization')
        .selectAll()
        .where('representative_id', '=', representativeId)
        .where('candidate_id', '=', candidateId)
        .where('valid_until', '>', new Date(at))
        .where((eb) => eb.or([eb('revoked_at', 'is', null), eb('revoked_at', '>', new Date(at))]))
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(toAuthorization);
    },
  };
}

/** The four repositories of the accounts area on one connection or transaction (for the unit of work). */
export function accountRepositories(db: Kysely<Database>) {
  return {
    accounts: accountRepository(db),
    sessions: sessionRepository(db),
    rateLimits: rateLimitRepository(db),
    authorizations: authorizationRepository(db),
  };
}
