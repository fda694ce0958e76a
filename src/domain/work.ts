// Work-experience arithmetic (rules.md §4.2, used by CRS, FSW, CEC and FST): which entries count, and how many hours.
//
// How hours are counted. IRCC counts at most 30 hours a week; part-time adds up pro rata; several jobs at the same
// time add up, still capped at 30 hours a week in total; one year = 12 months × 30 h/week = 1,560 hours (§4.2).
// An entry's weekly hours are spread evenly over its days (weeklyHours / 7 a day), from `start` to `end` inclusive
// (ongoing entries run to the end of the window, i.e. the evaluation day). On each day the hours of all counted
// entries are added up and capped at 30 / 7 hours: for steady schedules this is exactly IRCC's 30-hour week, and
// overlapping entries are never counted twice beyond it. 364 days (52 weeks) of full-time work make 1,560 hours.
// Computation is a sweep over the entries' start and end days (no per-day loop), exact in sevenths of an hour.
import { addDays, addYears, fromDayNumber, toDayNumber } from './dates.ts';
import { isValidNocCode, teerOf } from './noc.ts';
import { at, type Parameter } from './rules/parameter.ts';
import { CEC_EXCLUSIONS, CEC_PHYSICIANS, FST_TRADES, SKILLED_OCCUPATIONS, type SkilledOccupations, type TradeGroups } from './rules/programs.ts';
import type { Finding, IsoDate, WorkEntry } from './vocabulary.ts';

/** One year of full-time work: 12 months × 30 h/week (rules.md §4.2). */
export const HOURS_PER_YEAR = 1560;
/** Hours counted at most in a week, all jobs together (rules.md §4.2). */
export const MAX_WEEKLY_HOURS = 30;

const EPSILON = 1e-6;

// ── Rule lookup ─────────────────────────────────────────────────────────────────────────────────────────────────

/** The value of a dated parameter on `asOf` (rules/parameter.ts `at`, which remembers the days it validated). */
export const ruleAt: <T>(p: Parameter<T>, asOf: IsoDate) => T = at;

// ── NOC helpers ─────────────────────────────────────────────────────────────────────────────────────────────────

/** TEER of a NOC 2021 code (2nd digit), or null for a malformed code. */
export function nocTeer(noc: string): number | null {
  return isValidNocCode(noc) ? teerOf(noc) : null;
}

/** Whether work in this NOC 2021 unit group is skilled for Express Entry on `asOf` (rules.md §8; fsw.skilled_occupations). */
export function isSkilledNoc(noc: string, asOf: IsoDate): boolean {
  return skilledUnder(ruleAt(SKILLED_OCCUPATIONS, asOf), noc);
}

function skilledUnder(rule: SkilledOccupations, noc: string): boolean {
  const teer = nocTeer(noc);
  if (teer === null || rule.notSkilled.includes(noc)) return false;
  return rule.teers.includes(teer) || rule.alsoSkilled.includes(noc);
}

/** Whether this NOC 2021 unit group is an eligible FST trade on `asOf` (rules.md §5.1; fst.trades). */
export function isFstTrade(noc: string, asOf: IsoDate): boolean {
  return tradeUnder(ruleAt(FST_TRADES, asOf), noc);
}

function tradeUnder(g: TradeGroups, noc: string): boolean {
  if (!isValidNocCode(noc) || g.excludedUnitGroups.includes(noc)) return false;
  if (g.unitGroups.includes(noc) || g.minorGroups.includes(noc.slice(0, 4))) return true;
  return g.majorGroups.includes(noc.slice(0, 2)) && !g.excludedSubMajorGroups.includes(noc.slice(0, 3));
}

// ── Windows and hours ───────────────────────────────────────────────────────────────────────────────────────────

/** A span of days, both ends inclusive. */
export interface Window {
  from: IsoDate;
  to: IsoDate;
}

/** The `years` years that end on `asOf` (inclusive): e.g. 3 years before 2025-06-01 = 2022-06-02 … 2025-06-01. */
export function windowBefore(asOf: IsoDate, years: number): Window {
  const key = `${asOf}|${years}`;
  let from = windowStarts.get(key);
  if (from === undefined) {
    from = addDays(addYears(asOf, -years), 1);
    if (windowStarts.size >= 10_000) windowStarts.clear();
    windowStarts.set(key, from);
  }
  return { from, to: asOf };
}
const windowStarts = new Map<string, IsoDate>();

/** Everything up to `asOf` (for rules without a period, e.g. FSW adaptability work in Canada). */
export function windowUntil(asOf: IsoDate): Window {
  return { from: '1900-01-01', to: asOf };
}

export interface HourCount {
  /** Hours counted (at most 30 a week, all entries together). */
  hours: number;
  /** Hours worked but not counted because the week went over 30 hours. */
  cappedHours: number;
}

// Day numbers are memoized: parsing ISO days dominates the cost of bulk derivations (a pure cache, bounded).
const dayNumbers = new Map<string, number>();
function dayNumber(date: IsoDate): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    n = toDayNumber(date);
    if (dayNumbers.size >= 100_000) dayNumbers.clear();
    dayNumbers.set(date, n);
  }
  return n;
}

/** Clipped day range [first, last] of an entry inside a window, as day numbers; null if they do not meet. */
function clip(entry: WorkEntry, window: Window): [number, number] | null {
  const first = Math.max(dayNumber(entry.start), dayNumber(window.from));
  const last = Math.min(dayNumber(entry.end ?? window.to), dayNumber(window.to));
  return first <= last ? [first, last] : null;
}

/**
 * Hours counted in a window for the given entries (already filtered: paid, skilled, …), 30 h/week cap applied to
 * the total of overlapping entries. Ongoing entries (end null) run to `window.to`.
 */
export function countHours(entries: readonly WorkEntry[], window: Window): HourCount {
  // Sweep events: +weeklyHours on the first day, −weeklyHours the day after the last.
  const events: [number, number][] = [];
  for (const e of entries) {
    const range = clip(e, window);
    if (!range || !(e.weeklyHours > 0)) continue;
    events.push([range[0], e.weeklyHours], [range[1] + 1, -e.weeklyHours]);
  }
  events.sort((a, b) => a[0] - b[0]);
  // Units: weekly hours × days = sevenths of an hour.
  let counted = 0;
  let capped = 0;
  let rate = 0;
  for (let i = 0; i < events.length; i++) {
    const [day, delta] = events[i]!;
    rate += delta;
    const next = events[i + 1];
    if (!next) break;
    const days = next[0] - day;
    if (days <= 0 || rate <= EPSILON) continue;
    counted += Math.min(rate, MAX_WEEKLY_HOURS) * days;
    capped += Math.max(0, rate - MAX_WEEKLY_HOURS) * days;
  }
  return { hours: counted / 7, cappedHours: capped / 7 };
}

/** Hours counted in a window (see countHours). */
export function qualifyingHours(entries: readonly WorkEntry[], window: Window): number {
  return countHours(entries, window).hours;
}

/** Whether `hours` reach `required` (tolerant of floating-point dust: 1,560 h computed as 1559.9999999 counts). */
export function reaches(hours: number, required: number): boolean {
  return hours + EPSILON >= required;
}

/** Completed full-time-equivalent years: 1,560 hours each, a partial year rounds down (rules.md §1.8). */
export function fullYears(hours: number): number {
  return Math.max(0, Math.floor((hours + EPSILON) / HOURS_PER_YEAR));
}

/** Whole hours for display (never rounds up to a threshold that was not reached). */
export function displayHours(hours: number): number {
  return Math.floor(hours + EPSILON);
}

function groupByNoc(entries: readonly WorkEntry[]): Map<string, WorkEntry[]> {
  const byNoc = new Map<string, WorkEntry[]>();
  for (const e of entries) {
    const list = byNoc.get(e.noc);
    if (list) list.push(e);
    else byNoc.set(e.noc, [e]);
  }
  return byNoc;
}

/** Hours per NOC code in a window (each occupation counted on its own, 30 h/week cap within it). */
export function hoursByNoc(entries: readonly WorkEntry[], window: Window): Map<string, number> {
  const out = new Map<string, number>();
  for (const [noc, list] of groupByNoc(entries)) out.set(noc, countHours(list, window).hours);
  return out;
}

/** The occupation with the most hours in a window; null when no entry counts. Ties: the lower NOC code. */
export function bestOccupation(entries: readonly WorkEntry[], window: Window): { noc: string; hours: number } | null {
  let best: { noc: string; hours: number } | null = null;
  for (const [noc, hours] of [...hoursByNoc(entries, window)].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (hours > EPSILON && (!best || hours > best.hours + EPSILON)) best = { noc, hours };
  }
  return best;
}

export interface ContinuousRun {
  noc: string;
  from: IsoDate;
  to: IsoDate;
  hours: number;
}

/**
 * The longest continuous period of work in one occupation within a window, by hours counted (FSW: "one year of
 * continuous work … in one occupation", rules.md §3.1, §4.2). Entries in the same NOC that overlap or follow each
 * other without a gap day form one run; part-time work is continuous too. Null when no entry counts.
 */
export function longestContinuousRun(entries: readonly WorkEntry[], window: Window): ContinuousRun | null {
  let best: ContinuousRun | null = null;
  for (const [noc, list] of [...groupByNoc(entries)].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const clipped = list
      .map((e) => ({ e, range: clip(e, window) }))
      .filter((x): x is { e: WorkEntry; range: [number, number] } => x.range !== null && x.e.weeklyHours > 0)
      .sort((a, b) => a.range[0] - b.range[0]);
    // Group into runs: a new run starts when an entry begins after a gap day.
    const runs: { entries: WorkEntry[]; first: number; last: number }[] = [];
    for (const { e, range } of clipped) {
      const run = runs[runs.length - 1];
      if (run && range[0] <= run.last + 1) {
        run.entries.push(e);
        run.last = Math.max(run.last, range[1]);
      } else {
        runs.push({ entries: [e], first: range[0], last: range[1] });
      }
    }
    for (const run of runs) {
      const from = fromDayNumber(run.first);
      const to = fromDayNumber(run.last);
      const hours = countHours(run.entries, { from, to }).hours;
      if (!best || hours > best.hours + EPSILON) best = { noc, from, to, hours };
    }
  }
  return best;
}

// ── Which entries count ─────────────────────────────────────────────────────────────────────────────────────────

/**
 * What the entries are counted for:
 * - `crs_canadian`: CRS Canadian work (principal or spouse): in Canada, authorized, skilled; CEC exclusions applied
 *   (rules.md §1.2.5 [UNSURE], cec.excluded_work);
 * - `crs_foreign`: CRS foreign work: outside Canada, skilled (rules.md §1.4 C3);
 * - `fsw`: FSW experience: in Canada (authorized) or abroad, skilled (rules.md §3.1);
 * - `cec`: CEC experience: in Canada, authorized, skilled, no self-employment nor full-time-student work (rules.md §4.1);
 * - `fst`: FST experience: in Canada (authorized) or abroad, in an eligible trade (rules.md §5).
 * Unpaid work never counts.
 */
export type WorkUse = 'crs_canadian' | 'crs_foreign' | 'fsw' | 'cec' | 'fst';

export type ExclusionReason = 'unpaid' | 'unauthorized' | 'self_employed' | 'full_time_student' | 'not_skilled' | 'not_a_trade' | 'after_as_of';

export interface WorkSelection {
  counted: WorkEntry[];
  /** Entries of the right place (Canada / abroad) that do not count, with why. */
  excluded: { entry: WorkEntry; reason: ExclusionReason }[];
}

const inCanada = (e: WorkEntry) => e.country === 'CA';

interface SelectionRules {
  asOf: IsoDate;
  noSelfEmployment: boolean;
  noStudentWork: boolean;
  counts: (noc: string) => boolean;
  notCounted: ExclusionReason;
}

/** Splits entries into those that count for `use` on `asOf` and those that do not (entries of the other place are left out). */
export function selectWork(entries: readonly WorkEntry[], use: WorkUse, asOf: IsoDate): WorkSelection {
  const skilled = ruleAt(SKILLED_OCCUPATIONS, asOf);
  const trades = ruleAt(FST_TRADES, asOf);
  const exclusions = ruleAt(CEC_EXCLUSIONS, asOf);
  const cecRules = use === 'cec' || (use === 'crs_canadian' && exclusions.appliesToCrsCanadianWork);
  const rules: SelectionRules = {
    asOf,
    noSelfEmployment: cecRules && exclusions.selfEmployment,
    noStudentWork: cecRules && exclusions.fullTimeStudentWork,
    counts: use === 'fst' ? (noc) => tradeUnder(trades, noc) : (noc) => skilledUnder(skilled, noc),
    notCounted: use === 'fst' ? 'not_a_trade' : 'not_skilled',
  };
  const out: WorkSelection = { counted: [], excluded: [] };
  for (const entry of entries) {
    if ((use === 'crs_canadian' || use === 'cec') && !inCanada(entry)) continue;
    if (use === 'crs_foreign' && inCanada(entry)) continue;
    const reason = exclusionReason(entry, rules);
    if (reason) out.excluded.push({ entry, reason });
    else out.counted.push(entry);
  }
  return out;
}

function exclusionReason(entry: WorkEntry, rules: SelectionRules): ExclusionReason | null {
  if (entry.start > rules.asOf) return 'after_as_of';
  if (!entry.paid) return 'unpaid';
  if (inCanada(entry) && entry.authorizedInCanada === false) return 'unauthorized';
  if (rules.noSelfEmployment && entry.selfEmployed) return 'self_employed';
  if (rules.noStudentWork && entry.fullTimeStudent) return 'full_time_student';
  return rules.counts(entry.noc) ? null : rules.notCounted;
}

export type Who = 'principal' | 'spouse';

/** Physicians' NOC 2021 unit groups (specialists, general practitioners, and the physicians' temporary policy group). */
const PHYSICIAN_NOCS = ['31100', '31101', '31102'];

/**
 * Findings for a selection: excluded entries (`work_<reason>_not_counted`), entries over 30 h/week
 * (`work_over_30h_capped`), overlapping entries that together pass 30 h/week (`work_overlap_capped`), and the
 * physicians' public policy (`work_physician_public_policy`) for self-employed physicians' work in Canada.
 */
export function workFindings(selection: WorkSelection, window: Window, asOf: IsoDate, who: Who): Finding[] {
  const findings: Finding[] = [];
  for (const { entry, reason } of selection.excluded) {
    if (reason === 'not_a_trade') continue; // a program reason, not a profile finding
    findings.push({ code: `work_${reason}_not_counted`, severity: 'warning', params: { noc: entry.noc, start: entry.start, who } });
    if (reason === 'self_employed' && inCanada(entry) && PHYSICIAN_NOCS.includes(entry.noc) && ruleAt(CEC_PHYSICIANS, asOf)) {
      findings.push({ code: 'work_physician_public_policy', severity: 'info', params: { noc: entry.noc, start: entry.start, who } });
    }
  }
  const inWindow = selection.counted.filter((e) => clip(e, window) !== null);
  for (const e of inWindow) {
    if (e.weeklyHours > MAX_WEEKLY_HOURS) {
      findings.push({ code: 'work_over_30h_capped', severity: 'info', params: { noc: e.noc, start: e.start, weeklyHours: e.weeklyHours, cap: MAX_WEEKLY_HOURS, who } });
    }
  }
  // Overlap: what the cap removes once each entry is already limited to 30 h/week on its own.
  const overlap = countHours(
    inWindow.map((e) => ({ ...e, weeklyHours: Math.min(e.weeklyHours, MAX_WEEKLY_HOURS) })),
    window,
  ).cappedHours;
  if (overlap > EPSILON) {
    findings.push({ code: 'work_overlap_capped', severity: 'info', params: { hours: displayHours(overlap + 0.5), cap: MAX_WEEKLY_HOURS, who } });
  }
  return findings;
}

// ── Years for CRS ───────────────────────────────────────────────────────────────────────────────────────────────

/** Period in which CRS work experience counts (rules.md §1.2.5, §1.4: "last 10 years"). */
export const CRS_WORK_WINDOW_YEARS = 10;

export interface WorkYears {
  years: number;
  hours: number;
  findings: Finding[];
}

/** CRS Canadian work: full years of skilled work in Canada in the 10 years up to asOf (rules.md §1.2.5). */
export function canadianWorkYears(entries: readonly WorkEntry[], asOf: IsoDate, who: Who = 'principal'): WorkYears {
  const window = windowBefore(asOf, CRS_WORK_WINDOW_YEARS);
  const selection = selectWork(entries, 'crs_canadian', asOf);
  const hours = qualifyingHours(selection.counted, window);
  return { years: fullYears(hours), hours, findings: workFindings(selection, window, asOf, who) };
}

/**
 * CRS foreign work: full years of skilled work outside Canada in the 10 years up to asOf, in one occupation
 * (rules.md §1.4 C3: "TEER 0–3, one occupation"): the occupation with the most hours counts. When adding up all
 * occupations would give more full years, an info finding `work_foreign_single_occupation` says so.
 */
export function foreignWorkYears(entries: readonly WorkEntry[], asOf: IsoDate): WorkYears {
  const window = windowBefore(asOf, CRS_WORK_WINDOW_YEARS);
  const selection = selectWork(entries, 'crs_foreign', asOf);
  const best = bestOccupation(selection.counted, window);
  const hours = best?.hours ?? 0;
  const findings = workFindings(selection, window, asOf, 'principal');
  const allYears = fullYears(qualifyingHours(selection.counted, window));
  if (best && allYears > fullYears(hours)) {
    findings.push({ code: 'work_foreign_single_occupation', severity: 'info', params: { noc: best.noc, years: fullYears(hours), allOccupationsYears: allYears } });
  }
  return { years: fullYears(hours), hours, findings };
}
