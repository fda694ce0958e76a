// Law as code: a parameter is a named rule whose value changes over time.
// Each value applies from its `from` day until the day before the next value's `from` (OpenFisca's pattern).
import { isIsoDate } from '../dates.ts';
import type { IsoDate } from '../vocabulary.ts';

/** The first day any rule of this system applies: Express Entry opened on 2015-01-01. */
export const EPOCH: IsoDate = '2015-01-01';

export interface Label {
  en: string;
  fr: string;
}

/** An official (or, where marked unsure, the best available) source for a value. */
export interface Reference {
  title: string;
  url?: string;
}

export interface DatedValue<T> {
  /** First day this value applies. */
  from: IsoDate;
  value: T;
  references: readonly Reference[];
  /** Set when the value or its date is not confirmed by an official text: why, in one sentence. */
  unsure?: string;
  note?: string;
}

export interface Parameter<T> {
  /** Stable dotted id, e.g. `crs.core.age`. */
  id: string;
  label: Label;
  description?: Label;
  /** Values in ascending `from` order; the first starts on EPOCH. */
  values: readonly DatedValue<T>[];
}

/** Thrown for a date outside the rules' coverage or not a calendar day; carries a stable code for the edges. */
export class RuleDateError extends RangeError {
  readonly code: 'date_invalid' | 'date_before_epoch';
  readonly date: string;
  constructor(code: 'date_invalid' | 'date_before_epoch', date: string) {
    super(
      code === 'date_invalid'
        ? `Not an ISO calendar day (YYYY-MM-DD): ${JSON.stringify(date)}`
        : `No rules before ${EPOCH} (Express Entry opened that day): ${date}`,
    );
    this.code = code;
    this.date = date;
  }
}

/** Days already found valid (see assertRuleDate). */
const validDays = new Set<string>();

/** Checks that a date can be evaluated by the rules; throws RuleDateError otherwise. */
export function assertRuleDate(asOf: string): void {
  if (validDays.has(asOf)) return;
  if (!isIsoDate(asOf)) throw new RuleDateError('date_invalid', asOf);
  if (asOf < EPOCH) throw new RuleDateError('date_before_epoch', asOf);
  // Days already checked are remembered (bounded): rules are read many times per evaluation, with the same few days.
  if (validDays.size >= 4096) validDays.clear();
  validDays.add(asOf);
}

/** Declares a parameter (identity function that fixes the type and keeps declarations uniform). */
export function parameter<T>(p: Parameter<T>): Parameter<T> {
  return p;
}

/** The dated value in force on `asOf`. */
export function valueAt<T>(p: Parameter<T>, asOf: IsoDate): DatedValue<T> {
  assertRuleDate(asOf);
  const values = p.values;
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i]!;
    if (v.from <= asOf) return v;
  }
  throw new RuleDateError('date_before_epoch', asOf);
}

/** Shorthand for `valueAt(p, asOf).value`. */
export function at<T>(p: Parameter<T>, asOf: IsoDate): T {
  return valueAt(p, asOf).value;
}

/** A reference rendered as one line of text (title and URL). */
export function referenceText(refs: readonly Reference[]): string {
  return refs.map((r) => (r.url ? `${r.title} <${r.url}>` : r.title)).join('; ');
}
