// Rounds of invitations, ITAs and applications over HTTP (issue #4), on PGlite (and PostgreSQL when TEST_DATABASE_URL
// is set): draft → simulate → approve by another account → execute (twice) → publish → public report, JSON and CSV;
// the candidate sees the ITA and accepts it (application shell), another declines (back in the pool); why-not-invited;
// separation of duties; wrong status 409 worded in French and English; bad specs 422 with nothing stored; deadlines;
// the ranked pool with its cursor; IRCC's history.
// Sessions are faked over real account rows; the pool is written straight into the profile table.
// The tests of this file run in order and build on each other's rounds (one database per suite).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { importIrccRounds } from '../../src/app/rounds.ts';
import type { Actor } from '../../src/app/ports/audit.ts';
import type { Role } from '../../src/domain/accounts.ts';
import { addDays } from '../../src/domain/dates.ts';
import { json } from '../../src/db/sql.ts';
import type { Database } from '../../src/db/schema.ts';
import { kyselyUnitOfWork } from '../../src/db/unit-of-work.ts';
import { createHttpApp, type HttpApp } from '../../src/http/app.ts';
import { describeOnDatabases } from '../db/databases.ts';
import { newAccount, TestClock } from '../db/fixtures.ts';
import { testDataDir } from '../data-dir.ts';
import { cecSoftwareEngineerToronto } from '../fixtures/profiles.ts';
import { baseDeps, call, fakeSessions, principalFor, type Call } from './harness.ts';

const NOW = '2025-06-01T12:00:00.000Z';
const INSTANT = '2025-06-01T10:00:00Z';

interface Who {
  actor: Actor;
  call(path: string, c?: Call): ReturnType<typeof call>;
}

describeOnDatabases('HTTP rounds, ITAs and applications', (getDb) => {
  let app: HttpApp;
  let db: Kysely<Database>;
  const clock = new TestClock(NOW);
  const sessions = fakeSessions();
  let officer: Who;
  let approver: Who;
  let auditor: Who;
  /** Pool candidates, best first: scores 520, 500, 480, 460. */
  let pool: { who: Who; profileId: string }[];

  /** A session over an account row; `as` gives the same account another role (a role changed by an admin). */
  function sessionFor(actor: Actor, role: Role = actor.role, lang: 'fr' | 'en' = 'en'): Who {
    const token = sessions.add(principalFor(role, { accountId: actor.actorId, csrfToken: `csrf-${actor.actorId}` }), `token-${actor.actorId}-${role}`);
    return { actor, call: (p, c = {}) => call(app, p, { session: token, csrf: `csrf-${actor.actorId}`, lang, ...c }) };
  }

  async function account(role: Role): Promise<Who> {
    return sessionFor(await newAccount(db, role), role);
  }

  async function poolProfile(score: number, submittedAt: string): Promise<{ who: Who; profileId: string }> {
    const who = await account('candidate');
    const row = await db
      .insertInto('profile')
      .values({
        candidate_id: who.actor.actorId,
        status: 'submitted',
        data: json(cecSoftwareEngineerToronto),
        submitted_at: submittedAt,
        expires_at: '2026-05-01T00:00:00Z',
        score_total: score,
        eligible_programs: ['cec', 'fsw'],
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { who, profileId: row.id };
  }

  const roundCount = async () => (await db.selectFrom('round').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const profileStatus = async (id: string) => (await db.selectFrom('profile').select(['status', 'submitted_at', 'expires_at']).where('id', '=', id).executeTakeFirstOrThrow());

  beforeAll(async () => {
    db = getDb();
    app = createHttpApp(baseDeps({ uow: kyselyUnitOfWork(db), clock, sessions }));
    officer = await account('officer');
    approver = await account('round_approver');
    auditor = await account('auditor');
    pool = [];
    for (const [i, score] of [520, 500, 480, 460].entries()) pool.push(await poolProfile(score, `2025-05-0${i + 1}T08:00:00Z`));
  });

  it('refuses a bad specification with field errors in French and English, and stores nothing', async () => {
    const before = await roundCount();
    const semantic = await officer.call('/api/officer/rounds', { body: { type: 'program', instant: '2025-06-01 10:00', size: 0 } });
    expect(semantic.status).toBe(422);
    expect(semantic.body.code).toBe('validation_failed');
    expect(semantic.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'instant', expected: 'instant_invalid', message: expect.stringContaining('UTC') }),
        expect.objectContaining({ field: 'program', expected: 'program_required', message: 'A program round needs a program: pnp, cec, fsw or fst.' }),
        expect.objectContaining({ field: 'size', expected: 'size_invalid' }),
      ]),
    );
    const fr = await officer.call('/api/officer/rounds', { body: { type: 'category', category: 'french', instant: '2020-01-01T00:00:00Z', size: 10 }, lang: 'fr' });
    expect(fr.status).toBe(422);
    expect(fr.body.errors.map((e: { field: string }) => e.field)).toEqual(['type', 'category']);
    expect(fr.body.errors[0].message).toBe('Il n’y avait pas de rondes par catégorie le 2020-01-01.');

    const shape = await officer.call('/api/officer/rounds', { body: { type: 'weekly', instant: INSTANT, size: '5', colour: 'blue' } });
    expect(shape.status).toBe(422);
    expect(shape.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['colour', 'size', 'type']);
    expect((await officer.call('/api/officer/rounds', { raw: '{"type":' })).status).toBe(400);
    expect(await roundCount()).toBe(before);
  });

  let number: number;

  it('runs a round: draft, simulate, approve by another account, execute once, publish, then public', async () => {
    const drafted = await officer.call('/api/officer/rounds', { body: { type: 'general', size: 2, instant: INSTANT } });
    expect(drafted.status).toBe(201);
    number = drafted.body.number;
    expect(drafted.headers.get('location')).toBe(`/api/officer/rounds/${number}`);
    expect(drafted.body).toMatchObject({ status: 'draft', statusText: 'draft', spec: { type: 'general', size: 2 }, name: { en: 'No Program Specified' }, result: null, report: null });

    // Wrong status: approving a draft → 409, worded in both languages.
    const early = await approver.call(`/api/officer/rounds/${number}/approve`, { method: 'POST' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('round_status_not_allowed');
    expect(early.body.detail).toBe('A round with status “draft” cannot be approved (draft → simulated → approved → executed → published).');
    const earlyFr = await approver.call(`/api/officer/rounds/${number}/approve`, { method: 'POST', lang: 'fr' });
    expect(earlyFr.body.detail).toBe('Une ronde au statut « ébauche » ne peut pas être approuvée (ébauche → simulée → approuvée → exécutée → publiée).');

    const simulated = await officer.call(`/api/officer/rounds/${number}/simulate`, { method: 'POST' });
    expect(simulated.status).toBe(200);
    expect(simulated.body.round.status).toBe('simulated');
    expect(simulated.body.outcome).toMatchObject({ cutoff: 500, invitedCount: 2, poolSize: 4, eligibleCount: 4 });
    expect(simulated.body.outcome.invited.map((i: { profileId: string }) => i.profileId)).toEqual([pool[0]!.profileId, pool[1]!.profileId]);
    expect(simulated.body.round.result.invited).toBeUndefined(); // the round view carries the summary, not the names
    expect((await pool[0]!.who.call('/api/itas')).body.itas).toEqual([]); // no side effect

    // Separation of duties: the drafting officer, now a round approver, still cannot approve their own round.
    const sameAccount = sessionFor(officer.actor, 'round_approver');
    const own = await sameAccount.call(`/api/officer/rounds/${number}/approve`, { method: 'POST' });
    expect(own.status).toBe(403);
    expect(own.body).toMatchObject({ code: 'forbidden', detail: expect.stringContaining('Separation of duties') });
    expect((await officer.call(`/api/officer/rounds/${number}/approve`, { method: 'POST' })).status).toBe(403); // officer role

    const approved = await approver.call(`/api/officer/rounds/${number}/approve`, { method: 'POST' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: approver.actor.actorId });

    expect((await call(app, `/api/rounds/${number}`)).status).toBe(404);
    const executed = await approver.call(`/api/officer/rounds/${number}/execute`, { method: 'POST' });
    expect(executed.status).toBe(200);
    expect(executed.body).toMatchObject({ itaCount: 2, alreadyExecuted: false, round: { status: 'executed', cutoff: 500 } });
    const again = await approver.call(`/api/officer/rounds/${number}/execute`, { method: 'POST' });
    expect(again.body).toMatchObject({ itaCount: 2, alreadyExecuted: true });
    expect(Number((await db.selectFrom('ita').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(2);

    const detail = await auditor.call(`/api/officer/rounds/${number}`);
    expect(detail.status).toBe(200);
    expect(detail.body.itas.map((i: { profileId: string; roundNumber: number }) => [i.profileId, i.roundNumber])).toEqual([
      [pool[0]!.profileId, number],
      [pool[1]!.profileId, number],
    ]);
    expect((await call(app, `/api/rounds/${number}`)).status).toBe(404); // executed, not yet published

    const published = await officer.call(`/api/officer/rounds/${number}/publish`, { method: 'POST' });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', report: { drawNumber: String(number), drawCRS: '500', drawSize: '2', cutoff: 500, size: 2 } });

    const report = await call(app, `/api/rounds/${number}`);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ number, drawNumber: String(number), drawName: 'No Program Specified', type: 'general', cutoff: 500, tieBreak: '2025-05-02T08:00:00.000Z', dd18: '4' });
    const list = await call(app, '/api/rounds?limit=10');
    expect(list.body.rounds.map((r: { number: number }) => r.number)).toEqual([number]);
    const csv = await call(app, '/api/rounds.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = String(csv.body).trim().split('\n');
    expect(lines[0]).toMatch(/^round_number,date,round_datetime_utc,round_type/);
    expect(lines[1]).toMatch(new RegExp(`^${number},2025-06-01,`));
    expect((await call(app, '/api/rounds/abc')).status).toBe(404);
    expect((await call(app, '/api/rounds/99999')).status).toBe(404);

    const staffList = await auditor.call('/api/officer/rounds');
    expect(staffList.body.rounds[0]).toMatchObject({ number, status: 'published' });
  });

  it('shows the candidate the ITA; accepting creates the application shell, once', async () => {
    const top = pool[0]!;
    const mine = await top.who.call('/api/itas');
    expect(mine.status).toBe(200);
    expect(mine.body.itas).toHaveLength(1);
    const ita = mine.body.itas[0];
    expect(ita).toMatchObject({ roundNumber: number, program: 'cec', score: 520, status: 'issued', issuedAt: NOW, deadline: addDays('2025-06-01', 60) });

    // Someone else's ITA is not found.
    const stranger = await pool[3]!.who.call(`/api/itas/${ita.id}/accept`, { method: 'POST' });
    expect(stranger.status).toBe(404);

    const accepted = await top.who.call(`/api/itas/${ita.id}/accept`, { method: 'POST' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.ita).toMatchObject({ status: 'accepted', statusText: 'accepted', roundNumber: number });
    expect(accepted.body.profile).toMatchObject({ id: top.profileId, status: 'applied' });
    expect(accepted.body.application).toMatchObject({ itaId: ita.id, profileId: top.profileId, program: 'cec', status: 'in_progress', submitBy: ita.deadline });

    const twice = await top.who.call(`/api/itas/${ita.id}/accept`, { method: 'POST', lang: 'fr' });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'ita_already_answered', detail: 'Cette invitation ne peut plus recevoir de réponse : elle est acceptée.' });
    expect((await top.who.call(`/api/itas/${ita.id}/decline`, { method: 'POST' })).body.code).toBe('ita_already_answered');

    const apps = await top.who.call('/api/applications');
    expect(apps.body.applications).toHaveLength(1);
    expect(apps.body.applications[0]).toMatchObject({ id: accepted.body.application.id, statusText: 'in progress' });
    expect((await pool[1]!.who.call('/api/applications')).body.applications).toEqual([]);
    const audit = await db.selectFrom('audit_event').select('action').where('entity_id', '=', accepted.body.application.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['application.create']);
  });

  it('sends a candidate who declines back to the pool with the same stamp and expiry', async () => {
    const second = pool[1]!;
    const before = await profileStatus(second.profileId);
    const ita = (await second.who.call('/api/itas')).body.itas[0];
    const declined = await second.who.call(`/api/itas/${ita.id}/decline`, { method: 'POST' });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ ita: { status: 'declined' }, profile: { status: 'submitted' } });
    expect(declined.body.application).toBeUndefined();
    const after = await profileStatus(second.profileId);
    expect(after).toEqual({ ...before, status: 'submitted' });
    expect((await second.who.call('/api/applications')).body.applications).toEqual([]);
  });

  it('tells a candidate why they were not invited, in their language; staff may ask for anyone', async () => {
    const third = pool[2]!;
    const why = await third.who.call(`/api/rounds/${number}/why-not-invited`);
    expect(why.status).toBe(200);
    expect(why.body).toMatchObject({ round: number, invited: false, score: 480, cutoff: 500 });
    expect(why.body.reasons).toEqual([{ code: 'below_cutoff', params: { score: 480, cutoff: 500 }, message: 'Your score (480) was below the lowest score invited (500).' }]);
    const fr = await third.who.call(`/api/rounds/${number}/why-not-invited`, { lang: 'fr' });
    expect(fr.body.reasons[0].message).toBe('Votre note (480) était inférieure à la note la plus basse invitée (500).');

    const invited = await pool[0]!.who.call(`/api/rounds/${number}/why-not-invited`);
    expect(invited.body).toMatchObject({ invited: true, reasons: [] });

    const staff = await officer.call(`/api/officer/rounds/${number}/why-not-invited?candidateId=${third.who.actor.actorId}`);
    expect(staff.status).toBe(200);
    expect(staff.body.reasons[0].code).toBe('below_cutoff');
    const missing = await officer.call(`/api/officer/rounds/${number}/why-not-invited`);
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0].field).toBe('candidateId');
    expect((await officer.call(`/api/officer/rounds/99999/why-not-invited?candidateId=${third.who.actor.actorId}`)).status).toBe(404);
  });

  it('refuses an answer after the deadline (409, worded), before the sweep expires the ITA', async () => {
    const drafted = await officer.call('/api/officer/rounds', { body: { type: 'program', program: 'cec', size: 1, instant: '2025-06-01T11:00:00Z' } });
    const n = drafted.body.number as number;
    await officer.call(`/api/officer/rounds/${n}/simulate`, { method: 'POST' });
    await approver.call(`/api/officer/rounds/${n}/approve`, { method: 'POST' });
    const executed = await approver.call(`/api/officer/rounds/${n}/execute`, { method: 'POST' });
    expect(executed.body.itaCount).toBe(1);
    // The declined candidate (500) is back in the pool and first again.
    const ita = (await pool[1]!.who.call('/api/itas')).body.itas.find((i: { roundNumber: number }) => i.roundNumber === n);
    expect(ita).toMatchObject({ status: 'issued', score: 500 });
    try {
      clock.set(`${addDays(ita.deadline, 1)}T00:00:00Z`);
      const late = await pool[1]!.who.call(`/api/itas/${ita.id}/accept`, { method: 'POST' });
      expect(late.status).toBe(409);
      expect(late.body).toMatchObject({ code: 'ita_deadline_passed', detail: `The last day to answer this invitation was ${ita.deadline}.` });
    } finally {
      clock.set(NOW);
    }
    // Publishing a round not yet executed is refused; executing an executed round is not.
    const draft2 = await officer.call('/api/officer/rounds', { body: { type: 'general', minimumCrs: 600, instant: INSTANT } });
    const p = await officer.call(`/api/officer/rounds/${draft2.body.number}/publish`, { method: 'POST' });
    expect(p.status).toBe(409);
    expect(p.body.code).toBe('round_status_not_allowed');
  });

  it('lists the pool best first, one page at a time, with an opaque cursor', async () => {
    const first = await auditor.call('/api/officer/pool?limit=1');
    expect(first.status).toBe(200);
    const all = await auditor.call('/api/officer/pool?limit=200');
    expect(all.body.next).toBeNull();
    const scores = all.body.profiles.map((p: { scoreTotal: number }) => p.scoreTotal);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(all.body.profiles.length).toBeGreaterThan(1);
    expect(first.body.profiles).toEqual(all.body.profiles.slice(0, 1));
    expect(first.body.profiles[0]).toMatchObject({ intendedProvince: 'ON', eligiblePrograms: ['cec', 'fsw'] });
    expect(first.body.profiles[0].data).toBeUndefined(); // scores, not files
    expect(typeof first.body.next).toBe('string');
    const rest = await auditor.call(`/api/officer/pool?limit=200&after=${first.body.next}`);
    expect([...first.body.profiles, ...rest.body.profiles]).toEqual(all.body.profiles);
    const bad = await auditor.call('/api/officer/pool?after=not-a-cursor', { lang: 'fr' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ field: 'after', message: 'Attendu : le curseur donné comme `next` par la page précédente.' });
  });

  const DATA = testDataDir('http rounds');
  const FEED = DATA ? path.join(DATA, 'express_entry/ee_rounds_123_en.json') : null;
  it.skipIf(!FEED || !existsSync(FEED))('shows IRCC’s history, newest first', async () => {
    expect((await call(app, '/api/ircc-rounds')).body).toEqual({ rounds: [] });
    const admin = await newAccount(db, 'admin');
    const imported = await importIrccRounds({ uow: kyselyUnitOfWork(db), clock }, admin, JSON.parse(readFileSync(FEED!, 'utf8')));
    expect(imported.ok).toBe(true);
    const r = await call(app, '/api/ircc-rounds');
    expect(r.status).toBe(200);
    expect(r.body.rounds.length).toBeGreaterThan(300);
    const instants = r.body.rounds.map((x: { instant: string }) => x.instant);
    expect(instants).toEqual([...instants].sort().reverse());
  });
});
