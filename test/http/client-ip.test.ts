// The client's address for the per-address rate limits: X-Forwarded-For believed only as far as TRUST_PROXY says.
// Pure resolution first, then over a real socket (the API served on a port, registrations rate limited per address).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createHttpApp } from '../../src/http/app.ts';
import { parseTrustProxy, resolveClientIp, TRUST_NO_PROXY, type TrustProxy } from '../../src/http/client-ip.ts';
import { ConfigError, loadConfig } from '../../src/server/config.ts';
import { openTestDatabase, type TestDatabase } from '../db/databases.ts';
import { accountsOn, freshEmail, GOOD_PASSWORD } from '../accounts-fixture.ts';
import { baseDeps } from './harness.ts';
import { RATE_LIMITS } from '../../src/domain/accounts.ts';

describe('TRUST_PROXY', () => {
  it('is off by default, and reads hops or the proxies’ addresses', () => {
    expect(loadConfig({}).TRUST_PROXY).toEqual({ kind: 'off' });
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toEqual({ kind: 'off' });
    expect(loadConfig({ TRUST_PROXY: '0' }).TRUST_PROXY).toEqual({ kind: 'off' });
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toEqual({ kind: 'hops', hops: 2 });
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toEqual({ kind: 'addresses', addresses: ['loopback', '10.0.0.0/8'] });
  });

  it('refuses true (anyone could choose their address) and addresses it cannot read, saying what it expects', () => {
    for (const bad of ['true', 'proxy.example.org', '10.0.0.0/99', '-1']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(ConfigError);
      try {
        loadConfig({ TRUST_PROXY: bad });
      } catch (error) {
        expect((error as ConfigError).problems.join('\n')).toMatch(/TRUST_PROXY: a number of proxy hops, or loopback/);
      }
    }
  });
});

describe('resolveClientIp', () => {
  const chain = '198.51.100.1, 203.0.113.5';
  it('ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(resolveClientIp('127.0.0.1', chain, TRUST_NO_PROXY)).toBe('127.0.0.1');
    expect(resolveClientIp('203.0.113.9', '198.51.100.1', parseTrustProxy(undefined))).toBe('203.0.113.9');
  });

  it('walks back from the socket through trusted proxies only', () => {
    const loopback = parseTrustProxy('loopback');
    // The proxy on loopback names 203.0.113.5; that address is not a trusted proxy, so it is the client (what it says
    // it forwarded for, 198.51.100.1, is not believed).
    expect(resolveClientIp('127.0.0.1', chain, loopback)).toBe('203.0.113.5');
    // A request straight from the internet: its header is not believed at all.
    expect(resolveClientIp('203.0.113.9', chain, loopback)).toBe('203.0.113.9');
    expect(resolveClientIp('::1', '2001:db8::7', loopback)).toBe('2001:db8::7');
    expect(resolveClientIp('127.0.0.1', undefined, loopback)).toBe('127.0.0.1');
  });

  it('trusts exactly N hops', () => {
    expect(resolveClientIp('10.0.0.2', chain, parseTrustProxy('1'))).toBe('203.0.113.5');
    expect(resolveClientIp('10.0.0.2', chain, parseTrustProxy('2'))).toBe('198.51.100.1');
    // More hops than addresses: the farthest one given.
    expect(resolveClientIp('10.0.0.2', chain, parseTrustProxy('5'))).toBe('198.51.100.1');
  });

  it('is unknown when the socket is', () => {
    expect(resolveClientIp(null, chain, parseTrustProxy('loopback'))).toBeNull();
  });
});

describe('per-address rate limits behind a proxy (over a socket)', () => {
  let handle: TestDatabase;
  const servers: ServerType[] = [];

  beforeAll(async () => {
    handle = await openTestDatabase('pglite');
  }, 120_000);
  afterAll(async () => {
    for (const s of servers) await new Promise<void>((resolve) => s.close(() => resolve()));
    await handle.close();
  });

  async function served(trustProxy: TrustProxy): Promise<string> {
    const { accounts, clock } = accountsOn(handle.db);
    // Each server its own hour, so that the counters of one do not fill the other's window.
    clock.set(`2025-07-0${servers.length + 1}T10:00:00.000Z`);
    const app = createHttpApp(baseDeps({ clock, sessions: accounts, authorizations: accounts, accounts, trustProxy }));
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    servers.push(server);
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  const register = (base: string, forwardedFor: string) =>
    fetch(`${base}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ email: freshEmail('proxy'), password: GOOD_PASSWORD, displayName: 'Proxied' }),
    });

  const max = RATE_LIMITS.registerPerIp.max;

  it('off: every request counts for the socket’s address, whatever X-Forwarded-For says', { timeout: 60_000 }, async () => {
    const base = await served(TRUST_NO_PROXY);
    for (let i = 0; i < max; i++) expect((await register(base, `198.51.100.${i + 1}`)).status).toBe(201);
    expect((await register(base, '198.51.100.200')).status).toBe(429);
  });

  it('loopback: each client named by the proxy has its own count', { timeout: 60_000 }, async () => {
    const base = await served(parseTrustProxy('loopback'));
    for (let i = 0; i < max; i++) expect((await register(base, '198.51.100.7')).status).toBe(201);
    const limited = await register(base, '198.51.100.7');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await register(base, '198.51.100.8')).status).toBe(201);
  });
});
