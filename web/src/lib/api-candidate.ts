// The signed-in side of the API (issue #5): accounts and the session, the candidate's profiles, inbox, ITAs,
// "why wasn't I invited" and applications. The session is an httpOnly cookie the page never sees; the CSRF token comes
// from sign-in, registration or GET /api/auth/me, is kept in memory only, and goes in X-CSRF-Token on every POST/PUT.
// The session store (who is signed in) is small and shared by the header's account menu and the candidate pages.
import { useEffect, useSyncExternalStore } from 'react';
import type { z } from '@hono/zod-openapi';
import type { accountSchema, meSchema } from '../../../src/http/schemas-accounts.ts';
import type { messageSchema, profileScoreSchema, profileViewSchema } from '../../../src/http/schemas-profiles.ts';
import type { applicationViewSchema, itaViewSchema, roundReportSchema, whyNotInvitedSchema } from '../../../src/http/schemas-rounds.ts';
import { ApiProblem, query, request, type AdviceAnswer, type Method } from './api.ts';

// ── Types: the API's own response schemas (src/http/schemas-*.ts, types only) ────────────────────────────────

export type Account = z.output<typeof accountSchema>;
export type Me = z.output<typeof meSchema>;
export type SessionInfo = Me['session'];
export type SessionNext = SessionInfo['next'];

export type ProfileView = z.output<typeof profileViewSchema>;
export type ProfileStatus = ProfileView['status'];
export const PROFILE_STATUSES = ['draft', 'submitted', 'ineligible', 'invited', 'applied', 'ita_expired', 'withdrawn', 'expired'] as const satisfies readonly ProfileStatus[];
/** At most one profile of a candidate is in one of these (src/domain/profile-lifecycle.ts). */
export const ACTIVE_STATUSES: readonly ProfileStatus[] = ['draft', 'submitted', 'ineligible', 'invited', 'applied'];
/** Statuses a new draft can be cloned from. */
export const CLONABLE_STATUSES: readonly ProfileStatus[] = ['withdrawn', 'expired', 'ita_expired', 'ineligible'];
/** Statuses that can be withdrawn. */
export const WITHDRAWABLE_STATUSES: readonly ProfileStatus[] = ['draft', 'submitted', 'ineligible'];

export type ProfileScore = z.output<typeof profileScoreSchema>;
export type InboxMessage = z.output<typeof messageSchema>;
export type ItaView = z.output<typeof itaViewSchema>;
export type ApplicationView = z.output<typeof applicationViewSchema>;
export type WhyNotInvitedView = z.output<typeof whyNotInvitedSchema>;
export type NotInvitedReasonView = WhyNotInvitedView['reasons'][number];
export type PublicRound = z.output<typeof roundReportSchema>;

// ── Session store ──────────────────────────────────────────────────────────────────────────────────────────────

export type SessionState =
  | { status: 'unknown' }
  | { status: 'signed_out' }
  | { status: 'signed_in'; account: Account; session: SessionInfo };

let state: SessionState = { status: 'unknown' };
let loading: Promise<SessionState> | null = null;
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Signed in (from sign-in, registration or /me). */
export function setSignedIn(me: Me): void {
  setState({ status: 'signed_in', account: me.account, session: me.session });
}

export function setSignedOut(): void {
  setState({ status: 'signed_out' });
}

/** Asks the server who is signed in (once; `force` asks again). */
export function loadSession(force = false): Promise<SessionState> {
  if (!force && state.status !== 'unknown') return Promise.resolve(state);
  if (!force && loading) return loading;
  loading = call<Me>('GET', '/api/auth/me', undefined, { lang: 'fr', keepSession: true })
    .then((me) => {
      setSignedIn(me);
      return state;
    })
    .catch((error: unknown) => {
      if (error instanceof ApiProblem && error.status === 401) setSignedOut();
      else if (state.status === 'unknown') setSignedOut();
      return state;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

/** The session as React state; asks the server the first time a component needs it. */
export function useSession(): SessionState {
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
  useEffect(() => {
    if (current.status === 'unknown') void loadSession();
  }, [current.status]);
  return current;
}

// ── Requests ───────────────────────────────────────────────────────────────────────────────────────────────────

export interface CallOptions {
  lang: 'fr' | 'en';
  signal?: AbortSignal;
  /** A 401 does not sign the page out (the session check itself). */
  keepSession?: boolean;
  ifMatch?: number;
}

async function call<T>(method: Method, path: string, body: unknown, options: CallOptions): Promise<T> {
  const headers: Record<string, string> = {};
  if (method !== 'GET' && state.status === 'signed_in') headers['X-CSRF-Token'] = state.session.csrfToken;
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  try {
    return await request<T>(method, path, body, { lang: options.lang, headers, ...(options.signal ? { signal: options.signal } : {}) });
  } catch (error) {
    // The session ended (idle or absolute expiry, signed out elsewhere): the page learns it at once.
    if (error instanceof ApiProblem && error.status === 401 && !options.keepSession && state.status === 'signed_in') setSignedOut();
    throw error;
  }
}

const qs = query;

const id = (value: string) => encodeURIComponent(value);

export interface SignedIn {
  account: Account;
  session: SessionInfo & { expiresAt: string };
}

export const auth = {
  register: async (body: { email: string; password: string; displayName: string; locale: 'fr' | 'en' }, o: CallOptions) => {
    const signed = await call<SignedIn>('POST', '/api/auth/register', body, { ...o, keepSession: true });
    setSignedIn(signed);
    return signed;
  },
  signIn: async (body: { email: string; password: string }, o: CallOptions) => {
    const signed = await call<SignedIn>('POST', '/api/auth/sign-in', body, { ...o, keepSession: true });
    setSignedIn(signed);
    return signed;
  },
  signOut: async (o: CallOptions) => {
    try {
      await call<null>('POST', '/api/auth/sign-out', undefined, { ...o, keepSession: true });
    } finally {
      setSignedOut();
    }
  },
  verifyTotp: async (code: string, o: CallOptions) => {
    await call<{ mfaVerified: true }>('POST', '/api/auth/totp/verify', { code }, o);
    await loadSession(true);
  },
  enrollTotp: (o: CallOptions) => call<{ secret: string; uri: string }>('POST', '/api/auth/totp/enroll', undefined, o),
  confirmTotp: async (code: string, o: CallOptions) => {
    const r = await call<{ sessionsEnded: number }>('POST', '/api/auth/totp/confirm', { code }, o);
    await loadSession(true);
    return r;
  },
};

export const candidateApi = {
  profiles: (o: CallOptions) => call<{ profiles: ProfileView[] }>('GET', '/api/profiles', undefined, o).then((r) => r.profiles),
  profile: (profileId: string, o: CallOptions) => call<ProfileView>('GET', `/api/profiles/${id(profileId)}`, undefined, o),
  createDraft: (data: Record<string, unknown>, o: CallOptions) => call<ProfileView>('POST', '/api/profiles', data, o),
  save: (profileId: string, data: Record<string, unknown>, o: CallOptions) => call<ProfileView>('PUT', `/api/profiles/${id(profileId)}`, data, o),
  submit: (profileId: string, o: CallOptions) => call<ProfileView>('POST', `/api/profiles/${id(profileId)}/submit`, undefined, o),
  withdraw: (profileId: string, o: CallOptions) => call<ProfileView>('POST', `/api/profiles/${id(profileId)}/withdraw`, undefined, o),
  clone: (profileId: string, o: CallOptions) => call<ProfileView>('POST', `/api/profiles/${id(profileId)}/clone`, undefined, o),
  score: (profileId: string, o: CallOptions) => call<ProfileScore>('GET', `/api/profiles/${id(profileId)}/score${qs({ lang: o.lang })}`, undefined, o),
  advice: (profileId: string, o: CallOptions) => call<AdviceAnswer>('GET', `/api/profiles/${id(profileId)}/advice${qs({ lang: o.lang })}`, undefined, o),
  messages: (o: CallOptions) => call<{ messages: InboxMessage[]; unread: number }>('GET', `/api/messages${qs({ lang: o.lang })}`, undefined, o),
  readMessage: (messageId: string, o: CallOptions) => call<null>('POST', `/api/messages/${id(messageId)}/read`, undefined, o),
  itas: (o: CallOptions) => call<{ itas: ItaView[] }>('GET', `/api/itas${qs({ lang: o.lang })}`, undefined, o).then((r) => r.itas),
  acceptIta: (itaId: string, o: CallOptions) => call<{ ita: ItaView }>('POST', `/api/itas/${id(itaId)}/accept`, undefined, o),
  declineIta: (itaId: string, o: CallOptions) => call<{ ita: ItaView }>('POST', `/api/itas/${id(itaId)}/decline`, undefined, o),
  whyNotInvited: (round: number, o: CallOptions) =>
    call<WhyNotInvitedView>('GET', `/api/rounds/${round}/why-not-invited${qs({ lang: o.lang })}`, undefined, o),
  applications: (o: CallOptions) => call<{ applications: ApplicationView[] }>('GET', `/api/applications${qs({ lang: o.lang })}`, undefined, o).then((r) => r.applications),
  publicRounds: (o: CallOptions) => call<{ rounds: PublicRound[] }>('GET', `/api/rounds${qs({ limit: 50 })}`, undefined, o).then((r) => r.rounds),
};

/** The candidate's active profile (at most one), else the newest one. */
export function currentProfile(profiles: readonly ProfileView[]): ProfileView | null {
  return profiles.find((p) => ACTIVE_STATUSES.includes(p.status)) ?? profiles[0] ?? null;
}
