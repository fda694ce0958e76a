// Loads NOC 2021 v1.0 from Statistics Canada's own CSV files (README of the data directory, §1a, §1b, §1d):
// the classification structure in English and in French (UTF-8 with BOM, CRLF; the French header keeps
// StatCan's typo "Code dela CNP 2021 v1.0") and the "All examples" job titles (English only).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { buildNocIndex, type NocIndex, type NocRecord } from '../../domain/noc.ts';
import { dataFile } from './data-dir.ts';

export const NOC_FILES = {
  structureEn: 'noc2021/noc-2021-v1.0-classification-structure.en.csv',
  structureFr: 'noc2021/cnp-2021-v1.0-structure-de-la-classification.fr.csv',
  exampleTitles: 'noc2021/noc2021_example_titles.csv',
} as const;

/** Expected headers: level, code and title columns of each structure file. */
const STRUCTURE_COLUMNS = {
  en: { level: 'Level', code: 'Code - NOC 2021 V1.0', title: 'Class title' },
  fr: { level: 'Niveau', code: 'Code dela CNP 2021 v1.0', title: 'Titres de classes' },
} as const;

const UNIT_GROUP_LEVEL = '5';

async function readRows(file: string): Promise<string[][]> {
  const text = await readFile(file, 'utf8');
  return parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
}

function columnIndex(header: readonly string[], name: string, file: string): number {
  const index = header.findIndex((h) => h.trim() === name);
  if (index < 0) throw new Error(`${file}: column "${name}" not found (header: ${header.join(' | ')})`);
  return index;
}

/** Unit-group titles (level 5) of one structure file, by code. */
async function unitGroupTitles(dataDir: string, lang: 'en' | 'fr'): Promise<Map<string, string>> {
  const relative = lang === 'en' ? NOC_FILES.structureEn : NOC_FILES.structureFr;
  const file = dataFile(dataDir, relative);
  const [header, ...rows] = await readRows(file);
  if (!header) throw new Error(`${file}: empty file`);
  const columns = STRUCTURE_COLUMNS[lang];
  const level = columnIndex(header, columns.level, relative);
  const code = columnIndex(header, columns.code, relative);
  const title = columnIndex(header, columns.title, relative);
  const titles = new Map<string, string>();
  for (const row of rows) {
    if (row[level]?.trim() !== UNIT_GROUP_LEVEL) continue;
    titles.set(row[code]!.trim(), row[title]!.trim());
  }
  return titles;
}

async function exampleTitles(dataDir: string): Promise<Map<string, string[]>> {
  const file = dataFile(dataDir, NOC_FILES.exampleTitles);
  const [header, ...rows] = await readRows(file);
  if (!header) throw new Error(`${file}: empty file`);
  const code = columnIndex(header, 'noc_code', NOC_FILES.exampleTitles);
  const title = columnIndex(header, 'job_title', NOC_FILES.exampleTitles);
  const byCode = new Map<string, string[]>();
  for (const row of rows) {
    const key = row[code]!.trim();
    const list = byCode.get(key) ?? [];
    list.push(row[title]!.trim());
    byCode.set(key, list);
  }
  return byCode;
}

/** Reads the three files and builds the index; every code must be in both languages. */
async function load(dataDir: string): Promise<NocIndex> {
  const [en, fr, examples] = await Promise.all([unitGroupTitles(dataDir, 'en'), unitGroupTitles(dataDir, 'fr'), exampleTitles(dataDir)]);
  const records: NocRecord[] = [];
  for (const [code, titleEn] of en) {
    const titleFr = fr.get(code);
    if (titleFr === undefined) throw new Error(`NOC 2021 unit group ${code} is in ${NOC_FILES.structureEn} but not in ${NOC_FILES.structureFr}`);
    records.push({ code, titleEn, titleFr, exampleTitlesEn: examples.get(code) ?? [], exampleTitlesFr: [] });
  }
  for (const code of fr.keys()) {
    if (!en.has(code)) throw new Error(`NOC 2021 unit group ${code} is in ${NOC_FILES.structureFr} but not in ${NOC_FILES.structureEn}`);
  }
  for (const code of examples.keys()) {
    if (!en.has(code)) throw new Error(`${NOC_FILES.exampleTitles}: example titles for unknown unit group ${code}`);
  }
  return buildNocIndex(records);
}

const cache = new Map<string, Promise<NocIndex>>();

/** The NOC 2021 index read from a data directory; loaded once per directory (a failed load is not kept). */
export function loadNocIndexFromFiles(dataDir: string): Promise<NocIndex> {
  const key = path.resolve(dataDir);
  let index = cache.get(key);
  if (!index) {
    index = load(key);
    cache.set(key, index);
    index.catch(() => cache.delete(key));
  }
  return index;
}
