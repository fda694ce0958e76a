// The server for the end-to-end tests: the real composition root (src/server/http-server.ts) on a free port with an
// in-memory database, demo accounts seeded; or, with E2E_BASE_URL, a server already running.
import path from 'node:path';
import { startServer, type RunningServer as Started } from '../src/server/http-server.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
/** The built web app (E2E_WEB_DIST to test another build, e.g. one per engineer working in the same tree). */
export const WEB_DIST = process.env.E2E_WEB_DIST ? path.resolve(process.env.E2E_WEB_DIST) : path.join(repoRoot, 'web', 'dist');

export interface RunningServer {
  baseUrl: string;
  /** Present when this process started the server: demo accounts and their passwords. */
  started?: Started;
  close(): Promise<void>;
}

export async function startE2eServer(): Promise<RunningServer> {
  const external = process.env.E2E_BASE_URL;
  if (external) return { baseUrl: external.replace(/\/$/, ''), close: async () => undefined };
  const started = await startServer({
    port: 0,
    host: '127.0.0.1',
    database: 'memory',
    webDist: WEB_DIST,
    logLevel: 'silent',
    seedProfiles: 40,
    scheduler: false,
    print: () => undefined,
  });
  return { baseUrl: started.url, started, close: () => started.close() };
}
