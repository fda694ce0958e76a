// Rounds of invitations in the database (issue #4 evidence; docs/decisions/0010): a general round of 5,000 over pools
// of 250,000 and 1,000,000 profiles, on PostgreSQL (a database of its own on the server of BENCH_DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/test, dropped after) and on PGlite (a file-backed data directory under the
// system's temporary folder, removed after). For each pool, the median of RUNS runs of:
//   - bare: `select id, score_total, submitted_at from profile where status = 'submitted'
//            order by score_total desc, submitted_at limit 5000` (the baseline the goal compares with);
//   - select: the round's selection alone (selectRoundInDatabase: histogram + ranked read + selectRound);
//   - simulate: the simulateRound use case (selection, the outcome stored on the round, audit);
//   - category: the selection of a healthcare category round of 1,000 (no goal; reads every profile with its NOCs);
//   - execute: the executeRound use case (selection, 5,000 profiles invited, ITAs, messages, e-mails, round, audit),
//     each run on a fresh pool state (invited profiles put back, ITAs and messages deleted, VACUUM ANALYZE; untimed).
// The pool: N accounts and N profiles written by SQL (generate_series) from 1,000 realistic templates (the seeded
// generator of src/app/synthetic.ts, evaluated with the rules of the day: data, score with lines, eligibility,
// categories), with per-profile score jitter, submission instants over a year (some after the round, some expired),
// 3 % out of the pool (withdrawn).
//
// Run: `npm run bench:rounds` (env: ROUNDS_DBS=postgres,pglite ROUNDS_SIZES=250000,1000000 ROUNDS_PGLITE_MAX=250000
// ROUNDS_RUNS=3). Evidence, not a timed test.
//   ROUNDS_STEPS=1: the time of each repository method in every simulation and execution (the rest is JS);
//   ROUNDS_EXPLAIN=1 (PostgreSQL): one more simulation and execution on connections that load auto_explain, printing
//     EXPLAIN (ANALYZE, BUFFERS) of each of their statements that takes ROUNDS_EXPLAIN_MS (default 2) ms or more;
//   ROUNDS_KEEP=1: keep the seeded database (PostgreSQL ee_bench_rounds_keep_<size>, PGlite <tmp>/ee-bench-rounds-keep-
//     <size>) and use it again on the next run instead of seeding (for working on the queries; drop it by hand).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { openDatabase, type DatabaseHandle } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { kyselyUnitOfWork, repositories } from '../src/db/unit-of-work.ts';
import type { Database } from '../src/db/schema.ts';
import { seededRandom, syntheticProfiles } from '../src/app/synthetic.ts';
import { evaluateProfile } from '../src/app/profiles.ts';
import { selectRoundInDatabase } from '../src/app/round-selection.ts';
import { approveRound, draftRound, executeRound, simulateRound, type RoundDeps } from '../src/app/rounds.ts';
import type { Actor } from '../src/app/ports/audit.ts';
import type { Repositories } from '../src/app/ports/unit-of-work.ts';
import type { RoundSpec } from '../src/domain/rounds.ts';

const URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DBS = (process.env.ROUNDS_DBS ?? 'postgres,pglite').split(',') as ('postgres' | 'pglite')[];
const SIZES = (process.env.ROUNDS_SIZES ?? '250000,1000000').split(',').map(Number);
const PGLITE_MAX = Number(process.env.ROUNDS_PGLITE_MAX ?? 250_000);
const RUNS = Math.max(3, Number(process.env.ROUNDS_RUNS ?? 3));
const ROUND = 5000;
const TEMPLATES = 1000;
const INSTANT = '2026-03-10T12:00:00.000Z';
const TEMPLATE_DAY = '2026-03-01';
const STEPS = process.env.ROUNDS_STEPS === '1';
const EXPLAIN = process.env.ROUNDS_EXPLAIN === '1';
const EXPLAIN_MS = Number(process.env.ROUNDS_EXPLAIN_MS ?? 2);
const KEEP = process.env.ROUNDS_KEEP === '1';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;
const log = (...a: unknown[]) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a);

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const v = await fn();
  return [performance.now() - t0, v];
}

/** 1,000 realistic templates: data, score, eligibility, programs and categories as submit stores them. */
function templates() {
  const out = [];
  const profiles = syntheticProfiles(TEMPLATES * 2, 20260310, TEMPLATE_DAY);
  for (const p of profiles) {
    const e = evaluateProfile(p, TEMPLATE_DAY);
    if (!e.eligible) continue;
    out.push({ data: p, score: e.score, eligibility: e.eligibility, total: e.score.total, programs: e.eligiblePrograms, categories: e.categories, version: e.rulesVersion });
    if (out.length === TEMPLATES) break;
  }
  return out;
}

async function seed(db: Kysely<Database>, n: number): Promise<void> {
  const tpl = templates();
  await sql`create temporary table bench_template (k int primary key, data jsonb, score jsonb, eligibility jsonb, total int, programs text[], categories text[], rules_version date)`.execute(db);
  for (let i = 0; i < tpl.length; i += 100) {
    const chunk = tpl.slice(i, i + 100);
    await sql`insert into bench_template select * from jsonb_to_recordset(${JSON.stringify(chunk.map((t, j) => ({ k: i + j, data: t.data, score: t.score, eligibility: t.eligibility, total: t.total, programs: t.programs, categories: t.categories, rules_version: t.version })))}::jsonb)
      as x(k int, data jsonb, score jsonb, eligibility jsonb, total int, programs text[], categories text[], rules_version date)`.execute(db);
  }
  const k = tpl.length;
  for (let from = 1; from <= n; from += 250_000) {
    const to = Math.min(n, from + 249_999);
    await sql`insert into account (id, email, password_hash, role, display_name)
      select md5('c' || g)::uuid, 'c' || g || '@bench.invalid', 'x', 'candidate', 'C' || g from generate_series(${from}::int, ${to}::int) g`.execute(db);
    // Stamps from 2025-03-01 over 385 days (the round at 2026-03-10: some not yet submitted, some expired), at ms.
    await sql`insert into profile (candidate_id, status, data, submitted_at, expires_at, score_total, score, rules_version, eligibility, eligible_programs, categories, created_at, updated_at)
      select md5('c' || g)::uuid, s.status, t.data, s.at, s.at + interval '1 year',
        greatest(0, least(1200, t.total + ((hashint8extended(g, 7) & 9223372036854775807) % 41)::int - 20)), t.score, t.rules_version, t.eligibility, t.programs, t.categories, s.at, s.at
      from generate_series(${from}::int, ${to}::int) g
      join bench_template t on t.k = g % ${k}
      cross join lateral (select timestamptz '2025-03-01T00:00:00Z' + ((hashint8extended(g, 1) & 9223372036854775807) % 33264000000) * interval '1 millisecond' as at,
        case when (hashint8extended(g, 3) & 9223372036854775807) % 100 < 3 then 'withdrawn' else 'submitted' end as status) s`.execute(db);
    log(`  seeded ${to.toLocaleString('en-US')}`);
  }
  await sql`drop table bench_template`.execute(db);
}

async function staff(db: Kysely<Database>): Promise<{ officer: Actor; approver: Actor }> {
  const add = async (role: Actor['role']) => {
    const row = await db.insertInto('account').values({ email: `${role}-${randomBytes(4).toString('hex')}@bench.invalid`, password_hash: 'x', role, province: null, display_name: role }).returning('id').executeTakeFirstOrThrow();
    return { actorId: row.id, role, onBehalfOf: null } as Actor;
  };
  return { officer: await add('officer'), approver: await add('round_approver') };
}

/** A unit of work whose repositories add up the time spent in each of their methods (the rest is JS in the use case). */
function timedUow(db: Kysely<Database>, spent: Map<string, number>): RoundDeps['uow'] {
  const base = kyselyUnitOfWork(db);
  const wrap = (r: Repositories): Repositories =>
    Object.fromEntries(
      Object.entries(r).map(([name, repo]) => [
        name,
        Object.fromEntries(
          Object.entries(repo as Record<string, unknown>).map(([m, fn]) => [
            m,
            typeof fn === 'function'
              ? async (...args: unknown[]) => {
                  const t0 = performance.now();
                  try {
                    return await (fn as (...a: unknown[]) => Promise<unknown>)(...args);
                  } finally {
                    spent.set(`${name}.${m}`, (spent.get(`${name}.${m}`) ?? 0) + performance.now() - t0);
                  }
                }
              : fn,
          ]),
        ),
      ]),
    ) as unknown as Repositories;
  return { transaction: (fn) => base.transaction((r) => fn(wrap(r))), read: (fn) => base.read((r) => fn(wrap(r))) };
}

/** Puts the pool back as it was before an execution (untimed). */
async function resetPool(db: Kysely<Database>) {
  await sql`update profile set status = 'submitted' where status = 'invited'`.execute(db);
  await sql`delete from ita`.execute(db);
  await sql`delete from message`.execute(db);
  await sql`delete from email_outbox`.execute(db);
  await sql`vacuum analyze profile`.execute(db);
}

interface Row {
  db: string;
  size: number;
  seed: number;
  bare: number[];
  select: number[];
  simulate: number[];
  category: number[];
  execute: number[];
  /** Per execution: time in each repository method (the rest of the execution is JS: selection, audit digests). */
  executeParts: Record<string, number>[];
  invited: number;
  poolSize: number;
}

async function open(kind: 'postgres' | 'pglite', size: number): Promise<{ handle: DatabaseHandle; url: string | null; seeded: boolean; cleanup: () => Promise<void> }> {
  if (kind === 'postgres') {
    // A database of its own (created and dropped here), not a schema of the shared one: Kysely's migrator looks for its
    // tables in every schema, so a schema left behind by a test run there (a lock table without its migration table)
    // makes migrating a new schema fail.
    const name = KEEP ? `ee_bench_rounds_keep_${size}` : `ee_bench_rounds_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: URL });
    await admin.connect();
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
    if (!exists) await admin.query(`create database ${name}`);
    await admin.end();
    const url = new globalThis.URL(URL);
    url.pathname = `/${name}`;
    const handle = await openDatabase({ url: url.toString(), poolSize: 4 });
    return {
      handle,
      url: url.toString(),
      seeded: exists,
      cleanup: async () => {
        await handle.close();
        if (KEEP) return;
        const c = new pg.Client({ connectionString: URL });
        await c.connect();
        await c.query(`drop database if exists ${name}`);
        await c.end();
      },
    };
  }
  const dir = KEEP ? path.join(os.tmpdir(), `ee-bench-rounds-keep-${size}`) : mkdtempSync(path.join(os.tmpdir(), 'ee-bench-rounds-'));
  const seeded = KEEP && existsSync(path.join(dir, 'PG_VERSION'));
  const handle = await openDatabase({ dataDir: dir });
  return { handle, url: null, seeded, cleanup: async () => { await handle.close(); if (!KEEP) rmSync(dir, { recursive: true, force: true }); } };
}

/**
 * A Kysely on its own connections that load auto_explain and send each plan back as a notice (PostgreSQL; the bench
 * connects as a superuser): EXPLAIN (ANALYZE, BUFFERS) of every statement of a use case run through it.
 */
function explainingDb(url: string, plans: string[]): { db: Kysely<Database>; close: () => Promise<void> } {
  const pool = new pg.Pool({
    connectionString: url,
    max: 2,
    options: `-c session_preload_libraries=auto_explain -c auto_explain.log_min_duration=${EXPLAIN_MS} -c auto_explain.log_analyze=on -c auto_explain.log_buffers=on -c auto_explain.log_level=notice -c auto_explain.log_nested_statements=off`,
    types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === 20 ? Number : oid === 1082 ? (v: string) => v : pg.types.getTypeParser(oid, format ?? 'text'))) as typeof pg.types.getTypeParser },
  });
  pool.on('connect', (client) => client.on('notice', (n) => plans.push(n.message ?? '')));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, close: () => db.destroy() };
}

async function benchOne(kind: 'postgres' | 'pglite', size: number): Promise<Row> {
  log(`${kind} ${size.toLocaleString('en-US')}: open, migrate, seed`);
  const { handle, url, seeded, cleanup } = await open(kind, size);
  const db = handle.db;
  try {
    await migrateToLatest(db);
    let seedMs = 0;
    if (seeded) {
      log('  kept from an earlier run (ROUNDS_KEEP): not seeded again');
      await resetPool(db);
    } else {
      [seedMs] = await timed(() => seed(db, size));
      // After a bulk load a server's autovacuum vacuums and analyzes the table (insert threshold): done here at once.
      await sql`vacuum analyze`.execute(db);
      log(`  seeded in ${ms(seedMs)}`);
    }
    const { officer, approver } = await staff(db);
    let clock = Date.parse('2026-03-10T13:00:00Z');
    const deps: RoundDeps = { uow: kyselyUnitOfWork(db), clock: { now: () => new Date((clock += 1000)).toISOString(), today: () => '2026-03-10' } };
    const spec: RoundSpec = { type: 'general', size: ROUND, instant: INSTANT };
    const row: Row = { db: kind, size, seed: seedMs, bare: [], select: [], simulate: [], category: [], execute: [], executeParts: [], invited: 0, poolSize: 0 };
    const ok = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value;
    };
    const draft = ok(await draftRound(deps, officer, spec));
    // One warm-up of each, then RUNS measured runs.
    for (let i = 0; i <= RUNS; i++) {
      const [bare] = await timed(() => sql`select id, score_total, submitted_at from profile where status = 'submitted' order by score_total desc, submitted_at limit ${ROUND}`.execute(db));
      const [select, sel] = await timed(() => selectRoundInDatabase(repositories(db).rounds, spec));
      const simSpent = new Map<string, number>();
      const [simulate] = await timed(async () => ok(await simulateRound(STEPS ? { ...deps, uow: timedUow(db, simSpent) } : deps, officer, draft.id)));
      if (STEPS) log(`  simulate: ${ms(simulate)}`, JSON.stringify(Object.fromEntries([...simSpent].map(([k, v]) => [k, Math.round(v)]))));
      const [category] = await timed(() => selectRoundInDatabase(repositories(db).rounds, { type: 'category', category: 'healthcare', size: 1000, instant: INSTANT }));
      if (i === 0) {
        row.invited = sel.result.invited.length;
        row.poolSize = sel.result.poolSize;
        continue;
      }
      row.bare.push(bare);
      row.select.push(select);
      row.simulate.push(simulate);
      row.category.push(category);
      log(`  run ${i}: bare ${ms(bare)}, select ${ms(select)}, simulate ${ms(simulate)}, category ${ms(category)}`);
    }
    for (let i = 1; i <= RUNS; i++) {
      const round = ok(await draftRound(deps, officer, spec));
      ok(await simulateRound(deps, officer, round.id));
      ok(await approveRound(deps, approver, round.id));
      const spent = new Map<string, number>();
      const [execute, done] = await timed(async () => ok(await executeRound({ ...deps, uow: timedUow(db, spent) }, approver, round.id)));
      row.executeParts.push(Object.fromEntries([...spent].map(([k, v]) => [k, Math.round(v)])));
      if (done.itas.length !== ROUND) throw new Error(`expected ${ROUND} ITAs, got ${done.itas.length}`);
      row.execute.push(execute);
      log(`  execute ${i}: ${ms(execute)}`, JSON.stringify(row.executeParts.at(-1)));
      await resetPool(db);
    }
    if (EXPLAIN && url !== null) {
      const plans: string[] = [];
      const ex = explainingDb(url, plans);
      try {
        const exDeps: RoundDeps = { ...deps, uow: kyselyUnitOfWork(ex.db) };
        const round = ok(await draftRound(deps, officer, spec));
        plans.length = 0;
        ok(await simulateRound(exDeps, officer, round.id));
        console.error(`\n──── EXPLAIN: simulate (statements of ${EXPLAIN_MS} ms or more)\n${plans.join('\n\n')}`);
        ok(await approveRound(deps, approver, round.id));
        plans.length = 0;
        ok(await executeRound(exDeps, approver, round.id));
        console.error(`\n──── EXPLAIN: execute (statements of ${EXPLAIN_MS} ms or more)\n${plans.join('\n\n')}`);
        await resetPool(db);
      } finally {
        await ex.close();
      }
    }
    return row;
  } finally {
    await cleanup();
  }
}

const rows: Row[] = [];
log(`machine: ${os.cpus()[0]?.model ?? '?'}, ${os.cpus().length} CPU, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; Node ${process.version}`);
void seededRandom; // the templates come from the same seeded generator as the other benchmarks
for (const kind of DBS) {
  for (const size of SIZES) {
    if (kind === 'pglite' && size > PGLITE_MAX) continue;
    rows.push(await benchOne(kind, size));
  }
}
console.log(`| Database | Pool | Bare SELECT … LIMIT ${ROUND} | Selection | Simulate (use case) | Simulate ÷ bare | Category round (1,000) | Execute ${ROUND} |`);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const bare = median(r.bare);
  console.log(
    `| ${r.db} | ${r.size.toLocaleString('en-US')} (${r.poolSize.toLocaleString('en-US')} at the instant) | ${ms(bare)} | ${ms(median(r.select))} | ${ms(median(r.simulate))} | ${(median(r.simulate) / bare).toFixed(1)}× | ${ms(median(r.category))} | ${ms(median(r.execute))} |`,
  );
}
console.log(`\nSeeding (SQL, untimed above): ${rows.map((r) => `${r.db} ${r.size.toLocaleString('en-US')}: ${ms(r.seed)}`).join('; ')}`);
console.log(`Runs: ${RUNS} measured after one warm-up; medians. Load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}.`);
console.log(JSON.stringify(rows));
