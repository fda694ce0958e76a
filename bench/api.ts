// HTTP API benchmark with autocannon against PostgreSQL on loopback (issue #3), results in docs/benchmarks.md:
//  1. profile update + re-score (PUT /api/profiles/{id}, full eligibility and CRS, one transaction, audit) at a fixed
//     300 requests/s over 50 candidates: latency percentiles, goal p99 ≤ 50 ms;
//  2. the public score endpoint (POST /api/crs/score with a full profile) at full speed: throughput.
// Run: `npm run bench:api` (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/ee_bench, is dropped and recreated;
// UPDATE_RATE, default 300, sets the update scenario's rate; DURATION, default 20, the seconds per scenario).
import os from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { openOperations } from '../src/server/operations.ts';
import { seededRandom, syntheticProfile } from '../src/app/synthetic.ts';
import { accountUseCases } from '../src/app/accounts.ts';
import { argon2Hasher, cryptoIds } from '../src/app/passwords.ts';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/ee_bench';
const CANDIDATES = 50;
const DURATION = Number(process.env.DURATION ?? 20);
/** The update scenario's fixed rate (requests/s); the goal is stated at 300. A lower rate shows queueing apart from CPU saturation. */
const UPDATE_RATE = Number(process.env.UPDATE_RATE ?? 300);

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
const child = spawn(process.execPath, [path.join(import.meta.dirname, '..', 'bin', 'ee.js'), 'serve'], {
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

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

let turn = 0;
const update = await run({
  url: server.url,
  connections: 20,
  overallRate: UPDATE_RATE,
  duration: DURATION,
  requests: [
    {
      method: 'PUT',
      setupRequest: (req) => {
        const s = sessions[turn++ % sessions.length]!;
        return { ...req, path: `/api/profiles/${s.id}`, headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf }, body: s.body };
      },
    },
  ],
});

const scoreBody = JSON.stringify(syntheticProfile(rng, today));
const score = await run({
  url: `${server.url}/api/crs/score`,
  connections: 20,
  duration: DURATION,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: scoreBody,
});
await ops.close();
await server.close();

const line = (name: string, r: autocannon.Result) =>
  `${name}: ${r.requests.average.toFixed(0)} req/s average, latency p50 ${r.latency.p50} ms, p90 ${r.latency.p90} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`;
console.log(`machine: ${os.cpus()[0]?.model ?? '?'} (${os.cpus().length} cores), node ${process.version}, PostgreSQL on loopback, ${today}`);
console.log(line(`PUT /api/profiles/{id} (update + re-score) at ${UPDATE_RATE} req/s`, update));
console.log(line('POST /api/crs/score (full profile), 20 connections', score));
