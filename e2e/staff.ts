// Staff accounts for the rounds and officer e2e tests: the demo accounts the e2e server seeded (passwords and TOTP
// secrets), signing in over the API from Node (to prepare data) or inside the browser (the page then has the
// session cookie), and a whole round run through the API: draft → simulate → approve → execute → publish.
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import type { RunningServer } from './serve.ts';

export interface StaffAccount {
  id?: string;
  email: string;
  password: string;
  totpSecret: string | null;
}

/** The seeded demo account of a role (null when the server was not started by this process). */
export function demoAccount(server: RunningServer | null, role: string): StaffAccount | null {
  const account = server?.started?.seed.accounts.find((a) => a.role === role);
  return account ? { email: account.email, password: account.password, totpSecret: account.totpSecret } : null;
}

// ── Second factor ──
// The server refuses a code already used (and any earlier one) for the account: each sign-in takes the next time step
// the server still accepts (one step either side of now), waiting for a new step when those are used up.
const STEP_MS = 30_000;
const lastStep = new Map<string, number>();

async function freshCode(secret: string): Promise<string> {
  for (;;) {
    const now = Math.floor(Date.now() / STEP_MS);
    const step = Math.max(now - 1, (lastStep.get(secret) ?? -Infinity) + 1);
    if (step <= now + 1) {
      lastStep.set(secret, step);
      return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: step * STEP_MS + 1000, algorithm: 'SHA1', digits: 6, period: 30 });
    }
    await new Promise((resolve) => setTimeout(resolve, (now + 1) * STEP_MS - Date.now() + 50));
  }
}

export interface ApiSession {
  cookie: string;
  csrf: string;
  accountId: string;
}

async function json(response: Response): Promise<unknown> {
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : null;
}

/** Signs in from Node: password, then the second factor when the role has one. */
export async function apiSignIn(base: string, account: StaffAccount): Promise<ApiSession> {
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  if (!response.ok) throw new Error(`sign-in ${account.email}: ${response.status} ${JSON.stringify(await json(response))}`);
  const body = (await json(response)) as { account: { id: string }; session: { csrfToken: string; next: string } };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
  const session = { cookie, csrf: body.session.csrfToken, accountId: body.account.id };
  if (body.session.next === 'totp_verify') {
    await apiCall(base, session, 'POST', '/api/auth/totp/verify', { code: await freshCode(account.totpSecret!) });
  }
  return session;
}

export async function apiCall<T = unknown>(base: string, session: ApiSession, method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: {
      Accept: 'application/json',
      'Accept-Language': 'en',
      Cookie: session.cookie,
      'X-CSRF-Token': session.csrf,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const data = await json(response);
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(data)}`);
  return data as T;
}

/** Signs in inside the browser page (same origin), so the page holds the session cookie; signs out whoever was in first. */
export async function browserSignIn(page: Page, account: StaffAccount): Promise<void> {
  const code = account.totpSecret ? await freshCode(account.totpSecret) : null;
  const result = await page.evaluate(
    async ({ email, password, code }) => {
      const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
      const me = await fetch('/api/auth/me', { headers });
      if (me.ok) {
        const { session } = (await me.json()) as { session: { csrfToken: string } };
        await fetch('/api/auth/sign-out', { method: 'POST', headers: { ...headers, 'X-CSRF-Token': session.csrfToken } });
      }
      const signIn = await fetch('/api/auth/sign-in', { method: 'POST', headers, body: JSON.stringify({ email, password }) });
      if (!signIn.ok) return `sign-in: ${signIn.status} ${await signIn.text()}`;
      const body = (await signIn.json()) as { session: { csrfToken: string; next: string } };
      if (body.session.next === 'totp_verify') {
        const verify = await fetch('/api/auth/totp/verify', {
          method: 'POST',
          headers: { ...headers, 'X-CSRF-Token': body.session.csrfToken },
          body: JSON.stringify({ code }),
        });
        if (!verify.ok) return `totp: ${verify.status} ${await verify.text()}`;
      }
      return 'ok';
    },
    { email: account.email, password: account.password, code },
  );
  if (result !== 'ok') throw new Error(`browser sign-in ${account.email}: ${result}`);
}

/** `2026-11-23T12:00:00Z`, whole seconds. */
export const instantNow = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

interface RoundAnswer {
  number: number;
  status: string;
}

/** A general round of `size` run to the end through the API by the demo officer and approver; its number. */
export async function publishedRound(base: string, server: RunningServer | null, size = 10): Promise<number> {
  const officer = await apiSignIn(base, demoAccount(server, 'officer')!);
  const approver = await apiSignIn(base, demoAccount(server, 'round_approver')!);
  const draft = await apiCall<RoundAnswer>(base, officer, 'POST', '/api/officer/rounds', { type: 'general', size, instant: instantNow() });
  await apiCall(base, officer, 'POST', `/api/officer/rounds/${draft.number}/simulate`, {});
  await apiCall(base, approver, 'POST', `/api/officer/rounds/${draft.number}/approve`, {});
  await apiCall(base, approver, 'POST', `/api/officer/rounds/${draft.number}/execute`, {});
  await apiCall(base, officer, 'POST', `/api/officer/rounds/${draft.number}/publish`, {});
  return draft.number;
}

/** How many of IRCC's rounds the server has (it imports IRCC's feed at its first start when the data directory has it). */
export async function irccHistorySize(base: string): Promise<number> {
  const answer = (await (await fetch(`${base}/api/ircc-rounds`)).json()) as { rounds?: unknown[] };
  return answer.rounds?.length ?? 0;
}
