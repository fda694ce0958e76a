// `ee pool generate` and `ee round replay` in-process on a file-backed PGlite (as the real CLI: each command opens and
// closes the database): JSON and text summaries, French and English, the same seed refused, a pool like a published
// round, and a replay in a scratch database that leaves the configured one untouched.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Collector } from '../cli-harness.ts';
import { runCli } from '../../src/cli/program.ts';
import { fileReferenceData } from '../../src/server/reference.ts';
import { poolCliDeps, IRCC_FEED_FILE } from '../../src/server/pool.ts';
import { openOperations } from '../../src/server/operations.ts';
import { testDataDir } from '../data-dir.ts';

// Migrating a fresh database and writing pools takes seconds on a busy 2-core machine.
vi.setConfig({ hookTimeout: 60_000, testTimeout: 120_000 });

const dir = mkdtempSync(path.join(tmpdir(), 'ee-cli-pool-'));
const env = { EE_PGLITE_DIR: path.join(dir, 'pglite') };
const clock = { today: () => '2026-05-01', now: () => '2026-05-01T12:00:00.000Z' };
const DATA = testDataDir('db/cli-pool.test');
const hasFeed = DATA !== null && existsSync(path.join(DATA, IRCC_FEED_FILE));

async function ee(args: string[]) {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runCli(args, {
    clock,
    reference: fileReferenceData(process.env),
    env: {},
    stdin: Readable.from(['']),
    stdout,
    stderr,
    pool: poolCliDeps({ ...process.env, ...env }, { clock }),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

async function profilesInConfiguredDatabase(): Promise<number> {
  const ops = await openOperations(env, { clock });
  try {
    return (await ops.handle.db.selectFrom('profile').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n * 1;
  } finally {
    await ops.close();
  }
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ee pool generate', () => {
  it('writes the pool and prints a summary (JSON; text in French), and refuses the same seed again', async () => {
    const json = await ee(['pool', 'generate', '--size', '30', '--seed', '9', '--as-of', '2026-04-30', '--json']);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    const summary = JSON.parse(json.stdout) as { count: number; seed: number; until: string; distribution: { band: string; count: number }[]; elapsedSeconds: number };
    expect(summary).toMatchObject({ count: 30, seed: 9, until: '2026-05-01T00:00:00.000Z' });
    expect(summary.distribution.at(-1)).toMatchObject({ band: 'total', count: 30 });
    expect(summary.elapsedSeconds).toBeGreaterThan(0);

    const text = await ee(['pool', 'generate', '--size', '20', '--seed', '10', '--lang', 'fr']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('20 profils générés en');
    expect(text.stdout).toContain('Tranche SCG');
    expect(await profilesInConfiguredDatabase()).toBe(50);

    const again = await ee(['pool', 'generate', '--size', '30', '--seed', '9', '--lang', 'en']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Refused: conflict the pool of this seed is already in the database');
    expect(await profilesInConfiguredDatabase()).toBe(50);
  }, 60_000);

  it('needs a size (or a round to imitate), and a real day', async () => {
    expect((await ee(['pool', 'generate', '--seed', '1', '--lang', 'en'])).code).toBe(2);
    expect((await ee(['pool', 'generate', '--size', '5', '--seed', '1', '--as-of', '2026-13-01'])).code).toBe(2);
  });

  it.skipIf(!hasFeed)('matches a published round’s distribution (--like-draw), and says when a round has none', async () => {
    const r = await ee(['pool', 'generate', '--size', '200', '--seed', '11', '--like-draw', '437', '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as { count: number; maxGapPoints: number; likeDraw: string };
    expect(summary).toMatchObject({ count: 200, likeDraw: '437' });
    expect(summary.maxGapPoints).toBeLessThanOrEqual(2);
    const none = await ee(['pool', 'generate', '--seed', '12', '--like-draw', '100', '--lang', 'en']);
    expect(none).toMatchObject({ code: 1, stderr: 'Refused: draw_without_distribution IRCC published no pool distribution for round 100\n' });
  }, 60_000);
});

describe.skipIf(!hasFeed)('ee round replay', () => {
  it('replays a round on a small scratch pool and prints our cut-off next to IRCC’s, leaving the configured database as it was', async () => {
    const before = await profilesInConfiguredDatabase();
    const text = await ee(['round', 'replay', '--draw', '436', '--size', '400', '--lang', 'en']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Replay of IRCC round 436: Canadian Experience Class, 2026-08-18');
    expect(text.stdout).toMatch(/Cut-off: ours \d+, IRCC’s 523\./);
    expect(text.stdout).toContain('round of 2 invitations (IRCC’s: 1,000)');
    const json = await ee(['round', 'replay', '--draw', '436', '--size', '400', '--json']);
    const replay = JSON.parse(json.stdout) as { published: { cutoff: number }; outcome: { cutoff: number; invitedCount: number; invited: number }; spec: { type: string; program: string } };
    expect(replay.published.cutoff).toBe(523);
    expect(replay.spec).toMatchObject({ type: 'program', program: 'cec' });
    expect(replay.outcome.invitedCount).toBe(2);
    expect(replay.outcome.invited).toBe(2);
    expect(await profilesInConfiguredDatabase()).toBe(before);
    expect(await ee(['round', 'replay', '--draw', '99999', '--lang', 'en'])).toMatchObject({ code: 1, stderr: 'Refused: draw_not_found no round 99999 in IRCC’s feed\n' });
  }, 120_000);
});
