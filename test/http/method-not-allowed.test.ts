// 405 Method Not Allowed across the route registry: every known path asked with a method none of its routes answers
// gets 405, an Allow header with exactly the methods it answers, and a problem worded in French and in English; an
// unknown path is still 404. (No session is needed to learn this: the OpenAPI document publishes the same.)
import { describe, expect, it } from 'vitest';
import { routeRegistry } from '../../src/http/access.ts';
import { createHttpApp, SYSTEM_ROUTES } from '../../src/http/app.ts';
import { allowedMethods } from '../../src/http/method-not-allowed.ts';
import { baseDeps, call } from './harness.ts';

const app = createHttpApp(baseDeps());
const routes = [...routeRegistry(app), ...SYSTEM_ROUTES];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const concrete = (path: string) => path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-0000000000aa');

describe('405 Method Not Allowed', () => {
  const paths = [...new Set(routes.map((r) => r.path))];

  it('answers every method no route of a known path has with 405 and Allow', async () => {
    let checked = 0;
    for (const path of paths) {
      const answered = new Set(routes.filter((r) => r.path === path).map((r) => r.method));
      const allow = [...METHODS.filter((m) => answered.has(m))];
      const expectedAllow = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => allow.includes(m as (typeof METHODS)[number]) || (m === 'HEAD' && answered.has('GET')));
      for (const method of METHODS.filter((m) => !answered.has(m))) {
        const r = await call(app, concrete(path), { method, lang: 'en', ...(method === 'GET' ? {} : { body: {} }) });
        expect(r.status, `${method} ${path}`).toBe(405);
        expect(r.headers.get('allow'), `${method} ${path}`).toBe(expectedAllow.join(', '));
        expect(r.headers.get('content-type')).toContain('application/problem+json');
        expect(r.body).toMatchObject({ status: 405, code: 'method_not_allowed' });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(paths.length);
  });

  it('words it in French and in English, naming the methods allowed', async () => {
    const fr = await call(app, '/api/crs/score', { method: 'GET', lang: 'fr' });
    expect(fr.status).toBe(405);
    expect(fr.headers.get('allow')).toBe('POST');
    expect(fr.body).toMatchObject({ title: 'Méthode non permise', detail: 'Cette adresse ne répond pas à GET. Elle répond à : POST (voir l’en-tête Allow).' });
    const en = await call(app, '/api/crs/score', { method: 'DELETE', lang: 'en' });
    expect(en.body).toMatchObject({ title: 'Method not allowed', detail: 'This address does not answer DELETE. It answers: POST (see the Allow header).' });
  });

  it('still answers 404 for an unknown path, and the routes themselves as before', async () => {
    expect((await call(app, '/api/no-such-thing', { method: 'GET' })).status).toBe(404);
    expect((await call(app, '/api/profiles/a/b/c', { method: 'DELETE' })).status).toBe(404);
    expect((await call(app, '/api/health', { method: 'GET' })).status).toBe(200);
    expect((await call(app, '/api/health', { method: 'HEAD' })).status).toBe(200);
    // A protected path with the wrong method: 405 before any session check (the methods are public in the OpenAPI).
    const r = await call(app, concrete('/api/profiles/{id}'), { method: 'DELETE' });
    expect(r.status).toBe(405);
  });

  it('matches path parameters one segment each', () => {
    const allowed = allowedMethods([
      { method: 'GET', path: '/api/profiles/{id}' },
      { method: 'PUT', path: '/api/profiles/{id}' },
      { method: 'POST', path: '/api/profiles/{id}/submit' },
    ]);
    expect(allowed('/api/profiles/x')).toEqual(['GET', 'HEAD', 'PUT']);
    expect(allowed('/api/profiles/x/submit')).toEqual(['POST']);
    expect(allowed('/api/profiles/x/y')).toBeNull();
    expect(allowed('/api/profiles')).toBeNull();
  });
});
