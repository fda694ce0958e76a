// The `ee` command line: arguments → one use case → text (French or English) or JSON.
import { Command, CommanderError, Option } from 'commander';
import type { Clock, ReferenceData } from '../app/ports.ts';
import { adviceForInput, eligibilityOfInput, scoreInput, scoreInputFast, type Outcome } from '../app/evaluate.ts';
import type { FieldError } from '../app/schemas.ts';
import { totpCode } from '../app/totp.ts';
import { listRules, openPointsMarkdown, showRule } from '../app/rules-catalog.ts';
import { LANGS, langFrom, t, type Lang } from '../i18n/index.ts';
import { BufferedWriter, inputStream, jsonDocuments, readAll, readLines, type CliStreams } from './io.ts';
import { formatAdvice, formatEligibility, formatExplanation, formatNocHits, formatRule, formatRuleList } from './format.ts';
import cliProgress from 'cli-progress';
import type { ReminderCounts, RescoreProgress } from '../app/profiles.ts';
import type { AuditVerification } from '../app/audit.ts';
import type { RescoreReportRecord } from '../app/ports/profiles.ts';
import { registerRoundCommands, type RoundOperations } from './rounds.ts';
import { registerPoolCommands, type PoolCliDeps } from './pool.ts';

/** Database-backed operations (issue #3), opened on demand by the commands that need storage. */
export interface CliOperations {
  /** Migrations applied (at open and now). */
  migrate(): Promise<string[]>;
  expireProfiles(at?: string): Promise<number>;
  sendExpiryReminders(at?: string): Promise<ReminderCounts>;
  applyRules(at: string, onProgress?: (p: RescoreProgress) => void): Promise<RescoreReportRecord>;
  verifyAudit(): Promise<AuditVerification>;
  /** Rounds of invitations (issue #4). */
  rounds?: RoundOperations;
  close(): Promise<void>;
}

export interface CliDeps extends CliStreams {
  clock: Clock;
  reference: ReferenceData;
  env: Record<string, string | undefined>;
  /** Runs the guided demo (wired in server/, which knows where the examples are). */
  demo?: (lang: Lang) => Promise<number>;
  /** Starts the server (API and web app) until a signal stops it; resolves to the exit code. */
  serve?: (options: { port?: number }) => Promise<number>;
  /** Opens the database and its use cases (wired in server/operations.ts); each command closes what it opened. */
  operations?: () => Promise<CliOperations>;
  /** The synthetic pool and replays (issue #4): the IRCC feed and a database to write to. */
  pool?: PoolCliDeps;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function langOption(): Option {
  return new Option('--lang <lang>', 'language of the text output: fr | en (default: EE_LANG, then LANG)').choices(LANGS);
}

function asOfOption(): Option {
  return new Option('--as-of <date>', 'evaluate with the rules in force on this day, YYYY-MM-DD (default: today, UTC)').argParser((v) => {
    if (!DATE.test(v)) throw new CommanderError(2, 'ee.asOf', `--as-of expects YYYY-MM-DD, got ${JSON.stringify(v)}`);
    return v;
  });
}

const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$/;

/** A day (midnight UTC) or an instant in UTC, as ISO 8601 with milliseconds. */
function instantOption(flags: string, description: string): Option {
  return new Option(flags, description).argParser((v) => {
    const d = new Date(DATE.test(v) ? `${v}T00:00:00Z` : v);
    if (!INSTANT.test(v) || Number.isNaN(d.getTime())) {
      throw new CommanderError(2, 'ee.instant', t('en', 'cli.error.instant', { option: flags.split(' ')[0], value: JSON.stringify(v) }));
    }
    return d.toISOString();
  });
}

/** Builds the program and runs it; resolves to the exit code (0 ok, 1 some input failed, 2 usage error). */
export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  let exitCode = 0;
  const lang = (opt: { lang?: Lang }): Lang => opt.lang ?? langFrom(deps.env.EE_LANG ?? deps.env.LC_ALL ?? deps.env.LANG, 'en');
  const today = () => deps.clock.today();
  const out = (text: string) => deps.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  const err = (text: string) => deps.stderr.write(text.endsWith('\n') ? text : `${text}\n`);

  const reportErrors = (l: Lang, line: number, errors: FieldError[]) => {
    for (const e of errors) err(t(l, 'error.input_line', { line, field: e.field, expected: e.expected }));
  };

  /** Runs a use case on every JSON document of the input and prints each result (text or JSON). */
  const eachDocument = async <T>(
    file: string | undefined,
    l: Lang,
    json: boolean,
    run: (value: unknown) => Outcome<T>,
    text: (value: T) => string,
    toJson: (value: T) => unknown,
  ) => {
    const docs = jsonDocuments(await readAll(inputStream(file, deps)));
    if (docs.length === 0) {
      err(t(l, 'error.no_input'));
      exitCode = 2;
      return;
    }
    let failed = 0;
    docs.forEach((doc, i) => {
      const outcome: Outcome<T> = doc.error ? { ok: false, errors: [{ field: '(root)', expected: 'JSON' }] } : run(doc.value);
      if (!outcome.ok) {
        failed++;
        reportErrors(l, doc.line, outcome.errors);
        if (json) out(JSON.stringify({ error: { line: doc.line, ...outcome.errors[0] } }));
        return;
      }
      if (json) out(JSON.stringify(toJson(outcome.value)));
      else out((i > 0 ? '\n' : '') + text(outcome.value));
    });
    if (failed > 0) {
      err(t(l, 'error.summary', { failed, total: docs.length }));
      exitCode = 1;
    }
  };

  const program = new Command('ee')
    .description('Entrée express / Express Entry — CRS, eligibility, NOC and rules, as of any day since 2015-01-01')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => deps.stdout.write(s), writeErr: (s) => deps.stderr.write(s) });

  const crs = program.command('crs').description('Comprehensive Ranking System scores');

  crs
    .command('score')
    .description('score JSON lines (CRS factors objects or full profiles), one JSON line out per line in')
    .argument('[file]', 'JSON lines file (default: stdin)')
    .addOption(asOfOption())
    .option('--no-lines', 'fast path: blocks and total only, no explanation lines')
    .addOption(langOption())
    .action(async (file: string | undefined, opt: { asOf?: string; lines: boolean; lang?: Lang }) => {
      const l = lang(opt);
      const asOf = opt.asOf ?? today();
      const writer = new BufferedWriter(deps.stdout);
      let failed = 0;
      let total = 0;
      for await (const { line, text } of readLines(inputStream(file, deps))) {
        if (text.trim() === '') continue;
        total++;
        let value: unknown;
        let outcome: Outcome<unknown>;
        try {
          value = JSON.parse(text);
          outcome = opt.lines ? scoreLine(value, asOf) : scoreInputFast(value, asOf);
        } catch (error) {
          if (!(error instanceof SyntaxError)) throw error;
          outcome = { ok: false, errors: [{ field: '(root)', expected: 'JSON' }] };
        }
        if (outcome.ok) {
          await writer.write(JSON.stringify(outcome.value) + '\n');
        } else {
          failed++;
          reportErrors(l, line, outcome.errors);
          await writer.write(JSON.stringify({ error: { line, ...outcome.errors[0] } }) + '\n');
        }
      }
      await writer.flush();
      if (failed > 0) {
        err(t(l, 'error.summary', { failed, total }));
        exitCode = 1;
      }
    });

  crs
    .command('explain')
    .description('explain a score point by point, in French or English (a profile or CRS factors; one JSON document or JSON lines)')
    .argument('[file]', 'JSON file (default: stdin)')
    .addOption(asOfOption())
    .addOption(langOption())
    .option('--json', 'print the scored result as JSON instead of text')
    .action(async (file: string | undefined, opt: { asOf?: string; lang?: Lang; json?: boolean }) => {
      const l = lang(opt);
      await eachDocument(file, l, opt.json === true, (v) => scoreInput(v, opt.asOf ?? today()), (s) => formatExplanation(l, s), (s) => s);
    });

  /** A command reading full profiles and printing one use case's result as text or JSON. */
  const profileCommand = <T extends { asOf: string; rulesVersion: string }>(
    name: string,
    description: string,
    run: (value: unknown, asOf: string) => Outcome<T>,
    text: (l: Lang, value: T) => string,
    payload: (value: T) => object,
  ) =>
    program
      .command(name)
      .description(description)
      .argument('[file]', 'JSON file (default: stdin)')
      .addOption(asOfOption())
      .addOption(langOption())
      .option('--json', 'print JSON instead of text')
      .action(async (file: string | undefined, opt: { asOf?: string; lang?: Lang; json?: boolean }) => {
        const l = lang(opt);
        await eachDocument(
          file, l, opt.json === true,
          (v) => run(v, opt.asOf ?? today()),
          (value) => text(l, value),
          (value) => ({ asOf: value.asOf, rulesVersion: value.rulesVersion, ...payload(value) }),
        );
      });

  profileCommand(
    'eligibility',
    'eligibility for FSW, CEC and FST, with reasons (a full profile; one JSON document or JSON lines)',
    eligibilityOfInput, formatEligibility, (e) => e.eligibility,
  );
  profileCommand(
    'advise',
    'ranked what-if advice to raise a CRS score, and deadlines to watch (a full profile)',
    adviceForInput, formatAdvice, (a) => a.advice,
  );

  program
    .command('noc')
    .description('National Occupational Classification (NOC 2021)')
    .command('search')
    .description('find NOC 2021 unit groups by code or title, French or English, accents and case ignored')
    .argument('<query...>', 'a code (or its beginning) or words of a title')
    .addOption(langOption())
    .option('--limit <n>', 'how many results', (v) => Number.parseInt(v, 10), 10)
    .option('--json', 'print JSON instead of text')
    .action(async (words: string[], opt: { lang?: Lang; limit: number; json?: boolean }) => {
      const l = lang(opt);
      const query = words.join(' ');
      const index = await deps.reference.nocIndex();
      const hits = index.search(query, { lang: l, limit: Number.isFinite(opt.limit) && opt.limit > 0 ? opt.limit : 10 });
      out(opt.json ? JSON.stringify(hits) : formatNocHits(l, query, hits));
    });

  const rules = program.command('rules').description('the law as code: dated rule parameters and their references');
  rules
    .command('list')
    .description('every rule parameter, with the value in force on a day')
    .addOption(asOfOption())
    .addOption(langOption())
    .option('--json', 'print JSON instead of text')
    .action((opt: { asOf?: string; lang?: Lang; json?: boolean }) => {
      const l = lang(opt);
      const listed = listRules(opt.asOf ?? today());
      if (!listed.ok) return fail(l, listed.errors);
      out(opt.json ? JSON.stringify(listed.value, null, 2) : formatRuleList(l, listed.value));
    });
  rules
    .command('show')
    .description("a parameter's dated values with their references")
    .argument('<id>', 'parameter id, e.g. crs.core.age')
    .addOption(langOption())
    .option('--json', 'print JSON instead of text')
    .action((id: string, opt: { lang?: Lang; json?: boolean }) => {
      const l = lang(opt);
      const p = showRule(id);
      if (!p) {
        err(t(l, 'rules.unknown', { id }));
        exitCode = 1;
        return;
      }
      out(opt.json ? JSON.stringify(p, null, 2) : formatRule(l, p));
    });
  rules
    .command('open-points')
    .description('the values chosen where the sources are unsure (Markdown, as in docs/rules-open-points.md)')
    .action(() => {
      out(openPointsMarkdown());
    });

  /** Opens the database-backed operations for one command, and closes them after. */
  const withOperations = async (l: Lang, run: (ops: CliOperations) => Promise<void>) => {
    if (!deps.operations) {
      err(t(l, 'cli.error.no_database'));
      exitCode = 1;
      return;
    }
    const ops = await deps.operations();
    try {
      await run(ops);
    } finally {
      await ops.close();
    }
  };

  program
    .command('db')
    .description('the database (PostgreSQL when DATABASE_URL is set, otherwise PGlite in EE_PGLITE_DIR)')
    .command('migrate')
    .description('apply the pending migrations')
    .addOption(langOption())
    .option('--json', 'print JSON instead of text')
    .action(async (opt: { lang?: Lang; json?: boolean }) => {
      const l = lang(opt);
      await withOperations(l, async (ops) => {
        const names = await ops.migrate();
        out(opt.json ? JSON.stringify({ applied: names }) : t(l, 'cli.db.migrated', { count: names.length, names: names.join(', ') }));
      });
    });

  program
    .command('profiles')
    .description('candidate profiles in the database')
    .command('expire')
    .description('expire the profiles whose 12 months have run out, and send the reminders due (60, 30, 7 days; tests and ECAs)')
    .addOption(instantOption('--at <instant>', 'as if it were this day or instant, UTC (default: now)'))
    .addOption(langOption())
    .option('--json', 'print JSON instead of text')
    .action(async (opt: { at?: string; lang?: Lang; json?: boolean }) => {
      const l = lang(opt);
      await withOperations(l, async (ops) => {
        const expired = await ops.expireProfiles(opt.at);
        const reminders = await ops.sendExpiryReminders(opt.at);
        if (opt.json) out(JSON.stringify({ expired, reminders }));
        else out(`${t(l, 'cli.profiles.expired', { count: expired })}\n${t(l, 'cli.profiles.reminders', { ...reminders })}`);
      });
    });

  rules
    .command('apply')
    .description('re-score every profile in the pool with the rules in force at an instant, and store a report of the changes')
    .addOption(instantOption('--at <instant>', 'the instant the rules are in force, UTC (a day means its midnight)').makeOptionMandatory())
    .addOption(langOption())
    .option('--json', 'print the report as JSON instead of text')
    .action(async (opt: { at: string; lang?: Lang; json?: boolean }) => {
      const l = lang(opt);
      await withOperations(l, async (ops) => {
        // The progress bar goes to stderr, and only to a terminal; the summary goes to stdout.
        const bar = new cliProgress.SingleBar(
          { stream: deps.stderr, format: `${t(l, 'cli.rules.progress')} [{bar}] {value}/{total} ({percentage}%)`, noTTYOutput: false },
          cliProgress.Presets.shades_classic,
        );
        let started = false;
        const report = await ops.applyRules(opt.at, (p) => {
          if (!started) {
            bar.start(p.total, p.done);
            started = true;
          } else {
            bar.setTotal(p.total);
            bar.update(p.done);
          }
        });
        if (started) bar.stop();
        if (opt.json) {
          out(JSON.stringify(report));
          return;
        }
        const s = report.summary;
        out(t(l, 'cli.rules.applied', {
          asOf: opt.at.slice(0, 10), rulesVersion: report.rulesVersionTo, profiles: report.profiles, changed: report.changed,
          up: s.up, down: s.down, leftPool: s.leftPool, maxChange: s.maxChange, reportId: report.id,
        }));
      });
    });

  program
    .command('audit')
    .description('the audit trail')
    .command('verify')
    .description('chain the events committed meanwhile, then check the hash chain of the audit trail event by event and against its anchor (exit code 1 when broken)')
    .addOption(langOption())
    .option('--json', 'print JSON instead of text')
    .action(async (opt: { lang?: Lang; json?: boolean }) => {
      const l = lang(opt);
      await withOperations(l, async (ops) => {
        const v = await ops.verifyAudit();
        if (opt.json) out(JSON.stringify(v));
        else if (v.ok) out(t(l, 'cli.audit.ok', { checked: v.checked, unchained: v.unchained }));
        else if (v.broken === 'truncated') err(t(l, 'cli.audit.truncated', { checked: v.checked, expected: v.expectedLength ?? 0 }));
        else if (v.firstBrokenSeq === undefined) err(t(l, 'cli.audit.anchor', { checked: v.checked }));
        else err(t(l, 'cli.audit.broken', { checked: v.checked, seq: v.firstBrokenSeq }));
        if (!v.ok) exitCode = 1;
      });
    });

  registerRoundCommands(program, {
    lang,
    out,
    err,
    setExitCode: (code) => {
      exitCode = code;
    },
    withRounds: (l, run) =>
      withOperations(l, async (ops) => {
        if (!ops.rounds) {
          err(t(l, 'cli.error.no_database'));
          exitCode = 1;
          return;
        }
        await run(ops.rounds);
      }),
  });

  registerPoolCommands(program, {
    lang,
    out,
    err,
    setExitCode: (code) => {
      exitCode = code;
    },
    stderr: deps.stderr,
    pool: deps.pool,
    now: () => performance.now(),
  });

  program
    .command('serve')
    .description('start the server: the HTTP API and the web app on one port (migrates, seeds demo data on first start)')
    .option('--port <port>', 'port (default: PORT, then 3000)', (v) => Number.parseInt(v, 10))
    .action(async (opt: { port?: number }) => {
      if (!deps.serve) throw new Error('serve not wired');
      exitCode = await deps.serve({ port: opt.port });
    });

  program
    .command('totp')
    .description('second factor helper for demo accounts')
    .command('code')
    .description('the current TOTP code of a secret (what an authenticator app would show)')
    .argument('<secret>', 'base32 secret')
    .action((secret: string) => {
      out(totpCode(secret, Date.parse(deps.clock.now())));
    });

  program
    .command('demo')
    .description('a guided tour on example profiles: score explained, eligibility, advice, NOC search')
    .addOption(langOption())
    .action(async (opt: { lang?: Lang }) => {
      if (!deps.demo) throw new Error('demo not wired');
      exitCode = await deps.demo(lang(opt));
    });

  function fail(l: Lang, errors: FieldError[]) {
    for (const e of errors) err(t(l, 'error.option', { field: e.field, expected: e.expected }));
    exitCode = 2;
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (isDataDirMissing(error)) {
      // The official files are not where we looked: say where we looked and how to point elsewhere.
      err(error.message);
      return 1;
    }
    if (error instanceof CommanderError) {
      // Help and version exit with 0; usage errors with 2 (commander already printed the message).
      if (error.code === 'ee.asOf' || error.code === 'ee.instant') err(error.message);
      return error.exitCode === 0 ? 0 : 2;
    }
    throw error;
  }
  return exitCode;
}

function isDataDirMissing(error: unknown): error is Error {
  return error instanceof Error && (error as { code?: unknown }).code === 'data_dir_missing';
}

/** A scored line as the contract says: blocks, total, lines; findings too when the input was a full profile. */
function scoreLine(value: unknown, asOf: string): Outcome<unknown> {
  const s = scoreInput(value, asOf);
  if (!s.ok) return s;
  const { total, core, spouse, transferability, additional, lines } = s.value.score;
  const result: Record<string, unknown> = { total, core, spouse, transferability, additional, lines };
  if (s.value.profile !== null) result.findings = s.value.findings;
  return { ok: true, value: result };
}
