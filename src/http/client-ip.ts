// The client's address, for the per-address rate limits (sign-in, registration). Behind a reverse proxy every request
// comes from the proxy's address, so the limits would count everyone together; the proxy names the client in
// X-Forwarded-For. That header is written by whoever sends the request, so it is believed only as far as the server is
// told to trust (TRUST_PROXY): off by default (the socket's address, the header ignored); a number of proxy hops in
// front of the server; or the proxies' addresses ('loopback', 'linklocal', 'uniquelocal', IPs, CIDR ranges). The
// address is then the first one, walking from the socket back through the header, that is not a trusted proxy
// (proxy-addr, the module Express uses for the same setting).
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import proxyaddr from 'proxy-addr';

/** Which proxies are trusted to tell the client's address: none, the N nearest hops, or the ones at these addresses. */
export type TrustProxy = { kind: 'off' } | { kind: 'hops'; hops: number } | { kind: 'addresses'; addresses: readonly string[] };

export const TRUST_NO_PROXY: TrustProxy = { kind: 'off' };

/**
 * Reads a TRUST_PROXY value: unset, '', 'false' or '0' → off; a whole number → that many hops; otherwise a comma-
 * separated list of 'loopback', 'linklocal', 'uniquelocal', IP addresses or CIDR ranges. Throws a TypeError naming
 * what is wrong ('true', trusting any sender, is refused: it would let every client choose its own address).
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const v = (value ?? '').trim();
  if (v === '' || v === 'false' || v === '0') return TRUST_NO_PROXY;
  if (/^\d+$/.test(v)) return { kind: 'hops', hops: Number(v) };
  if (v === 'true') throw new TypeError('true would trust any sender of X-Forwarded-For: give a number of hops, loopback, or the proxies’ addresses');
  const addresses = v.split(',').map((a) => a.trim()).filter((a) => a !== '');
  proxyaddr.compile(addresses); // throws TypeError on an address or range it cannot read
  return { kind: 'addresses', addresses };
}

function trustFunction(trust: TrustProxy): ((addr: string, i: number) => boolean) | null {
  switch (trust.kind) {
    case 'off':
      return null;
    case 'hops':
      return (_addr, i) => i < trust.hops;
    case 'addresses':
      return proxyaddr.compile([...trust.addresses]);
  }
}

const compiled = new WeakMap<TrustProxy, ((addr: string, i: number) => boolean) | null>();

/** The client's address given the socket's address and the X-Forwarded-For header, under `trust`. */
export function resolveClientIp(socketAddress: string | null, forwardedFor: string | undefined, trust: TrustProxy): string | null {
  if (socketAddress === null) return null;
  if (!compiled.has(trust)) compiled.set(trust, trustFunction(trust));
  const fn = compiled.get(trust) ?? null;
  if (fn === null || forwardedFor === undefined) return socketAddress;
  const req = { connection: { remoteAddress: socketAddress }, socket: { remoteAddress: socketAddress }, headers: { 'x-forwarded-for': forwardedFor } };
  return proxyaddr(req as unknown as IncomingMessage, fn);
}

/** The request's client address (null when unknown, e.g. a request made in-process by a test). */
export function clientIp(c: Context, trust: TrustProxy = TRUST_NO_PROXY): string | null {
  let socketAddress: string | null;
  try {
    socketAddress = getConnInfo(c).remote.address ?? null;
  } catch {
    socketAddress = null;
  }
  return resolveClientIp(socketAddress, c.req.header('x-forwarded-for'), trust);
}
