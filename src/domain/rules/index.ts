// The registry of every dated rule of the system, and the rules version in force on a day.
import { assertRuleDate, type Parameter } from './parameter.ts';
import type { IsoDate } from '../vocabulary.ts';
import { PARAMETERS as CRS } from './crs.ts';
import { PARAMETERS as LANGUAGE } from './language.ts';
import { PARAMETERS as PROGRAMS } from './programs.ts';
import { PARAMETERS as PROCESS } from './process.ts';
import { PARAMETERS as CATEGORIES } from './categories.ts';

export * from './parameter.ts';

export const ALL_PARAMETERS: readonly Parameter<unknown>[] = [...CRS, ...LANGUAGE, ...PROGRAMS, ...PROCESS, ...CATEGORIES];

const byId = new Map(ALL_PARAMETERS.map((p) => [p.id, p]));

export function findParameter(id: string): Parameter<unknown> | undefined {
  return byId.get(id);
}

/** Every day on which some rule changed, ascending. */
export const RULE_CHANGE_DAYS: readonly IsoDate[] = [...new Set(ALL_PARAMETERS.flatMap((p) => p.values.map((v) => v.from)))].sort();

/**
 * The rules version in force on a day: the latest day, on or before it, on which any rule changed.
 * Two evaluations with the same version used exactly the same rules.
 */
export function rulesVersion(asOf: IsoDate): IsoDate {
  assertRuleDate(asOf);
  let version = RULE_CHANGE_DAYS[0]!;
  for (const day of RULE_CHANGE_DAYS) {
    if (day > asOf) break;
    version = day;
  }
  return version;
}
