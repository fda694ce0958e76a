// HTTP API benchmark against PostgreSQL on loopback (issue #3), results in docs/benchmarks.md:
//  1. profile update + re-score (PUT /api/profiles/{id}, full eligibility and CRS, one transaction, audit) arriving at
//     300 requests/s over 50 candidates (open model, Poisson arrivals, bench/paced-load.ts): latency percentiles
//     measured from each request's due instant, goal p99 ≤ 50 ms;
//  2. the same through autocannon's `overallRate` (a closed model that starts each second with every connection busy;
//     its default latency "correction" is off here, see paced-load.ts), for comparison with earlier runs;
//  3. the public score endpoint (POST /api/crs/score with a full profile) with autocannon at full speed: throughput.
// Each line also gives the CPU used per request by the server process, all of PostgreSQL, and the load generator.
// Run: `npm run bench:api` (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/ee_bench, is dropped and
// recreated; UPDATE_RATE, default 300; DURATION, default 20, the seconds measured per scenario; WARMUP, default 5, the
// seconds of the paced load before them; ARRIVALS, poisson (default) or uniform; SERVER_NODE_ARGS, see below; ONLY=paced
// runs the first scenario alone, for quicker comparisons).
import os from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { openOperations } from '../src/server/operations.ts';
import { seededRandom, syntheticProfile } from '../src/app/synthetic.ts';
import { accountUseCases } from '../src/app/accounts.ts';
import { argon2Hasher, cryptoIds } from '../src/app/passwords.ts';
import { cpuSecondsBetween, cpuSecondsByCommand, cpuSecondsOf } from './proc-cpu.ts';
import { percentile, runPaced } from './paced-load.ts';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/ee_bench';
const CANDIDATES = 50;
const DURATION = Number(process.env.DURATION ?? 20);
/** The update scenario's fixed rate (requests/s); the goal is stated at 300. A lower rate shows queueing apart from CPU saturation. */
const UPDATE_RATE = Number(process.env.UPDATE_RATE ?? 300);
const WARMUP = Number(process.env.WARMUP ?? 5);
const ARRIVALS = process.env.ARRIVALS === 'uniform' ? 'uniform' : 'poisson';
const ONLY_PACED = process.env.ONLY === 'paced';

async function recreate(databaseUrl: string) {
  const u = new URL(databaseUrl);
  const name = u.pathname.slice(1);
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
}

await recreate(url);
// The server runs in its own process (as in production); autocannon loads it from this one.
const PORT = Number(process.env.BENCH_PORT ?? 3917);
// SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") go on the server's command line: Node refuses --cpu-prof in NODE_OPTIONS.
const serverNodeArgs = (process.env.SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
const child = spawn(process.execPath, [...serverNodeArgs, path.join(import.meta.dirname, '..', 'bin', 'ee.js'), 'serve'], {
  env: { ...process.env, DATABASE_URL: url, PORT: String(PORT), EE_SEED_PROFILES: '1000', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve, reject) => {
  child.stdout!.on('data', (chunk: Buffer) => {
    if (chunk.toString().includes('/api/docs')) resolve();
  });
  child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
});
const server = { url: `http://127.0.0.1:${PORT}`, close: () => new Promise<void>((r) => { child.once('exit', () => r()); child.kill('SIGTERM'); }) };
const ops = await openOperations({ DATABASE_URL: url });
const accounts = accountUseCases({ uow: ops.uow, clock: ops.clock, ids: cryptoIds, hasher: argon2Hasher({ memoryCost: 64, timeCost: 1 }) });
const today = new Date().toISOString().slice(0, 10);
const rng = seededRandom(7);

interface Session { cookie: string; csrf: string; id: string; body: string }
const sessions: Session[] = [];
for (let i = 0; i < CANDIDATES; i++) {
  // Accounts are provisioned directly (registration through the API is rate limited per client address).
  const email = `bench-${i}@bench.invalid`;
  const password = `bench-password-${i}-long`;
  const made = await accounts.provisionAccount({ email, password, displayName: `Bench ${i}`, role: 'candidate' });
  if (!made.ok) throw new Error(`provision: ${JSON.stringify(made)}`);
  const reg = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (reg.status !== 200) throw new Error(`sign-in ${reg.status}: ${await reg.text()}`);
  const cookie = reg.headers.get('set-cookie')!.split(';')[0]!;
  const csrf = ((await reg.json()) as { session: { csrfToken: string } }).session.csrfToken;
  const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf };
  const profile = syntheticProfile(rng, today);
  const created = await fetch(`${server.url}/api/profiles`, { method: 'POST', headers, body: JSON.stringify(profile) });
  if (created.status !== 201) throw new Error(`create ${created.status}: ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  await fetch(`${server.url}/api/profiles/${id}/submit`, { method: 'POST', headers });
  sessions.push({ cookie, csrf, id, body: JSON.stringify({ ...profile, settlementFundsCad: profile.settlementFundsCad + 1 }) });
}

// The server's first scheduler run (e-mailing the seeded profiles' messages, then re-scoring the seeded pool under
// today's rules) is start-up catch-up, not the steady state measured: wait until it is over (the re-scoring comes last;
// its report counts the profiles once it is done).
for (const started = Date.now(); ; ) {
  const [report] = await ops.uow.read((r) => r.rescore.listReports(1));
  if (report && report.profiles > 0) break;
  if (Date.now() - started > 300_000) throw new Error('the server did not finish its start-up work in 5 minutes');
  await new Promise((r) => setTimeout(r, 500));
}

interface Cpu { server: number; serverSystem: number; postgres: number; postgresSystem: number; loadGenerator: number }

interface CpuReading { server: number; serverSystem: number; postgres: Map<number, number>; postgresSystem: Map<number, number>; loadGenerator: number }

function cpuNow(): CpuReading {
  const self = process.cpuUsage();
  return {
    server: cpuSecondsOf([child.pid!]),
    serverSystem: cpuSecondsOf([child.pid!], 'system'),
    postgres: cpuSecondsByCommand('postgres'),
    postgresSystem: cpuSecondsByCommand('postgres', 'system'),
    loadGenerator: (self.user + self.system) / 1e6,
  };
}

/** What a scenario measured, in one shape whichever generator ran it. */
interface Outcome {
  requests: number;
  seconds: number;
  latency: { p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  cpu: Cpu;
}

/** Runs a scenario and measures the CPU each side used meanwhile (server process, all PostgreSQL processes, this one). */
async function measured(run: () => Promise<Omit<Outcome, 'cpu'>>): Promise<Outcome> {
  const before = cpuNow();
  const outcome = await run();
  const after = cpuNow();
  const cpu: Cpu = {
    server: after.server - before.server,
    serverSystem: after.serverSystem - before.serverSystem,
    postgres: cpuSecondsBetween(before.postgres, after.postgres),
    postgresSystem: cpuSecondsBetween(before.postgresSystem, after.postgresSystem),
    loadGenerator: after.loadGenerator - before.loadGenerator,
  };
  return { ...outcome, cpu };
}

function viaAutocannon(options: autocannon.Options): Promise<Omit<Outcome, 'cpu'>> {
  return new Promise((resolve, reject) => {
    autocannon(options, (err, r) => {
      if (err) return reject(err);
      resolve({
        requests: r.requests.total,
        seconds: r.duration,
        latency: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
        non2xx: r.non2xx,
        errors: r.errors + r.timeouts,
      });
    });
  });
}

const updateRequest = (i: number) => {
  const s = sessions[i % sessions.length]!;
  return { method: 'PUT', path: `/api/profiles/${s.id}`, headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf }, body: s.body };
};

// (The warm-up is in the measured CPU: per-request CPU is over all requests sent, warm-up included.)
let paced: PacedSummary | null = null;
interface PacedSummary { maxInFlight: number; achieved: number; worstBySecond: number[] }
console.error(`paced load starts ${new Date().toISOString()}`);
const update = await measured(async () => {
  const r = await runPaced({ url: server.url, rate: UPDATE_RATE, duration: DURATION, warmup: WARMUP, arrivals: ARRIVALS, request: updateRequest, random: seededRandom(11) });
  paced = { maxInFlight: r.maxInFlight, achieved: r.achieved, worstBySecond: r.worstBySecond };
  const l = r.latencies;
  return {
    requests: Math.round(UPDATE_RATE * (DURATION + WARMUP)),
    seconds: DURATION + WARMUP,
    latency: { p50: percentile(l, 50), p90: percentile(l, 90), p99: percentile(l, 99), max: l[l.length - 1] ?? Number.NaN },
    non2xx: r.non2xx,
    errors: r.errors,
  };
});

let turn = 0;
const updateAutocannon = ONLY_PACED ? null : await measured(() =>
  viaAutocannon({
    url: server.url,
    connections: 20,
    overallRate: UPDATE_RATE,
    duration: DURATION,
    ignoreCoordinatedOmission: true,
    requests: [{ method: 'PUT', setupRequest: (req) => ({ ...req, ...updateRequest(turn++), method: 'PUT' as const }) }],
  }),
);

const scoreBody = JSON.stringify(syntheticProfile(rng, today));
const score = ONLY_PACED ? null : await measured(() =>
  viaAutocannon({ url: `${server.url}/api/crs/score`, connections: 20, duration: DURATION, method: 'POST', headers: { 'content-type': 'application/json' }, body: scoreBody }),
);
await ops.close();
await server.close();

const ms = (x: number) => `${x.toFixed(1)} ms`;
const line = (name: string, o: Outcome) => {
  const perRequest = (seconds: number) => `${((seconds * 1e6) / o.requests).toFixed(0)} µs`;
  const cores = (seconds: number) => (seconds / o.seconds).toFixed(2);
  return (
    `${name}: ${(o.requests / o.seconds).toFixed(0)} req/s, latency p50 ${ms(o.latency.p50)}, p90 ${ms(o.latency.p90)}, p99 ${ms(o.latency.p99)}, max ${ms(o.latency.max)}; ${o.non2xx} non-2xx, ${o.errors} errors\n` +
    `  CPU per request: server ${perRequest(o.cpu.server)} (system ${perRequest(o.cpu.serverSystem)}), PostgreSQL ${perRequest(o.cpu.postgres)} (system ${perRequest(o.cpu.postgresSystem)}), load generator ${perRequest(o.cpu.loadGenerator)} ` +
    `(${cores(o.cpu.server)}, ${cores(o.cpu.postgres)} and ${cores(o.cpu.loadGenerator)} of the ${os.cpus().length} cores)`
  );
};
const p = paced as PacedSummary | null;
console.log(`machine: ${os.cpus()[0]?.model ?? '?'} (${os.cpus().length} cores), node ${process.version}, PostgreSQL on loopback, ${today}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(line(`PUT /api/profiles/{id} (update + re-score), ${ARRIVALS} arrivals at ${UPDATE_RATE}/s, ${WARMUP} s warm-up, ${DURATION} s measured`, update));
console.log(`  answered ${p?.achieved.toFixed(0)}/s; at most ${p?.maxInFlight} requests in flight; worst latency of each second (ms): ${p?.worstBySecond.map((x) => x.toFixed(0)).join(' ')}`);
if (updateAutocannon) console.log(line(`PUT /api/profiles/{id}, autocannon overallRate ${UPDATE_RATE}, 20 connections (each second starts with all busy)`, updateAutocannon));
if (score) console.log(line('POST /api/crs/score (full profile), autocannon, 20 connections, full speed', score));
