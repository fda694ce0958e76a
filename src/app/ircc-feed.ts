// IRCC's rounds-of-invitations feed (ee_rounds_123_en.json, data README §2a) read into typed rounds, so that IRCC's
// history can be shown beside ours. Each record is checked on its own (zod): a malformed record gives field-level
// errors (`rounds[12].drawSize`) and the others are still read. IRCC's own quirks are kept and noted per round.
import { z } from 'zod';
import { fieldErrors, type FieldError } from './schemas.ts';
import { isIsoDate, toDayNumber } from '../domain/dates.ts';
import { findCategoryByRoundName, type CategoryCode } from '../domain/rules/categories.ts';
import { rulesVersion } from '../domain/rules/index.ts';
import type { RoundType } from '../domain/rules/process.ts';
import { CRS_BANDS, ROUND_PROGRAMS, roundPrograms, type CrsBandCount, type RoundProgram } from '../domain/rounds.ts';
import { GENERAL_ROUND_NAME, PROGRAM_ROUND_NAMES, type RoundReport } from '../domain/round-report.ts';
import type { Instant, IsoDate } from '../domain/vocabulary.ts';

/** Something odd in IRCC's record, kept as published. */
export type IrccRoundNote =
  /** drawName is neither a program, "No Program Specified"/"General", nor a known category version. */
  | 'name_unrecognized'
  /** drawDateTime has no time zone: read as UTC. */
  | 'date_time_no_zone'
  /** drawDateTime is more than a day away from drawDate (round 357). */
  | 'date_time_day_differs'
  /** drawCutOff has no time zone: read as UTC. */
  | 'tie_break_no_zone'
  /** drawCutOff has no year (round 208): the latest year that puts it before the round was taken. */
  | 'tie_break_year_assumed'
  /** All dd fields are 0: no distribution was published (early rounds). */
  | 'no_distribution'
  /** The 10-point sub-bands do not add up to their band (round 247), or the bands to the total. */
  | 'sub_bands_mismatch'
  /** drawDistributionAsOn is after drawDate (round 226). */
  | 'distribution_after_round';

export interface IrccRound {
  /** Round number; IRCC's `91a`/`91b` give 91 with a suffix. */
  number: number;
  numberSuffix?: string;
  /** drawNumber verbatim. */
  drawNumber: string;
  date: IsoDate;
  /** drawDateTime in UTC. */
  instant: Instant;
  /** drawName verbatim. */
  name: string;
  /** Null when the name is not recognised. */
  type: RoundType | null;
  program: RoundProgram | null;
  category: CategoryCode | null;
  categoryVersion: string | null;
  /** From drawText2 (PNP, CEC, FSW, FST order). */
  eligiblePrograms: RoundProgram[];
  size: number;
  cutoff: number;
  /** drawCutOff in UTC; null when IRCC gave none (76 rounds, before the rule of 6 Jun 2017 and some after). */
  tieBreak: Instant | null;
  distributionAsOf: IsoDate;
  /** dd1…dd18 as numbers, in IRCC's bands. */
  distribution: CrsBandCount[];
  notes: IrccRoundNote[];
}

// ── IRCC's date and time texts ──────────────────────────────────────────────────────────────────────────────────

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const i = MONTHS.findIndex((m) => m === lower || (lower.length >= 3 && m.startsWith(lower)));
  return i === -1 ? null : i + 1;
}

const pad = (n: number): string => String(n).padStart(2, '0');

// Every form seen in the feed: "August 19th 2026 at 12:35:37 UTC", "March 1, 2026 at 18:34:05 UTC",
// "October 15, 2025 15:55:18 UTC", "March 02. 2024 at 01:58:34 UTC", "May 31, 2024 at12:48:30 UTC",
// "January 23, 2025 at 2025-01-23 15:30:04 UTC", "October 25, 2023 at 15:48:39 AM UTC", "March 05, 2025 at 05:10:48",
// "October 7 at 16:38:21 UTC" (no year), with stray spaces and commas.
const TIMESTAMP =
  /^\s*([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*[,.]?\s*(\d{4})?\s*,?\s*(?:at)?\s*(?:\d{4}-\d{2}-\d{2}\s+)?(\d{1,2}):(\d{2}):(\d{2})\s*(AM|PM)?\s*(UTC)?\s*$/i;

export interface ParsedTimestamp {
  instant: Instant;
  /** The text had no year: `yearIfMissing` was used. */
  yearAssumed: boolean;
  /** The text named UTC. */
  zoneGiven: boolean;
}

/** Reads one of IRCC's timestamp texts as a UTC instant; null when it is not one. */
export function parseIrccTimestamp(text: string, yearIfMissing?: number): ParsedTimestamp | null {
  const m = TIMESTAMP.exec(text);
  if (!m) return null;
  const month = monthNumber(m[1]!);
  const year = m[3] !== undefined ? Number(m[3]) : yearIfMissing;
  if (month === null || year === undefined) return null;
  let hour = Number(m[4]);
  const marker = m[7]?.toUpperCase();
  // "15:48:39 AM" (round 270): a 24-hour time with a stray marker; the marker counts only on a 12-hour time.
  if (marker === 'PM' && hour < 12) hour += 12;
  if (marker === 'AM' && hour === 12) hour = 0;
  const minute = Number(m[5]);
  const second = Number(m[6]);
  const day = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(Number(m[2]))}`;
  if (!isIsoDate(day) || hour > 23 || minute > 59 || second > 59) return null;
  return { instant: `${day}T${pad(hour)}:${pad(minute)}:${pad(second)}Z`, yearAssumed: m[3] === undefined, zoneGiven: m[8] !== undefined };
}

const FEED_DAY = /^\s*([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*[,.]?\s*(\d{4})\s*$/;

/** `August 16, 2026` → `2026-08-16`; null when it is not such a day. */
export function parseIrccDay(text: string): IsoDate | null {
  const m = FEED_DAY.exec(text);
  if (!m) return null;
  const month = monthNumber(m[1]!);
  const day = month === null ? '' : `${m[3]}-${pad(month)}-${pad(Number(m[2]))}`;
  return isIsoDate(day) ? day : null;
}

const COUNT = /^(\d{1,3}(,\d{3})+|\d+)$/;
const toCount = (text: string): number => Number(text.trim().replace(/,/g, ''));

// ── Names and programs ──────────────────────────────────────────────────────────────────────────────────────────

const normal = (name: string): string => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

const GENERAL_NAMES = new Set(['no program specified', 'general']);
const PROGRAM_BY_NAME = new Map<string, RoundProgram>(ROUND_PROGRAMS.map((p) => [normal(PROGRAM_ROUND_NAMES[p].en), p]));

/** What a drawName stands for: general, a program, or a category version (categories.ts findCategoryByRoundName). */
export function classifyRoundName(name: string): { type: RoundType; program: RoundProgram | null; category: CategoryCode | null; categoryVersion: string | null } | null {
  const n = normal(name);
  if (GENERAL_NAMES.has(n)) return { type: 'general', program: null, category: null, categoryVersion: null };
  const program = PROGRAM_BY_NAME.get(n);
  if (program) return { type: 'program', program, category: null, categoryVersion: null };
  const category = findCategoryByRoundName(name);
  return category ? { type: 'category', program: null, category: category.code, categoryVersion: category.version } : null;
}

/** Programs named in drawText2 ("Federal Skilled Worker Program, Canadian Experience Class and …"), PNP→CEC→FSW→FST order. */
export function programsOfText(text: string): RoundProgram[] {
  const t = text.toLowerCase();
  const named: Record<RoundProgram, boolean> = {
    pnp: t.includes('provincial nominee'),
    cec: t.includes('canadian experience'),
    fsw: t.includes('skilled worker'),
    fst: t.includes('skilled trades'),
  };
  return ROUND_PROGRAMS.filter((p) => named[p]);
}

// ── Schema of one record ────────────────────────────────────────────────────────────────────────────────────────

const count = z.string().refine((s) => COUNT.test(s.trim()), { message: 'whole number (thousands may be comma-separated)' });
const timestamp = z.string().refine((s) => parseIrccTimestamp(s) !== null, { message: 'IRCC timestamp (Month D, YYYY at HH:MM:SS UTC)' });
const DD_FIELDS = CRS_BANDS.map((_, i) => `dd${i + 1}`);

const roundSchema = z.looseObject({
  drawNumber: z.string().regex(/^\d+[a-z]?$/, { message: 'round number (digits, optional letter)' }),
  drawDate: z.string().refine(isIsoDate, { message: 'date (YYYY-MM-DD)' }),
  drawName: z.string().trim().min(1),
  drawSize: count,
  drawCRS: count,
  drawText2: z.string().optional(),
  drawDateTime: timestamp,
  // Empty when no tie-break was published; one record has no year (a year is supplied when reading it).
  drawCutOff: z.string().refine((s) => s.trim() === '' || parseIrccTimestamp(s, 2000) !== null, { message: 'IRCC timestamp or empty' }),
  drawDistributionAsOn: z.string().refine((s) => parseIrccDay(s) !== null, { message: 'day (Month D, YYYY)' }),
  ...Object.fromEntries(DD_FIELDS.map((f) => [f, count])),
});
type RawRound = z.infer<typeof roundSchema>;

const feedSchema = z.looseObject({ rounds: z.array(z.unknown()) });

function toRound(raw: RawRound): IrccRound {
  const notes: IrccRoundNote[] = [];
  const dd = raw as unknown as Record<string, string>;
  const m = /^(\d+)([a-z]?)$/.exec(raw.drawNumber)!;
  const date = raw.drawDate;

  const time = parseIrccTimestamp(raw.drawDateTime)!;
  if (!time.zoneGiven) notes.push('date_time_no_zone');
  if (Math.abs(toDayNumber(time.instant.slice(0, 10)) - toDayNumber(date)) > 1) notes.push('date_time_day_differs');

  let tieBreak: Instant | null = null;
  if (raw.drawCutOff.trim() !== '') {
    const year = Number(date.slice(0, 4));
    let cut = parseIrccTimestamp(raw.drawCutOff, year)!;
    if (cut.yearAssumed) {
      if (cut.instant > time.instant) cut = parseIrccTimestamp(raw.drawCutOff, year - 1)!;
      notes.push('tie_break_year_assumed');
    }
    if (!cut.zoneGiven) notes.push('tie_break_no_zone');
    tieBreak = cut.instant;
  }

  const counts = DD_FIELDS.map((f) => toCount(dd[f]!));
  const distribution = CRS_BANDS.map(({ band, from, to }, i) => ({ band, from, to, count: counts[i]! }));
  const sum = (from: number, to: number) => counts.slice(from, to + 1).reduce((a, b) => a + b, 0);
  if (counts.every((c) => c === 0)) notes.push('no_distribution');
  else if (sum(3, 7) !== counts[2] || sum(9, 13) !== counts[8] || counts[0]! + counts[1]! + counts[2]! + counts[8]! + sum(14, 16) !== counts[17]) {
    notes.push('sub_bands_mismatch');
  }
  const distributionAsOf = parseIrccDay(raw.drawDistributionAsOn)!;
  if (distributionAsOf > date) notes.push('distribution_after_round');

  const kind = classifyRoundName(raw.drawName);
  if (!kind) notes.push('name_unrecognized');
  const eligiblePrograms = raw.drawText2 ? programsOfText(raw.drawText2) : kind ? [...roundPrograms({ type: kind.type, program: kind.program ?? undefined })] : [];

  return {
    number: Number(m[1]),
    ...(m[2] ? { numberSuffix: m[2] } : {}),
    drawNumber: raw.drawNumber,
    date,
    instant: time.instant,
    name: raw.drawName,
    type: kind?.type ?? null,
    program: kind?.program ?? null,
    category: kind?.category ?? null,
    categoryVersion: kind?.categoryVersion ?? null,
    eligiblePrograms,
    size: toCount(raw.drawSize),
    cutoff: toCount(raw.drawCRS),
    tieBreak,
    distributionAsOf,
    distribution,
    notes,
  };
}

export interface IrccFeed {
  /** Rounds read, in the feed's order (newest first). */
  rounds: IrccRound[];
  /** Field-level problems of the records that could not be read (`rounds[3].drawSize`), or of the feed itself. */
  errors: FieldError[];
}

/** Reads IRCC's feed (the parsed JSON of ee_rounds_123_en.json). */
export function parseIrccFeed(json: unknown): IrccFeed {
  const feed = feedSchema.safeParse(json);
  if (!feed.success) return { rounds: [], errors: fieldErrors(feed.error, json) };
  const rounds: IrccRound[] = [];
  const errors: FieldError[] = [];
  feed.data.rounds.forEach((record, i) => {
    const r = roundSchema.safeParse(record);
    if (r.success) rounds.push(toRound(r.data));
    else for (const e of fieldErrors(r.error, record)) errors.push({ field: e.field === '(root)' ? `rounds[${i}]` : `rounds[${i}].${e.field}`, expected: e.expected });
  });
  return { rounds, errors };
}

// ── As a round report ───────────────────────────────────────────────────────────────────────────────────────────

/**
 * An IRCC round as a round report (same shape as ours), or null when its name is not recognised. The English name is
 * IRCC's verbatim; the French one comes from the category version or program names (round-report.ts). "General"
 * (Dec 2023–Apr 2024) is "Général" in French [UNSURE: not seen in a copy of the French feed].
 */
export function irccRoundToReport(r: IrccRound): RoundReport | null {
  if (r.type === null) return null;
  let fr: string;
  if (r.type === 'category') fr = findCategoryByRoundName(r.name)!.name.fr;
  else if (r.type === 'program') fr = PROGRAM_ROUND_NAMES[r.program!].fr;
  else fr = normal(r.name) === 'general' ? 'Général' : GENERAL_ROUND_NAME.fr;
  return {
    number: r.number,
    ...(r.numberSuffix ? { numberSuffix: r.numberSuffix } : {}),
    date: r.date,
    instant: r.instant,
    name: { en: r.name, fr },
    type: r.type,
    program: r.program,
    category: r.category,
    categoryVersion: r.categoryVersion,
    eligiblePrograms: r.eligiblePrograms,
    size: r.size,
    cutoff: r.cutoff,
    tieBreak: r.tieBreak,
    rulesVersion: rulesVersion(r.date),
    distributionAsOf: r.distributionAsOf,
    distribution: r.distribution,
  };
}
