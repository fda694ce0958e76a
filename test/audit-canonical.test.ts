// canonicalJson, the text every audit digest is taken of: the same text as the first (reference) implementation for
// any JSON-like value, keys sorted at every level, undefined members dropped, non-finite numbers refused.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalInstant, canonicalJson, digest, eventHash, sha256Hex } from '../src/app/audit.ts';

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

describe('eventHash', () => {
  const text = fc.option(fc.string({ unit: 'binary', maxLength: 40 }), { nil: null });
  const fields = fc.record({
    at: fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
    actorId: text,
    actorRole: text,
    onBehalfOf: text,
    action: fc.string({ unit: 'binary', maxLength: 30 }),
    entityType: fc.string({ unit: 'binary', maxLength: 12 }),
    entityId: fc.string({ unit: 'binary', maxLength: 40 }),
    beforeDigest: text,
    afterDigest: text,
  });

  it('is the sha256 of the canonical JSON of the fields and prevHash (the text written directly is that text)', () => {
    fc.assert(
      fc.property(fields, fc.string({ unit: 'binary', maxLength: 64 }), (f, prevHash) => {
        return eventHash(f, prevHash) === sha256Hex(canonicalJson({ ...f, at: canonicalInstant(f.at), prevHash }));
      }),
      { numRuns: 2000 },
    );
  });

  it('changes with any field', () => {
    const f = { at: '2026-01-01T00:00:00.000Z', actorId: 'a', actorRole: 'candidate', onBehalfOf: null, action: 'profile.update', entityType: 'profile', entityId: 'p', beforeDigest: 'b', afterDigest: 'c' };
    const base = eventHash(f, '0'.repeat(64));
    for (const key of Object.keys(f) as (keyof typeof f)[]) expect(eventHash({ ...f, [key]: key === 'at' ? '2026-01-01T00:00:00.001Z' : 'x' }, '0'.repeat(64))).not.toBe(base);
    expect(eventHash(f, '1'.repeat(64))).not.toBe(base);
  });
});
