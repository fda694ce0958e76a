// The public report of a round of invitations (product.md "published"; issue #4 "Publish"): a clean typed object,
// the same round in the fields of IRCC's feed (ee_rounds_123_en.json, data README §2a), and CSV.
import { at, type Label } from './rules/parameter.ts';
import { rulesVersion } from './rules/index.ts';
import { TIE_BREAK_RULE, type RoundType } from './rules/process.ts';
import type { CategoryCode } from './rules/categories.ts';
import { CRS_BANDS, dayOf, roundCategory, roundPrograms, type CrsBandCount, type RoundProgram, type RoundResult, type RoundSpec } from './rounds.ts';
import type { Instant, IsoDate } from './vocabulary.ts';

export interface RoundReport {
  number: number;
  /** IRCC split its round 91 into `91a` and `91b`; absent for every other round. */
  numberSuffix?: string;
  /** Day of the round. */
  date: IsoDate;
  /** When the round ran (UTC). */
  instant: Instant;
  /** Name as IRCC words it in its English and French feeds. */
  name: Label;
  type: RoundType;
  /** Program of a program round. */
  program: RoundProgram | null;
  /** Category of a category round, and its version as IRCC names it (`2026-Version 3`). */
  category: CategoryCode | null;
  categoryVersion: string | null;
  /** Programs the round invites under (general: PNP, CEC, FSW, FST). */
  eligiblePrograms: RoundProgram[];
  /** Invitations issued. */
  size: number;
  /** Lowest CRS score invited; null when nobody was. */
  cutoff: number | null;
  /** Tie-break instant (UTC); null when nobody was invited or no tie-break rule was published (before 2017-06-06). */
  tieBreak: Instant | null;
  /** The rules version in force on the day of the round (rules/index.ts rulesVersion). */
  rulesVersion: IsoDate;
  /** Day of the pool distribution. */
  distributionAsOf: IsoDate;
  /** Pool in IRCC's bands, dd1…dd18 order. */
  distribution: CrsBandCount[];
}

// ── Names ───────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Round names as in IRCC's feeds (field drawName). English: verbatim from the English feed. French: the CEC and PNP
 * names appear in copies of the French feed; "Aucun programme spécifié" in a parser of it; the FSW and FST names are
 * the French programme names used on canada.ca [UNSURE: no French round of either was seen].
 */
export const GENERAL_ROUND_NAME: Label = { en: 'No Program Specified', fr: 'Aucun programme spécifié' };
export const PROGRAM_ROUND_NAMES: Record<RoundProgram, Label> = {
  cec: { en: 'Canadian Experience Class', fr: 'Catégorie de l’expérience canadienne' },
  fsw: { en: 'Federal Skilled Worker', fr: 'Travailleurs qualifiés (fédéral)' },
  fst: { en: 'Federal Skilled Trades', fr: 'Travailleurs de métiers spécialisés (fédéral)' },
  pnp: { en: 'Provincial Nominee Program', fr: 'Programme des candidats des provinces' },
};

/** The public name of a round: general, the program's, or the name of the category version in force at the instant. */
export function roundName(spec: RoundSpec): Label {
  if (spec.type === 'general') return GENERAL_ROUND_NAME;
  if (spec.type === 'program') return PROGRAM_ROUND_NAMES[spec.program!];
  const category = roundCategory(spec);
  if (!category) throw new RangeError(`No category ${String(spec.category)} in force on ${dayOf(spec.instant)}`);
  return category.name;
}

// ── Building a report ───────────────────────────────────────────────────────────────────────────────────────────

export interface ReportInput {
  number: number;
  spec: RoundSpec;
  /** The round's result: with its invitations, or only their number (as a round keeps it once executed). */
  result: Pick<RoundResult, 'cutoff' | 'tieBreak' | 'poolDistribution'> & ({ invited: readonly unknown[] } | { invitedCount: number });
  /** Day of the pool distribution (default: the day of the round). */
  distributionAsOf?: IsoDate;
}

/** The public report of an executed round. */
export function buildRoundReport({ number, spec, result, distributionAsOf }: ReportInput): RoundReport {
  const day = dayOf(spec.instant);
  const category = roundCategory(spec);
  const tieBreakPublished = at(TIE_BREAK_RULE, day) === 'submission_instant';
  return {
    number,
    date: day,
    instant: spec.instant,
    name: roundName(spec),
    type: spec.type,
    program: spec.type === 'program' ? spec.program! : null,
    category: category?.code ?? null,
    categoryVersion: category?.version ?? null,
    eligiblePrograms: [...roundPrograms(spec)],
    size: 'invitedCount' in result ? result.invitedCount : result.invited.length,
    cutoff: result.cutoff,
    tieBreak: tieBreakPublished ? result.tieBreak : null,
    rulesVersion: rulesVersion(day),
    distributionAsOf: distributionAsOf ?? day,
    distribution: result.poolDistribution.map((b) => ({ ...b })),
  };
}

// ── IRCC's feed fields ──────────────────────────────────────────────────────────────────────────────────────────

type DdIndex = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18;
export type DdField = `dd${DdIndex}`;

/** The fields of one round in IRCC's feed, formatted as IRCC does (texts; counts with a thousands comma). */
export type IrccFeedFields = {
  drawNumber: string;
  drawDate: string;
  drawDateFull: string;
  drawName: string;
  drawSize: string;
  drawCRS: string;
  drawText2: string;
  drawDateTime: string;
  drawCutOff: string;
  drawDistributionAsOn: string;
} & Record<DdField, string>;

/** IRCC's feed fields followed by the clean typed fields of the report. */
export type IrccFeedRound = IrccFeedFields & RoundReport;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `5000` → `5,000`, as in the feed. */
export function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `2026-08-16` → `August 16, 2026` (drawDateFull, drawDistributionAsOn). */
export function feedDay(day: IsoDate): string {
  const [y, m, d] = day.split('-');
  return `${MONTHS[Number(m) - 1]} ${Number(d)}, ${y}`;
}

/** `2026-03-01T18:34:05Z` → `March 1, 2026 at 18:34:05 UTC` (drawDateTime, drawCutOff; the feed's usual form since 2025). */
export function feedTimestamp(instant: Instant): string {
  return `${feedDay(dayOf(instant))} at ${instant.slice(11, 19)} UTC`;
}

// IRCC's wording of the programs a round covers (drawText2), in its order FSW, CEC, FST, PNP (2023 onwards form).
const PROGRAM_TEXT_ORDER: readonly RoundProgram[] = ['fsw', 'cec', 'fst', 'pnp'];
const PROGRAM_TEXT: Record<RoundProgram, string> = {
  fsw: 'Federal Skilled Worker Program',
  cec: 'Canadian Experience Class',
  fst: 'Federal Skilled Trades Program',
  pnp: 'Provincial Nominee Program',
};

/** drawText2: a single program by its round name, several as "Federal Skilled Worker Program, … and …". */
export function programsText(programs: readonly RoundProgram[]): string {
  if (programs.length === 1) return PROGRAM_ROUND_NAMES[programs[0]!].en;
  const names = PROGRAM_TEXT_ORDER.filter((p) => programs.includes(p)).map((p) => PROGRAM_TEXT[p]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The report in IRCC's feed fields, plus the clean typed fields. */
export function toIrccFeedRound(report: RoundReport): IrccFeedRound {
  const dd = {} as Record<DdField, string>;
  report.distribution.forEach((b, i) => {
    dd[`dd${i + 1}` as DdField] = withThousands(b.count);
  });
  return {
    drawNumber: `${report.number}${report.numberSuffix ?? ''}`,
    drawDate: report.date,
    drawDateFull: feedDay(report.date),
    drawName: report.name.en,
    drawSize: withThousands(report.size),
    drawCRS: report.cutoff === null ? '' : withThousands(report.cutoff),
    drawText2: programsText(report.eligiblePrograms),
    drawDateTime: feedTimestamp(report.instant),
    drawCutOff: report.tieBreak === null ? '' : feedTimestamp(report.tieBreak),
    drawDistributionAsOn: feedDay(report.distributionAsOf),
    ...dd,
    ...report,
  };
}

// ── CSV ─────────────────────────────────────────────────────────────────────────────────────────────────────────

const csvField = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Column name of a band: `pool_601_1200`, …, `pool_total` (as ee_rounds.csv, data README §2b). */
const bandColumn = (band: string): string => `pool_${band.replace('-', '_')}`;

/** Reports as CSV (RFC 4180 quoting, `\n` line ends, a header line): one line per round, IRCC's bands as columns in dd order. */
export function reportCsv(reports: readonly RoundReport[]): string {
  const header = [
    'round_number',
    'date',
    'round_datetime_utc',
    'round_type',
    'program',
    'category',
    'category_version',
    'name_en',
    'name_fr',
    'eligible_programs',
    'invitations',
    'crs_cutoff',
    'tie_break_utc',
    'rules_version',
    'pool_as_of',
    ...CRS_BANDS.map((b) => bandColumn(b.band)),
  ];
  const lines = [header.join(',')];
  for (const r of reports) {
    lines.push(
      [
        `${r.number}${r.numberSuffix ?? ''}`,
        r.date,
        r.instant,
        r.type,
        r.program,
        r.category,
        r.categoryVersion,
        r.name.en,
        r.name.fr,
        r.eligiblePrograms.join(' '),
        r.size,
        r.cutoff,
        r.tieBreak,
        r.rulesVersion,
        r.distributionAsOf,
        ...r.distribution.map((b) => b.count),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
