// The reference data directory for tests that read the official files; null (and a warning) when it is absent.
import { resolveDataDir } from '../src/db/reference/data-dir.ts';

export function testDataDir(suite: string): string | null {
  try {
    return resolveDataDir();
  } catch {
    console.warn(`${suite}: reference data directory not found (set EE_DATA_DIR or add ../shared/data); tests on the official files skipped.`);
    return null;
  }
}
