// The round selected in the database (src/app/round-selection.ts, docs/decisions/0010) against the pure selectRound
// as the oracle, on both databases: one seeded pool with ties on score and on stamp, profiles not yet submitted or
// already expired at the instant, profiles out of the pool (invited, withdrawn), no program, nominations before and
// after the round's day, French results valid and expired, occupation experience on both sides of the category rule;
// then a table of rounds and a property over round specs: the same invitations, cut-off, tie-break, counts, pool size,
// eligible count and distribution.
import { expect, it } from 'vitest';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { describeOnDatabases } from './databases.ts';
import { json } from '../../src/db/sql.ts';
import { repositories } from '../../src/db/unit-of-work.ts';
import type { Database } from '../../src/db/schema.ts';
import { poolQuery, selectRoundInDatabase } from '../../src/app/round-selection.ts';
import { toPoolCandidate } from '../../src/app/rounds.ts';
import { ROUND_PROGRAMS, dayOf, selectRound, validateRoundSpec, type RoundResult, type RoundSpec } from '../../src/domain/rounds.ts';
import { categoriesInForce, type CategoryCode } from '../../src/domain/rules/categories.ts';
import type { Profile, Program, Province } from '../../src/domain/vocabulary.ts';
import { baseProfile, celpip, job, tefNclc7 } from '../fixtures/profiles.ts';

/** A small seeded generator (mulberry32): the pool is the same on every run and on both databases. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  return { next, int, pick };
}

const DAY_MS = 86_400_000;
const dayFrom = (base: string, days: number) => new Date(Date.parse(`${base}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

// Healthcare (nurses, physicians), trades (carpenters, cooks: trades in 2025, not in 2026), STEM (civil engineers),
// senior managers (2026, Canadian experience), and one in no category (software engineers).
const NOCS = ['31301', '31102', '72310', '63200', '21300', '00012', '21231'];
const PROVINCES: Province[] = ['ON', 'QC', 'BC', 'AB', 'MB', 'NS'];
const PROGRAM_SETS: Program[][] = [['cec'], ['fsw'], ['fst'], ['cec', 'fsw'], ['fsw', 'fst'], ['cec', 'fsw', 'fst'], []];
/** A few stamps shared by many profiles: ties on score and stamp are broken by the profile id. */
const STAMPS = ['2025-03-01T09:00:00.000Z', '2025-03-01T09:00:00.001Z', '2025-05-20T17:45:30.250Z', '2025-06-15T12:00:00.000Z', '2025-09-01T00:00:00.000Z'];

/** Instants rounds run at: 2025 categories, 2026 categories; one on a shared stamp, one on an expiry. */
const INSTANTS = ['2025-06-15T12:00:00.000Z', '2025-06-15T11:59:59.999Z', '2025-11-02T08:30:00Z', '2026-03-01T09:00:00.000Z', '2026-03-10T00:00:00Z'];

function profileData(g: ReturnType<typeof random>): Profile {
  const work = [];
  for (let k = g.int(0, 2); k > 0; k--) {
    const start = dayFrom('2022-06-01', g.int(0, 1200));
    const end = g.next() < 0.5 ? null : dayFrom(start, g.int(90, 700));
    work.push(job(g.pick(NOCS), start, end, g.pick([20, 30, 40]), g.pick(['CA', 'CA', 'IN', 'FR'])));
  }
  const tests = [celpip(dayFrom('2024-01-01', g.int(0, 500)), 9, 9, 8, 8)];
  if (g.next() < 0.35) tests.push(tefNclc7(dayFrom('2023-06-01', g.int(0, 900))));
  const nominated = g.next() < 0.25;
  return baseProfile({
    languageTests: tests,
    firstOfficialLanguage: g.next() < 0.2 ? 'french' : null,
    workHistory: work,
    provincialNomination: nominated ? { province: 'ON', nominatedOn: g.next() < 0.4 ? g.pick(INSTANTS).slice(0, 10) : dayFrom('2025-05-01', g.int(0, 400)) } : null,
    jobOffer: g.next() < 0.05 ? { noc: g.pick(NOCS), lmia: 'exempt', fullTime: true, nonSeasonal: true, durationMonths: 12 } : null,
    intendedProvince: g.pick(PROVINCES),
  });
}

async function seedPool(db: Kysely<Database>, size: number): Promise<void> {
  const g = random(20250615);
  const accounts = await db
    .insertInto('account')
    .values(Array.from({ length: size }, (_, i) => ({ email: `pool${i}-${Math.random().toString(36).slice(2)}@example.org`, password_hash: 'x', role: 'candidate', province: null, display_name: `P${i}` })))
    .returning('id')
    .execute();
  const rows = accounts.map(({ id }) => {
    const stamp = g.next() < 0.5 ? g.pick(STAMPS) : new Date(Date.parse('2025-01-01T00:00:00Z') + g.int(0, 400) * DAY_MS + g.int(0, DAY_MS)).toISOString();
    // Mostly 12 months; some expire exactly at a round's instant, some early (they left the pool before).
    const roll = g.next();
    const expires = roll < 0.08 ? g.pick(INSTANTS) : roll < 0.15 ? new Date(Date.parse(stamp) + g.int(1, 90) * DAY_MS).toISOString() : new Date(Date.parse(stamp) + 365 * DAY_MS).toISOString();
    const status = g.next() < 0.9 ? 'submitted' : g.pick(['invited', 'withdrawn']);
    return {
      candidate_id: id,
      status,
      data: json(profileData(g)),
      submitted_at: stamp,
      expires_at: expires,
      score_total: g.int(440, 470),
      eligible_programs: g.pick(PROGRAM_SETS),
    };
  });
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('profile').values(rows.slice(i, i + 200)).execute();
}

/** The oracle: the pure selection over the whole pool read as today's poolAt reads it. */
async function pureSelection(db: Kysely<Database>, spec: RoundSpec): Promise<RoundResult> {
  const pool = await repositories(db).rounds.poolAt(spec.instant);
  return selectRound(spec, pool.map((p) => toPoolCandidate(p, dayOf(spec.instant))));
}

async function databaseSelection(db: Kysely<Database>, spec: RoundSpec): Promise<RoundResult> {
  return (await selectRoundInDatabase(repositories(db).rounds, spec)).result;
}

const CATEGORIES: CategoryCode[] = ['french', 'healthcare', 'trades', 'stem', 'physicians', 'senior_managers', 'education'];

describeOnDatabases('round selection in the database', (getDb) => {
  let seeded: Promise<void> | undefined;
  const pool = () => (seeded ??= seedPool(getDb(), 400));

  it('the pool has what the comparison needs: ties, people in and out of categories and of the pool', async () => {
    await pool();
    const db = getDb();
    const result = await pureSelection(db, { type: 'general', instant: INSTANTS[0]!, minimumCrs: 0 });
    expect(result.poolSize).toBeGreaterThan(100);
    expect(result.eligibleCount).toBeLessThan(result.poolSize); // some have no program
    const inCategories = new Set((await repositories(db).rounds.poolAt(INSTANTS[0]!)).flatMap((p) => toPoolCandidate(p, dayOf(INSTANTS[0]!)).categories));
    expect([...inCategories].sort()).toEqual(expect.arrayContaining(['french', 'healthcare', 'stem', 'trades']));
    // Ties on score and stamp at the cut-off of a round of 20.
    const r = await pureSelection(db, { type: 'general', instant: INSTANTS[0]!, size: 20 });
    const atCutoff = (await repositories(db).rounds.poolAt(INSTANTS[0]!)).filter((p) => p.score === r.cutoff && p.submittedAt === r.tieBreak);
    expect(atCutoff.length).toBeGreaterThan(1);
  });

  const table: [string, Omit<RoundSpec, 'instant'>, string][] = [
    ['general, 20 (tie at the cut-off)', { type: 'general', size: 20 }, INSTANTS[0]!],
    ['general, 1', { type: 'general', size: 1 }, INSTANTS[0]!],
    ['general, larger than the pool', { type: 'general', size: 5000 }, INSTANTS[0]!],
    ['general, minimum CRS only', { type: 'general', minimumCrs: 462 }, INSTANTS[0]!],
    ['general, size and minimum CRS', { type: 'general', size: 300, minimumCrs: 455 }, INSTANTS[0]!],
    ['general, a millisecond before a shared stamp', { type: 'general', size: 40 }, INSTANTS[1]!],
    ['general, on a shared stamp and on expiries', { type: 'general', size: 40 }, INSTANTS[3]!],
    ['cec', { type: 'program', program: 'cec', size: 25 }, INSTANTS[0]!],
    ['fsw', { type: 'program', program: 'fsw', size: 25 }, INSTANTS[2]!],
    ['fst', { type: 'program', program: 'fst', size: 10 }, INSTANTS[0]!],
    ['pnp (nominations before and after the day)', { type: 'program', program: 'pnp', size: 30 }, INSTANTS[2]!],
    ['french', { type: 'category', category: 'french', size: 15 }, INSTANTS[0]!],
    ['healthcare, 2025 rule (6 months continuous)', { type: 'category', category: 'healthcare', size: 15 }, INSTANTS[2]!],
    ['trades with minimum CRS', { type: 'category', category: 'trades', size: 100, minimumCrs: 458 }, INSTANTS[0]!],
    ['healthcare, 2026 rule (12 months)', { type: 'category', category: 'healthcare', size: 15 }, INSTANTS[4]!],
    ['physicians (Canadian experience)', { type: 'category', category: 'physicians', size: 5 }, INSTANTS[4]!],
    ['trades 2026 (cooks out)', { type: 'category', category: 'trades', size: 50 }, INSTANTS[4]!],
  ];
  for (const [name, spec, instant] of table) {
    it(`gives what selectRound gives: ${name}`, async () => {
      await pool();
      const full: RoundSpec = { ...spec, instant };
      expect(validateRoundSpec(full)).toEqual([]);
      const expected = await pureSelection(getDb(), full);
      const actual = await databaseSelection(getDb(), full);
      expect(actual).toEqual(expected);
      expect(expected.invited.length).toBeGreaterThan(0);
    });
  }

  it('gives what selectRound gives for any round spec (property)', async () => {
    await pool();
    const db = getDb();
    const spec = fc
      .record({
        kind: fc.constantFrom('general', 'program', 'category'),
        program: fc.constantFrom(...ROUND_PROGRAMS),
        category: fc.constantFrom(...CATEGORIES),
        size: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
        minimumCrs: fc.option(fc.integer({ min: 435, max: 475 }), { nil: undefined }),
        instant: fc.constantFrom(...INSTANTS, ...STAMPS),
      })
      .map(({ kind, program, category, size, minimumCrs, instant }): RoundSpec => ({
        type: kind as RoundSpec['type'],
        instant,
        ...(kind === 'program' ? { program } : {}),
        ...(kind === 'category' ? { category } : {}),
        ...(size === undefined && minimumCrs === undefined ? { size: 10 } : {}),
        ...(size !== undefined ? { size } : {}),
        ...(minimumCrs !== undefined ? { minimumCrs } : {}),
      }))
      .filter((s) => validateRoundSpec(s).length === 0);
    await fc.assert(
      fc.asyncProperty(spec, async (s) => {
        expect(await databaseSelection(db, s)).toEqual(await pureSelection(db, s));
      }),
      { numRuns: 40, seed: 4 },
    );
  });

  it('reads slim rows down to the size only, and the data of category candidates only', async () => {
    await pool();
    const rounds = repositories(getDb()).rounds;
    const general = await rounds.selectPool(poolQuery({ type: 'general', size: 7, instant: INSTANTS[0]! }));
    expect(general.ranked).toHaveLength(7);
    for (const p of general.ranked) {
      if (p.categoryData !== null) expect(Object.keys(p.categoryData).sort()).toEqual(expect.arrayContaining(['languageTests', 'workHistory']));
      expect(p).not.toHaveProperty('data');
    }
    // A category round reads every profile that may be in the category (all have one of its keys), whatever the size.
    const q = poolQuery({ type: 'category', category: 'french', size: 1, instant: INSTANTS[0]! });
    expect(q.filter.categoryKeys).toEqual(['french']);
    const french = await rounds.selectPool(q);
    expect(french.ranked.length).toBeGreaterThan(1);
    expect(french.ranked.every((p) => p.categoryData !== null)).toBe(true);
    expect(categoriesInForce(dayOf(INSTANTS[0]!)).length).toBeGreaterThan(0);
  });
});
