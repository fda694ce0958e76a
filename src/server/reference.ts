// Official reference data, read once from the data directory (EE_DATA_DIR, or ../shared/data next to the checkout).
import type { ReferenceData } from '../app/ports.ts';
import type { NocIndex } from '../domain/noc.ts';
import { resolveDataDir } from '../db/reference/data-dir.ts';
import { loadNocIndexFromFiles } from '../db/reference/noc-files.ts';

export function fileReferenceData(env: Record<string, string | undefined>): ReferenceData {
  let noc: Promise<NocIndex> | undefined;
  return {
    nocIndex: () => (noc ??= loadNocIndexFromFiles(resolveDataDir(env))),
  };
}
