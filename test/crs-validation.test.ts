// Independent validation of the CRS scorer through the CLI, as a new user would run it:
//   node bin/ee.js crs score --no-lines <file>      (and through stdin, and with lines)
// Every output line is compared with an oracle written separately from rules.md §1 and §9 (test/validation/).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CrsFactors } from '../src/domain/vocabulary.ts';
import { oracleScore, type OracleScore } from './validation/crs-oracle.ts';
import { BOUNDARY_DATES, HAND_CASES, generateCases } from './validation/cases.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin', 'ee.js');
const cliExists = existsSync(CLI);

const GENERATED = generateCases();
const CASES: CrsFactors[] = [...GENERATED, ...HAND_CASES.map((h) => h.factors)];
const jsonLines = (items: readonly unknown[]) => items.map((c) => JSON.stringify(c)).join('\n') + '\n';

function runCli(args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
}

function outputLines(r: SpawnSyncReturns<string>): unknown[] {
  return r.stdout.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown);
}

const BLOCKS = ['total', 'core', 'spouse', 'transferability', 'additional'] as const;

function blocksOf(value: unknown): OracleScore | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!BLOCKS.every((k) => typeof v[k] === 'number')) return null;
  return { total: v.total as number, core: v.core as number, spouse: v.spouse as number, transferability: v.transferability as number, additional: v.additional as number };
}

interface Mismatch {
  line: number;
  input: CrsFactors;
  oracle: OracleScore;
  cli: unknown;
}

/** Compares the CLI's output lines with the oracle, one per input, in order. */
function compare(inputs: readonly CrsFactors[], outputs: readonly unknown[]): Mismatch[] {
  const out: Mismatch[] = [];
  inputs.forEach((input, i) => {
    const oracle = oracleScore(input);
    const cli = outputs[i];
    const got = blocksOf(cli);
    if (!got || BLOCKS.some((k) => got[k] !== oracle[k])) out.push({ line: i + 1, input, oracle, cli });
  });
  return out;
}

function describeMismatches(m: readonly Mismatch[]): string {
  if (m.length === 0) return 'no mismatch';
  const shown = m.slice(0, 15).map((x) => {
    const cli = blocksOf(x.cli) ?? x.cli;
    return `line ${x.line}\n  input:  ${JSON.stringify(x.input)}\n  oracle: ${JSON.stringify(x.oracle)}\n  cli:    ${JSON.stringify(cli)}`;
  });
  return `${m.length} mismatch(es) out of the set:\n${shown.join('\n')}${m.length > 15 ? `\n… and ${m.length - 15} more` : ''}`;
}

describe('the oracle (test/validation/crs-oracle.ts) against hand-computed cases', () => {
  it.each(HAND_CASES.map((h) => [h.name, h] as const))('%s', (_name, h) => {
    expect(oracleScore(h.factors)).toEqual(h.expected);
  });

  it('every block sums to the total and stays within its cap on the whole generated set', () => {
    for (const f of GENERATED) {
      const s = oracleScore(f);
      expect(s.total).toBe(s.core + s.spouse + s.transferability + s.additional);
      expect(s.core + s.spouse).toBeLessThanOrEqual(500);
      expect(s.spouse).toBeLessThanOrEqual(40);
      expect(s.transferability).toBeLessThanOrEqual(100);
      expect(s.additional).toBeLessThanOrEqual(600);
      expect(s.total).toBeGreaterThanOrEqual(0);
      expect(s.total).toBeLessThanOrEqual(1200);
    }
  });
});

describe('the generated set covers the space', () => {
  it('is deterministic and has at least 600 cases', () => {
    expect(GENERATED.length).toBeGreaterThanOrEqual(600);
    expect(generateCases()).toEqual(GENERATED);
  });

  it('spans dates on both sides of every effective date, and recent dates', () => {
    const dates = new Set(GENERATED.map((f) => f.asOf));
    for (const d of BOUNDARY_DATES) expect(dates, d).toContain(d);
    expect(GENERATED.some((f) => f.asOf >= '2026-01-01' && !(BOUNDARY_DATES as readonly string[]).includes(f.asOf))).toBe(true);
    expect(GENERATED.every((f) => f.asOf >= '2015-01-01' && f.asOf <= '2026-11-23')).toBe(true);
  });

  it('spans family situations, education, languages, work and additional factors', () => {
    const has = (p: (f: CrsFactors) => boolean, what: string) => expect(GENERATED.some(p), what).toBe(true);
    has((f) => f.maritalStatus === 'single', 'single');
    has((f) => f.maritalStatus === 'common_law' && f.spouseAccompanying && !f.spouseCanadianCitizenOrPR, 'with spouse');
    has((f) => f.maritalStatus === 'married' && f.spouseCanadianCitizenOrPR, 'spouse PR');
    has((f) => f.maritalStatus === 'married' && !f.spouseAccompanying && !f.spouseCanadianCitizenOrPR, 'spouse not coming');
    for (const e of ['none', 'secondary', 'one_year', 'two_year', 'bachelors_or_three_year', 'two_or_more_one_3yr', 'masters_or_professional', 'doctoral']) {
      has((f) => f.education === e, `education ${e}`);
    }
    for (let clb = 0; clb <= 12; clb++) has((f) => f.firstLanguage.speaking === clb, `CLB ${clb}`);
    has((f) => f.firstLanguage.language === 'french', 'French first');
    has((f) => f.secondLanguage === null, 'no second language');
    has((f) => f.secondLanguage !== null, 'second language');
    for (let y = 0; y <= 10; y++) {
      has((f) => f.canadianWorkYears === y, `Canadian work ${y}`);
      has((f) => f.foreignWorkYears === y, `foreign work ${y}`);
      has((f) => f.spouseAccompanying && f.spouseCanadianWorkYears === y, `spouse work ${y}`);
    }
    has((f) => f.provincialNomination, 'nomination');
    has((f) => f.arrangedEmployment === 'major_group_00', 'major group 00');
    has((f) => f.arrangedEmployment === 'teer_0_1_2_3', 'TEER 0-3 offer');
    has((f) => f.siblingInCanada, 'sibling');
    has((f) => f.certificateOfQualification, 'certificate');
    has((f) => f.canadianEducation === 'three_year_plus', 'Canadian education');
  });
});

// The CLI is written in parallel: these tests run as soon as bin/ee.js exists.
describe.skipIf(!cliExists)('`ee crs score` through the CLI agrees with the oracle', () => {
  let dir = '';
  let file = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ee-crs-validation-'));
    file = join(dir, 'cases.jsonl');
    writeFileSync(file, jsonLines(CASES));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`scores all ${CASES.length} cases from a file with --no-lines exactly as the oracle`, () => {
    const r = runCli(['crs', 'score', '--no-lines', file]);
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = outputLines(r);
    expect(out).toHaveLength(CASES.length);
    const m = compare(CASES, out);
    expect(m, describeMismatches(m)).toEqual([]);
  });

  it('gives the same numbers through stdin', () => {
    const r = runCli(['crs', 'score', '--no-lines'], jsonLines(CASES));
    expect(r.status).toBe(0);
    const out = outputLines(r);
    expect(out).toHaveLength(CASES.length);
    const m = compare(CASES, out);
    expect(m, describeMismatches(m)).toEqual([]);
  });

  it('gives the same numbers with explanation lines (no --no-lines)', () => {
    const r = runCli(['crs', 'score', file]);
    expect(r.status).toBe(0);
    const out = outputLines(r);
    expect(out).toHaveLength(CASES.length);
    for (const o of out) expect(Array.isArray((o as { lines?: unknown }).lines)).toBe(true);
    const m = compare(CASES, out);
    expect(m, describeMismatches(m)).toEqual([]);
  });

  it('lets `asOf` in a line win over --as-of, and uses --as-of for a line without asOf', () => {
    // Hand case: TEER 0–3 job offer; 909 on 2016-11-18 (600 for the offer), 359 on 2016-11-19 (50), 309 from 2025-03-25.
    const offer = HAND_CASES.find((h) => h.name === 'TEER 0-3 job offer, day before 2016-11-19')!.factors;
    const { asOf: _drop, ...noDate } = offer;
    const lines = [offer, { ...offer, asOf: '2016-11-19' }, noDate];
    const r1 = runCli(['crs', 'score', '--no-lines', '--as-of', '2025-03-25'], jsonLines(lines));
    expect(r1.status).toBe(0);
    expect(outputLines(r1).map((o) => blocksOf(o)?.total)).toEqual([909, 359, 309]);
    const r2 = runCli(['crs', 'score', '--no-lines', '--as-of', '2016-11-18'], jsonLines(lines));
    expect(r2.status).toBe(0);
    expect(outputLines(r2).map((o) => blocksOf(o)?.total)).toEqual([909, 359, 909]);
  });

  it('puts an error line in place of a non-JSON line and of a line missing a field; scores the rest; exit 1', () => {
    const good = HAND_CASES[0]!.factors;
    const { age: _age, ...missingAge } = good;
    const text = [JSON.stringify(good), '{"age": 30, not json', JSON.stringify(missingAge), JSON.stringify(HAND_CASES[1]!.factors)].join('\n') + '\n';
    const r = runCli(['crs', 'score', '--no-lines'], text);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).not.toBe('');
    const out = outputLines(r);
    expect(out).toHaveLength(4);
    expect(blocksOf(out[0])).toEqual(HAND_CASES[0]!.expected);
    expect(blocksOf(out[3])).toEqual(HAND_CASES[1]!.expected);

    const err = (o: unknown) => (o as { error?: { line?: unknown; field?: unknown; expected?: unknown } }).error;
    const e2 = err(out[1]);
    expect(e2).toBeDefined();
    expect(e2!.line).toBe(2);
    expect(typeof e2!.field).toBe('string');
    expect(typeof e2!.expected).toBe('string');
    expect(Object.keys(out[1] as object)).toEqual(['error']);

    const e3 = err(out[2]);
    expect(e3).toBeDefined();
    expect(e3!.line).toBe(3);
    expect(e3!.field).toBe('age');
    expect(String(e3!.expected)).toMatch(/number/);
    expect(Object.keys(out[2] as object)).toEqual(['error']);
  });

  it('also reports bad lines read from a file, with 1-based line numbers', () => {
    const badFile = join(dir, 'bad.jsonl');
    writeFileSync(badFile, ['not json at all', JSON.stringify(HAND_CASES[2]!.factors)].join('\n') + '\n');
    const r = runCli(['crs', 'score', '--no-lines', badFile]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).not.toBe('');
    const out = outputLines(r);
    expect(out).toHaveLength(2);
    expect((out[0] as { error?: { line?: unknown } }).error?.line).toBe(1);
    expect(blocksOf(out[1])).toEqual(HAND_CASES[2]!.expected);
  });

  it('exits 0 when every line is fine', () => {
    const r = runCli(['crs', 'score', '--no-lines'], jsonLines(HAND_CASES.map((h) => h.factors)));
    expect(r.status).toBe(0);
    expect(outputLines(r).map(blocksOf)).toEqual(HAND_CASES.map((h) => h.expected));
  });
});
