// A profile update racing a round's execution, on PostgreSQL with real concurrent transactions (issue #4: "profile
// updates made meanwhile neither enter nor corrupt [the round], and are not lost"). The documented behaviour
// (src/app/rounds.ts executeRound, docs/decisions/0010):
//   - the update commits after the round read the pool and before it invites: the execution is a conflict
//     (stale_version), nothing of it is written, the update stays; executed again, the round invites on the new data;
//   - the round invites first: the update, which reads the profile FOR UPDATE, waits for the invited profile's row
//     until the round commits, then reads it invited and is refused (transition_not_allowed: an invited profile is not
//     updated); the profile stays invited with the data it was invited on. (An update that read the profile before
//     the round's UPDATE would fail its own versioned write with stale_version instead; the stress test allows both.)
// On PGlite (one connection, transactions one after the other) the same use cases run in sequence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { TEST_DATABASE_URL, openTestDatabase, type TestDatabase } from './databases.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { kyselyUnitOfWork } from '../../src/db/unit-of-work.ts';
import type { Database } from '../../src/db/schema.ts';
import type { Actor } from '../../src/app/ports/audit.ts';
import type { UnitOfWork } from '../../src/app/ports/unit-of-work.ts';
import { approveRound, draftRound, executeRound, simulateRound, type RoundDeps } from '../../src/app/rounds.ts';
import { saveDraft, submitProfile, updateProfile } from '../../src/app/profiles.ts';
import type { Profile } from '../../src/domain/vocabulary.ts';
import { cecSoftwareEngineerToronto, tefNclc7 } from '../fixtures/profiles.ts';
import { TestClock, newAccount, value } from './fixtures.ts';

const DAY = '2025-06-01';
/** The same candidate with a French result (NCLC 7): more CRS points. */
const withFrench: Profile = { ...cecSoftwareEngineerToronto, languageTests: [...cecSoftwareEngineerToronto.languageTests, tefNclc7('2025-01-15')] };

interface World {
  db: Kysely<Database>;
  deps: RoundDeps;
  officer: Actor;
  approver: Actor;
}

async function world(db: Kysely<Database>): Promise<World> {
  const clock = new TestClock(`${DAY}T10:00:00Z`);
  return { db, deps: { uow: kyselyUnitOfWork(db), clock }, officer: await newAccount(db, 'officer'), approver: await newAccount(db, 'round_approver') };
}

/** A candidate whose profile is in the pool (submitted through the use cases at 10:00). */
async function candidate(w: World, data: Profile = cecSoftwareEngineerToronto) {
  const actor = await newAccount(w.db);
  const draft = value(await saveDraft(w.deps, actor, { data }));
  const submitted = value(await submitProfile(w.deps, actor, { profileId: draft.id }));
  expect(submitted.status).toBe('submitted');
  return { actor, profileId: submitted.id, score: submitted.scoreTotal! };
}

/** A round of `size` at 11:00, drafted, simulated and approved. */
async function approvedRound(w: World, size: number) {
  const round = value(await draftRound(w.deps, w.officer, { type: 'general', size, instant: `${DAY}T11:00:00Z` }));
  value(await simulateRound(w.deps, w.officer, round.id));
  return value(await approveRound(w.deps, w.approver, round.id));
}

const profileRow = (db: Kysely<Database>, id: string) =>
  db.selectFrom('profile').select(['status', 'version', 'score_total', 'data']).where('id', '=', id).executeTakeFirstOrThrow();
const itasOf = (db: Kysely<Database>, roundId: string) => db.selectFrom('ita').select(['profile_id', 'score']).where('round_id', '=', roundId).execute();

/** A unit of work whose transactions run `hook` after the named round-repository call returns. */
function hooked(uow: UnitOfWork, method: 'selectPool' | 'invite', hook: () => Promise<void>): UnitOfWork {
  return {
    ...uow,
    transaction: (fn) =>
      uow.transaction((r) =>
        fn({
          ...r,
          rounds: {
            ...r.rounds,
            [method]: async (...args: unknown[]) => {
              const out = await (r.rounds[method] as (...a: unknown[]) => Promise<unknown>)(...args);
              await hook();
              return out;
            },
          },
        }),
      ),
  };
}

describe.runIf(TEST_DATABASE_URL)('a profile update racing a round execution [postgres, concurrent]', () => {
  let test: TestDatabase;
  /** A second pool of one connection on the same schema: the racing candidate's transactions, and its backend pid. */
  let other: DatabaseHandle;
  let otherPid = 0;
  beforeAll(async () => {
    test = await openTestDatabase('postgres');
    other = await openDatabase({ url: TEST_DATABASE_URL!, schema: test.schema!, poolSize: 1 });
    otherPid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(other.db)).rows[0]!.pid;
  }, 60_000);
  afterAll(async () => {
    await other?.close();
    await test?.close();
  });

  it('an update committed after the round read the pool turns the execution into a conflict; run again, it invites on the new data', async () => {
    const w = await world(test.db);
    const a = await candidate(w);
    const b = await candidate(w);
    const round = await approvedRound(w, 2);
    const otherDeps = { uow: kyselyUnitOfWork(other.db), clock: w.deps.clock };
    // Between the round's read and its writes, b adds a French result (more points) and commits on its own connection.
    let updated = 0;
    const racing = hooked(w.deps.uow, 'selectPool', async () => {
      updated = value(await updateProfile(otherDeps, b.actor, { profileId: b.profileId, data: withFrench })).scoreTotal!;
    });
    const first = await executeRound({ ...w.deps, uow: racing }, w.approver, round.id);
    expect(first).toEqual({ ok: false, error: { code: 'conflict', reason: 'stale_version' } });
    expect(updated).toBeGreaterThan(b.score);
    // Nothing of the execution was written; the update was not lost.
    expect(await itasOf(test.db, round.id)).toEqual([]);
    expect((await test.db.selectFrom('round').select('status').where('id', '=', round.id).executeTakeFirstOrThrow()).status).toBe('approved');
    expect(await profileRow(test.db, a.profileId)).toMatchObject({ status: 'submitted', version: 2 });
    const bRow = await profileRow(test.db, b.profileId);
    expect(bRow).toMatchObject({ status: 'submitted', score_total: updated });
    expect((bRow.data as Profile).languageTests).toHaveLength(2);
    // Run again: b now ranks first (higher score) and is invited with its new score, a after it.
    const again = value(await executeRound(w.deps, w.approver, round.id));
    expect(again.itas.map((i) => [i.profileId, i.score])).toEqual([
      [b.profileId, updated],
      [a.profileId, a.score],
    ]);
  });

  it('the round invites first: the update waits for the invited row, then is refused (invited); the profile stays invited as invited', async () => {
    const w = await world(test.db);
    const c = await candidate(w);
    const round = await approvedRound(w, 1);
    const otherDeps = { uow: kyselyUnitOfWork(other.db), clock: w.deps.clock };
    let racing: Promise<Awaited<ReturnType<typeof updateProfile>>> | undefined;
    const waits: string[] = [];
    const hook = hooked(w.deps.uow, 'invite', async () => {
      // The execution holds c's row (updated, not committed): the candidate's update starts on its own connection...
      racing = updateProfile(otherDeps, c.actor, { profileId: c.profileId, data: withFrench });
      // ...and is seen waiting for that row's lock before the execution goes on to commit.
      for (let i = 0; i < 200; i++) {
        const row = (await sql<{ wait: string | null }>`select wait_event_type as wait from pg_stat_activity where pid = ${otherPid}`.execute(test.db)).rows[0];
        if (row?.wait === 'Lock') {
          waits.push('Lock');
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    });
    const done = value(await executeRound({ ...w.deps, uow: hook }, w.approver, round.id));
    expect(waits).toEqual(['Lock']);
    expect(done.itas.map((i) => [i.profileId, i.score])).toEqual([[c.profileId, c.score]]);
    expect(await racing).toEqual({ ok: false, error: { code: 'transition_not_allowed', from: 'invited', action: 'update' } });
    const row = await profileRow(test.db, c.profileId);
    expect(row).toMatchObject({ status: 'invited', score_total: c.score });
    expect((row.data as Profile).languageTests).toHaveLength(1);
  });

  it('many updates racing an execution: each is applied or refused, never lost; the round invites each profile once at its stored score', async () => {
    const w = await world(test.db);
    const pool = [];
    for (let i = 0; i < 8; i++) pool.push(await candidate(w));
    const round = await approvedRound(w, 4);
    const otherDeps = { uow: kyselyUnitOfWork(other.db), clock: w.deps.clock };
    const execute = async () => {
      for (;;) {
        const r = await executeRound(w.deps, w.approver, round.id);
        if (r.ok) return r.value;
        expect(r.error).toEqual({ code: 'conflict', reason: 'stale_version' });
      }
    };
    const [done, ...updates] = await Promise.all([execute(), ...pool.map((p) => updateProfile(otherDeps, p.actor, { profileId: p.profileId, data: withFrench }))]);
    const itas = await itasOf(test.db, round.id);
    expect(itas).toHaveLength(4);
    expect(new Set(itas.map((i) => i.profile_id)).size).toBe(4);
    expect(done.itas).toHaveLength(4);
    for (const [i, p] of pool.entries()) {
      const row = await profileRow(test.db, p.profileId);
      const u = updates[i]!;
      if (u.ok) expect((row.data as Profile).languageTests).toHaveLength(2); // applied, kept
      else {
        expect(['conflict', 'transition_not_allowed']).toContain(u.error.code);
        expect(row.status).toBe('invited'); // refused only because the round had invited it
        expect((row.data as Profile).languageTests).toHaveLength(1);
      }
      const ita = itas.find((t) => t.profile_id === p.profileId);
      if (ita) expect(ita.score).toBe(row.score_total);
      expect(row.status).toBe(ita ? 'invited' : 'submitted');
    }
  });
});

describe('a profile update and a round execution in sequence [pglite]', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase('pglite');
  }, 60_000);
  afterAll(async () => {
    await test?.close();
  });

  it('an update before the execution enters the round; one after it is refused by the lifecycle', async () => {
    const w = await world(test.db);
    const a = await candidate(w);
    const b = await candidate(w);
    const round = await approvedRound(w, 1);
    const raised = value(await updateProfile(w.deps, b.actor, { profileId: b.profileId, data: withFrench }));
    const done = value(await executeRound(w.deps, w.approver, round.id));
    expect(done.itas.map((i) => [i.profileId, i.score])).toEqual([[b.profileId, raised.scoreTotal]]);
    expect(await updateProfile(w.deps, b.actor, { profileId: b.profileId, data: cecSoftwareEngineerToronto })).toMatchObject({ ok: false, error: { code: 'transition_not_allowed' } });
    expect((await profileRow(test.db, a.profileId)).status).toBe('submitted');
  });
});
