// Language of a response: the `ee_lang` cookie (fr|en), then Accept-Language (by q-value), else French.
// Every response says which one it used (Content-Language) and that it depends on those headers (Vary).
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { LANGS, type Lang } from '../i18n/index.ts';
import type { AppEnv } from './deps.ts';

export const LANG_COOKIE = 'ee_lang';

const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value);

/** The best of fr/en in an Accept-Language header (RFC 9110 §12.5.4: highest q first, then order), or null. */
export function langFromAcceptLanguage(header: string | null | undefined): Lang | null {
  if (!header) return null;
  let best: { lang: Lang; q: number; index: number } | null = null;
  header.split(',').forEach((part, index) => {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const primary = tag.trim().split('-')[0];
    if (!isLang(primary)) return;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number.parseFloat(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0) return;
    if (best === null || q > best.q) best = { lang: primary, q, index };
  });
  return (best as { lang: Lang } | null)?.lang ?? null;
}

export function negotiateLang(cookie: string | undefined, acceptLanguage: string | undefined): Lang {
  if (isLang(cookie)) return cookie;
  return langFromAcceptLanguage(acceptLanguage) ?? 'fr';
}

export function langMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const lang = negotiateLang(getCookie(c, LANG_COOKIE), c.req.header('accept-language'));
    c.set('lang', lang);
    c.header('Content-Language', lang);
    c.header('Vary', 'Accept-Language, Cookie', { append: true });
    await next();
    // A route may answer in another language (explicit `?lang=`): it sets c.var.lang; keep the header in step.
    const final = c.get('lang');
    try {
      c.res.headers.set('Content-Language', final);
    } catch {
      // Immutable headers (a fetched response): leave them.
    }
  };
}

/** A route with an explicit `?lang=` answers in that language (and says so in Content-Language). */
export function useLang(c: { set(key: 'lang', value: Lang): void }, lang: Lang | undefined): void {
  if (lang !== undefined) c.set('lang', lang);
}
