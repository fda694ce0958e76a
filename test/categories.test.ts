// Category-based selection (rules.md §7.4, §9): versions on both sides of each change, NOC lists, experience rule.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ALL_PARAMETERS } from '../src/domain/rules/index.ts';
import {
  CATEGORY_DEFINITIONS,
  PARAMETERS,
  allCategoryVersions,
  categoriesForNoc,
  categoriesInForce,
  categoryExperienceMonths,
  categoryExperienceRule,
  findCategory,
  findCategoryByRoundName,
} from '../src/domain/rules/categories.ts';
import { isValidNocCode } from '../src/domain/noc.ts';
import { loadNocIndexFromFiles } from '../src/db/reference/noc-files.ts';
import { testDataDir } from './data-dir.ts';

const codes = (asOf: string): string[] => categoriesInForce(asOf).map((c) => c.code);
const version = (code: string, asOf: string): string | undefined => findCategory(code, asOf)?.version;

const DATA = testDataDir('categories.test');

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
}

describe('categories: registry', () => {
  it('registers category.* parameters', () => {
    const ids = new Set(ALL_PARAMETERS.map((p) => p.id));
    for (const p of PARAMETERS) {
      expect(p.id.startsWith('category.')).toBe(true);
      expect(ids.has(p.id)).toBe(true);
    }
  });
});

describe('categories in force (rules.md §7.4, §9)', () => {
  it('none before the Minister set the first categories on 2023-05-31', () => {
    expect(categoriesInForce('2015-01-01')).toEqual([]);
    expect(categoriesInForce('2023-05-30')).toEqual([]);
    expect(findCategory('healthcare', '2023-05-30')).toBeUndefined();
  });

  it('2023 (and 2024): French, healthcare, STEM, trades, transport, agriculture, all Version 1', () => {
    expect(codes('2023-05-31')).toEqual(['french', 'healthcare', 'stem', 'trades', 'transport', 'agriculture']);
    for (const c of categoriesInForce('2023-06-28')) expect(c.version).toBe('Version 1');
    expect(categoriesInForce('2025-02-26')).toBe(categoriesInForce('2023-05-31'));
  });

  it('2025-02-27: education added, transport dropped, healthcare and trades Version 2', () => {
    expect(codes('2025-02-27')).toEqual(['french', 'healthcare', 'stem', 'trades', 'education', 'agriculture']);
    expect(version('transport', '2025-02-26')).toBe('Version 1');
    expect(version('transport', '2025-02-27')).toBeUndefined();
    expect(version('education', '2025-02-26')).toBeUndefined();
    expect(version('education', '2025-02-27')).toBe('Version 1');
    expect(version('healthcare', '2025-02-26')).toBe('Version 1');
    expect(version('healthcare', '2025-02-27')).toBe('Version 2');
    expect(version('trades', '2025-02-27')).toBe('Version 2');
  });

  it('2026-02-06: French-Language proficiency 2026-Version 2 (first round under it)', () => {
    expect(version('french', '2026-02-05')).toBe('Version 1');
    expect(version('french', '2026-02-06')).toBe('2026-Version 2');
    expect(version('healthcare', '2026-02-06')).toBe('Version 2');
  });

  it('2026-02-18: 2026 versions, agriculture dropped, transport back, four new categories', () => {
    expect(codes('2026-02-17')).toEqual(['french', 'healthcare', 'stem', 'trades', 'education', 'agriculture']);
    expect(codes('2026-02-18')).toEqual([
      'french', 'healthcare', 'stem', 'trades', 'education', 'transport', 'physicians', 'senior_managers', 'researchers', 'military',
    ]);
    expect(version('healthcare', '2026-02-18')).toBe('2026-Version 3');
    expect(version('trades', '2026-02-18')).toBe('2026-Version 3');
    expect(version('transport', '2026-02-18')).toBe('2026-Version 2');
    expect(version('physicians', '2026-02-17')).toBeUndefined();
    expect(version('physicians', '2026-02-18')).toBe('2026-Version 1');
    expect(version('agriculture', '2026-02-18')).toBeUndefined();
  });

  it('carries the official versioned names, in English and French', () => {
    expect(findCategory('healthcare', '2026-06-25')?.name).toEqual({
      en: 'Healthcare and Social Services Occupations, 2026-Version 3',
      fr: 'Professions de la santé et des services sociaux 2026-version 3',
    });
    expect(findCategory('healthcare', '2024-11-20')?.name.en).toBe('Healthcare occupations (Version 1)');
    expect(findCategory('trades', '2025-09-18')?.name).toEqual({ en: 'Trade occupations (Version 2)', fr: 'Métiers (Version 2)' });
    expect(findCategory('military', '2026-07-23')?.name.fr).toBe('Recrues militaires qualifiées, 2026-Version 1');
    for (const c of allCategoryVersions()) {
      expect(c.name.en.toLowerCase()).toContain(c.version.toLowerCase());
      expect(c.name.fr.toLowerCase()).toContain(c.version.toLowerCase());
      expect(c.name.fr).not.toBe(c.name.en);
    }
  });

  it('finds a category version from an IRCC round name, English or French', () => {
    expect(findCategoryByRoundName('Transport Occupations, 2026-Version 2')?.code).toBe('transport');
    expect(findCategoryByRoundName('Médecins ayant de l’expérience de travail au Canada 2026-Version 1')?.code).toBe('physicians');
    expect(findCategoryByRoundName('Canadian Experience Class')).toBeUndefined();
  });
});

describe('category contents', () => {
  it('French: language category at NCLC 7, no occupations', () => {
    for (const day of ['2023-06-28', '2026-02-06', '2026-08-19']) {
      const french = findCategory('french', day)!;
      expect(french.kind).toBe('language');
      expect(french.minimumNclc).toBe(7);
      expect(french.nocs).toEqual([]);
    }
  });

  it('every occupation category has a non-empty list of distinct, well-formed NOC 2021 codes', () => {
    for (const c of allCategoryVersions().filter((c) => c.kind === 'occupation')) {
      expect(c.nocs.length, `${c.code} ${c.version}`).toBeGreaterThan(0);
      expect(new Set(c.nocs).size).toBe(c.nocs.length);
      for (const noc of c.nocs) expect(isValidNocCode(noc), `${c.code} ${c.version}: ${noc}`).toBe(true);
    }
  });

  it('list sizes from the data README §2c', () => {
    const size = (code: string, day: string): number | undefined => findCategory(code, day)?.nocs.length;
    expect([size('healthcare', '2024-01-01'), size('stem', '2024-01-01'), size('trades', '2024-01-01'), size('transport', '2024-01-01'), size('agriculture', '2024-01-01')]).toEqual([35, 24, 10, 10, 3]);
    expect([size('healthcare', '2025-06-01'), size('stem', '2025-06-01'), size('trades', '2025-06-01'), size('education', '2025-06-01'), size('agriculture', '2025-06-01')]).toEqual([37, 11, 25, 5, 1]);
    expect([size('transport', '2026-06-01'), size('physicians', '2026-06-01'), size('researchers', '2026-06-01'), size('senior_managers', '2026-06-01'), size('military', '2026-06-01')]).toEqual([4, 3, 2, 4, 3]);
  });

  it('2026 trades: cooks out, butchers in (as reported)', () => {
    expect(findCategory('trades', '2026-02-17')!.nocs).toContain('63200');
    expect(findCategory('trades', '2026-02-18')!.nocs).not.toContain('63200');
    expect(findCategory('trades', '2026-02-18')!.nocs).toContain('63201');
  });

  it('software engineers (21231) are STEM in 2023 but not in the 2025 list', () => {
    expect(categoriesForNoc('21231', '2024-06-01').map((c) => c.code)).toEqual(['stem']);
    expect(categoriesForNoc('21231', '2025-02-27')).toEqual([]);
    expect(categoriesForNoc('31301', '2026-03-01').map((c) => c.code)).toEqual(['healthcare']);
    expect(categoriesForNoc('31301', '2023-05-30')).toEqual([]);
  });

  it('the 2026 Canadian-experience categories say so', () => {
    for (const code of ['physicians', 'senior_managers', 'researchers']) {
      expect(findCategory(code, '2026-03-01')!.requirements).toEqual(['canadian_work_experience']);
    }
    expect(findCategory('military', '2026-03-01')!.requirements).toEqual(['canadian_armed_forces_job_offer']);
    expect(findCategory('senior_managers', '2026-03-01')!.nocs).not.toContain('00011');
  });

  it('marks the values built from incomplete sources as unsure', () => {
    expect(CATEGORY_DEFINITIONS.values[0]!.unsure).toBeUndefined();
    for (const v of CATEGORY_DEFINITIONS.values.slice(1)) expect(v.unsure).toBeTruthy();
    expect(findCategory('healthcare', '2026-03-01')!.unsure).toMatch(/not found/);
    expect(findCategory('physicians', '2026-03-01')!.unsure).toBeUndefined();
  });
});

describe('occupation-category experience (rules.md §7.4.1)', () => {
  it('none before categories, 6 continuous months from 2023-05-31, 12 months not necessarily continuous from 2026-02-18', () => {
    expect(categoryExperienceMonths('2023-05-30')).toBeNull();
    expect(categoryExperienceRule('2023-05-30')).toBeNull();
    expect(categoryExperienceMonths('2023-05-31')).toBe(6);
    expect(categoryExperienceMonths('2026-02-17')).toBe(6);
    expect(categoryExperienceRule('2026-02-17')).toEqual({ months: 6, continuous: true, windowYears: 3, fullTimeHoursPerWeek: 30 });
    expect(categoryExperienceMonths('2026-02-18')).toBe(12);
    expect(categoryExperienceRule('2026-02-18')).toEqual({ months: 12, continuous: false, windowYears: 3, fullTimeHoursPerWeek: 30 });
  });
});

describe.skipIf(!DATA)('categories against the reference data files', () => {
  it('every listed code is a NOC 2021 unit group of the official structure', async () => {
    const index = await loadNocIndexFromFiles(DATA!);
    for (const c of allCategoryVersions()) {
      for (const noc of c.nocs) expect(index.get(noc), `${c.code} ${c.version}: ${noc}`).toBeDefined();
    }
  });

  it('the lists equal ee_category_nocs.csv, year by year', () => {
    const rows = readCsv(path.join(DATA!, 'express_entry/ee_category_nocs.csv'));
    const byKey = new Map<string, string[]>();
    for (const r of rows) byKey.set(`${r['category']}|${r['year']}`, [...(byKey.get(`${r['category']}|${r['year']}`) ?? []), r['noc_code']!]);
    const dayOfYear: Record<string, string> = { '2023': '2023-12-31', '2024': '2024-12-31', '2025': '2025-12-31', '2026': '2026-08-19' };
    expect(byKey.size).toBe(20);
    for (const [key, list] of byKey) {
      const [code, year] = key.split('|') as [string, string];
      expect([...findCategory(code, dayOfYear[year]!)!.nocs].sort(), key).toEqual([...list].sort());
    }
  });

  it('every category round of IRCC’s feed names a version in force on the day of the round', () => {
    const file = path.join(DATA!, 'express_entry/ee_rounds.csv');
    if (!existsSync(file)) return;
    const rounds = readCsv(file).filter((r) => r['round_type'] === 'category');
    expect(rounds.length).toBeGreaterThan(70);
    for (const r of rounds) {
      const named = findCategoryByRoundName(r['draw_name']!);
      expect(named, `${r['date']} ${r['draw_name']}`).toBeDefined();
      expect(named!.code).toBe(r['category']);
      expect(findCategory(named!.code, r['date']!), `${r['date']} ${r['draw_name']}`).toBe(named);
    }
  });
});
