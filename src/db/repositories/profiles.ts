// Repositories of the profile area on the tables of migrations 0002 and 0005 (profile, rescore_report, rescore_change).
import { sql, type Kysely } from 'kysely';
import type { ProfileStatus } from '../../domain/profile-lifecycle.ts';
import { PROFILE_STATUSES } from '../../domain/profile-lifecycle.ts';
import { PROGRAMS, type Program, type Province } from '../../domain/vocabulary.ts';
import type { CategoryCode } from '../../domain/rules/categories.ts';
import { StoreConflict } from '../../app/ports/unit-of-work.ts';
import type {
  ProfileChanges,
  ProfileData,
  ProfileRecord,
  ProfileRepository,
  ProfileState,
  RescoreChangeRecord,
  RescoreReportRecord,
  RescoreRepository,
  RescoreSummary,
  StoredEligibility,
} from '../../app/ports/profiles.ts';
import type { Database, ProfileRow, ProfileTable } from '../schema.ts';
import type { Updateable } from 'kysely';
import { iso, isoOrNull, isUniqueViolation, json } from '../sql.ts';
import { compactScore, expandScore } from '../stored-score.ts';

const MAX_CRS = 1200;

/** A profile row without its score and eligibility as the audited state (also used by the rounds repository). */
export function toProfileState(row: Pick<ProfileRow, (typeof PROFILE_STATE_COLUMNS)[number]>): ProfileState {
  return {
    id: row.id,
    candidateId: row.candidate_id,
    number: row.number,
    status: row.status as ProfileStatus,
    data: row.data as ProfileData,
    submittedAt: isoOrNull(row.submitted_at),
    expiresAt: isoOrNull(row.expires_at),
    scoreTotal: row.score_total,
    rulesVersion: row.rules_version,
    eligiblePrograms: row.eligible_programs as Program[],
    clonedFrom: row.cloned_from,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** The columns of toProfileState. */
export const PROFILE_STATE_COLUMNS = [
  'id', 'candidate_id', 'number', 'status', 'data', 'submitted_at', 'expires_at', 'score_total', 'rules_version',
  'eligible_programs', 'cloned_from', 'version', 'created_at', 'updated_at',
] as const;

/** A profile row as the app's record (also used by the rounds repository). */
export function toProfile(row: ProfileRow): ProfileRecord {
  return {
    ...toProfileState(row),
    score: expandScore(row.score),
    eligibility: (row.eligibility ?? null) as StoredEligibility | null,
  };
}

function toRow(c: ProfileChanges): Updateable<ProfileTable> {
  const row: Updateable<ProfileTable> = {};
  if (c.status !== undefined) row.status = c.status;
  if (c.data !== undefined) row.data = json(c.data);
  if (c.submittedAt !== undefined) row.submitted_at = c.submittedAt;
  if (c.expiresAt !== undefined) row.expires_at = c.expiresAt;
  if (c.scoreTotal !== undefined) row.score_total = c.scoreTotal;
  if (c.score !== undefined) row.score = c.score === null ? null : json(compactScore(c.score));
  if (c.rulesVersion !== undefined) row.rules_version = c.rulesVersion;
  if (c.eligibility !== undefined) row.eligibility = c.eligibility === null ? null : json(c.eligibility);
  if (c.eligiblePrograms !== undefined) row.eligible_programs = c.eligiblePrograms;
  if (c.categories !== undefined) row.categories = c.categories;
  return row;
}

export function profileRepository(db: Kysely<Database>): ProfileRepository {
  const pool = () => db.selectFrom('profile').selectAll().where('status', '=', 'submitted');
  return {
    async insertDraft(p) {
      try {
        const row = await db
          .insertInto('profile')
          .values({
            candidate_id: p.candidateId,
            status: 'draft',
            data: json(p.data),
            cloned_from: p.clonedFrom,
            created_at: p.at,
            updated_at: p.at,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toProfile(row);
      } catch (error) {
        // Inside a transaction the error aborts it; the use case rolls back and answers `conflict`.
        if (isUniqueViolation(error, 'profile_candidate_active_uq')) throw new StoreConflict('active_profile_exists');
        throw error;
      }
    },

    async byId(id, opts) {
      let q = db.selectFrom('profile').selectAll().where('id', '=', id);
      if (opts?.forUpdate) q = q.forUpdate();
      const row = await q.executeTakeFirst();
      return row ? toProfile(row) : null;
    },

    async lockState(id) {
      const row = await db.selectFrom('profile').select(PROFILE_STATE_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
      return row ? toProfileState(row) : null;
    },

    async activeForCandidate(candidateId) {
      const row = await db
        .selectFrom('profile')
        .selectAll()
        .where('candidate_id', '=', candidateId)
        .where('status', 'in', ['draft', 'submitted', 'ineligible', 'invited', 'applied'])
        .executeTakeFirst();
      return row ? toProfile(row) : null;
    },

    async listForCandidate(candidateId) {
      const rows = await db
        .selectFrom('profile')
        .selectAll()
        .where('candidate_id', '=', candidateId)
        .orderBy('created_at', 'desc')
        .orderBy('number', 'desc')
        .execute();
      return rows.map(toProfile);
    },

    async update(id, expectedVersion, changes, at) {
      // The documents the caller gives are not read back (PostgreSQL would print them and node-postgres parse them).
      const given = { data: changes.data !== undefined, score: changes.score !== undefined, eligibility: changes.eligibility !== undefined };
      const returned = [...PROFILE_STATE_COLUMNS.filter((c) => c !== 'data' || !given.data), ...(given.score ? [] : ['score' as const]), ...(given.eligibility ? [] : ['eligibility' as const])];
      try {
        const row = await db
          .updateTable('profile')
          .set({ ...toRow(changes), version: sql<number>`version + 1`, updated_at: at })
          .where('id', '=', id)
          .where('version', '=', expectedVersion)
          .returning(returned)
          .executeTakeFirst();
        if (!row) return null;
        const whole = row as Partial<ProfileRow>;
        return {
          ...toProfileState({ ...row, data: given.data ? changes.data : whole.data }),
          score: given.score ? (changes.score ?? null) : expandScore(whole.score),
          eligibility: given.eligibility ? (changes.eligibility ?? null) : ((whole.eligibility ?? null) as StoredEligibility | null),
        };
      } catch (error) {
        if (isUniqueViolation(error, 'profile_candidate_active_uq')) throw new StoreConflict('active_profile_exists');
        throw error;
      }
    },

    async listPool({ limit, after }) {
      let q = pool();
      if (after) {
        const { scoreTotal: s, submittedAt: t, id } = after;
        q = q.where((eb) =>
          eb.or([
            eb('score_total', '<', s),
            eb.and([eb('score_total', '=', s), eb('submitted_at', '>', new Date(t))]),
            eb.and([eb('score_total', '=', s), eb('submitted_at', '=', new Date(t)), eb('id', '>', id)]),
          ]),
        );
      }
      const rows = await q.orderBy('score_total', 'desc').orderBy('submitted_at', 'asc').orderBy('id', 'asc').limit(limit).execute();
      return rows.map(toProfile);
    },

    async poolBatch({ afterId, limit }) {
      let q = pool();
      if (afterId !== null) q = q.where('id', '>', afterId);
      const rows = await q.orderBy('id').limit(limit).execute();
      return rows.map(toProfile);
    },

    async dueForExpiry(now, limit) {
      const rows = await db
        .selectFrom('profile')
        .selectAll()
        .where('status', 'in', ['submitted', 'ineligible'])
        .where('expires_at', 'is not', null)
        .where('expires_at', '<=', new Date(now))
        .orderBy('expires_at')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toProfile);
    },

    async expiringBetween(from, to, { afterId, limit }) {
      let q = pool().where('expires_at', '>', new Date(from)).where('expires_at', '<=', new Date(to));
      if (afterId !== null) q = q.where('id', '>', afterId);
      const rows = await q.orderBy('id').limit(limit).execute();
      return rows.map(toProfile);
    },

    async poolStatistics() {
      const byStatus = Object.fromEntries(PROFILE_STATUSES.map((s) => [s, 0])) as Record<ProfileStatus, number>;
      const statusRows = await db.selectFrom('profile').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
      for (const r of statusRows) byStatus[r.status as ProfileStatus] = Number(r.n);

      const byProgram = Object.fromEntries(PROGRAMS.map((p) => [p, 0])) as Record<Program, number>;
      const programRows = await sql<{ program: string; n: number }>`
        select program, count(*) as n from profile, unnest(eligible_programs) as program
        where status = 'submitted' group by program`.execute(db);
      for (const r of programRows.rows) byProgram[r.program as Program] = Number(r.n);

      const byProvince: Partial<Record<Province, number>> = {};
      const provinceRows = await sql<{ province: string | null; n: number }>`
        select data->>'intendedProvince' as province, count(*) as n from profile
        where status = 'submitted' group by 1`.execute(db);
      for (const r of provinceRows.rows) if (r.province) byProvince[r.province as Province] = Number(r.n);

      const byCategory: Partial<Record<CategoryCode, number>> = {};
      const categoryRows = await sql<{ category: string; n: number }>`
        select category, count(*) as n from profile, unnest(categories) as category
        where status = 'submitted' group by category`.execute(db);
      for (const r of categoryRows.rows) byCategory[r.category as CategoryCode] = Number(r.n);

      const scoreHistogram = new Array<number>(MAX_CRS + 1).fill(0);
      const scoreRows = await db
        .selectFrom('profile')
        .select(['score_total', (eb) => eb.fn.countAll<number>().as('n')])
        .where('status', '=', 'submitted')
        .groupBy('score_total')
        .execute();
      for (const r of scoreRows) {
        if (r.score_total !== null && r.score_total >= 0 && r.score_total <= MAX_CRS) scoreHistogram[r.score_total] = Number(r.n);
      }
      return { byStatus, inPool: byStatus.submitted, byProgram, byProvince, byCategory, scoreHistogram };
    },
  };
}

type ReportRow = {
  id: string;
  at: Date;
  rules_version_from: string | null;
  rules_version_to: string;
  profiles: number;
  changed: number;
  summary: unknown;
  created_at: Date;
};

function toReport(row: ReportRow): RescoreReportRecord {
  return {
    id: row.id,
    at: iso(row.at),
    rulesVersionFrom: row.rules_version_from,
    rulesVersionTo: row.rules_version_to,
    profiles: row.profiles,
    changed: row.changed,
    summary: row.summary as RescoreSummary,
    createdAt: iso(row.created_at),
  };
}

export function rescoreRepository(db: Kysely<Database>): RescoreRepository {
  return {
    async insertReport(r) {
      const row = await db
        .insertInto('rescore_report')
        .values({
          at: r.at,
          rules_version_from: r.rulesVersionFrom,
          rules_version_to: r.rulesVersionTo,
          profiles: r.profiles,
          changed: r.changed,
          summary: json(r.summary),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toReport(row);
    },
    async finishReport(id, c) {
      await db
        .updateTable('rescore_report')
        .set({ profiles: c.profiles, changed: c.changed, summary: json(c.summary), rules_version_from: c.rulesVersionFrom })
        .where('id', '=', id)
        .execute();
    },
    async insertChanges(changes) {
      if (changes.length === 0) return;
      await db
        .insertInto('rescore_change')
        .values(
          changes.map((c) => ({
            report_id: c.reportId,
            profile_id: c.profileId,
            candidate_id: c.candidateId,
            before: c.before,
            after: c.after,
            left_pool: c.leftPool,
          })),
        )
        .execute();
    },
    async report(id) {
      const row = await db.selectFrom('rescore_report').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toReport(row) : null;
    },
    async listReports(limit) {
      const rows = await db.selectFrom('rescore_report').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
      return rows.map(toReport);
    },
    async changes(reportId) {
      const rows = await db.selectFrom('rescore_change').selectAll().where('report_id', '=', reportId).orderBy('profile_id').execute();
      return rows.map(
        (r): RescoreChangeRecord => ({
          reportId: r.report_id,
          profileId: r.profile_id,
          candidateId: r.candidate_id,
          before: r.before,
          after: r.after,
          leftPool: r.left_pool,
        }),
      );
    },
  };
}
