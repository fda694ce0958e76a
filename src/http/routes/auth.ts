// Accounts over HTTP: register, sign in and out, password, second factor (TOTP), the caller's account, accounts made by
// an admin, and the representatives a candidate authorizes. Each route: parse → ONE use case → respond.
//
// The session token travels only in the `ee_session` cookie (httpOnly, Secure, SameSite=Lax, Path=/); the CSRF token is
// in the JSON of sign-in, registration and GET /api/auth/me, and comes back in the X-CSRF-Token header of every
// state-changing request (the access guard checks it). Sign-in and registration have no session yet: no CSRF token,
// but rate limits (429 with Retry-After).
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AccountFailure, AccountUseCases, SignedIn } from '../../app/accounts.ts';
import { changePasswordInput, createAccountInput, authorizeInput, registerInput, signInInput } from '../../app/accounts.ts';
import { ANY_ROLE, defineRoute, SESSION_COOKIE } from '../access.ts';
import type { AppEnv, Principal } from '../deps.ts';
import { clientIp } from '../client-ip.ts';
import { notFound, problem, validationProblem, type ProblemError } from '../problem.ts';
import { accountSchema, authorizationSchema, meSchema, signedInSchema } from '../schemas-accounts.ts';
import { instant, jsonResponse } from '../schemas.ts';

/** The use cases these routes call (src/app/accounts.ts). */
export type AuthRoutesDeps = Pick<
  AccountUseCases,
  | 'register'
  | 'signIn'
  | 'signOut'
  | 'me'
  | 'changePassword'
  | 'enrollTotp'
  | 'confirmTotp'
  | 'verifyTotp'
  | 'createAccount'
  | 'authorizeRepresentative'
  | 'listAuthorizations'
  | 'revokeAuthorization'
>;

/** A JSON body validated by the use case (its field errors are the 422 answer), documented by its zod schema. */
function body(schema: z.ZodType, description: string) {
  return { required: true, description, content: { 'application/json': { schema } } };
}

const noContent = { description: 'Done' };
const rateLimited = { description: 'rate_limited: too many attempts (Retry-After says when to try again)' };
const conflict = { description: 'conflict' };

// ── Routes ──────────────────────────────────────────────────────────────────────────────────────────────────────

export const registerRoute = defineRoute({
  access: 'public',
  method: 'post',
  path: '/api/auth/register',
  operationId: 'register',
  tags: ['accounts'],
  summary: 'Open a candidate or employer account / Créer un compte de candidat ou d’employeur',
  description:
    'Opens the account and signs it in (sets the ee_session cookie). Password: 12 to 256 characters, not the e-mail address, not a common password. ' +
    'Other roles are created by an administrator. Rate limited per client address.',
  request: { body: body(registerInput, 'E-mail, password, display name; locale (fr|en, default fr); role (candidate|employer, default candidate)') },
  responses: { 201: jsonResponse(signedInSchema, 'Account open and signed in'), 409: conflict, 429: rateLimited },
});

export const signInRoute = defineRoute({
  access: 'public',
  method: 'post',
  path: '/api/auth/sign-in',
  operationId: 'signIn',
  tags: ['accounts'],
  summary: 'Sign in / Se connecter',
  description:
    'Sets the ee_session cookie. When the account has a second factor (or its role requires one), `session.next` says what to do before the ' +
    'other routes open. A wrong e-mail or password answers 401; 5 failures in 15 minutes for one e-mail address answer 429.',
  request: { body: body(signInInput, 'E-mail and password') },
  responses: { 200: jsonResponse(signedInSchema, 'Signed in'), 429: rateLimited },
});

export const signOutRoute = defineRoute({
  access: ANY_ROLE,
  mfa: 'not_required',
  method: 'post',
  path: '/api/auth/sign-out',
  operationId: 'signOut',
  tags: ['accounts'],
  summary: 'Sign out / Se déconnecter',
  responses: { 204: noContent },
});

export const meRoute = defineRoute({
  access: ANY_ROLE,
  mfa: 'not_required',
  method: 'get',
  path: '/api/auth/me',
  operationId: 'me',
  tags: ['accounts'],
  summary: 'The signed-in account and its session / Le compte connecté et sa session',
  responses: { 200: jsonResponse(meSchema, 'The account, the CSRF token and what the session still needs') },
});

export const passwordRoute = defineRoute({
  access: ANY_ROLE,
  method: 'post',
  path: '/api/auth/password',
  operationId: 'changePassword',
  tags: ['accounts'],
  summary: 'Change the password / Changer le mot de passe',
  description: 'The current password is required. Every other session of the account ends.',
  request: { body: body(changePasswordInput, 'Current and new password') },
  responses: { 200: jsonResponse(z.object({ sessionsEnded: z.number().int() }), 'Password changed'), 429: rateLimited },
});

export const totpEnrollRoute = defineRoute({
  access: ANY_ROLE,
  mfa: 'not_required',
  method: 'post',
  path: '/api/auth/totp/enroll',
  operationId: 'enrollTotp',
  tags: ['accounts'],
  summary: 'Start the second factor (TOTP) / Commencer l’inscription du deuxième facteur',
  description: 'A new secret for an authenticator app (SHA-1, 6 digits, 30 s). Not in force until confirmed with a code.',
  responses: {
    200: jsonResponse(z.object({ secret: z.string(), uri: z.string().openapi({ example: 'otpauth://totp/…' }) }).openapi('TotpEnrollment'), 'The secret'),
    409: conflict,
  },
});

const codeBody = body(z.object({ code: z.string().openapi({ example: '123456' }) }), 'The 6-digit code shown by the authenticator app');

export const totpConfirmRoute = defineRoute({
  access: ANY_ROLE,
  mfa: 'not_required',
  method: 'post',
  path: '/api/auth/totp/confirm',
  operationId: 'confirmTotp',
  tags: ['accounts'],
  summary: 'Confirm the second factor / Confirmer le deuxième facteur',
  description: 'Turns the second factor on and verifies this session; every other session of the account ends.',
  request: { body: codeBody },
  responses: { 200: jsonResponse(z.object({ sessionsEnded: z.number().int() }), 'Second factor on'), 409: conflict, 429: rateLimited },
});

export const totpVerifyRoute = defineRoute({
  access: ANY_ROLE,
  mfa: 'not_required',
  method: 'post',
  path: '/api/auth/totp/verify',
  operationId: 'verifyTotp',
  tags: ['accounts'],
  summary: 'Verify the second factor of this session / Vérifier le deuxième facteur de cette session',
  request: { body: codeBody },
  responses: { 200: jsonResponse(z.object({ mfaVerified: z.literal(true) }), 'Session verified'), 409: conflict, 429: rateLimited },
});

export const createAccountRoute = defineRoute({
  access: ['admin'],
  method: 'post',
  path: '/api/admin/accounts',
  operationId: 'createAccount',
  tags: ['admin'],
  summary: 'Create an account of any role / Créer un compte de n’importe quel rôle',
  description: 'A province account names its province or territory (and only it does).',
  request: { body: body(createAccountInput, 'E-mail, password, display name, role; province for the province role') },
  responses: { 201: jsonResponse(accountSchema, 'Account created'), 409: conflict },
});

export const authorizeRoute = defineRoute({
  access: ['candidate'],
  method: 'post',
  path: '/api/representatives',
  operationId: 'authorizeRepresentative',
  tags: ['accounts'],
  summary: 'Authorize a representative / Autoriser un représentant',
  description:
    'Names a representative account by e-mail, what it may do for you (read ⊂ write ⊂ submit) and the last day (UTC). ' +
    'Replaces an authorization of the same representative still in force.',
  request: { body: body(authorizeInput, 'Representative e-mail, scope, last day (YYYY-MM-DD)') },
  responses: { 201: jsonResponse(authorizationSchema, 'Authorization in force') },
});

export const listAuthorizationsRoute = defineRoute({
  access: ['candidate', 'representative'],
  method: 'get',
  path: '/api/representatives',
  operationId: 'listRepresentativeAuthorizations',
  tags: ['accounts'],
  summary: 'Authorizations given (candidate) or received (representative) / Autorisations données ou reçues',
  responses: { 200: jsonResponse(z.object({ authorizations: z.array(authorizationSchema) }), 'Newest first, ended and revoked ones included') },
});

export const revokeAuthorizationRoute = defineRoute({
  access: ['candidate'],
  method: 'delete',
  path: '/api/representatives/{id}',
  operationId: 'revokeRepresentativeAuthorization',
  tags: ['accounts'],
  summary: 'Revoke an authorization / Révoquer une autorisation',
  request: { params: z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: { 200: jsonResponse(z.object({ id: z.string(), revokedAt: instant }), 'Revoked') },
});

// ── Handlers ────────────────────────────────────────────────────────────────────────────────────────────────────

export const SESSION_COOKIE_OPTIONS = { httpOnly: true, secure: true, sameSite: 'Lax', path: '/' } as const;

/** The client's address (rate limits: the socket's, or X-Forwarded-For as far as TRUST_PROXY says); null when unknown. */
function requestContext(c: Context<AppEnv>) {
  return { ip: clientIp(c, c.var.deps.trustProxy), userAgent: c.req.header('user-agent') ?? null };
}

export function accountProblem(f: AccountFailure): ProblemError {
  switch (f.code) {
    case 'validation_failed':
      return validationProblem(f.errors);
    case 'conflict':
      return problem(409, 'conflict', { detailKey: `accounts.problem.${f.reason}` });
    case 'bad_credentials':
      return problem(401, 'unauthenticated', { detailKey: 'accounts.problem.bad_credentials' });
    case 'rate_limited':
      return problem(429, 'rate_limited', { params: { seconds: f.retryAfterSeconds }, headers: { 'Retry-After': String(f.retryAfterSeconds) } });
    case 'forbidden':
      return problem(403, 'forbidden');
    case 'not_found':
      return notFound();
  }
}

function unwrap<T>(r: { ok: true; value: T } | AccountFailure): T {
  if (!r.ok) throw accountProblem(r);
  return r.value;
}

function principalOf(c: Context<AppEnv>): Principal {
  const p = c.var.principal;
  if (!p) throw problem(401, 'unauthenticated'); // the guard has run: cannot happen on these routes
  return p;
}

function signedInBody(c: Context<AppEnv>, s: SignedIn) {
  setCookie(c, SESSION_COOKIE, s.token, { ...SESSION_COOKIE_OPTIONS, maxAge: s.maxAgeSeconds });
  return { account: s.account, session: s.session };
}

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>, accounts: AuthRoutesDeps): void {
  app.openapi(registerRoute, async (c) => {
    const s = unwrap(await accounts.register(c.req.valid('json'), requestContext(c)));
    return c.json(signedInBody(c, s), 201);
  });

  app.openapi(signInRoute, async (c) => {
    const s = unwrap(await accounts.signIn(c.req.valid('json'), requestContext(c)));
    return c.json(signedInBody(c, s), 200);
  });

  app.openapi(signOutRoute, async (c) => {
    await accounts.signOut(principalOf(c));
    deleteCookie(c, SESSION_COOKIE, SESSION_COOKIE_OPTIONS);
    return c.body(null, 204);
  });

  app.openapi(meRoute, async (c) => c.json(unwrap(await accounts.me(principalOf(c))), 200));

  app.openapi(passwordRoute, async (c) => c.json(unwrap(await accounts.changePassword(principalOf(c), c.req.valid('json'))), 200));

  app.openapi(totpEnrollRoute, async (c) => c.json(unwrap(await accounts.enrollTotp(principalOf(c))), 200));

  app.openapi(totpConfirmRoute, async (c) => c.json(unwrap(await accounts.confirmTotp(principalOf(c), c.req.valid('json'))), 200));

  app.openapi(totpVerifyRoute, async (c) => c.json(unwrap(await accounts.verifyTotp(principalOf(c), c.req.valid('json'))), 200));

  app.openapi(createAccountRoute, async (c) => c.json(unwrap(await accounts.createAccount(principalOf(c), c.req.valid('json'))), 201));

  app.openapi(authorizeRoute, async (c) => c.json(unwrap(await accounts.authorizeRepresentative(principalOf(c), c.req.valid('json'))), 201));

  app.openapi(listAuthorizationsRoute, async (c) => c.json({ authorizations: unwrap(await accounts.listAuthorizations(principalOf(c))) }, 200));

  app.openapi(revokeAuthorizationRoute, async (c) => {
    const r = await accounts.revokeAuthorization(principalOf(c), c.req.valid('param').id);
    if (!r.ok && r.code === 'not_found') throw notFound('accounts.problem.authorization_not_found');
    return c.json(unwrap(r), 200);
  });
}
