// `ee round draft|simulate|approve|execute|publish|list|show`, `ee rounds import-ircc <file>` and `ee itas expire`
// (issue #4): one use case of src/app/rounds.ts per command. Commands act as an account (`--as <email>`): the round's separation of
// duties holds on the command line too (an officer drafts, a round approver approves and executes).
import { readFile } from 'node:fs/promises';
import { CommanderError, Option, type Command } from 'commander';
import type { Actor } from '../app/ports/audit.ts';
import type { RoundRecord } from '../app/ports/rounds.ts';
import {
  approveRound,
  draftRound,
  executeRound,
  expireItas,
  getRound,
  importIrccRounds,
  listRounds,
  publishRound,
  simulateRound,
  type Result,
  type RoundDeps,
  type RoundError,
} from '../app/rounds.ts';
import { ROUND_PROGRAMS, ROUND_TYPE_CODES, type RoundProgram, type RoundSpec, type RoundType } from '../domain/rounds.ts';
import type { CategoryCode } from '../domain/rules/categories.ts';
import { LANGS, t, type Lang } from '../i18n/index.ts';

/** What the round commands need from the database (wired in server/operations.ts). */
export interface RoundOperations {
  deps: RoundDeps;
  /** The account acting, by e-mail (null when there is none). */
  actorByEmail(email: string): Promise<Actor | null>;
}

export interface RoundCommandContext {
  lang(opt: { lang?: Lang }): Lang;
  out(text: string): void;
  err(text: string): void;
  setExitCode(code: number): void;
  /** Opens the database, runs, closes; null rounds when the operations do not offer them. */
  withRounds(l: Lang, run: (rounds: RoundOperations) => Promise<void>): Promise<void>;
}

interface CommonOptions {
  lang?: Lang;
  json?: boolean;
  as?: string;
}

const langOption = () => new Option('--lang <lang>', 'language of the text output: fr | en').choices(LANGS);
const intArg = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n)) throw new Error(`not an integer: ${v}`);
  return n;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/** `--at`: a day (its midnight, UTC) or an instant in UTC → ISO 8601 with milliseconds; anything else is a usage error. */
function instantArg(v: string): string {
  const d = new Date(DAY.test(v) ? `${v}T00:00:00Z` : v);
  if (!(DAY.test(v) || INSTANT.test(v)) || Number.isNaN(d.getTime())) {
    throw new CommanderError(2, 'ee.instant', t('en', 'cli.error.instant', { option: '--at', value: JSON.stringify(v) }));
  }
  return d.toISOString();
}

function summary(l: Lang, round: RoundRecord): string {
  return t(l, 'cli.round.summary', {
    number: round.number,
    status: round.status,
    type: round.spec.type,
    instant: round.instant,
    cutoff: round.result?.cutoff ?? '-',
    invited: round.result?.invitedCount ?? 0,
    pool: round.result?.poolSize ?? 0,
  });
}

export function registerRoundCommands(program: Command, ctx: RoundCommandContext): void {
  /** Resolves `--as`, runs the use case, prints the result (JSON or a line), sets exit code 1 on a refusal. */
  const act = async <T>(opt: CommonOptions, run: (r: RoundOperations, actor: Actor | null) => Promise<Result<T>>, text: (value: T, l: Lang) => string) => {
    const l = ctx.lang(opt);
    await ctx.withRounds(l, async (rounds) => {
      let actor: Actor | null = null;
      if (opt.as !== undefined) {
        actor = await rounds.actorByEmail(opt.as);
        if (!actor) {
          ctx.err(t(l, 'cli.round.no_account', { email: opt.as }));
          ctx.setExitCode(1);
          return;
        }
      }
      const result = await run(rounds, actor);
      if (!result.ok) {
        reportError(l, result.error);
        return;
      }
      ctx.out(opt.json ? JSON.stringify(result.value) : text(result.value, l));
    });
  };
  const reportError = (l: Lang, e: RoundError) => {
    const detail = 'issues' in e ? e.issues.map((i) => `${i.field}: ${t(l, `round.error.${i.code}`, i.params ?? {})}`).join('; ') : 'reason' in e && e.reason ? e.reason : 'status' in e ? e.status : '';
    ctx.err(t(l, 'cli.round.failed', { code: e.code, detail }));
    ctx.setExitCode(1);
  };
  const needActor = (actor: Actor | null): Result<Actor> => (actor ? { ok: true, value: actor } : { ok: false, error: { code: 'forbidden' } });
  /** The round of a number, as the actor may see it, then the use case on its id. */
  const onRound = <T>(r: RoundOperations, actor: Actor | null, number: number, fn: (a: Actor, id: string) => Promise<Result<T>>): Promise<Result<T>> => {
    const who = needActor(actor);
    if (!who.ok) return Promise.resolve(who);
    return getRound(r.deps, who.value, number).then((found) => (found.ok ? fn(who.value, found.value.round.id) : found));
  };
  const common = (c: Command) => c.addOption(langOption()).option('--json', 'print JSON instead of text').option('--as <email>', 'the account acting (officer, round approver)');

  const round = program.command('round').description('rounds of invitations: draft, simulate, approve, execute, publish');

  common(round.command('draft').description('draft a round (officer)'))
    .addOption(new Option('--type <type>', 'general | program | category').choices(ROUND_TYPE_CODES).makeOptionMandatory())
    .addOption(new Option('--program <program>', 'program of a program round').choices(ROUND_PROGRAMS))
    .option('--category <code>', 'category of a category round')
    .option('--size <n>', 'number of invitations', intArg)
    .option('--minimum-crs <n>', 'lowest CRS score invited', intArg)
    .requiredOption('--instant <instant>', 'when the round runs, ISO 8601 UTC (2026-08-19T12:35:37Z)')
    .action((opt: CommonOptions & { type: RoundType; program?: RoundProgram; category?: string; size?: number; minimumCrs?: number; instant: string }) => {
      const spec: RoundSpec = { type: opt.type, instant: opt.instant };
      if (opt.program !== undefined) spec.program = opt.program;
      if (opt.category !== undefined) spec.category = opt.category as CategoryCode;
      if (opt.size !== undefined) spec.size = opt.size;
      if (opt.minimumCrs !== undefined) spec.minimumCrs = opt.minimumCrs;
      return act(opt, (r, actor) => {
        const who = needActor(actor);
        return who.ok ? draftRound(r.deps, who.value, spec) : Promise.resolve(who);
      }, (v, l) => summary(l, v));
    });

  common(round.command('simulate').description('simulate a round: cut-off, tie-break, counts; no side effects').argument('<number>', 'round number', intArg))
    .action((number: number, opt: CommonOptions) =>
      act(opt, (r, actor) => onRound(r, actor, number, (a, id) => simulateRound(r.deps, a, id)), (v, l) =>
        [summary(l, v.round), t(l, 'cli.round.simulated', { tieBreak: v.outcome.tieBreak ?? '-', eligible: v.outcome.eligibleCount, ...v.outcome.counts.byProgram })].join('\n'),
      ),
    );

  common(round.command('approve').description('approve a simulated round (round approver, not the drafter)').argument('<number>', 'round number', intArg))
    .action((number: number, opt: CommonOptions) => act(opt, (r, actor) => onRound(r, actor, number, (a, id) => approveRound(r.deps, a, id)), (v, l) => summary(l, v)));

  common(round.command('execute').description('execute an approved round: ITAs, messages (round approver; idempotent)').argument('<number>', 'round number', intArg))
    .action((number: number, opt: CommonOptions) =>
      act(opt, (r, actor) => onRound(r, actor, number, (a, id) => executeRound(r.deps, a, id)), (v, l) =>
        [summary(l, v.round), t(l, v.alreadyExecuted ? 'cli.round.already_executed' : 'cli.round.executed', { itas: v.itas.length })].join('\n'),
      ),
    );

  common(round.command('publish').description('publish the report of an executed round').argument('<number>', 'round number', intArg))
    .action((number: number, opt: CommonOptions) => act(opt, (r, actor) => onRound(r, actor, number, (a, id) => publishRound(r.deps, a, id)), (v, l) => summary(l, v)));

  common(round.command('list').description('rounds, newest first (without --as: published rounds only)'))
    .option('--limit <n>', 'at most this many', intArg, 50)
    .action((opt: CommonOptions & { limit: number }) =>
      act(opt, (r, actor) => listRounds(r.deps, actor, { limit: opt.limit }), (v, l) => (v.length === 0 ? t(l, 'cli.round.none') : v.map((x) => summary(l, x)).join('\n'))),
    );

  common(round.command('show').description('one round (without --as: a published round only)').argument('<number>', 'round number', intArg))
    .action((number: number, opt: CommonOptions) =>
      act(opt, (r, actor) => getRound(r.deps, actor, number), (v, l) => [summary(l, v.round), JSON.stringify(v.round.report ?? v.round.result?.counts ?? {}, null, 2)].join('\n')),
    );

  // The sweep the server's scheduler runs every minute, by hand (no account: it acts as the system).
  program
    .command('itas')
    .description('invitations to apply (ITAs)')
    .command('expire')
    .description('expire the ITAs not answered by their deadline; their profiles leave the pool (idempotent)')
    .addOption(new Option('--at <instant>', 'as if it were this day or instant, UTC (default: now)').argParser(instantArg))
    .addOption(langOption())
    .option('--json', 'print JSON instead of text')
    .action(async (opt: { at?: string; lang?: Lang; json?: boolean }) => {
      const l = ctx.lang(opt);
      await ctx.withRounds(l, async (r) => {
        const expired = await expireItas(r.deps, opt.at ?? r.deps.clock.now());
        ctx.out(opt.json ? JSON.stringify({ expired }) : t(l, 'cli.itas.expired', { count: expired }));
      });
    });

  const rounds = program.command('rounds').description('histories of rounds');
  common(rounds.command('import-ircc').description('load IRCC’s historical rounds feed (ee_rounds_123_en.json)').argument('<file>', 'the feed, JSON'))
    .action(async (file: string, opt: CommonOptions) => {
      const text = await readFile(file, 'utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
      await act(opt, (r, actor) => {
        const who = needActor(actor);
        return who.ok ? importIrccRounds(r.deps, who.value, json) : Promise.resolve(who);
      }, (v, l) => t(l, 'cli.round.imported', { imported: v.imported, errors: v.errors.length }));
    });
}
