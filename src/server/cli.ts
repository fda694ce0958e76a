// Composition root of the `ee` command: real clock, official data files, process streams.
import path from 'node:path';
import { runCli, type CliDeps } from '../cli/program.ts';
import { runDemo } from '../cli/demo.ts';
import { systemClock } from '../app/ports.ts';
import { fileReferenceData } from './reference.ts';
import { openOperations } from './operations.ts';
import { poolCliDeps } from './pool.ts';
import { startServer } from './http-server.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

export async function main(argv: readonly string[]): Promise<number> {
  const deps: CliDeps = {
    clock: systemClock,
    reference: fileReferenceData(process.env),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    operations: () => openOperations(process.env),
    pool: poolCliDeps(process.env),
  };
  deps.demo = (lang) =>
    runDemo(path.join(repoRoot, 'examples'), lang, (args) => runCli(args, deps), (text) => process.stdout.write(text));
  deps.serve = async ({ port }) => {
    const server = await startServer({ port });
    process.stdout.write(`Entrée express / Express Entry: ${server.url}/  (API: ${server.url}/api/docs)\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    return 0;
  };
  return runCli(argv, deps);
}
