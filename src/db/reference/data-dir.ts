// Where the official reference data lives: EE_DATA_DIR, or ../shared/data next to the checkout.
// The files are not committed (see README); this only finds them and says clearly what is missing.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files (relative to the data directory) that the system reads. */
export const REQUIRED_DATA_FILES = [
  'noc2021/noc-2021-v1.0-classification-structure.en.csv',
  'noc2021/cnp-2021-v1.0-structure-de-la-classification.fr.csv',
  'noc2021/noc2021_example_titles.csv',
] as const;

/** The repository root: two levels up from src/db/reference/. */
const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');

/** Default data directory: `../shared/data` relative to the repository root. */
export const DEFAULT_DATA_DIR = path.resolve(REPO_ROOT, '../shared/data');

export class DataDirError extends Error {
  readonly code = 'data_dir_missing';
  readonly dir: string;
  constructor(message: string, dir: string) {
    super(message);
    this.name = 'DataDirError';
    this.dir = dir;
  }
}

function isDirectory(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory();
}

function missingMessage(dir: string, origin: string): string {
  return [
    `Reference data directory not found: ${dir} (${origin}).`,
    'Set EE_DATA_DIR to a directory holding the official files:',
    ...REQUIRED_DATA_FILES.map((f) => `  - ${f}`),
    'See the README for where to download them (Statistics Canada, NOC 2021 v1.0).',
  ].join('\n');
}

/**
 * The reference data directory: `EE_DATA_DIR` when set (a relative path is taken from `cwd`),
 * otherwise `../shared/data` next to the repository root when present.
 * Throws a DataDirError naming EE_DATA_DIR and the expected files when there is none.
 */
export function resolveDataDir(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): string {
  const fromEnv = env['EE_DATA_DIR']?.trim();
  if (fromEnv) {
    const dir = path.resolve(cwd, fromEnv);
    if (!isDirectory(dir)) throw new DataDirError(missingMessage(dir, 'from EE_DATA_DIR'), dir);
    return dir;
  }
  if (!isDirectory(DEFAULT_DATA_DIR)) throw new DataDirError(missingMessage(DEFAULT_DATA_DIR, 'default; EE_DATA_DIR is not set'), DEFAULT_DATA_DIR);
  return DEFAULT_DATA_DIR;
}

/** A file inside the data directory; throws a DataDirError naming the file when it is missing. */
export function dataFile(dir: string, relative: string): string {
  const file = path.join(dir, relative);
  if (!existsSync(file)) {
    throw new DataDirError(`Reference data file missing: ${file}\nThe data directory (EE_DATA_DIR or ../shared/data) must hold ${relative}.`, dir);
  }
  return file;
}
