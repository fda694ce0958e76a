// Repositories of the rounds area on the tables of migration 0006 (round, ita, ircc_round).
import { sql, type Kysely, type Selectable } from 'kysely';
import { StoreConflict } from '../../app/ports/unit-of-work.ts';
import type {
  InvitedProfile,
  IrccRoundRepository,
  ItaRecord,
  ItaRepository,
  ItaStatus,
  RoundChanges,
  RoundRecord,
  RoundRepository,
  PoolFilter,
  RankedProfile,
  RoundStatus,
  StoredRoundOutcome,
} from '../../app/ports/rounds.ts';
import type { ProfileData } from '../../app/ports/profiles.ts';
import type { IrccRound } from '../../app/ircc-feed.ts';
import type { RoundReport } from '../../domain/round-report.ts';
import type { RoundProgram, RoundSpec } from '../../domain/rounds.ts';
import type { Program } from '../../domain/vocabulary.ts';
import type { Database, ItaTable, ProfileRow, RoundTable } from '../schema.ts';
import { iso, isoOrNull, isUniqueViolation, json } from '../sql.ts';
import { PROFILE_STATE_COLUMNS, toProfileState } from './profiles.ts';

/** The parts of a profile's data that category eligibility reads (src/domain/rounds.ts qualifiesForCategory). */
const CATEGORY_DATA_FIELDS = ['workHistory', 'languageTests', 'firstOfficialLanguage', 'jobOffer'];

/** Profiles per UPDATE when a round invites (three array parameters each, so no parameter limit is near). */
const INVITE_BATCH = 10_000;

/** In the pool at the instant (status submitted, submitted at or before it, expiring after it), as SQL. */
function inPool(instant: Date) {
  return sql`status = 'submitted' and submitted_at <= ${instant} and expires_at > ${instant}`;
}

/** What the round may invite among the pool (the pure roundFilter), as SQL. */
function accepts(f: PoolFilter) {
  const parts = [sql`cardinality(eligible_programs) > 0`];
  if (f.program !== undefined) parts.push(sql`eligible_programs @> array[${f.program}]::text[]`);
  if (f.nominatedBy !== undefined) parts.push(sql`nominated_on collate "C" <= ${f.nominatedBy}`); // days compare as text, as in the domain
  if (f.categoryKeys !== undefined) parts.push(sql`category_keys && ${[...f.categoryKeys]}::text[]`);
  return sql.join(parts, sql` and `);
}

type SelectionRow = {
  h: boolean;
  score: number;
  pool: number | null;
  accepted: number | null;
  id: string | null;
  candidate_id: string | null;
  version: number | null;
  submitted_at: Date | string | null;
  expires_at: Date | string | null;
  eligible_programs: string[] | null;
  nominated_on: string | null;
  province: string | null;
  category_data: unknown;
};

/** A round's stored outcome; rounds stored before the outcome lost its list of invitations keep it in the row: not read. */
function storedOutcome(value: unknown): StoredRoundOutcome | null {
  if (value === null || value === undefined) return null;
  const { invited: _invited, ...outcome } = value as StoredRoundOutcome & { invited?: unknown };
  return outcome;
}

function toRound(row: Selectable<RoundTable>): RoundRecord {
  return {
    id: row.id,
    number: row.number,
    status: row.status as RoundStatus,
    spec: row.spec as RoundSpec,
    instant: iso(row.instant),
    draftedBy: row.drafted_by,
    approvedBy: row.approved_by,
    executedAt: isoOrNull(row.executed_at),
    cutoff: row.cutoff,
    tieBreak: isoOrNull(row.tie_break),
    rulesVersion: row.rules_version,
    result: storedOutcome(row.result),
    report: (row.report ?? null) as RoundReport | null,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

function toIta(row: Selectable<ItaTable>): ItaRecord {
  return {
    id: row.id,
    roundId: row.round_id,
    profileId: row.profile_id,
    candidateId: row.candidate_id,
    program: row.program as RoundProgram,
    score: row.score,
    issuedAt: iso(row.issued_at),
    deadline: row.deadline,
    status: row.status as ItaStatus,
    answeredAt: isoOrNull(row.answered_at),
  };
}

export function roundRepository(db: Kysely<Database>): RoundRepository {
  const one = (forUpdate: boolean | undefined) => {
    const q = db.selectFrom('round').selectAll();
    return forUpdate ? q.forUpdate() : q;
  };
  return {
    async insertDraft(r) {
      try {
        const row = await db
          .insertInto('round')
          .values({
            number: sql<number>`(select coalesce(max(number), 0) + 1 from round)`,
            status: 'draft',
            spec: json(r.spec),
            instant: r.instant,
            drafted_by: r.draftedBy,
            created_at: r.at,
            updated_at: r.at,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toRound(row);
      } catch (error) {
        if (isUniqueViolation(error, 'round_number_uq')) throw new StoreConflict('round_number_taken');
        throw error;
      }
    },
    async byId(id, opts) {
      const row = await one(opts?.forUpdate).where('id', '=', id).executeTakeFirst();
      return row ? toRound(row) : null;
    },
    async byNumber(number, opts) {
      const row = await one(opts?.forUpdate).where('number', '=', number).executeTakeFirst();
      return row ? toRound(row) : null;
    },
    async list({ limit, statuses }) {
      let q = db.selectFrom('round').selectAll().orderBy('number', 'desc').limit(limit);
      if (statuses && statuses.length > 0) q = q.where('status', 'in', [...statuses]);
      return (await q.execute()).map(toRound);
    },
    async update(id, c: RoundChanges, at) {
      const row = await db
        .updateTable('round')
        .set({
          updated_at: at,
          ...(c.status !== undefined ? { status: c.status } : {}),
          ...(c.approvedBy !== undefined ? { approved_by: c.approvedBy } : {}),
          ...(c.executedAt !== undefined ? { executed_at: c.executedAt } : {}),
          ...(c.cutoff !== undefined ? { cutoff: c.cutoff } : {}),
          ...(c.tieBreak !== undefined ? { tie_break: c.tieBreak } : {}),
          ...(c.rulesVersion !== undefined ? { rules_version: c.rulesVersion } : {}),
          ...(c.result !== undefined ? { result: json(c.result) } : {}),
          ...(c.report !== undefined ? { report: json(c.report) } : {}),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return toRound(row);
    },
    async poolAt(instant) {
      const rows = await db
        .selectFrom('profile')
        .select(['id', 'candidate_id', 'version', 'score_total', 'submitted_at', 'expires_at', 'eligible_programs', 'data'])
        .where('status', '=', 'submitted')
        .where('submitted_at', '<=', new Date(instant))
        .where('expires_at', '>', new Date(instant))
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        profileId: r.id,
        candidateId: r.candidate_id,
        version: r.version,
        score: r.score_total!,
        submittedAt: iso(r.submitted_at!),
        expiresAt: iso(r.expires_at!),
        eligiblePrograms: r.eligible_programs as Program[],
        data: r.data as ProfileData,
      }));
    },
    async selectPool({ filter, minScore, limit, categoryDataKeys }) {
      const at = new Date(filter.instant);
      const keys = [...categoryDataKeys];
      const fields = sql.join(CATEGORY_DATA_FIELDS.map((f) => sql.lit(f)));
      // One statement, so the histogram and the ranked list come from the same snapshot. The first branch is an
      // index-only scan of profile_rank_idx; the second reads it in rank order and stops after `limit` rows.
      const { rows } = await sql<SelectionRow>`
        select true as h, score_total as score, count(*)::int as pool, (count(*) filter (where ${accepts(filter)}))::int as accepted,
          null::uuid as id, null::uuid as candidate_id, null::int as version, null::timestamptz as submitted_at,
          null::timestamptz as expires_at, null::text[] as eligible_programs, null::text as nominated_on, null::text as province,
          null::jsonb as category_data
        from profile where ${inPool(at)} group by score_total
        union all
        (select false, score_total, null, null, id, candidate_id, version, submitted_at, expires_at, eligible_programs,
          nominated_on, province,
          case when category_keys && ${keys}::text[] then
            (select jsonb_object_agg(e.key, e.value) from jsonb_each(data) as e where e.key in (${fields}))
          end
        from profile where ${inPool(at)} and ${accepts(filter)} and score_total >= ${minScore}
        order by score_total desc, submitted_at asc, id asc
        ${limit === undefined ? sql`` : sql`limit ${limit}`})`.execute(db);
      const histogram = [];
      const ranked: RankedProfile[] = [];
      for (const r of rows) {
        if (r.h) {
          histogram.push({ score: r.score, pool: r.pool!, accepted: r.accepted! });
          continue;
        }
        ranked.push({
          profileId: r.id!,
          candidateId: r.candidate_id!,
          version: r.version!,
          score: r.score,
          submittedAt: iso(r.submitted_at!),
          expiresAt: iso(r.expires_at!),
          eligiblePrograms: r.eligible_programs as Program[],
          nominatedOn: r.nominated_on,
          province: r.province,
          categoryData: (r.category_data ?? null) as ProfileData | null,
        });
      }
      return { histogram, ranked };
    },
    async invite(profiles, at) {
      const out: InvitedProfile[] = [];
      for (let i = 0; i < profiles.length; i += INVITE_BATCH) {
        const batch = profiles.slice(i, i + INVITE_BATCH);
        // `old` is the row as this statement's snapshot saw it: its updated_at is the one thing the record before the
        // change needs that the row after it no longer has. A row changed by another transaction since the version was
        // read fails `p.version = v.version` (re-checked after waiting for that transaction's lock) and is not updated.
        const { rows } = await sql<Omit<ProfileRow, 'score' | 'eligibility'> & { before_updated_at: Date | string }>`
          update profile as p set status = 'invited', version = p.version + 1, updated_at = ${at}
          from unnest(${batch.map((b) => b.profileId)}::uuid[], ${batch.map((b) => b.version)}::int[]) as v(id, version)
            join (select id, updated_at from profile where id = any(${batch.map((b) => b.profileId)}::uuid[])) as old on old.id = v.id
          where p.id = v.id and p.version = v.version and p.status = 'submitted'
          returning ${sql.join(PROFILE_STATE_COLUMNS.map((c) => sql.ref(`p.${c}`)))}, old.updated_at as before_updated_at`.execute(db);
        if (rows.length !== batch.length) return null;
        const byId = new Map(rows.map((r) => [r.id, r]));
        for (const b of batch) {
          const row = byId.get(b.profileId)!;
          const after = toProfileState(row);
          out.push({ before: { ...after, status: 'submitted', version: after.version - 1, updatedAt: iso(row.before_updated_at) }, after });
        }
      }
      return out;
    },
  };
}

export function itaRepository(db: Kysely<Database>): ItaRepository {
  return {
    async insertMany(itas) {
      if (itas.length === 0) return [];
      // One statement whatever the number: seven array parameters (a multi-row VALUES would take seven parameters a row,
      // thousands of them to parse and plan for a round).
      const col = <T>(f: (t: (typeof itas)[number]) => T) => itas.map(f);
      const { rows } = await sql<Selectable<ItaTable>>`
        insert into ita (round_id, profile_id, candidate_id, program, score, issued_at, deadline)
        select * from unnest(${col((t) => t.roundId)}::uuid[], ${col((t) => t.profileId)}::uuid[], ${col((t) => t.candidateId)}::uuid[],
          ${col((t) => t.program)}::text[], ${col((t) => t.score)}::int[], ${col((t) => t.issuedAt)}::timestamptz[], ${col((t) => t.deadline)}::date[])
        returning *`.execute(db);
      // In the order given (RETURNING's order is not promised).
      const byKey = new Map(rows.map((r) => [`${r.round_id} ${r.profile_id}`, r]));
      return itas.map((t) => toIta(byKey.get(`${t.roundId} ${t.profileId}`)!));
    },
    async byId(id, opts) {
      const q = db.selectFrom('ita').selectAll().where('id', '=', id);
      const row = await (opts?.forUpdate ? q.forUpdate() : q).executeTakeFirst();
      return row ? toIta(row) : null;
    },
    async forRound(roundId) {
      const rows = await db.selectFrom('ita').selectAll().where('round_id', '=', roundId).orderBy('score', 'desc').orderBy('issued_at').orderBy('profile_id').execute();
      return rows.map(toIta);
    },
    async forCandidate(candidateId) {
      const rows = await db.selectFrom('ita').selectAll().where('candidate_id', '=', candidateId).orderBy('issued_at', 'desc').execute();
      return rows.map(toIta);
    },
    async answer(id, status, at) {
      const row = await db.updateTable('ita').set({ status, answered_at: at }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      return toIta(row);
    },
    async dueForExpiry(today, limit) {
      const rows = await db
        .selectFrom('ita')
        .selectAll()
        .where('status', '=', 'issued')
        .where('deadline', '<', today)
        .orderBy('deadline')
        .orderBy('id')
        .limit(limit)
        .forUpdate()
        .skipLocked()
        .execute();
      return rows.map(toIta);
    },
  };
}

export function irccRoundRepository(db: Kysely<Database>): IrccRoundRepository {
  return {
    async upsert(rounds) {
      for (let i = 0; i < rounds.length; i += 500) {
        const chunk = rounds.slice(i, i + 500);
        await db
          .insertInto('ircc_round')
          .values(chunk.map((r) => ({ number: r.number, data: json(r.data) })))
          .onConflict((oc) => oc.column('number').doUpdateSet({ data: sql`excluded.data` }))
          .execute();
      }
      return rounds.length;
    },
    async list() {
      const rows = await db.selectFrom('ircc_round').selectAll().execute();
      return rows.map((r) => ({ number: r.number, data: r.data as IrccRound }));
    },
  };
}
