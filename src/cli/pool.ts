// `ee pool generate` and `ee round replay` (issue #4, "Synthetic pool and replay"): one use case each
// (src/app/pool-generate.ts generatePool, src/app/pool-replay.ts replayDraw). The progress bar goes to stderr, and only
// to a terminal; the summary to stdout (text or --json).
import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import type { IrccRound } from '../app/ircc-feed.ts';
import { generatePool, irccDraw, type GeneratePoolResult, type PoolError, type PoolGenerateDeps } from '../app/pool-generate.ts';
import { replayDraw, type Replay, type ReplayError } from '../app/pool-replay.ts';
import { isIsoDate } from '../domain/dates.ts';
import type { CrsBandCount } from '../domain/rounds.ts';
import { LANGS, t, type Lang } from '../i18n/index.ts';
import type { CliStreams } from './io.ts';

/** What the pool commands need (wired in src/server/pool.ts). */
export interface PoolCliDeps {
  /** The parsed JSON of IRCC's rounds feed in the data directory (express_entry/ee_rounds_123_en.json). */
  irccFeed(): Promise<unknown>;
  /** The configured database, or a fresh in-memory one ('scratch'), migrated, with the use cases' dependencies. */
  open(where: 'configured' | 'scratch'): Promise<{ deps: PoolGenerateDeps; close(): Promise<void> }>;
}

export interface PoolCommandContext {
  lang(opt: { lang?: Lang }): Lang;
  out(text: string): void;
  err(text: string): void;
  setExitCode(code: number): void;
  stderr: CliStreams['stderr'];
  pool: PoolCliDeps | undefined;
  /** Milliseconds, for the elapsed time (performance.now in production). */
  now(): number;
}

const langOption = () => new Option('--lang <lang>', 'language of the text output: fr | en').choices(LANGS);
const positiveInt = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name}: not a whole number: ${v}`);
  return n;
};

function percent(count: number, total: number): number {
  return total > 0 ? (count / total) * 100 : 0;
}

/** The pool's distribution, band by band, beside the target's when there is one. */
export function bandTable(l: Lang, pool: readonly CrsBandCount[], target: readonly CrsBandCount[] | null): string {
  const total = pool[pool.length - 1]!.count;
  const targetTotal = target ? target[target.length - 1]!.count : 0;
  const lines = [t(l, target ? 'cli.pool.table_header' : 'cli.pool.table_header_plain')];
  pool.forEach((b, i) => {
    const indent = b.to - b.from === 9 ? '  ' : '';
    const share = percent(b.count, total);
    let line = `${(indent + b.band).padEnd(12)} ${String(b.count).padStart(6)} ${share.toFixed(1).padStart(6)}%`;
    if (target) {
      const targetShare = percent(target[i]!.count, targetTotal);
      line += ` ${targetShare.toFixed(1).padStart(6)}% ${(share - targetShare).toFixed(2).padStart(7)}`;
    }
    lines.push(line);
  });
  return lines.join('\n');
}

function errorText(l: Lang, e: PoolError | ReplayError): string {
  if (e.code === 'validation_failed') return e.errors.map((x) => `${x.field}: ${x.expected}`).join('; ');
  if (e.code === 'round_refused') return `${e.error.code}${'issues' in e.error ? ` ${e.error.issues.map((i) => `${i.field}: ${t(l, `round.error.${i.code}`, i.params ?? {})}`).join('; ')}` : ''}`;
  if (e.code === 'conflict') return t(l, 'cli.pool.error.conflict');
  return t(l, `cli.pool.error.${e.code}`, 'draw' in e ? { draw: e.draw } : { band: e.band });
}

function summaryText(l: Lang, r: GeneratePoolResult, seconds: number, draw: IrccRound | null): string {
  const lines = [
    t(l, 'cli.pool.generated', { count: r.count, seconds: seconds.toFixed(1), seed: r.seed, from: r.from, until: r.until, attempts: r.attempts }),
    t(l, 'cli.pool.programs', { ...r.byProgram }),
  ];
  if (draw) lines.push(t(l, 'cli.pool.like_draw', { draw: draw.drawNumber, name: draw.name, date: draw.date, gap: (r.maxGapPoints ?? 0).toFixed(2) }));
  lines.push(bandTable(l, r.distribution, draw ? draw.distribution : null));
  return lines.join('\n');
}

function replayText(l: Lang, r: Replay, seconds: number): string {
  const o = r.outcome;
  return [
    t(l, 'cli.replay.header', { draw: r.draw, name: r.published.name, instant: r.published.instant }),
    t(l, 'cli.replay.pool', { count: r.pool.count, published: r.published.poolSize, size: r.spec.size ?? 0, publishedSize: r.published.size }),
    t(l, 'cli.replay.cutoff', { ours: o.cutoff ?? '-', published: r.published.cutoff }),
    t(l, 'cli.replay.tie_break', { ours: o.tieBreak ?? '-', published: r.published.tieBreak ?? '-' }),
    t(l, 'cli.replay.invited', { invited: o.invitedCount, eligible: o.eligibleCount, ...o.counts.byProgram }),
    t(l, 'cli.replay.not_executed', { number: r.round.number }),
    t(l, 'cli.pool.generated', { count: r.pool.count, seconds: seconds.toFixed(1), seed: r.pool.seed, from: r.pool.from, until: r.pool.until, attempts: r.pool.attempts }),
    bandTable(l, r.pool.distribution, r.pool.target),
  ].join('\n');
}

/** A progress bar on stderr (drawn only when stderr is a terminal). */
function progressBar(ctx: PoolCommandContext, l: Lang) {
  const bar = new cliProgress.SingleBar(
    { stream: ctx.stderr, format: `${t(l, 'cli.pool.progress')} [{bar}] {value}/{total} ({percentage}%) {eta_formatted}`, noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (p: { done: number; total: number }) => {
      if (!started) {
        bar.start(p.total, p.done);
        started = true;
      } else bar.update(p.done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

export function registerPoolCommands(program: Command, ctx: PoolCommandContext): void {
  const refuse = (l: Lang, e: PoolError | ReplayError) => {
    ctx.err(t(l, 'cli.pool.failed', { code: e.code, detail: errorText(l, e) }));
    ctx.setExitCode(1);
  };
  const needPool = (l: Lang): PoolCliDeps | null => {
    if (ctx.pool) return ctx.pool;
    ctx.err(t(l, 'cli.error.no_database'));
    ctx.setExitCode(1);
    return null;
  };
  const draw = async (l: Lang, pool: PoolCliDeps, number: string): Promise<IrccRound | null> => {
    const found = irccDraw(await pool.irccFeed(), number);
    if (found.ok) return found.value;
    refuse(l, found.error);
    return null;
  };

  program
    .command('pool')
    .description('the synthetic pool')
    .command('generate')
    .description('write N realistic candidates already in the pool (accounts and submitted profiles), deterministic for a seed')
    .option('--size <n>', 'number of profiles (default with --like-draw: that round’s pool size)', positiveInt('--size'))
    .requiredOption('--seed <n>', 'seed of the generator (0–4294967295); the same seed, size and day give the same pool', positiveInt('--seed'))
    .option('--like-draw <number>', 'match the CRS distribution IRCC published with this round (e.g. 437), band by band')
    .option('--as-of <date>', 'profiles submitted over the year up to this day, YYYY-MM-DD (default: today, UTC)')
    .addOption(langOption())
    .option('--json', 'print the summary as JSON instead of text')
    .action(async (opt: { size?: number; seed: number; likeDraw?: string; asOf?: string; lang?: Lang; json?: boolean }) => {
      const l = ctx.lang(opt);
      const pool = needPool(l);
      if (!pool) return;
      if (opt.asOf !== undefined && !isIsoDate(opt.asOf)) {
        ctx.err(t(l, 'cli.error.instant', { option: '--as-of', value: JSON.stringify(opt.asOf) }));
        ctx.setExitCode(2);
        return;
      }
      const round = opt.likeDraw !== undefined ? await draw(l, pool, opt.likeDraw) : null;
      if (opt.likeDraw !== undefined && !round) return;
      const size = opt.size ?? (round ? round.distribution[round.distribution.length - 1]!.count : undefined);
      if (size === undefined) {
        ctx.err(t(l, 'cli.pool.size_required'));
        ctx.setExitCode(2);
        return;
      }
      const db = await pool.open('configured');
      const bar = progressBar(ctx, l);
      const start = ctx.now();
      try {
        const result = await generatePool(db.deps, {
          size,
          seed: opt.seed,
          ...(opt.asOf ? { asOf: opt.asOf } : {}),
          ...(round ? { target: round.distribution } : {}),
          onProgress: bar.update,
        });
        bar.stop();
        if (!result.ok) return refuse(l, result.error);
        const seconds = (ctx.now() - start) / 1000;
        ctx.out(opt.json ? JSON.stringify({ ...result.value, elapsedSeconds: seconds, likeDraw: round?.drawNumber ?? null }) : summaryText(l, result.value, seconds, round));
      } finally {
        bar.stop();
        await db.close();
      }
    });

  const round = program.commands.find((c) => c.name() === 'round') ?? program.command('round').description('rounds of invitations');
  round
    .command('replay')
    .description('generate a pool like an IRCC round’s, run a round of the published type and size at its instant (simulated), and compare cut-offs')
    .requiredOption('--draw <number>', 'IRCC’s round number (e.g. 437)')
    .option('--size <n>', 'pool size (default: the published pool; a smaller pool gets a round scaled to it)', positiveInt('--size'))
    .option('--seed <n>', 'seed of the generator', positiveInt('--seed'), 1)
    .option('--database', 'use the configured database instead of a fresh in-memory one (the pool and the round stay there)')
    .addOption(langOption())
    .option('--json', 'print JSON instead of text')
    .action(async (opt: { draw: string; size?: number; seed: number; database?: boolean; lang?: Lang; json?: boolean }) => {
      const l = ctx.lang(opt);
      const pool = needPool(l);
      if (!pool) return;
      const found = await draw(l, pool, opt.draw);
      if (!found) return;
      const db = await pool.open(opt.database ? 'configured' : 'scratch');
      const bar = progressBar(ctx, l);
      const start = ctx.now();
      try {
        const result = await replayDraw(db.deps, { round: found, seed: opt.seed, ...(opt.size !== undefined ? { size: opt.size } : {}), onProgress: bar.update });
        bar.stop();
        if (!result.ok) return refuse(l, result.error);
        const seconds = (ctx.now() - start) / 1000;
        const { invited, ...outcome } = result.value.outcome;
        ctx.out(
          opt.json
            ? JSON.stringify({ ...result.value, round: { number: result.value.round.number, status: result.value.round.status }, outcome: { ...outcome, invited: invited.length }, elapsedSeconds: seconds })
            : replayText(l, result.value, seconds),
        );
      } finally {
        bar.stop();
        await db.close();
      }
    });
}
