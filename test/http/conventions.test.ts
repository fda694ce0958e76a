// Conventions shared by every route: language negotiation, problem+json shape, unknown routes, internal errors and
// their logs (no personal data), the OpenAPI 3.1 document and the API reference page.
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createHttpApp, SYSTEM_ROUTES } from '../../src/http/app.ts';
import { routeRegistry } from '../../src/http/access.ts';
import { langFromAcceptLanguage, negotiateLang } from '../../src/http/lang.ts';
import { fieldErrorMessage, PROBLEM_CODES, problem, problemBody } from '../../src/http/problem.ts';
import { hasMessage } from '../../src/i18n/index.ts';
import { PROFILE_ACTIONS, PROFILE_STATUSES } from '../../src/domain/profile-lifecycle.ts';
import { baseDeps, call } from './harness.ts';

const app = createHttpApp(baseDeps());

describe('language negotiation', () => {
  it('takes the ee_lang cookie, then Accept-Language by q-value, else French', () => {
    expect(negotiateLang('en', 'fr-CA')).toBe('en');
    expect(negotiateLang('fr', 'en-CA')).toBe('fr');
    expect(negotiateLang('de', 'en-CA')).toBe('en');
    expect(negotiateLang(undefined, undefined)).toBe('fr');
    expect(negotiateLang(undefined, 'de-DE, es;q=0.8')).toBe('fr');
    expect(langFromAcceptLanguage('fr;q=0.3, en;q=0.9')).toBe('en');
    expect(langFromAcceptLanguage('en-US;q=0.5, fr-CA')).toBe('fr');
    expect(langFromAcceptLanguage('de, en;q=0.1')).toBe('en');
    expect(langFromAcceptLanguage('en;q=0, fr;q=0')).toBeNull();
    expect(langFromAcceptLanguage('*')).toBeNull();
  });

  it('answers in that language and says so (Content-Language, Vary)', async () => {
    const none = await call(app, '/api/nothing-here');
    expect(none.headers.get('content-language')).toBe('fr');
    expect(none.body.title).toBe('Introuvable');
    const header = await call(app, '/api/nothing-here', { headers: { 'accept-language': 'en-GB,en;q=0.9,fr;q=0.5' } });
    expect(header.headers.get('content-language')).toBe('en');
    expect(header.body.title).toBe('Not found');
    const cookieWins = await call(app, '/api/nothing-here', { lang: 'fr', headers: { 'accept-language': 'en' } });
    expect(cookieWins.body.title).toBe('Introuvable');
    const ok = await call(app, '/api/health', { headers: { 'accept-language': 'en' } });
    expect(ok.headers.get('content-language')).toBe('en');
    expect(ok.headers.get('vary')).toContain('Accept-Language');
  });

  it('lets ?lang= of a route override both', async () => {
    const r = await call(app, '/api/noc?q=software&lang=en', { lang: 'fr' });
    expect(r.headers.get('content-language')).toBe('en');
  });
});

describe('problem+json', () => {
  it('has a stable shape: type, title, status, code, detail, request id', async () => {
    const r = await call(app, '/api/nothing-here', { headers: { 'x-request-id': 'abc-123' } });
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(r.body).toEqual({
      type: 'urn:problem:entree-express:not_found',
      title: 'Introuvable',
      status: 404,
      code: 'not_found',
      detail: 'Rien n’a été trouvé à cette adresse.',
      requestId: 'abc-123',
    });
    expect(r.headers.get('x-request-id')).toBe('abc-123');
  });

  it('words every problem code in French and English', () => {
    for (const code of PROBLEM_CODES) {
      expect(hasMessage(`http.problem.${code}.title`), code).toBe(true);
      expect(hasMessage(`http.problem.${code}.detail`), code).toBe(true);
      const fr = problemBody('fr', problem(400, code), 'r1');
      const en = problemBody('en', problem(400, code), 'r1');
      expect(fr.title).not.toBe(en.title);
      expect(fr.detail).not.toMatch(/^http\./);
      expect(en.detail).not.toMatch(/^http\./);
    }
  });

  it('words every profile status and action a conflict can name', () => {
    for (const status of PROFILE_STATUSES) expect(hasMessage(`profile.status.${status}`), status).toBe(true);
    for (const action of PROFILE_ACTIONS) expect(hasMessage(`http.profile.action.${action}`), action).toBe(true);
    const body = problemBody('fr', problem(409, 'conflict', { detailKey: 'http.problem.conflict.transition_not_allowed', wordedParams: { status: 'profile.status.expired', action: 'http.profile.action.submit' } }));
    expect(body.detail).toBe('Un profil au statut « expiré » ne peut pas être soumis.');
  });

  it('words field errors it does not know as they are, never as a key', () => {
    expect(fieldErrorMessage('en', { field: 'x', expected: 'something new' })).toBe('Expected: something new.');
    expect(fieldErrorMessage('fr', { field: 'x', expected: 'something new' })).toBe('Attendu : something new.');
    expect(fieldErrorMessage('en', { field: 'x', expected: 'multiple of 0.5' })).toBe('Must be a multiple of 0.5.');
    expect(fieldErrorMessage('fr', { field: 'x', expected: '>= 1' })).toBe('Doit être au moins 1.');
  });

  it('answers 404 for an unknown route, and 405 with Allow for a known path with another method', async () => {
    expect((await call(app, '/api/nope')).status).toBe(404);
    const wrongMethod = await call(app, '/api/crs/score');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect(wrongMethod.body.code).toBe('method_not_allowed');
    expect((await call(app, '/nothing')).body.code).toBe('not_found');
  });
});

describe('internal errors', () => {
  it('answer 500 internal without details, and log method, route, status, duration and request id only', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, { write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>) });
    const secret = 'jane.doe@example.com born 1990-01-01';
    const broken = createHttpApp(
      baseDeps({
        logger,
        reference: {
          nocIndex: async () => {
            throw new Error(`cannot read ${secret}`);
          },
        },
      }),
    );
    const r = await call(broken, '/api/noc?q=jane.doe%40example.com', { headers: { cookie: 'ee_session=very-secret-token' } });
    expect(r.status).toBe(500);
    expect(r.body.code).toBe('internal');
    expect(JSON.stringify(r.body)).not.toContain('jane');
    expect(r.body.detail).toContain(r.body.requestId);

    const text = lines.map((l) => JSON.stringify(l)).join('\n');
    expect(text).not.toContain('jane');
    expect(text).not.toContain('1990-01-01');
    expect(text).not.toContain('very-secret-token');
    const request = lines.find((l) => l.msg === 'request');
    expect(request).toMatchObject({ method: 'GET', route: '/api/noc', status: 500, requestId: r.body.requestId });
    expect(request?.durationMs).toBeTypeOf('number');
    const error = lines.find((l) => l.msg === 'unhandled error');
    expect(error).toMatchObject({ errorType: 'Error', route: '/api/noc', requestId: r.body.requestId });
  });

  it('log a scored profile without its content', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (s: string) => void lines.push(s) });
    const logged = createHttpApp(baseDeps({ logger }));
    await call(logged, '/api/crs/score', { body: { age: 41, secretField: 'jane.doe@example.com' } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('jane');
    expect(JSON.parse(lines[0]!)).toMatchObject({ method: 'POST', route: '/api/crs/score', status: 422 });
  });
});

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with a French and English description, and documents every registered route with its access', async () => {
    const r = await call(app, '/api/openapi.json');
    expect(r.status).toBe(200);
    const doc = r.body;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toContain('Entrée express');
    expect(doc.info.title).toContain('Express Entry');
    expect(doc.info.description).toMatch(/FR —/);
    expect(doc.info.description).toMatch(/EN —/);
    const routes = routeRegistry(app);
    expect(routes.length).toBeGreaterThanOrEqual(7);
    for (const route of routes) {
      const op = doc.paths[route.path]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${route.path}`).toBeDefined();
      expect(op['x-access']).toBe(route.access === 'public' ? 'public' : 'authenticated');
      expect(op['x-roles']).toEqual(route.access === 'public' ? [] : route.access);
      expect(op.operationId, `${route.method} ${route.path}`).toBeTruthy();
      expect(op.responses['500'], `${route.method} ${route.path}`).toBeDefined();
      if (route.access !== 'public') expect(op.security.length).toBeGreaterThan(0);
    }
    const count = Object.values(doc.paths as Record<string, object>).reduce((n, ops) => n + Object.keys(ops).length, 0);
    expect(count).toBe(routes.length);
    const ids = routes.map((x) => x.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    // Request bodies point at the shared input schemas.
    expect(doc.paths['/api/crs/score'].post.requestBody.content['application/json'].schema.oneOf).toEqual([
      { $ref: '#/components/schemas/CrsFactors' },
      { $ref: '#/components/schemas/Profile' },
    ]);
    expect(doc.components.schemas.Profile.additionalProperties).toBe(false);
    expect(doc.components.schemas.Problem.properties.code.enum).toContain('validation_failed');
  });

  it('is served with the API reference page, and every Hono route of /api is either declared or a system route', async () => {
    const page = await call(app, '/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(String(page.body)).toContain('/api/openapi.json');

    const declared = new Set(routeRegistry(app).map((r) => `${r.method} ${r.path.replace(/\{(\w+)\}/g, ':$1')}`));
    const system = new Set(SYSTEM_ROUTES.map((r) => `${r.method} ${r.path}`));
    const handlers = app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'));
    for (const r of handlers) {
      const key = `${r.method} ${r.path}`;
      expect(declared.has(key) || system.has(key), key).toBe(true);
    }
  });
});
