// Where to go after signing in: a "next" address from the query is followed only when it is a page of this app.
// Pure: tested in test/web-candidate.test.ts.

/** `/fr/…` or `/en/…` with a plain path and query; anything else (another site, `//host`, `javascript:`) → null. */
export function safeNext(next: string | null): string | null {
  if (!next || next.startsWith('//') || !/^\/(fr|en)(\/[A-Za-z0-9\-._~/?=&%]*)?$/.test(next)) return null;
  return next;
}
