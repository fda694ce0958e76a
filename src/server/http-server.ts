// Composition root of the server: configuration, database, use cases, the HTTP API and the web app on one port,
// demo data on first start, a scheduler for sweeps and rule changes, and a graceful shutdown.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { pino, type Logger } from 'pino';
import { createHttpApp } from '../http/app.ts';
import { accountUseCases } from '../app/accounts.ts';
import { argon2Hasher, cryptoIds } from '../app/passwords.ts';
import { seedDemo, type SeedResult } from '../app/demo-seed.ts';
import { rulesVersion } from '../domain/rules/index.ts';
import type { Profile } from '../domain/vocabulary.ts';
import { langFrom } from '../i18n/index.ts';
import { resolveDataDir } from '../db/reference/data-dir.ts';
import { loadConfig, type Config } from './config.ts';
import { openOperations, type Operations } from './operations.ts';
import { fileReferenceData } from './reference.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** How often the server links new audit events to the chain (the longest an event stays unchained, plus a run). */
export const AUDIT_CHAIN_INTERVAL_MS = 1000;

export interface StartOptions {
  /** Environment to read the configuration from (default: process.env); the fields below override it. */
  env?: Record<string, string | undefined>;
  port?: number;
  host?: string;
  /** `memory` for an in-memory PGlite (tests), or a PostgreSQL URL / PGlite directory. */
  database?: 'memory' | { url: string } | { dataDir: string };
  webDist?: string;
  logLevel?: Config['LOG_LEVEL'];
  /** Seed demo data when the database has none (default true), with this many pool profiles. */
  seed?: boolean;
  seedProfiles?: number;
  /** Run the minute scheduler (default true). */
  scheduler?: boolean;
  /** Where the first start prints the demo accounts (default: stdout). */
  print?: (text: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  operations: Operations;
  seed: SeedResult;
  close(): Promise<void>;
}

function configFor(o: StartOptions): Config {
  const env: Record<string, string | undefined> = { ...(o.env ?? process.env) };
  if (o.port !== undefined) env.PORT = String(o.port);
  if (o.host !== undefined) env.HOST = o.host;
  if (o.logLevel !== undefined) env.LOG_LEVEL = o.logLevel;
  if (o.webDist !== undefined) env.EE_WEB_DIST = o.webDist;
  if (o.seedProfiles !== undefined) env.EE_SEED_PROFILES = String(o.seedProfiles);
  if (o.database === 'memory') {
    delete env.DATABASE_URL;
    env.EE_PGLITE_DIR = 'memory://';
  } else if (o.database && 'url' in o.database) env.DATABASE_URL = o.database.url;
  else if (o.database) {
    delete env.DATABASE_URL;
    env.EE_PGLITE_DIR = o.database.dataDir;
  }
  return loadConfig(env);
}

function configEnv(config: Config): Record<string, string | undefined> {
  return { DATABASE_URL: config.DATABASE_URL, EE_PGLITE_DIR: config.EE_PGLITE_DIR, SMTP_URL: config.SMTP_URL, EMAIL_FROM: config.EMAIL_FROM };
}

/** IRCC's rounds feed (express_entry/ee_rounds_123_en.json in the data directory), parsed; undefined when absent or unreadable. */
export function readIrccFeed(env: Record<string, string | undefined>): unknown {
  try {
    const file = path.join(resolveDataDir(env), 'express_entry', 'ee_rounds_123_en.json');
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : undefined;
  } catch {
    return undefined; // no data directory, or a file that is not JSON: the demo goes without IRCC's history
  }
}

function printDemoAccounts(seed: SeedResult, url: string, print: (t: string) => void) {
  if (!seed.seeded) return;
  const lines = [
    '',
    'Demo data created (shown once) / Données de démonstration créées (affichées une seule fois):',
    `  ${seed.profiles} profiles in the pool / profils dans le bassin`,
    ...(seed.irccRounds ? [`  ${seed.irccRounds} IRCC rounds imported / rondes d’IRCC importées`] : []),
    '',
    ...seed.accounts.map((a) => `  ${a.role.padEnd(15)} ${a.email.padEnd(42)} ${a.password}${a.totpSecret ? `  TOTP: ${a.totpSecret}` : ''}`),
    '',
    '  Roles with TOTP need a code from an authenticator app with that secret (or: npx ee totp code <secret>).',
    `  Les rôles avec TOTP demandent un code d’une application d’authentification avec ce secret. ${url}`,
    '',
  ];
  print(lines.join('\n'));
}

/** The web app: files of web/dist, and index.html for every page address (the app routes /fr/… and /en/… itself). */
function webApp(webDist: string): Hono {
  const web = new Hono();
  web.get('/', (c) => c.redirect(`/${langFrom(c.req.header('accept-language'), 'fr')}/`, 302));
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) {
    web.get('*', (c) =>
      c.text('The web app is not built: run `npm run web:build`. / L’application web n’est pas construite : lancez `npm run web:build`.', 503),
    );
    return web;
  }
  const html = readFileSync(index, 'utf8');
  web.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  web.use('*', serveStatic({ root: path.relative(process.cwd(), webDist) || '.' }));
  web.get('*', (c) => c.html(html));
  return web;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const config = configFor(options);
  const logger: Logger = pino({ level: config.LOG_LEVEL });
  const print = options.print ?? ((t: string) => process.stdout.write(`${t}\n`));
  // E-mails not sent (no SMTP) are noted at debug level: ids and kinds only, never addresses or contents.
  const ops = await openOperations(configEnv(config), { emailLog: { info: (obj: object, msg?: string) => logger.debug(obj, msg) } });
  const accounts = accountUseCases({ uow: ops.uow, clock: ops.clock, ids: cryptoIds, hasher: argon2Hasher() });

  let seed: SeedResult = { seeded: false, accounts: [], profiles: 0 };
  if (options.seed !== false) {
    const poolAccounts = accountUseCases({ uow: ops.uow, clock: ops.clock, ids: cryptoIds, hasher: argon2Hasher({ memoryCost: 64, timeCost: 1 }) });
    const example = JSON.parse(readFileSync(path.join(repoRoot, 'examples', 'profile-cec.json'), 'utf8')) as Profile;
    seed = await seedDemo(
      { accounts, poolAccounts, profiles: ops.profileDeps, clock: ops.clock, ids: cryptoIds },
      { profiles: config.EE_SEED_PROFILES, example, irccFeed: readIrccFeed(options.env ?? process.env) },
    );
    if (!seed.seeded && seed.irccRounds) logger.info({ irccRounds: seed.irccRounds }, 'IRCC rounds imported');
  }

  const reference = fileReferenceData(options.env ?? process.env);
  // The NOC index is read and indexed once; start now so the first search does not wait for it (absent data: later).
  reference.nocIndex().catch(() => undefined);
  const api = createHttpApp({
    clock: ops.clock,
    reference,
    sessions: accounts,
    authorizations: accounts,
    uow: ops.uow,
    accounts,
    logger,
    health: { database: () => ops.uow.read(async () => true).catch(() => false) },
    trustProxy: config.TRUST_PROXY,
  });
  const root = new Hono();
  root.all('/api/*', (c) => api.fetch(c.req.raw, c.env));
  root.all('/api', (c) => api.fetch(c.req.raw, c.env));
  root.route('/', webApp(config.EE_WEB_DIST));

  const server = serve({ fetch: root.fetch, port: config.PORT, hostname: config.HOST });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.HOST}:${port}`;
  printDemoAccounts(seed, url, print);
  logger.info({ port, dialect: ops.handle.dialect }, 'listening');

  // Scheduler: expiry and reminder sweeps, e-mail delivery, session clean-up, and re-scoring when new rules take effect.
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await ops.expireProfiles();
      await ops.expireItas();
      await ops.sendExpiryReminders();
      await ops.deliverOutbox();
      await accounts.sweep();
      const [latest] = await ops.uow.read((r) => r.rescore.listReports(1));
      const version = rulesVersion(ops.clock.today());
      if (!latest || latest.rulesVersionTo !== version) {
        const report = await ops.applyRules(ops.clock.now());
        logger.info({ rulesVersion: version, profiles: report.profiles, changed: report.changed }, 'rules applied');
      }
    } catch (error) {
      logger.error({ err: error instanceof Error ? { type: error.name, stack: error.stack } : String(error) }, 'scheduler tick failed');
    } finally {
      running = false;
    }
  };
  const timer = options.scheduler === false ? null : setInterval(() => void tick(), 60_000);
  timer?.unref();

  // The audit chainer (ADR 0009): links the events committed since its last run, in a short transaction of its own.
  let chaining = false;
  const chain = async () => {
    if (chaining) return;
    chaining = true;
    try {
      await ops.chainAudit();
    } catch (error) {
      logger.error({ err: error instanceof Error ? { type: error.name, stack: error.stack } : String(error) }, 'audit chainer failed');
    } finally {
      chaining = false;
    }
  };
  const chainer = options.scheduler === false ? null : setInterval(() => void chain(), AUDIT_CHAIN_INTERVAL_MS);
  chainer?.unref();
  if (options.scheduler !== false) void tick();

  let closed: Promise<void> | null = null;
  return {
    url,
    port,
    operations: ops,
    seed,
    close() {
      closed ??= (async () => {
        if (timer) clearInterval(timer);
        if (chainer) clearInterval(chainer);
        while (running || chaining) await new Promise((r) => setTimeout(r, 20));
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await ops.close();
      })();
      return closed;
    },
  };
}
