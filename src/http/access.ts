// Who may call a route. Every route is declared with `defineRoute({ access, ... })`: 'public' or the roles allowed.
// The declaration is enforced by a guard middleware, published in the OpenAPI document (`x-access`, `x-roles`,
// `x-on-behalf-of`) and listed by `routeRegistry(app)` so tests can walk every route (401/403/404 matrix).
//
// Order of the checks on a protected route (each refuses with a problem):
//   no session or unknown/expired session → 401 unauthenticated
//   role not allowed                      → 403 forbidden
//   second factor pending in the session  → 403 mfa_required      (unless the route says mfa: 'not_required')
//     (the session store sets mfaVerified true from the start when the account needs no second factor; roles that
//      require TOTP — officer, round_approver, province, admin — never get a verified session without it)
//   state-changing method, bad CSRF token → 403 csrf_failed
//   X-On-Behalf-Of: only a representative, only on routes that allow it, only with an authorization of the right scope
//                                         → 403 forbidden
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { createRoute, type OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import { ROLES, type Role } from '../domain/accounts.ts';
import type { AppEnv, AuthorizationScope } from './deps.ts';
import { problem, problemSchema } from './problem.ts';

export const SESSION_COOKIE = 'ee_session';
export const CSRF_HEADER = 'X-CSRF-Token';
export const ON_BEHALF_OF_HEADER = 'X-On-Behalf-Of';

export type Access = 'public' | readonly Role[];

export interface AccessSpec {
  access: Access;
  /**
   * A representative may call this route for a candidate who authorized them with this scope, naming the candidate
   * in X-On-Behalf-Of ('representative' must then be among the roles). The use case receives the candidate as `onBehalfOf`.
   */
  onBehalfOf?: AuthorizationScope;
  /** The route serves a session whose second factor is not verified yet (the TOTP step itself, sign-out). */
  mfa?: 'not_required';
}

/** Any signed-in account. */
export const ANY_ROLE: readonly Role[] = ROLES;

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function sameToken(given: string | undefined, expected: string): boolean {
  if (given === undefined || expected === '') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The guard of one route. Public routes pass through (no session is read). */
export function accessGuard(spec: AccessSpec): MiddlewareHandler<AppEnv> {
  const { access, onBehalfOf: scope, mfa } = spec;
  return async (c, next) => {
    c.set('principal', null);
    c.set('actor', null);
    if (access === 'public') return next();
    const deps = c.var.deps;
    const token = getCookie(c, SESSION_COOKIE);
    const principal = token ? await deps.sessions.authenticate(token) : null;
    if (!principal) throw problem(401, 'unauthenticated');
    if (!access.includes(principal.role)) throw problem(403, 'forbidden');
    if (mfa !== 'not_required' && !principal.mfaVerified) throw problem(403, 'mfa_required');
    if (STATE_CHANGING.has(c.req.method) && !sameToken(c.req.header(CSRF_HEADER), principal.csrfToken)) throw problem(403, 'csrf_failed');

    let onBehalfOf: string | null = null;
    const named = c.req.header(ON_BEHALF_OF_HEADER);
    if (principal.role === 'representative' && scope !== undefined) {
      if (!named) throw problem(403, 'forbidden', { detailKey: 'http.problem.forbidden.on_behalf_of_required' });
      const allowed = UUID.test(named) && (await deps.authorizations.canActFor(principal.accountId, named, scope, deps.clock.now()));
      if (!allowed) throw problem(403, 'forbidden', { detailKey: 'http.problem.forbidden.not_authorized_for_candidate' });
      onBehalfOf = named.toLowerCase();
    } else if (named !== undefined) {
      throw problem(403, 'forbidden', { detailKey: 'http.problem.forbidden.on_behalf_of_not_allowed' });
    }
    c.set('principal', principal);
    c.set('actor', { actorId: principal.accountId, role: principal.role, onBehalfOf });
    return next();
  };
}

const problemContent = { 'application/problem+json': { schema: problemSchema } };
const problemResponse = (description: string) => ({ description, content: problemContent });

/** The problems any route of this kind may answer, for the OpenAPI document. */
function commonProblems(spec: AccessSpec, method: string, path: string, hasInput: boolean) {
  const out: Record<string, ReturnType<typeof problemResponse>> = {};
  if (path.includes('{')) out['404'] = problemResponse('not_found: no such record, or not yours (never 403 for a record)');
  if (hasInput) out['422'] = problemResponse('validation_failed: field-level errors, worded in the response language');
  if (STATE_CHANGING.has(method.toUpperCase())) {
    out['400'] = problemResponse('malformed_json');
    out['413'] = problemResponse('payload_too_large (over 256 KiB)');
    out['415'] = problemResponse('unsupported_media_type (send application/json)');
  }
  if (spec.access !== 'public') {
    out['401'] = problemResponse('unauthenticated: no valid session');
    out['403'] = problemResponse('forbidden (role), mfa_required, or csrf_failed');
  }
  out['500'] = problemResponse('internal (no details are given)');
  return out;
}

type ApiRoute = RouteConfig & AccessSpec;

/**
 * Declares a route with its access. Returns a @hono/zod-openapi route (register it with `app.openapi(route, handler)`),
 * carrying the guard as its first middleware and the access in the OpenAPI operation.
 */
export function defineRoute<const R extends ApiRoute>(config: R): Omit<R, keyof AccessSpec> & { getRoutingPath(): string } {
  const { access, onBehalfOf, mfa, ...route } = config;
  const spec: AccessSpec = { access, ...(onBehalfOf ? { onBehalfOf } : {}), ...(mfa ? { mfa } : {}) };
  const method = route.method.toUpperCase();
  const hasInput = Boolean(route.request?.body || route.request?.query || route.request?.params);
  const roles = access === 'public' ? [] : [...access];
  const accessText = access === 'public' ? 'Public (no account).' : `Roles: ${roles.join(', ')}.`;
  const extra = [accessText, onBehalfOf ? `A representative may act for a candidate (X-On-Behalf-Of, scope ${onBehalfOf}).` : ''].filter(Boolean).join(' ');
  const middleware = [accessGuard(spec), ...(route.middleware === undefined ? [] : Array.isArray(route.middleware) ? route.middleware : [route.middleware])];
  const built = createRoute({
    ...route,
    description: route.description ? `${route.description}\n\n${extra}` : extra,
    responses: { ...commonProblems(spec, method, route.path, hasInput), ...route.responses },
    ...(access === 'public'
      ? { security: [] }
      : { security: [STATE_CHANGING.has(method) ? { sessionCookie: [], csrfToken: [] } : { sessionCookie: [] }] }),
    middleware,
    'x-access': access === 'public' ? 'public' : 'authenticated',
    'x-roles': roles,
    ...(onBehalfOf ? { 'x-on-behalf-of': onBehalfOf } : {}),
    ...(mfa ? { 'x-mfa': mfa } : {}),
  });
  return built as unknown as Omit<R, keyof AccessSpec> & { getRoutingPath(): string };
}

/** One declared route, as the registry lists it. */
export interface RouteInfo {
  method: string;
  /** OpenAPI form: /api/profiles/{id}. */
  path: string;
  access: Access;
  onBehalfOf: AuthorizationScope | null;
  mfaRequired: boolean;
  operationId: string | undefined;
}

/** Every route registered on the app through `defineRoute`; throws if one was registered without an access declaration. */
export function routeRegistry(app: OpenAPIHono<AppEnv>): RouteInfo[] {
  const out: RouteInfo[] = [];
  for (const def of app.openAPIRegistry.definitions) {
    if (def.type !== 'route') continue;
    const r = def.route as RouteConfig & Record<`x-${string}`, unknown>;
    const kind = r['x-access'];
    if (kind !== 'public' && kind !== 'authenticated') throw new Error(`route without an access declaration: ${r.method.toUpperCase()} ${r.path}`);
    out.push({
      method: r.method.toUpperCase(),
      path: r.path,
      access: kind === 'public' ? 'public' : (r['x-roles'] as Role[]),
      onBehalfOf: (r['x-on-behalf-of'] as AuthorizationScope | undefined) ?? null,
      mfaRequired: r['x-mfa'] !== 'not_required',
      operationId: r.operationId,
    });
  }
  return out;
}
