// Calendar-day arithmetic on ISO days (`YYYY-MM-DD`), pure: no clock, no time zone.
//
// Plain integer arithmetic on the proleptic Gregorian calendar (days-from-civil and civil-from-days, as in Howard
// Hinnant's "chrono-compatible low-level date algorithms"), without Date objects or regular expressions: these
// functions run thousands of times per profile evaluation (work histories, test and ECA validity), and the Date-based
// versions were about a third of the synthetic pool generator's time. test/dates.test.ts checks them against Date.
import type { IsoDate } from './vocabulary.ts';

const CHAR_0 = 48;
const CHAR_DASH = 45;

/** The value of the decimal digits text[from, to), or -1 if one of them is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - CHAR_0;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Parses an ISO day; returns null unless it is a real calendar day. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  if (text.length !== 10 || text.charCodeAt(4) !== CHAR_DASH || text.charCodeAt(7) !== CHAR_DASH) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: unknown): text is IsoDate {
  return typeof text === 'string' && parseIsoDate(text) !== null;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

function parts(date: IsoDate): { year: number; month: number; day: number } {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`Not an ISO calendar day: ${JSON.stringify(date)}`);
  return p;
}

/** Days since 1970-01-01 of a (year, month 1–12, day) of the proleptic Gregorian calendar. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Days since 1970-01-01. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parts(date);
  return daysFromCivil(year, month, day);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The ISO day of a year 0–9999 (four digits). */
function format(year: number, month: number, day: number): IsoDate {
  const y = year >= 1000 ? `${year}` : year >= 100 ? `0${year}` : year >= 10 ? `00${year}` : `000${year}`;
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  // Outside four-digit years, the extended form Date gives (±YYYYYY), as before.
  if (year < 0 || year > 9999 || !Number.isInteger(dayNumber)) return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
  return format(year, month, day);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Adds calendar months; a day past the end of the target month is clamped to its last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Completed years from `from` to `on` (age on a day; a 29 February birthday ages on 1 March in common years). */
export function completedYears(from: IsoDate, on: IsoDate): number {
  const a = parts(from);
  const b = parts(on);
  let years = b.year - a.year;
  if (b.month < a.month || (b.month === a.month && b.day < a.day)) years -= 1;
  return years;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
