// Test harness for the HTTP API: fake ports (clock, NOC data, sessions, authorizations) and request helpers.
// Requests go through `app.request(...)`: no network.
import { buildNocIndex } from '../../src/domain/noc.ts';
import type { Role } from '../../src/domain/accounts.ts';
import type { HttpDeps, Principal } from '../../src/http/deps.ts';

export const TODAY = '2025-06-01';

export const NOC_RECORDS = [
  { code: '21231', titleEn: 'Software engineers and designers', titleFr: 'Ingénieurs/ingénieures et concepteurs/conceptrices en logiciel', exampleTitlesEn: ['software architect'] },
  { code: '21232', titleEn: 'Software developers and programmers', titleFr: 'Développeurs/développeuses et programmeurs/programmeuses de logiciels' },
  { code: '31301', titleEn: 'Registered nurses and registered psychiatric nurses', titleFr: 'Infirmiers autorisés/infirmières autorisées et infirmiers psychiatriques autorisés/infirmières psychiatriques autorisées' },
  { code: '72310', titleEn: 'Carpenters', titleFr: 'Charpentiers-menuisiers/charpentières-menuisières' },
];

/** Accounts with a session token each: `token(role)` gives the cookie value of a session of that role. */
export function principalFor(role: Role, extra: Partial<Principal> = {}): Principal {
  return {
    accountId: ACCOUNT_IDS[role],
    role,
    province: role === 'province' ? 'ON' : null,
    sessionId: `session-${role}`,
    csrfToken: `csrf-${role}`,
    mfaVerified: true,
    ...extra,
  };
}

export const ACCOUNT_IDS: Record<Role, string> = {
  candidate: '00000000-0000-4000-8000-000000000001',
  representative: '00000000-0000-4000-8000-000000000002',
  officer: '00000000-0000-4000-8000-000000000003',
  round_approver: '00000000-0000-4000-8000-000000000004',
  province: '00000000-0000-4000-8000-000000000005',
  employer: '00000000-0000-4000-8000-000000000006',
  auditor: '00000000-0000-4000-8000-000000000007',
  admin: '00000000-0000-4000-8000-000000000008',
};

/** A second candidate, to own "someone else's" records. */
export const OTHER_CANDIDATE_ID = '00000000-0000-4000-8000-0000000000c2';

export interface FakeSessions {
  /** token → principal */
  sessions: Map<string, Principal>;
  add(principal: Principal, token?: string): string;
}

export function fakeSessions(): FakeSessions & HttpDeps['sessions'] {
  const sessions = new Map<string, Principal>();
  return {
    sessions,
    add(principal, token = `token-${principal.role}-${sessions.size}`) {
      sessions.set(token, principal);
      return token;
    },
    authenticate: async (token) => sessions.get(token) ?? null,
  };
}

/** Authorizations as (representative, candidate, scope) triples. */
export function fakeAuthorizations(grants: [string, string, string][] = []): HttpDeps['authorizations'] & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    canActFor: async (rep, candidate, scope, at) => {
      calls.push([rep, candidate, scope, at]);
      return grants.some(([r, c, s]) => r === rep && c === candidate && s === scope);
    },
  };
}

/** A dependency a test does not use: any call fails loudly. */
function unused<T>(what: string): T {
  return new Proxy({}, { get: (_target, name) => () => Promise.reject(new Error(`${what}.${String(name)} is not faked in this test`)) }) as T;
}

export function baseDeps(extra: Partial<HttpDeps> = {}): HttpDeps {
  const index = buildNocIndex(NOC_RECORDS);
  return {
    clock: { today: () => TODAY, now: () => `${TODAY}T12:00:00.000Z` },
    reference: { nocIndex: async () => index },
    sessions: fakeSessions(),
    authorizations: fakeAuthorizations(),
    accounts: unused<HttpDeps['accounts']>('accounts'),
    uow: unused<HttpDeps['uow']>('uow'),
    ...extra,
  };
}

type Requester = { request(input: string, init?: RequestInit): Response | Promise<Response> };

export interface Call {
  method?: string;
  body?: unknown;
  /** Raw body text (wins over `body`). */
  raw?: string;
  headers?: Record<string, string>;
  /** Session token sent as the ee_session cookie. */
  session?: string;
  csrf?: string;
  lang?: 'fr' | 'en';
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are read field by field in assertions
export type Body = any;

export async function call(app: Requester, path: string, c: Call = {}): Promise<{ status: number; headers: Headers; body: Body }> {
  const headers: Record<string, string> = { ...c.headers };
  const cookies: string[] = [];
  if (c.session) cookies.push(`ee_session=${c.session}`);
  if (c.lang) cookies.push(`ee_lang=${c.lang}`);
  if (cookies.length > 0) headers.cookie = cookies.join('; ');
  if (c.csrf) headers['x-csrf-token'] = c.csrf;
  let body: string | undefined;
  if (c.raw !== undefined) body = c.raw;
  else if (c.body !== undefined) body = JSON.stringify(c.body);
  if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  const res = await app.request(path, { method: c.method ?? (body === undefined ? 'GET' : 'POST'), headers, ...(body === undefined ? {} : { body }) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body: parsed };
}
