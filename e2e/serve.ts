// A small server for the end-to-end tests: web/dist (the built app, index.html for every page address) and the
// real HTTP API on one port. When the lead's server exists (src/server/http-server.ts `startServer`), it is used
// instead (port 0, in-memory database); E2E_BASE_URL skips both and tests a server already running.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { getRequestListener } from '@hono/node-server';

const repoRoot = path.resolve(import.meta.dirname, '..');
export const WEB_DIST = path.join(repoRoot, 'web', 'dist');

export interface RunningServer {
  baseUrl: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** A file of web/dist for a URL path, or index.html (the app routes /, /fr/…, /en/… itself); null outside dist. */
async function staticFile(urlPath: string): Promise<{ file: string; body: Buffer } | null> {
  const decoded = decodeURIComponent(urlPath.split('?')[0]!);
  const file = path.resolve(WEB_DIST, `.${decoded}`);
  if (!file.startsWith(WEB_DIST)) return null;
  try {
    if ((await stat(file)).isFile()) return { file, body: await readFile(file) };
  } catch {
    // Not a file: an address of the app.
  }
  if (path.extname(decoded) !== '') return null;
  const index = path.join(WEB_DIST, 'index.html');
  return { file: index, body: await readFile(index) };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return `http://127.0.0.1:${address.port}`;
}

/** Our own small server: web/dist + createHttpApp from src/http with real deps (system clock, official data files). */
async function startLocal(): Promise<RunningServer> {
  const [{ createHttpApp }, { systemClock }, { fileReferenceData }] = await Promise.all([
    import('../src/http/app.ts'),
    import('../src/app/ports.ts'),
    import('../src/server/reference.ts'),
  ]);
  // Public pages only: no session is ever valid, and storage and accounts are not wired (a route that needs them
  // fails loudly). The lead's server (startServer) replaces this with the real composition root.
  const notWired = (name: string) =>
    new Proxy({}, { get: (_, key) => { throw new Error(`e2e/serve.ts: ${name}.${String(key)} is not wired (public pages only)`); } });
  const deps = {
    clock: systemClock,
    reference: fileReferenceData(process.env),
    sessions: { authenticate: async () => null },
    authorizations: { canActFor: async () => false },
    uow: notWired('uow'),
    accounts: notWired('accounts'),
  };
  const app = createHttpApp(deps as unknown as Parameters<typeof createHttpApp>[0]);
  const api = getRequestListener(app.fetch);
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')) {
      void api(req, res);
      return;
    }
    void staticFile(url).then(
      (found) => {
        if (!found) {
          res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
          return;
        }
        const isIndex = found.file.endsWith('index.html');
        res.writeHead(200, {
          'Content-Type': TYPES[path.extname(found.file)] ?? 'application/octet-stream',
          'Cache-Control': isIndex ? 'no-cache' : 'public, max-age=31536000, immutable',
        });
        res.end(found.body);
      },
      (error: unknown) => {
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
      },
    );
  });
  const baseUrl = await listen(server);
  return { baseUrl, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

type StartServer = (options: Record<string, unknown>) => Promise<{ url?: string; port?: number; close(): Promise<void> }>;

/** The lead's composition root, when it exists. */
async function startLeadServer(): Promise<RunningServer | null> {
  let mod: { startServer?: StartServer };
  try {
    mod = (await import(path.join(repoRoot, 'src/server/http-server.ts'))) as { startServer?: StartServer };
  } catch {
    return null;
  }
  if (typeof mod.startServer !== 'function') return null;
  const started = await mod.startServer({ port: 0, host: '127.0.0.1', database: 'memory', webDist: WEB_DIST, logLevel: 'silent' });
  const baseUrl = started.url ?? `http://127.0.0.1:${started.port}`;
  return { baseUrl, close: () => started.close() };
}

/** E2E_BASE_URL (a running server), else the lead's server, else our own. E2E_SERVER=local forces our own. */
export async function startE2eServer(): Promise<RunningServer> {
  const external = process.env.E2E_BASE_URL;
  if (external) return { baseUrl: external.replace(/\/$/, ''), close: async () => undefined };
  if (process.env.E2E_SERVER !== 'local') {
    const lead = await startLeadServer();
    if (lead) return lead;
  }
  return startLocal();
}

// `node e2e/serve.ts`: serve for a manual look (Ctrl-C to stop).
if (import.meta.main) {
  const server = await startE2eServer();
  console.log(`Serving web/dist and /api on ${server.baseUrl}`);
}
