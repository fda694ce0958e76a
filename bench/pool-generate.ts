// `ee pool generate` at scale (issue #4: generating 1,000,000 profiles ≤ 60 s on PostgreSQL; 250,000 on PGlite):
// the whole use case (generatePool: generate, check eligibility, score with lines, write accounts and profiles in
// batches with one audit event each) into a fresh database, and the split of where the time goes, measured apart on a
// sample: the generator alone (drawing, eligibility, CRS with lines), the JSON text of the stored columns (the score
// without its lines' reference texts, as stored), and the rest
// (the database writes, overlapped with generation).
//
//   node bench/pool-generate.ts [--size N] [--db postgres|pglite] [--seed S] [--like-draw D]
//
// PostgreSQL: a database of its own (bench_pool_<random>) on the server of BENCH_DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/test), dropped afterwards — a database rather than a schema, because Kysely's
// migrator looks for its tables in every schema of a database. PGlite: in memory. Evidence, not a timed test.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { sql } from 'kysely';
import { PoolGenerator, generatePool, irccDraw } from '../src/app/pool-generate.ts';
import { cryptoIds } from '../src/app/passwords.ts';
import { systemClock } from '../src/app/ports.ts';
import { openDatabase, type DatabaseHandle } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { kyselyUnitOfWork } from '../src/db/unit-of-work.ts';
import { resolveDataDir } from '../src/db/reference/data-dir.ts';
import { compactScore } from '../src/db/stored-score.ts';
import type { CrsBandCount } from '../src/domain/rounds.ts';
import { cpuSecondsOf } from './proc-cpu.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000000' },
    db: { type: 'string', default: 'postgres' },
    seed: { type: 'string', default: '20260823' },
    'like-draw': { type: 'string' },
    sample: { type: 'string', default: '20000' },
  },
});
const SIZE = Number(values.size);
const SEED = Number(values.seed);
const SAMPLE = Math.min(SIZE, Number(values.sample));
const UNTIL = '2026-08-19T12:35:37.000Z';
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let target: CrsBandCount[] | undefined;
if (values['like-draw']) {
  const feed: unknown = JSON.parse(readFileSync(path.join(resolveDataDir(), 'express_entry/ee_rounds_123_en.json'), 'utf8'));
  const draw = irccDraw(feed, values['like-draw']);
  if (!draw.ok) throw new Error(JSON.stringify(draw.error));
  target = draw.value.distribution;
}

console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);

// 1. The split, on a sample (same seed and options): generator alone, then the JSON text of the stored columns.
const sample = new PoolGenerator({ size: SAMPLE, seed: SEED, until: UNTIL, ...(target ? { target } : {}) });
let t = performance.now();
const profiles = Array.from({ length: SAMPLE }, () => sample.next());
const generateUs = ((performance.now() - t) * 1000) / SAMPLE;
t = performance.now();
let bytes = 0;
for (const p of profiles) bytes += JSON.stringify(p.data).length + JSON.stringify(compactScore(p.score)).length + JSON.stringify(p.eligibility).length;
const jsonUs = ((performance.now() - t) * 1000) / SAMPLE;
console.log(
  `Sample of ${SAMPLE.toLocaleString('en-CA')}: generator ${generateUs.toFixed(0)} µs/profile (${(sample.attempts / SAMPLE).toFixed(2)} draws each), ` +
    `JSON ${jsonUs.toFixed(0)} µs/profile, ${(bytes / SAMPLE / 1024).toFixed(1)} KiB of JSON per profile`,
);

// 2. The whole use case into a fresh database.
let handle: DatabaseHandle;
let cleanup = async () => {};
if (values.db === 'postgres') {
  const name = `bench_pool_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  handle = await openDatabase({ url: url.toString(), poolSize: 2 });
  cleanup = async () => {
    const c = new pg.Client({ connectionString: SERVER_URL });
    await c.connect();
    await c.query(`drop database if exists ${name}`);
    await c.end();
  };
} else {
  handle = await openDatabase({ dataDir: 'memory://' });
}
try {
  await migrateToLatest(handle.db);
  let last = 0;
  t = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await generatePool(
    { uow: kyselyUnitOfWork(handle.db), clock: systemClock, ids: cryptoIds },
    {
      size: SIZE,
      seed: SEED,
      until: UNTIL,
      ...(target ? { target } : {}),
      onProgress: ({ done }) => {
        if (done - last >= SIZE / 10 || done === SIZE) {
          last = done;
          console.log(`  ${done.toLocaleString('en-CA')} at ${((performance.now() - t) / 1000).toFixed(1)} s`);
        }
      },
    },
  );
  const seconds = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpu0);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const perProfileUs = (seconds * 1e6) / SIZE;
  console.log(
    `${values.db}: ${SIZE.toLocaleString('en-CA')} profiles in ${seconds.toFixed(1)} s (${Math.round(SIZE / seconds).toLocaleString('en-CA')}/s, ${perProfileUs.toFixed(0)} µs/profile); ` +
      `generator ≈ ${((generateUs / perProfileUs) * 100).toFixed(0)}%, JSON ≈ ${((jsonUs / perProfileUs) * 100).toFixed(0)}% of that` +
      (result.value.maxGapPoints !== null ? `; largest band gap ${result.value.maxGapPoints.toFixed(3)} pp` : ''),
  );
  console.log(`Node's CPU (all threads): ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (${((cpu.user + cpu.system) / SIZE).toFixed(0)} µs/profile)`);
  if (values.db === 'postgres') {
    // Once (not `from profile`, which would compute it for every row).
    const size = (await sql<{ bytes: string }>`select pg_total_relation_size('profile') as bytes`.execute(handle.db)).rows[0];
    console.log(`profile table with indexes and TOAST: ${(Number(size?.bytes ?? 0) / 2 ** 30).toFixed(2)} GiB`);
    // The server's side, when it runs on this machine: CPU of the bench database's backends (Linux /proc, 100 ticks/s).
    const backends = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database()`.execute(handle.db);
    const seconds = cpuSecondsOf(backends.rows.map((b) => b.pid));
    if (Number.isFinite(seconds)) console.log(`PostgreSQL backends' CPU (this database, ${backends.rows.length} connections): ${seconds.toFixed(1)} s (${((seconds * 1e6) / SIZE).toFixed(0)} µs/profile)`);
  }
  console.log(`load average after: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
} finally {
  await handle.close();
  await cleanup();
}
