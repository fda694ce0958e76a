// 405 Method Not Allowed: a request for a known path with a method no route of that path answers gets 405 with an
// `Allow` header listing the methods that do (RFC 9110 §15.5.6), instead of the 404 of an unknown path. Built from
// the route registry (every route declared with defineRoute) and the system routes (the OpenAPI documents).

/** A route as the registry lists it: method and OpenAPI path (/api/profiles/{id}). */
export interface MethodPath {
  method: string;
  path: string;
}

/** The methods a path answers, in a stable order (GET first, with HEAD, which Hono answers for every GET route). */
export type AllowedMethods = (path: string) => string[] | null;

const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function pathPattern(path: string): RegExp {
  const parts = path.split(/(\{[^}]+\})/).map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${parts.join('')}$`);
}

export function allowedMethods(routes: readonly MethodPath[]): AllowedMethods {
  const byPath = new Map<string, { pattern: RegExp; methods: Set<string> }>();
  for (const r of routes) {
    const entry = byPath.get(r.path) ?? { pattern: pathPattern(r.path), methods: new Set<string>() };
    entry.methods.add(r.method.toUpperCase());
    if (r.method.toUpperCase() === 'GET') entry.methods.add('HEAD');
    byPath.set(r.path, entry);
  }
  const entries = [...byPath.values()];
  return (path) => {
    const methods = new Set<string>();
    for (const e of entries) if (e.pattern.test(path)) for (const m of e.methods) methods.add(m);
    if (methods.size === 0) return null;
    return [...methods].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  };
}
