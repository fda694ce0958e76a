// What the HTTP edge needs from the composition root (src/server), and the per-request context it builds.
// Routes: parse → ONE use case → respond. The edge never touches storage; it receives use cases and ports here.
import type { Logger } from 'pino';
import type { Clock, ReferenceData } from '../app/ports.ts';
import type { Principal } from '../app/ports/accounts.ts';
import type { Actor } from '../app/ports/audit.ts';
import type { UnitOfWork } from '../app/ports/unit-of-work.ts';
import type { AuthorizationScope } from '../domain/accounts.ts';
import type { Instant } from '../domain/vocabulary.ts';
import type { Lang } from '../i18n/index.ts';
import type { AuthRoutesDeps } from './routes/auth.ts';
import type { TrustProxy } from './client-ip.ts';

/** Who is calling, as the session store knows it (one signed-in session): the accounts port's Principal. */
export type { Principal };
export type { AuthorizationScope };

/** The actor a use case receives: who acts, in which role, and for which candidate when a representative acts. */
export type { Actor };

export interface SessionAuthenticator {
  /** The principal of a session token (the `ee_session` cookie value), or null when unknown, expired or revoked. */
  authenticate(token: string): Promise<Principal | null>;
}

export interface RepresentativeAuthorizations {
  /** Whether the representative holds an unrevoked authorization from the candidate covering `scope` at `at`. */
  canActFor(representativeId: string, candidateId: string, scope: AuthorizationScope, at: Instant): Promise<boolean>;
}

export interface HttpDeps {
  clock: Clock;
  reference: ReferenceData;
  sessions: SessionAuthenticator;
  authorizations: RepresentativeAuthorizations;
  /** Storage, through the app's unit of work: the profile and message use cases run on it. */
  uow: UnitOfWork;
  /** Account use cases (src/app/accounts.ts accountUseCases) behind /api/auth/*. */
  accounts: AuthRoutesDeps;
  /** Structured request log (no personal data is ever passed to it). Default: silent. */
  logger?: Logger;
  /** Readiness checks for GET /api/health (e.g. the database); each resolves true when healthy. */
  health?: Record<string, () => Promise<boolean>>;
  /** Which proxies may name the client in X-Forwarded-For (TRUST_PROXY); default: none (the socket's address). */
  trustProxy?: TrustProxy;
}

/** Per-request variables (Hono `c.var`). */
export interface AppEnv {
  Variables: {
    deps: HttpDeps;
    lang: Lang;
    /** Set by the access guard on protected routes; null on public routes. */
    principal: Principal | null;
    actor: Actor | null;
    requestId: string;
  };
}
