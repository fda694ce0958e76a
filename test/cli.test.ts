// The `ee` command line: the JSON-lines contract, bad input, text in French and English, rules.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ee, example, repoRoot } from './cli-harness.ts';

const factorsLines = readFileSync(example('factors.jsonl'), 'utf8');
const first = JSON.parse(factorsLines.split('\n')[0]!) as Record<string, unknown>;
const { asOf: _asOf, ...withoutAsOf } = first;

describe('ee crs score', () => {
  it('answers one JSON line per input line, in order, with blocks, total and explanation lines', async () => {
    const r = await ee(['crs', 'score'], factorsLines);
    expect(r.code).toBe(0);
    const out = r.json();
    expect(out).toHaveLength(4);
    for (const o of out) {
      expect(Object.keys(o).sort()).toEqual(['additional', 'core', 'lines', 'spouse', 'total', 'transferability']);
      expect(o.total).toBe((o.core as number) + (o.spouse as number) + (o.transferability as number) + (o.additional as number));
      expect((o.lines as unknown[]).length).toBeGreaterThan(5);
    }
    // Same candidate: job offer worth 50 (TEER 0–3) before 2016-11-19 it was 600; none from 2025-03-25.
    expect((out[0]!.additional as number) - (out[1]!.additional as number)).toBe(550);
    expect((out[1]!.additional as number) - (out[2]!.additional as number)).toBe(50);
  });

  it('--no-lines gives the same numbers without lines (the fast path)', async () => {
    const full = (await ee(['crs', 'score'], factorsLines)).json();
    const fast = await ee(['crs', 'score', '--no-lines'], factorsLines);
    expect(fast.code).toBe(0);
    fast.json().forEach((o, i) => {
      expect(o.lines).toBeUndefined();
      const { lines: _l, ...blocks } = full[i]!;
      expect(o).toEqual(blocks);
    });
  });

  it('reads a file as well as stdin', async () => {
    const fromFile = await ee(['crs', 'score', '--no-lines', example('factors.jsonl')]);
    const fromStdin = await ee(['crs', 'score', '--no-lines'], factorsLines);
    expect(fromFile.stdout).toBe(fromStdin.stdout);
  });

  it('lets asOf in the line win over --as-of, and uses --as-of otherwise', async () => {
    const line = JSON.stringify(first);
    const bare = JSON.stringify(withoutAsOf);
    const r = await ee(['crs', 'score', '--no-lines', '--as-of', '2025-03-25'], `${line}\n${bare}\n`);
    const [inLine, fromOption] = r.json();
    expect(inLine!.additional).toBe(600); // 2016-11-18: job offer worth 600
    expect(fromOption!.additional).toBe(0); // 2025-03-25: no more job-offer points
  });

  it('puts an error line in place of a bad line, still scores the others, exits 1 and explains on stderr', async () => {
    const missing = JSON.stringify({ ...withoutAsOf, age: undefined });
    const wrongType = JSON.stringify({ ...first, canadianWorkYears: 'two' });
    const input = [JSON.stringify(first), '{not json', missing, wrongType, JSON.stringify(first)].join('\n');
    const r = await ee(['crs', 'score', '--no-lines', '--lang', 'en'], input);
    expect(r.code).toBe(1);
    const out = r.json();
    expect(out).toHaveLength(5);
    expect(out[0]!.total).toBeTypeOf('number');
    expect(out[1]).toEqual({ error: { line: 2, field: '(root)', expected: 'JSON' } });
    expect(out[2]).toEqual({ error: { line: 3, field: 'age', expected: 'number (required)' } });
    expect(out[3]).toEqual({ error: { line: 4, field: 'canadianWorkYears', expected: 'number' } });
    expect(out[4]!.total).toBe(out[0]!.total);
    expect(r.stderr).toContain('line 2');
    expect(r.stderr).toContain('line 3: age');
    expect(r.stderr).toContain('3 lines of 5 could not be evaluated');
  });

  it('refuses unknown fields and days before 2015-01-01, per line', async () => {
    const r = await ee(['crs', 'score', '--lang', 'fr'], `${JSON.stringify({ ...first, bonus: 1 })}\n${JSON.stringify({ ...first, asOf: '2014-12-31' })}\n`);
    expect(r.code).toBe(1);
    const [unknown, early] = r.json();
    expect(unknown).toEqual({ error: { line: 1, field: 'bonus', expected: 'no such field' } });
    expect(early).toEqual({ error: { line: 2, field: 'asOf', expected: 'date (YYYY-MM-DD) on or after 2015-01-01' } });
    expect(r.stderr).toContain('ligne 1');
  });

  it('rejects a malformed --as-of as a usage error (exit 2)', async () => {
    const r = await ee(['crs', 'score', '--as-of', '23/11/2026'], factorsLines);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of');
  });

  it('scores full profiles too, with the findings of the derivation', async () => {
    const profile = JSON.parse(readFileSync(example('profile-cec.json'), 'utf8')) as Record<string, unknown>;
    const r = await ee(['crs', 'score'], JSON.stringify({ ...profile, asOf: '2026-01-15' }));
    expect(r.code).toBe(0);
    const [o] = r.json();
    expect(o!.total).toBeGreaterThan(300);
    expect(Array.isArray(o!.findings)).toBe(true);
  });

  it('answers a raw score outside its test scale with a field error', async () => {
    const profile = JSON.parse(readFileSync(example('profile-cec.json'), 'utf8')) as { languageTests: { scores: Record<string, number> }[] };
    profile.languageTests[0]!.scores.speaking = 9.5;
    const r = await ee(['crs', 'score'], JSON.stringify(profile));
    expect(r.code).toBe(1);
    expect(r.json()[0]!.error).toMatchObject({ field: 'languageTests[0].scores.speaking' });
  });
});

describe('ee crs explain, eligibility, advise', () => {
  it('explains a score point by point in French and in English', async () => {
    const fr = await ee(['crs', 'explain', '--lang', 'fr', example('profile-cec.json'), '--as-of', '2026-01-15']);
    const en = await ee(['crs', 'explain', '--lang', 'en', example('profile-cec.json'), '--as-of', '2026-01-15']);
    expect(fr.code).toBe(0);
    expect(en.code).toBe(0);
    expect(fr.stdout).toContain('Système de classement global');
    expect(en.stdout).toContain('Comprehensive Ranking System');
    const total = (text: string) => Number(/^Total\s+(\d+)$/m.exec(text)?.[1]);
    expect(total(fr.stdout)).toBe(total(en.stdout));
    expect(total(fr.stdout)).toBeGreaterThan(300);
    expect(fr.stdout).not.toMatch(/crs\.factor\./); // every factor has its words
  });

  it('tells a Québec-bound candidate why Express Entry does not apply', async () => {
    const r = await ee(['eligibility', '--lang', 'fr', example('profile-fsw-quebec.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Non admissible à Entrée express');
    expect(r.stdout).toMatch(/Québec/);
    expect(r.stdout).not.toMatch(/eligibility\.[a-z_]+/);
    const json = await ee(['eligibility', '--json', example('profile-fsw-quebec.json')]);
    expect(json.json()[0]).toMatchObject({ expressEntryEligible: false });
  });

  it('needs a full profile for eligibility and advice', async () => {
    const r = await ee(['eligibility', '--json'], factorsLines.split('\n')[0]!);
    expect(r.code).toBe(1);
    expect(r.json()[0]).toMatchObject({ error: { line: 1, field: 'birthDate' } });
  });

  it('advises in words, with points gained', async () => {
    const r = await ee(['advise', '--lang', 'en', '--as-of', '2026-01-15', example('profile-cec.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Current score');
    expect(r.stdout).toMatch(/\+\d+ → \d+/);
    expect(r.stdout).not.toMatch(/advice\.[a-z_]+/);
  });
});

describe('ee rules', () => {
  it('lists the parameters in force on a day and shows one with its dated values and references', async () => {
    const list = await ee(['rules', 'list', '--json', '--as-of', '2016-01-01']);
    expect(list.code).toBe(0);
    const parsed = JSON.parse(list.stdout) as { rules: { id: string }[]; rulesVersion: string };
    expect(parsed.rules.length).toBeGreaterThan(40);
    const id = parsed.rules[0]!.id;
    const show = await ee(['rules', 'show', id, '--lang', 'fr']);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain(id);
    expect(show.stdout).toContain('Référence');
  });

  it('says so when an id is unknown (exit 1)', async () => {
    const r = await ee(['rules', 'show', 'crs.nope', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('No rule parameter');
  });

  it('keeps docs/rules-open-points.md in step with the parameters', async () => {
    const r = await ee(['rules', 'open-points']);
    expect(readFileSync(path.join(repoRoot, 'docs/rules-open-points.md'), 'utf8')).toBe(r.stdout);
  });
});
