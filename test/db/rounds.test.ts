// Rounds of invitations on both databases (issue #4): draft → simulate → approve → execute → publish, determinism,
// a tie at the cut-off, idempotent execution, separation of duties, ITAs accepted, declined and expired, "why wasn't
// I invited?", simulation without side effects, and IRCC's feed imported.
// The suite shares one database per dialect: each test works in its own month of 2025 (profiles submitted on the 1st
// and expiring on the 20th, rounds on the 10th), so no test sees another's pool.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { describeOnDatabases } from './databases.ts';
import { testDataDir } from '../data-dir.ts';
import { kyselyUnitOfWork } from '../../src/db/unit-of-work.ts';
import { json } from '../../src/db/sql.ts';
import { auditRepository } from '../../src/db/repositories/audit.ts';
import type { Database } from '../../src/db/schema.ts';
import type { Actor } from '../../src/app/ports/audit.ts';
import {
  acceptIta,
  approveRound,
  declineIta,
  draftRound,
  executeRound,
  expireItas,
  getRound,
  importIrccRounds,
  listIrccRounds,
  listMyItas,
  listRounds,
  publishRound,
  simulateRound,
  whyNotInvited,
  type RoundDeps,
} from '../../src/app/rounds.ts';
import { verifyAuditChain } from '../../src/app/audit.ts';
import { cecSoftwareEngineerToronto, tefNclc7 } from '../fixtures/profiles.ts';
import type { RoundSpec } from '../../src/domain/rounds.ts';
import type { Profile, Program } from '../../src/domain/vocabulary.ts';
import { TestClock, newAccount, value } from './fixtures.ts';


interface PoolEntry {
  candidate: Actor;
  profileId: string;
  submittedAt: string;
}

/** A candidate with a profile in the pool (stored score and programs; the data is a complete CEC profile). */
async function poolProfile(
  db: Kysely<Database>,
  month: string,
  score: number,
  submittedAt: string,
  programs: Program[] = ['cec', 'fsw'],
  data: Profile = cecSoftwareEngineerToronto,
): Promise<PoolEntry> {
  const candidate = await newAccount(db);
  const row = await db
    .insertInto('profile')
    .values({
      candidate_id: candidate.actorId,
      status: 'submitted',
      data: json(data),
      submitted_at: submittedAt,
      expires_at: `${month}-20T00:00:00.000Z`,
      score_total: score,
      eligible_programs: programs,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { candidate, profileId: row.id, submittedAt: new Date(submittedAt).toISOString() };
}

const statusOf = async (db: Kysely<Database>, id: string) =>
  (await db.selectFrom('profile').select(['status', 'submitted_at', 'expires_at', 'version']).where('id', '=', id).executeTakeFirstOrThrow());

const count = async (db: Kysely<Database>, table: 'ita' | 'message' | 'email_outbox' | 'audit_event') =>
  Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describeOnDatabases('rounds of invitations', (getDb) => {
  const setup = async (month: string) => {
    const db = getDb();
    const clock = new TestClock(`${month}-10T12:00:00Z`);
    const deps: RoundDeps = { uow: kyselyUnitOfWork(db), clock };
    const officer = await newAccount(db, 'officer');
    const approver = await newAccount(db, 'round_approver');
    const spec = (extra: Partial<RoundSpec> = {}): RoundSpec => ({ type: 'general', size: 2, instant: `${month}-10T12:00:00Z`, ...extra });
    /** Draft, simulate and approve. */
    const approved = async (s: RoundSpec) => {
      const round = value(await draftRound(deps, officer, s));
      value(await simulateRound(deps, officer, round.id));
      return value(await approveRound(deps, approver, round.id));
    };
    return { db, clock, deps, officer, approver, spec, approved };
  };

  it('drafts only as an officer, with a valid spec; numbers rounds in order', async () => {
    const { deps, officer, approver, spec } = await setup('2025-01');
    expect(await draftRound(deps, approver, spec())).toEqual({ ok: false, error: { code: 'forbidden' } });
    const bad = await draftRound(deps, officer, spec({ size: 0 }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatchObject({ code: 'validation_failed', issues: [{ code: 'size_invalid', field: 'size' }] });
    const a = value(await draftRound(deps, officer, spec()));
    const b = value(await draftRound(deps, officer, spec()));
    expect(a.status).toBe('draft');
    expect(b.number).toBe(a.number + 1);
    expect(a.draftedBy).toBe(officer.actorId);
  });

  it('simulates without touching profiles, ITAs or messages, and deterministically', async () => {
    const { db, deps, officer, spec } = await setup('2025-02');
    const p1 = await poolProfile(db, '2025-02', 500, '2025-02-01T10:00:00Z');
    const p2 = await poolProfile(db, '2025-02', 480, '2025-02-01T09:00:00Z');
    await poolProfile(db, '2025-02', 470, '2025-02-01T08:00:00Z');
    // Submitted after the instant: not in the pool.
    await poolProfile(db, '2025-02', 900, '2025-02-10T12:00:01Z');
    const round = value(await draftRound(deps, officer, spec()));
    const before = { p1: await statusOf(db, p1.profileId), ita: await count(db, 'ita'), message: await count(db, 'message') };
    const first = value(await simulateRound(deps, officer, round.id));
    const second = value(await simulateRound(deps, officer, round.id));
    expect(first.outcome.invited.map((i) => i.profileId)).toEqual([p1.profileId, p2.profileId]);
    expect(second.outcome).toEqual(first.outcome);
    expect(first.outcome).toMatchObject({ cutoff: 480, tieBreak: p2.submittedAt, invitedCount: 2, poolSize: 3, eligibleCount: 3 });
    expect(first.outcome.counts.byProgram).toEqual({ pnp: 0, cec: 2, fsw: 0, fst: 0 });
    expect(first.outcome.counts.byProvince).toEqual({ ON: 2 });
    expect(first.round.status).toBe('simulated');
    // The round keeps the figures, not the names (the simulation answers them).
    const { invited: _names, ...figures } = first.outcome;
    expect(first.round.result).toEqual(figures);
    expect((await db.selectFrom('round').select('result').where('id', '=', round.id).executeTakeFirstOrThrow()).result).not.toHaveProperty('invited');
    expect(await statusOf(db, p1.profileId)).toEqual(before.p1);
    expect(await count(db, 'ita')).toBe(before.ita);
    expect(await count(db, 'message')).toBe(before.message);
  });

  it('breaks a tie at the cut-off by the submission stamp and explains it', async () => {
    const { db, deps, officer, approver, spec, approved } = await setup('2025-03');
    const late = await poolProfile(db, '2025-03', 450, '2025-03-01T12:00:00Z');
    const early = await poolProfile(db, '2025-03', 450, '2025-03-01T08:00:00Z');
    const middle = await poolProfile(db, '2025-03', 450, '2025-03-01T10:00:00Z');
    const low = await poolProfile(db, '2025-03', 449, '2025-03-01T01:00:00Z');
    const round = await approved(spec());
    const executed = value(await executeRound(deps, approver, round.id));
    expect(executed.itas.map((i) => i.profileId)).toEqual([early.profileId, middle.profileId]);
    expect(executed.round).toMatchObject({ status: 'executed', cutoff: 450, tieBreak: middle.submittedAt });
    expect(executed.round.result).toMatchObject({ invitedCount: 2, cutoff: 450 });
    expect(executed.round.result).not.toHaveProperty('invited'); // who was invited is in the ita table
    const why = value(await whyNotInvited(deps, late.candidate, executed.round.number));
    expect(why).toMatchObject({ invited: false, score: 450, cutoff: 450, reasons: [{ code: 'tie_break_later' }] });
    expect(value(await whyNotInvited(deps, low.candidate, executed.round.number)).reasons).toEqual([{ code: 'below_cutoff', params: { score: 449, cutoff: 450 } }]);
    expect(value(await whyNotInvited(deps, early.candidate, executed.round.number))).toMatchObject({ invited: true, reasons: [] });
    // Staff may ask for anyone; a candidate only for themself.
    expect(value(await whyNotInvited(deps, officer, executed.round.number, low.candidate.actorId)).reasons[0]!.code).toBe('below_cutoff');
    expect((await whyNotInvited(deps, low.candidate, executed.round.number, late.candidate.actorId)).ok).toBe(false);
  });

  it('keeps duties apart: the officer drafts, a round approver approves a simulated round and executes', async () => {
    const { db, deps, officer, approver, spec } = await setup('2025-04');
    const round = value(await draftRound(deps, officer, spec()));
    expect(await approveRound(deps, approver, round.id)).toEqual({ ok: false, error: { code: 'round_status_not_allowed', status: 'draft', action: 'approve' } });
    value(await simulateRound(deps, officer, round.id));
    expect(await approveRound(deps, officer, round.id)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await executeRound(deps, approver, round.id)).toEqual({ ok: false, error: { code: 'round_status_not_allowed', status: 'simulated', action: 'execute' } });
    // A round approver who drafted (role changed since) may not approve their own round.
    await db.updateTable('account').set({ role: 'round_approver' }).where('id', '=', officer.actorId).execute();
    expect(await approveRound(deps, { ...officer, role: 'round_approver' }, round.id)).toEqual({ ok: false, error: { code: 'forbidden', reason: 'separation_of_duties' } });
    // And the database refuses it too.
    await expect(sql`update round set approved_by = drafted_by where id = ${round.id}`.execute(db)).rejects.toThrow(/round_separation_ck/);
    expect(value(await approveRound(deps, approver, round.id))).toMatchObject({ status: 'approved', approvedBy: approver.actorId });
  });

  it('executes once: a second execution answers the same ITAs and changes nothing', async () => {
    const { db, clock, deps, approver, spec, approved } = await setup('2025-05');
    const a = await poolProfile(db, '2025-05', 520, '2025-05-01T10:00:00Z');
    const b = await poolProfile(db, '2025-05', 510, '2025-05-01T10:00:00Z');
    const round = await approved(spec());
    clock.set('2025-05-11T09:00:00Z');
    const first = value(await executeRound(deps, approver, round.id));
    const counts = { ita: await count(db, 'ita'), message: await count(db, 'message'), audit: await count(db, 'audit_event') };
    const second = value(await executeRound(deps, approver, round.id));
    expect(first.alreadyExecuted).toBe(false);
    expect(second.alreadyExecuted).toBe(true);
    expect(second.itas).toEqual(first.itas);
    expect({ ita: await count(db, 'ita'), message: await count(db, 'message'), audit: await count(db, 'audit_event') }).toEqual(counts);
    expect(first.itas[0]).toMatchObject({ profileId: a.profileId, program: 'cec', score: 520, status: 'issued', deadline: '2025-07-10' });
    for (const p of [a, b]) expect((await statusOf(db, p.profileId)).status).toBe('invited');
    const inbox = await db.selectFrom('message').select(['kind', 'params']).where('account_id', '=', a.candidate.actorId).execute();
    expect(inbox).toEqual([{ kind: 'ita_issued', params: { round: round.number, program: 'cec', score: 520, deadline: '2025-07-10' } }]);
    expect(value(await listMyItas(deps, a.candidate)).map((i) => i.id)).toEqual([first.itas[0]!.id]);
    expect((await verifyAuditChain({ audit: auditRepository(db) })).ok).toBe(true);
  });

  it('declines back into the pool with the same stamp and expiry; accepts to applied; expires the rest', async () => {
    const { db, clock, deps, approver, spec, approved } = await setup('2025-06');
    const decliner = await poolProfile(db, '2025-06', 530, '2025-06-01T10:00:00Z');
    const accepter = await poolProfile(db, '2025-06', 520, '2025-06-01T10:00:00Z');
    const silent = await poolProfile(db, '2025-06', 510, '2025-06-01T10:00:00Z');
    const round = await approved(spec({ size: 3 }));
    const { itas } = value(await executeRound(deps, approver, round.id));
    const itaOf = (p: PoolEntry) => itas.find((i) => i.profileId === p.profileId)!;
    const before = await statusOf(db, decliner.profileId);

    // Another candidate's ITA is not found; a non-candidate is forbidden.
    expect(await declineIta(deps, accepter.candidate, itaOf(decliner).id)).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(await declineIta(deps, approver, itaOf(decliner).id)).toEqual({ ok: false, error: { code: 'forbidden' } });

    const declined = value(await declineIta(deps, decliner.candidate, itaOf(decliner).id));
    expect(declined.ita).toMatchObject({ status: 'declined' });
    const after = await statusOf(db, decliner.profileId);
    expect(after.status).toBe('submitted');
    expect(after.submitted_at).toEqual(before.submitted_at);
    expect(after.expires_at).toEqual(before.expires_at);
    expect(await acceptIta(deps, decliner.candidate, itaOf(decliner).id)).toEqual({ ok: false, error: { code: 'ita_already_answered', status: 'declined' } });

    expect(value(await acceptIta(deps, accepter.candidate, itaOf(accepter).id)).profile.status).toBe('applied');

    // The deadline day itself still counts; the sweep expires the day after. (The sweep is global: ITAs of the
    // suite's earlier months expire too, hence the counts measured on this candidate's ITA.)
    const itaStatus = async () => (await db.selectFrom('ita').select('status').where('id', '=', itaOf(silent).id).executeTakeFirstOrThrow()).status;
    clock.set(`${itaOf(silent).deadline}T23:00:00Z`);
    await expireItas(deps);
    expect(await itaStatus()).toBe('issued');
    expect((await statusOf(db, silent.profileId)).status).toBe('invited');
    clock.set('2025-08-10T00:00:01Z');
    expect(await acceptIta(deps, silent.candidate, itaOf(silent).id)).toEqual({ ok: false, error: { code: 'ita_deadline_passed', deadline: itaOf(silent).deadline } });
    expect(await expireItas(deps)).toBeGreaterThanOrEqual(1);
    expect(await itaStatus()).toBe('expired');
    expect(await expireItas(deps)).toBe(0);
    expect((await statusOf(db, silent.profileId)).status).toBe('ita_expired');
    expect((await statusOf(db, accepter.profileId)).status).toBe('applied');
    const kinds = await db.selectFrom('message').select('kind').where('account_id', '=', silent.candidate.actorId).orderBy('created_at').execute();
    expect(kinds.map((k) => k.kind)).toEqual(['ita_issued', 'ita_expired']);
  });

  it('publishes a report; the public sees published rounds only', async () => {
    const { db, deps, officer, approver, spec, approved } = await setup('2025-07');
    await poolProfile(db, '2025-07', 600, '2025-07-01T10:00:00Z');
    await poolProfile(db, '2025-07', 300, '2025-07-01T10:00:00Z');
    const round = await approved(spec({ size: 1 }));
    expect(await publishRound(deps, officer, round.id)).toEqual({ ok: false, error: { code: 'round_status_not_allowed', status: 'approved', action: 'publish' } });
    value(await executeRound(deps, approver, round.id));
    expect(await getRound(deps, null, round.number)).toEqual({ ok: false, error: { code: 'not_found' } });
    const published = value(await publishRound(deps, officer, round.id));
    expect(published.report).toMatchObject({ number: round.number, date: '2025-07-10', size: 1, cutoff: 600, type: 'general' });
    const total = published.report!.distribution.find((b) => b.band === 'total')!;
    expect(total.count).toBe(2);
    expect(value(await publishRound(deps, officer, round.id))).toEqual(published);
    const pub = value(await getRound(deps, null, round.number));
    expect(pub.itas).toEqual([]);
    expect(value(await listRounds(deps, null, { limit: 100 })).every((r) => r.status === 'published')).toBe(true);
    expect(value(await getRound(deps, officer, round.number)).itas).toHaveLength(1);
  });

  it('filters by program, nomination and category, and names the ITA’s program accordingly', async () => {
    const { db, deps, approver, spec, approved } = await setup('2025-09');
    const fswOnly = await poolProfile(db, '2025-09', 700, '2025-09-01T10:00:00Z', ['fsw']);
    const nominee = await poolProfile(db, '2025-09', 690, '2025-09-01T10:00:00Z', ['cec'], {
      ...cecSoftwareEngineerToronto,
      provincialNomination: { province: 'ON', nominatedOn: '2025-09-02' },
    });
    const francophone = await poolProfile(db, '2025-09', 400, '2025-09-01T10:00:00Z', ['cec'], {
      ...cecSoftwareEngineerToronto,
      languageTests: [...cecSoftwareEngineerToronto.languageTests, tefNclc7('2025-01-15')],
    });
    const lateNominee = await poolProfile(db, '2025-09', 680, '2025-09-01T10:00:00Z', ['cec'], {
      ...cecSoftwareEngineerToronto,
      provincialNomination: { province: 'ON', nominatedOn: '2025-09-11' },
    });
    const ids = (itas: { profileId: string }[]) => itas.map((i) => i.profileId);

    const cec = value(await executeRound(deps, approver, (await approved(spec({ type: 'program', program: 'cec', size: 10 }))).id));
    expect(ids(cec.itas)).toEqual([nominee.profileId, lateNominee.profileId, francophone.profileId]);
    expect(cec.itas.every((i) => i.program === 'cec')).toBe(true);
    expect(ids(cec.itas)).not.toContain(fswOnly.profileId);
    // Everyone CEC-eligible is now invited; the FSW-only candidate remains for a general round, under FSW.
    const general = value(await executeRound(deps, approver, (await approved(spec({ size: 10 }))).id));
    expect(general.itas.map((i) => [i.profileId, i.program])).toEqual([[fswOnly.profileId, 'fsw']]);
  });

  it('invites a nominee under the PNP in a general round, and only francophones in the French category round', async () => {
    const { db, deps, approver, spec, approved } = await setup('2025-10');
    const nominee = await poolProfile(db, '2025-10', 690, '2025-10-01T10:00:00Z', ['cec'], {
      ...cecSoftwareEngineerToronto,
      provincialNomination: { province: 'ON', nominatedOn: '2025-10-02' },
    });
    const francophone = await poolProfile(db, '2025-10', 400, '2025-10-01T10:00:00Z', ['cec'], {
      ...cecSoftwareEngineerToronto,
      languageTests: [...cecSoftwareEngineerToronto.languageTests, tefNclc7('2025-01-15')],
    });
    const other = await poolProfile(db, '2025-10', 500, '2025-10-01T10:00:00Z', ['cec']);
    // Nominated after the round's instant: not a nominee for it (a PNP round passes them over).
    const lateNominee = await poolProfile(db, '2025-10', 695, '2025-10-01T10:00:00Z', ['cec'], {
      ...cecSoftwareEngineerToronto,
      provincialNomination: { province: 'ON', nominatedOn: '2025-10-11' },
    });
    const pnp = value(await executeRound(deps, approver, (await approved(spec({ type: 'program', program: 'pnp', size: 1 }))).id));
    expect(pnp.itas.map((i) => [i.profileId, i.program])).toEqual([[nominee.profileId, 'pnp']]);
    expect(value(await declineIta(deps, nominee.candidate, pnp.itas[0]!.id)).profile.status).toBe('submitted');
    const french = value(await executeRound(deps, approver, (await approved(spec({ type: 'category', category: 'french', size: 10 }))).id));
    expect(french.itas.map((i) => [i.profileId, i.program])).toEqual([[francophone.profileId, 'cec']]);
    const why = value(await whyNotInvited(deps, other.candidate, french.round.number));
    expect(why.reasons.map((r) => r.code)).toContain('not_in_category');
    // General round: the late nominee (695) is invited under CEC, the nominee (690) under the PNP.
    const general = value(await executeRound(deps, approver, (await approved(spec({ size: 2 }))).id));
    expect(general.itas.map((i) => [i.profileId, i.program])).toEqual([
      [lateNominee.profileId, 'cec'],
      [nominee.profileId, 'pnp'],
    ]);
  });

  it('turns a profile changed during execution into a conflict, storing nothing (run it again)', async () => {
    const { db, deps, approver, spec, approved } = await setup('2025-11');
    const p = await poolProfile(db, '2025-11', 560, '2025-11-01T10:00:00Z');
    const round = await approved(spec());
    // The pool as read by the execution is one version behind: someone updated the profile meanwhile.
    const real = kyselyUnitOfWork(db);
    const racing: RoundDeps = {
      ...deps,
      uow: {
        ...real,
        transaction: (fn) =>
          real.transaction((r) =>
            fn({
              ...r,
              rounds: {
                ...r.rounds,
                selectPool: async (q) => {
                  const s = await r.rounds.selectPool(q);
                  return { ...s, ranked: s.ranked.map((x) => ({ ...x, version: x.version - 1 })) };
                },
              },
            }),
          ),
      },
    };
    const itas = await count(db, 'ita');
    expect(await executeRound(racing, approver, round.id)).toEqual({ ok: false, error: { code: 'conflict', reason: 'stale_version' } });
    expect(await count(db, 'ita')).toBe(itas);
    expect((await statusOf(db, p.profileId)).status).toBe('submitted');
    expect((await db.selectFrom('round').select('status').where('id', '=', round.id).executeTakeFirstOrThrow()).status).toBe('approved');
    expect(value(await executeRound(deps, approver, round.id)).itas.map((i) => i.profileId)).toEqual([p.profileId]);
  });

  const DATA = testDataDir('rounds.test');
  const FEED = DATA ? path.join(DATA, 'express_entry/ee_rounds_123_en.json') : null;
  it.skipIf(!FEED || !existsSync(FEED))('imports IRCC’s feed, twice without duplicates', async () => {
    const { deps, officer } = await setup('2025-08');
    const json: unknown = JSON.parse(readFileSync(FEED!, 'utf8'));
    const first = value(await importIrccRounds(deps, officer, json));
    expect(first.imported).toBeGreaterThan(300);
    value(await importIrccRounds(deps, officer, json));
    const rounds = await listIrccRounds(deps);
    expect(rounds).toHaveLength(first.imported);
    expect(rounds[0]!.instant >= rounds[rounds.length - 1]!.instant).toBe(true);
    expect((await importIrccRounds(deps, officer, { rounds: 'x' })).ok).toBe(false);
    const candidate = await newAccount(getDb());
    expect(await importIrccRounds(deps, candidate, json)).toEqual({ ok: false, error: { code: 'forbidden' } });
  });
});
