// canonicalJson, the text every audit digest is taken of: the same text as the first (reference) implementation for
// any JSON-like value, keys sorted at every level, undefined members dropped, non-finite numbers refused.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, digest } from '../src/app/audit.ts';

/** The reference: the first implementation (entries filtered, sorted with <, joined). */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('non-finite');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => reference(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
}

const values = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.string({ unit: 'binary' }),
    fc.array(fc.oneof(tie('value'), fc.constant(undefined)), { maxLength: 5 }),
    fc.dictionary(fc.string({ unit: 'binary', maxLength: 6 }), fc.oneof(tie('value'), fc.constant(undefined)), { maxKeys: 6 }),
  ),
})).value;

describe('canonicalJson', () => {
  it('gives the reference text for any value (so digests already stored stay comparable)', () => {
    fc.assert(fc.property(values, (v) => canonicalJson(v) === reference(v)), { numRuns: 2000 });
  });

  it('sorts keys at every level, drops undefined members, keeps array holes as null', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, undefined, { z: 1, y: undefined }], c: 'é' } })).toBe('{"a":{"c":"é","d":[1,null,{"z":1}]},"b":1}');
    expect(digest({ a: 1, b: 2 })).toBe(digest({ b: 2, a: 1 }));
    expect(digest(null)).toBeNull();
  });

  it('refuses non-finite numbers', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson([Infinity])).toThrow(TypeError);
  });
});
