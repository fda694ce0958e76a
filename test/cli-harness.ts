// Runs the `ee` program in-process with fake streams and a fixed clock.
import { Readable, Writable } from 'node:stream';
import path from 'node:path';
import { runCli } from '../src/cli/program.ts';
import { fileReferenceData } from '../src/server/reference.ts';

export const repoRoot = path.resolve(import.meta.dirname, '..');
export const example = (name: string) => path.join(repoRoot, 'examples', name);

class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

export async function ee(args: string[], stdin = '', env: Record<string, string | undefined> = {}) {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runCli(args, {
    clock: { today: () => '2026-11-23', now: () => '2026-11-23T12:00:00Z' },
    reference: fileReferenceData({ ...process.env, ...env }),
    env,
    stdin: Readable.from([stdin]),
    stdout,
    stderr,
  });
  return { code, stdout: stdout.text, stderr: stderr.text, json: () => stdout.text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) };
}
