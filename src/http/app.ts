// The HTTP API (Hono + @hono/zod-openapi): every route under /api, OpenAPI 3.1 at /api/openapi.json, reference at /api/docs.
//
// Conventions (see also access.ts and problem.ts):
//   - errors are application/problem+json with a stable `code`, worded in the request language (lang.ts);
//   - malformed JSON → 400 malformed_json; body over 256 KiB → 413 payload_too_large; wrong Content-Type → 415;
//     well-formed input that is not valid → 422 validation_failed with `errors: [{ field, expected, message }]`
//     (422 Unprocessable Content: the request was read, its content is wrong; 400 is kept for unreadable requests);
//   - unknown route → 404 not_found; a known path with another method → 405 method_not_allowed with Allow;
//     anything unexpected → 500 internal, with no detail, logged without personal data.
//   - every route declares its access (defineRoute); `routeRegistry(app)` lists them.
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { routePath } from 'hono/route';
import { secureHeaders } from 'hono/secure-headers';
import { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import { pino } from 'pino';
import { fieldErrors } from '../app/schemas.ts';
import { routeRegistry, SESSION_COOKIE, CSRF_HEADER } from './access.ts';
import type { AppEnv, HttpDeps } from './deps.ts';
import { langMiddleware } from './lang.ts';
import { BODY_LIMIT_BYTES, problem, ProblemError, problemResponse, validationProblem, type ProblemCode } from './problem.ts';
import { inputComponentSchemas } from './schemas.ts';
import { allowedMethods, type AllowedMethods } from './method-not-allowed.ts';
import { registerPublicRoutes } from './routes/public.ts';
import { registerAuthRoutes } from './routes/auth.ts';
import { registerProfileRoutes } from './routes/profiles.ts';
import { registerRoundRoutes } from './routes/rounds.ts';

export const API_VERSION = '0.3.0';

/** Routes served outside the OpenAPI registry (the documents themselves); all public. */
export const SYSTEM_ROUTES = [
  { method: 'GET', path: '/api/openapi.json' },
  { method: 'GET', path: '/api/docs' },
] as const;

const API_DESCRIPTION = [
  'Entrée express / Express Entry — API publique et API des comptes.',
  '',
  'FR — Calculez une note du Système de classement global (SCG), l’admissibilité par programme et des conseils, sans compte, ' +
    'selon les règles en vigueur à n’importe quelle date depuis le 2015-01-01. Avec un compte : profils (brouillon, soumission, ' +
    'retrait, clonage), note et explication, messages, invitations à présenter une demande (accepter, refuser; « pourquoi n’ai-je pas été invité ? ») ' +
    'et demandes de résidence permanente; agents : dossiers (consultations journalisées), bassin classé et statistiques, rondes d’invitations ' +
    '(préparer, simuler, approuver par une autre personne, exécuter, publier). Sans compte : rapports des rondes publiées (JSON aux champs du ' +
    'flux d’IRCC, et CSV) et historique des rondes d’IRCC. ' +
    'Les erreurs suivent RFC 9457 (application/problem+json) avec un `code` stable et des messages en français ou en anglais ' +
    '(témoin `ee_lang`, puis Accept-Language; français par défaut). Les requêtes qui modifient des données exigent l’en-tête X-CSRF-Token.',
  '',
  'EN — Compute a Comprehensive Ranking System (CRS) score, eligibility per program and advice, without an account, under the rules ' +
    'in force on any day since 2015-01-01. With an account: profiles (draft, submit, withdraw, clone), score and explanation, ' +
    'messages, invitations to apply (accept, decline; “why wasn’t I invited?”) and applications for permanent residence; officers: candidate ' +
    'files (audited reads), the ranked pool and its statistics, rounds of invitations (draft, simulate, approve by someone else, execute, ' +
    'publish). Without an account: reports of published rounds (JSON in the fields of IRCC’s feed, and CSV) and IRCC’s own history of rounds. ' +
    'Errors follow RFC 9457 (application/problem+json) ' +
    'with a stable `code` and messages in French or English (cookie `ee_lang`, then Accept-Language; French by default). ' +
    'Requests that change data need the X-CSRF-Token header.',
  '',
  'Each operation lists who may call it (`x-access`, `x-roles`).',
].join('\n');

const HTTP_STATUS_CODES: Record<number, ProblemCode> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'unavailable',
};

/** Hono's own HTTP exceptions (body parsing, media type gate) as problems. */
function fromHttpException(e: HTTPException): ProblemError {
  if (e.status === 400 && /json/i.test(e.message)) return problem(400, 'malformed_json');
  const code = HTTP_STATUS_CODES[e.status];
  return code ? problem(e.status, code) : problem(500, 'internal');
}

/** The stack without its first line (the message, which might quote input): where it failed, not what it saw. */
function stackFrames(error: unknown): string | undefined {
  return error instanceof Error ? error.stack?.split('\n').slice(1).join('\n') : undefined;
}

export function createHttpApp(deps: HttpDeps): OpenAPIHono<AppEnv> {
  const logger = deps.logger ?? pino({ level: 'silent' });
  const app = new OpenAPIHono<AppEnv>({
    // Query, path and body schemas failing → 422 with field errors (same wording as the use cases' errors).
    defaultHook: (result) => {
      if (!result.success) throw validationProblem(fieldErrors(result.error, (result as { data?: unknown }).data));
    },
  });

  app.use('*', requestId());
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('principal', null);
    c.set('actor', null);
    const started = performance.now();
    await next();
    // One line per request: no query string, no body, no cookie, no account id, no e-mail.
    logger.info(
      {
        requestId: c.var.requestId,
        method: c.req.method,
        route: routePath(c, -1) || '(none)',
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  });
  app.use('*', langMiddleware());
  app.use('/api/*', secureHeaders());
  app.use('/api/*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: BODY_LIMIT_BYTES,
      onError: () => {
        throw problem(413, 'payload_too_large');
      },
    }),
  );

  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error);
    if (error instanceof HTTPException) return problemResponse(c, fromHttpException(error));
    logger.error(
      { requestId: c.var.requestId, method: c.req.method, route: routePath(c, -1) || '(none)', errorType: error.name, stack: stackFrames(error) },
      'unhandled error',
    );
    return problemResponse(c, problem(500, 'internal'));
  });
  // A known path with another method: 405 with Allow (the table is built once every route is registered, below).
  let allowedFor: AllowedMethods = () => null;
  app.notFound((c) => {
    const allow = allowedFor(c.req.path);
    if (allow === null) return problemResponse(c, problem(404, 'not_found'));
    const options = { detailKey: 'http.problem.method_not_allowed.named', params: { method: c.req.method, allow: allow.join(', ') } };
    return problemResponse(c, problem(405, 'method_not_allowed', { ...options, headers: { Allow: allow.join(', ') } }));
  });

  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'Session cookie set at sign-in (httpOnly, Secure, SameSite=Lax).',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'csrfToken', {
    type: 'apiKey',
    in: 'header',
    name: CSRF_HEADER,
    description: 'The CSRF token of the session (given at sign-in); required on POST, PUT, PATCH and DELETE.',
  });
  for (const [name, schema] of Object.entries(inputComponentSchemas())) app.openAPIRegistry.registerComponent('schemas', name, schema);

  registerPublicRoutes(app);
  registerAuthRoutes(app, deps.accounts);
  registerProfileRoutes(app);
  registerRoundRoutes(app);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'API Entrée express / Express Entry API', version: API_VERSION, description: API_DESCRIPTION },
    tags: [
      { name: 'public', description: 'Sans compte / No account' },
      { name: 'accounts', description: 'Comptes, sessions, deuxième facteur, représentants / Accounts, sessions, second factor, representatives' },
      { name: 'candidate', description: 'Candidats et leurs représentants / Candidates and their representatives' },
      { name: 'officer', description: 'Agents : dossiers et bassin / Officers: files and pool' },
      { name: 'system', description: 'Service' },
    ],
  });
  app.get('/api/docs', Scalar<AppEnv>({ url: '/api/openapi.json', pageTitle: 'API Entrée express / Express Entry API' }));

  const registry = routeRegistry(app); // throws if a route was registered without declaring its access
  allowedFor = allowedMethods([...registry, ...SYSTEM_ROUTES]);
  return app;
}

export type HttpApp = ReturnType<typeof createHttpApp>;
