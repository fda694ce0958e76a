// NOC 2021 (rules.md §8): pure index and search, the data-directory resolution, and the loader of StatCan's files.
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildNocIndex, isValidNocCode, majorGroupOf, normalizeText, teerOf, type NocRecord } from '../src/domain/noc.ts';
import { DEFAULT_DATA_DIR, DataDirError, dataFile, resolveDataDir } from '../src/db/reference/data-dir.ts';
import { loadNocIndexFromFiles } from '../src/db/reference/noc-files.ts';
import { testDataDir } from './data-dir.ts';

const DATA = testDataDir('noc.test');

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ee-noc-'));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('NOC codes (pure)', () => {
  it('reads TEER from the 2nd digit and the major group from the first two', () => {
    expect(teerOf('21231')).toBe(1);
    expect(teerOf('00010')).toBe(0);
    expect(teerOf('72310')).toBe(2);
    expect(teerOf('85103')).toBe(5);
    expect(majorGroupOf('00012')).toBe('00');
    expect(majorGroupOf('72310')).toBe('72');
  });

  it('accepts only 5 digits whose TEER digit is 0–5', () => {
    expect(isValidNocCode('21231')).toBe(true);
    expect(isValidNocCode('00010')).toBe(true);
    for (const bad of ['2123', '212311', '2123a', '16000', ' 21231', 21231, null]) expect(isValidNocCode(bad)).toBe(false);
    expect(() => teerOf('2123')).toThrowError(RangeError);
    expect(() => majorGroupOf('19000')).toThrowError(RangeError);
  });

  it('normalizes case, accents and punctuation', () => {
    expect(normalizeText('Infirmières AUTORISÉES/infirmiers')).toBe('infirmieres autorisees infirmiers');
    expect(normalizeText('  Œuvre, Ça-va ')).toBe('oeuvre ca va');
  });
});

const SAMPLE: NocRecord[] = [
  { code: '21231', titleEn: 'Software engineers and designers', titleFr: 'Ingénieurs/ingénieures et concepteurs/conceptrices en logiciel', exampleTitlesEn: ['Site reliability engineer', 'Embedded software engineer'] },
  { code: '21230', titleEn: 'Computer systems developers and programmers', titleFr: 'Développeurs/développeuses et programmeurs/programmeuses de systèmes informatiques', exampleTitlesEn: ['Software engineer trainee'] },
  { code: '21311', titleEn: 'Computer engineers (except software engineers and designers)', titleFr: 'Ingénieurs informaticiens/ingénieures informaticiennes (sauf ingénieurs/ingénieures et concepteurs/conceptrices en logiciel)' },
  { code: '31301', titleEn: 'Registered nurses and registered psychiatric nurses', titleFr: 'Infirmiers autorisés/infirmières autorisées et infirmiers psychiatriques autorisés/infirmières psychiatriques autorisées' },
  { code: '85103', titleEn: 'Nursery and greenhouse labourers', titleFr: 'Manœuvres des pépinières et des serres' },
  { code: '31302', titleEn: 'Nurse practitioners', titleFr: 'Infirmiers praticiens/infirmières praticiennes' },
];

describe('NOC index and search (pure)', () => {
  const index = buildNocIndex(SAMPLE);

  it('derives TEER and major group, gets by code, lists in code order', () => {
    expect(index.size).toBe(6);
    expect(index.get('21231')).toMatchObject({ teer: 1, majorGroup: '21', exampleTitlesFr: [] });
    expect(index.get('99999')).toBeUndefined();
    expect(index.all().map((u) => u.code)).toEqual(['21230', '21231', '21311', '31301', '31302', '85103']);
  });

  it('refuses malformed and duplicate codes', () => {
    expect(() => buildNocIndex([{ code: '2123', titleEn: 'x', titleFr: 'y' }])).toThrowError(/2123/);
    expect(() => buildNocIndex([SAMPLE[0]!, SAMPLE[0]!])).toThrowError(/twice/);
  });

  it('ranks exact code, then codes that start with the query', () => {
    expect(index.search('21231').map((h) => [h.unitGroup.code, h.match])).toEqual([['21231', 'code']]);
    expect(index.search('2123').map((h) => [h.unitGroup.code, h.match])).toEqual([['21230', 'code_prefix'], ['21231', 'code_prefix']]);
    expect(index.search('213').map((h) => h.unitGroup.code)).toEqual(['21311']);
    expect(index.search('9')).toEqual([]);
  });

  it('ranks a title that starts with the query, then titles with all the words, then example titles', () => {
    const hits = index.search('software engineer', { lang: 'en' });
    expect(hits.map((h) => [h.unitGroup.code, h.match])).toEqual([
      ['21231', 'title_prefix'],
      ['21311', 'title_words'],
      ['21230', 'example_title'],
    ]);
    expect(hits[2]!.matchedExample).toBe('Software engineer trainee');
  });

  it('prefers whole words to a word that merely starts with the query ("nurse" before "nursery")', () => {
    expect(index.search('nurse', { lang: 'en' }).map((h) => h.unitGroup.code)).toEqual(['31302', '85103', '31301']);
  });

  it('finds French titles with or without accents, in any case', () => {
    for (const q of ['infirmière', 'infirmiere', 'INFIRMIÈRE', 'infirmières autorisées']) {
      const hits = index.search(q, { lang: 'fr' });
      expect(hits.map((h) => h.unitGroup.code), q).toContain('31301');
      expect(hits.every((h) => h.matchedLang === 'fr')).toBe(true);
    }
    expect(index.search('manoeuvres', { lang: 'fr' }).map((h) => h.unitGroup.code)).toEqual(['85103']); // œ typed as oe
    expect(index.search('pépinières', { lang: 'fr' }).map((h) => h.unitGroup.code)).toEqual(['85103']);
  });

  it('finds by an example title only', () => {
    const [hit, ...rest] = index.search('site reliability');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ match: 'example_title', matchedExample: 'Site reliability engineer', matchedLang: 'en' });
    expect(hit!.unitGroup.code).toBe('21231');
  });

  it('honours the limit and ignores an empty query', () => {
    expect(index.search('2', { limit: 2 })).toHaveLength(2);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('', { limit: 5 })).toEqual([]);
  });
});

describe('data directory', () => {
  it('takes EE_DATA_DIR when set, relative to the working directory', () => {
    const dir = tempDir();
    expect(resolveDataDir({ EE_DATA_DIR: dir }, '/')).toBe(dir);
    expect(resolveDataDir({ EE_DATA_DIR: path.basename(dir) }, path.dirname(dir))).toBe(dir);
  });

  it('fails clearly when EE_DATA_DIR does not exist, naming the variable and the expected files', () => {
    const missing = path.join(tempDir(), 'nowhere');
    expect(() => resolveDataDir({ EE_DATA_DIR: missing })).toThrowError(DataDirError);
    expect(() => resolveDataDir({ EE_DATA_DIR: missing })).toThrowError(/EE_DATA_DIR[\s\S]*noc2021\/noc-2021-v1\.0-classification-structure\.en\.csv/);
  });

  it('defaults to ../shared/data next to the repository, whatever the working directory', () => {
    expect(DEFAULT_DATA_DIR).toBe(path.resolve(import.meta.dirname, '../../shared/data'));
    if (existsSync(DEFAULT_DATA_DIR)) expect(resolveDataDir({}, '/')).toBe(DEFAULT_DATA_DIR);
    else expect(() => resolveDataDir({}, '/')).toThrowError(/EE_DATA_DIR/);
  });

  it('names a missing file', () => {
    expect(() => dataFile(tempDir(), 'noc2021/absent.csv')).toThrowError(/noc2021\/absent\.csv/);
  });
});

// A tiny data directory in StatCan's raw format: UTF-8 BOM, CRLF, the French header typo, quoted fields.
function writeSampleDataDir(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'noc2021'));
  const crlf = (lines: string[]): string => `\uFEFF${lines.join('\r\n')}\r\n`;
  writeFileSync(
    path.join(dir, 'noc2021/noc-2021-v1.0-classification-structure.en.csv'),
    crlf([
      'Level,Hierarchical structure,Code - NOC 2021 V1.0,Class title,Class definition',
      '2,Major Group,72,"Technical trades and transportation officers and controllers","This major group, quoted, has commas."',
      '5,Unit Group,72310,Carpenters,"Carpenters construct, erect, install, maintain and repair structures."',
      '5,Unit Group,00010,Legislators,Legislators participate in the activities of a government legislature.',
    ]),
  );
  writeFileSync(
    path.join(dir, 'noc2021/cnp-2021-v1.0-structure-de-la-classification.fr.csv'),
    crlf([
      'Niveau,Structure hiérarchique,Code dela CNP 2021 v1.0,Titres de classes,Définitions de la classe',
      '2,Grand groupe,72,Personnel des métiers techniques,"Ce grand groupe, entre guillemets."',
      '5,Groupe de base,72310,Charpentiers-menuisiers/charpentières-menuisières,Les charpentiers-menuisiers construisent.',
      '5,Groupe de base,00010,Membres des corps législatifs,Les membres des corps législatifs.',
    ]),
  );
  writeFileSync(path.join(dir, 'noc2021/noc2021_example_titles.csv'), 'noc_code,job_title,illustrative\n72310,Framing carpenter,false\n72310,"Carpenter, finish",true\n');
  return dir;
}

describe('loader of the StatCan files (sample in the raw format)', () => {
  it('reads unit groups only, in both languages, with example titles', async () => {
    const dir = writeSampleDataDir();
    const index = await loadNocIndexFromFiles(resolveDataDir({ EE_DATA_DIR: dir }));
    expect(index.size).toBe(2);
    expect(index.get('72310')).toEqual({
      code: '72310',
      teer: 2,
      majorGroup: '72',
      titleEn: 'Carpenters',
      titleFr: 'Charpentiers-menuisiers/charpentières-menuisières',
      exampleTitlesEn: ['Framing carpenter', 'Carpenter, finish'],
      exampleTitlesFr: [],
    });
    expect(index.get('00010')?.teer).toBe(0);
    expect(await loadNocIndexFromFiles(dir)).toBe(index); // cached per directory
  });

  it('rejects with the missing file named, and does not cache the failure', async () => {
    const dir = tempDir();
    await expect(loadNocIndexFromFiles(dir)).rejects.toThrowError(/noc-2021-v1\.0-classification-structure\.en\.csv/);
    const sample = writeSampleDataDir();
    rmSync(path.join(sample, 'noc2021/noc2021_example_titles.csv'));
    await expect(loadNocIndexFromFiles(sample)).rejects.toThrowError(/noc2021_example_titles\.csv/);
    writeFileSync(path.join(sample, 'noc2021/noc2021_example_titles.csv'), 'noc_code,job_title,illustrative\n');
    expect((await loadNocIndexFromFiles(sample)).size).toBe(2);
  });

  it('rejects a file whose header is not StatCan’s', async () => {
    const dir = writeSampleDataDir();
    writeFileSync(path.join(dir, 'noc2021/cnp-2021-v1.0-structure-de-la-classification.fr.csv'), 'Niveau,Code,Titre\n5,72310,Charpentiers\n');
    await expect(loadNocIndexFromFiles(dir)).rejects.toThrowError(/Code dela CNP 2021 v1\.0/);
  });
});

describe.skipIf(!DATA)('NOC 2021 v1.0 from the official files in the data directory', () => {
  const load = () => loadNocIndexFromFiles(DATA!);

  it('finds exactly 516 unit groups, with StatCan’s TEER counts', async () => {
    const index = await load();
    expect(index.size).toBe(516);
    const counts = [0, 0, 0, 0, 0, 0];
    for (const u of index.all()) counts[u.teer]!++;
    expect(counts).toEqual([48, 97, 162, 69, 95, 45]);
    expect(index.all().every((u) => u.titleFr !== '' && u.exampleTitlesEn.length > 0)).toBe(true);
  });

  it('knows 21231 (TEER 1), 00010 (TEER 0), 72310 carpenters (TEER 2) and 31301', async () => {
    const index = await load();
    expect(index.get('21231')).toMatchObject({ teer: 1, majorGroup: '21', titleEn: 'Software engineers and designers' });
    expect(index.get('00010')).toMatchObject({ teer: 0, majorGroup: '00', titleEn: 'Legislators', titleFr: 'Membres des corps législatifs' });
    expect(index.get('72310')).toMatchObject({ teer: 2, titleEn: 'Carpenters' });
    expect(index.get('72310')!.exampleTitlesEn).toContain('Framing carpenter');
    expect(index.get('31301')!.titleFr).toMatch(/^Infirmiers autorisés\/infirmières autorisées/);
  });

  it('finds 31301 for "infirmière" and "infirmiere", in the first three', async () => {
    const index = await load();
    for (const q of ['infirmière', 'infirmiere']) {
      expect(index.search(q, { lang: 'fr', limit: 3 }).map((h) => h.unitGroup.code), q).toContain('31301');
    }
  });

  it('finds 21231 first for "software engineer", and by code prefix "2123"', async () => {
    const index = await load();
    expect(index.search('software engineer', { lang: 'en' })[0]).toMatchObject({ match: 'title_prefix', unitGroup: { code: '21231' } });
    const prefix = index.search('2123', { limit: 10 });
    expect(prefix.map((h) => h.unitGroup.code)).toEqual(['21230', '21231', '21232', '21233', '21234']);
    expect(prefix.every((h) => h.match === 'code_prefix')).toBe(true);
    expect(index.search('carpenter')[0]).toMatchObject({ match: 'title_prefix', unitGroup: { code: '72310' } });
  });

  it('finds an occupation by an example title that its title lacks', async () => {
    const index = await load();
    expect(index.search('site reliability engineer')[0]).toMatchObject({
      match: 'example_title',
      matchedExample: 'Site reliability engineer',
      unitGroup: { code: '21231' },
    });
  });
});
