// The application shell (migration 0007) on both databases: one per ITA (application_ita_uq → a conflict), the
// candidate's list newest first, the ITA's deadline as the day to submit by, and the status vocabulary enforced.
import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeOnDatabases } from './databases.ts';
import { newAccount } from './fixtures.ts';
import { json } from '../../src/db/sql.ts';
import { kyselyUnitOfWork } from '../../src/db/unit-of-work.ts';
import { StoreConflict } from '../../src/app/ports/unit-of-work.ts';
import { listMyApplications } from '../../src/app/applications.ts';
import { cecSoftwareEngineerToronto } from '../fixtures/profiles.ts';

describeOnDatabases('applications', (getDb) => {
  /** A candidate with a profile and two ITAs (two rounds), written straight into the tables. */
  const setup = async () => {
    const db = getDb();
    const officer = await newAccount(db, 'officer');
    const candidate = await newAccount(db, 'candidate');
    const profile = await db
      .insertInto('profile')
      .values({ candidate_id: candidate.actorId, status: 'applied', data: json(cecSoftwareEngineerToronto), submitted_at: '2025-01-01T00:00:00Z', expires_at: '2026-01-01T00:00:00Z', score_total: 500, eligible_programs: ['cec'] })
      .returning('id')
      .executeTakeFirstOrThrow();
    const uow = kyselyUnitOfWork(db);
    const itas = await uow.transaction(async (r) => {
      const out = [];
      for (const at of ['2025-02-01T12:00:00.000Z', '2025-03-01T12:00:00.000Z']) {
        const round = await r.rounds.insertDraft({ spec: { type: 'general', size: 1, instant: at }, instant: at, draftedBy: officer.actorId, at });
        out.push(...(await r.itas.insertMany([{ roundId: round.id, profileId: profile.id, candidateId: candidate.actorId, program: 'cec', score: 500, issuedAt: at, deadline: `${at.slice(0, 7)}-28` }])));
      }
      return out;
    });
    return { db, uow, candidate, profileId: profile.id, itas };
  };

  it('creates one shell per ITA, in progress until the ITA’s deadline, and lists the candidate’s newest first', async () => {
    const { uow, candidate, profileId, itas } = await setup();
    const base = { candidateId: candidate.actorId, profileId, program: 'cec' as const };
    const first = await uow.transaction((r) => r.applications.insert({ ...base, itaId: itas[0]!.id, submitBy: itas[0]!.deadline, at: '2025-02-02T00:00:00.000Z' }));
    expect(first).toMatchObject({ status: 'in_progress', submitBy: '2025-02-28', itaId: itas[0]!.id, createdAt: '2025-02-02T00:00:00.000Z' });
    await expect(uow.transaction((r) => r.applications.insert({ ...base, itaId: itas[0]!.id, submitBy: itas[0]!.deadline, at: '2025-02-03T00:00:00.000Z' }))).rejects.toThrow(StoreConflict);
    const second = await uow.transaction((r) => r.applications.insert({ ...base, itaId: itas[1]!.id, submitBy: itas[1]!.deadline, at: '2025-03-02T00:00:00.000Z' }));
    expect(await uow.read((r) => r.applications.byId(first.id))).toEqual(first);

    const mine = await listMyApplications({ uow }, candidate);
    expect(mine).toEqual({ ok: true, value: [second, first] });
    const someoneElse = await newAccount(getDb(), 'candidate');
    expect(await listMyApplications({ uow }, someoneElse)).toEqual({ ok: true, value: [] });
    expect(await listMyApplications({ uow }, { actorId: someoneElse.actorId, role: 'officer', onBehalfOf: null })).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await listMyApplications({ uow }, { actorId: someoneElse.actorId, role: 'representative', onBehalfOf: candidate.actorId })).toEqual({ ok: true, value: [second, first] });
  });

  it('refuses a status outside the lifecycle and a program outside the four', async () => {
    const { db, uow, candidate, profileId, itas } = await setup();
    const app = await uow.transaction((r) => r.applications.insert({ candidateId: candidate.actorId, profileId, itaId: itas[0]!.id, program: 'cec', submitBy: itas[0]!.deadline, at: '2025-02-02T00:00:00.000Z' }));
    await expect(sql`update application set status = 'lost' where id = ${app.id}`.execute(db)).rejects.toThrow();
    await expect(sql`update application set program = 'xyz' where id = ${app.id}`.execute(db)).rejects.toThrow();
    await sql`update application set status = 'submitted' where id = ${app.id}`.execute(db);
  });
});
