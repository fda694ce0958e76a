// Runs the `ee` program in-process with fake streams and a fixed clock.
import { Readable, Writable } from 'node:stream';
import path from 'node:path';
import { runCli, type CliDeps } from '../src/cli/program.ts';
import { fileReferenceData } from '../src/server/reference.ts';
import type { Clock } from '../src/app/ports.ts';

export const repoRoot = path.resolve(import.meta.dirname, '..');
export const example = (name: string) => path.join(repoRoot, 'examples', name);

export class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

export interface EeOptions {
  stdin?: string;
  /** The CLI's own environment (language choice). */
  env?: Record<string, string | undefined>;
  clock?: Clock;
  /** The database-backed commands' use cases. */
  operations?: CliDeps['operations'];
}

const FIXED_CLOCK: Clock = { today: () => '2026-11-23', now: () => '2026-11-23T12:00:00Z' };

export async function runEe(args: string[], options: EeOptions = {}) {
  const stdout = new Collector();
  const stderr = new Collector();
  const env = options.env ?? {};
  const code = await runCli(args, {
    clock: options.clock ?? FIXED_CLOCK,
    reference: fileReferenceData({ ...process.env, ...env }),
    env,
    stdin: Readable.from([options.stdin ?? '']),
    stdout,
    stderr,
    ...(options.operations ? { operations: options.operations } : {}),
  });
  return { code, stdout: stdout.text, stderr: stderr.text, json: () => stdout.text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

export function ee(args: string[], stdin = '', env: Record<string, string | undefined> = {}) {
  return runEe(args, { stdin, env });
}
