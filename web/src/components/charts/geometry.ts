// Pure helpers of the charts (no DOM, no React): IRCC's CRS bands as bars, scales, axis ticks, number and instant
// formats, and the numbers the text summaries give. Tested in test/web-rounds.test.ts.

export interface Band {
  band: string;
  from: number;
  to: number;
  count: number;
}

/** IRCC's sub-totals and total (dd3 451–500, dd9 401–450, dd18 total): the others do not overlap. */
const AGGREGATE_BANDS = new Set(['451-500', '401-450', 'total']);

/** The bands that tile 0–1200 without overlap, highest first: the bars of a distribution chart. */
export function disjointBands<B extends Band>(distribution: readonly B[]): B[] {
  return distribution.filter((b) => !AGGREGATE_BANDS.has(b.band)).sort((a, b) => b.from - a.from);
}

/** Whether a band is one of IRCC's 10-point sub-bands of 451–500 or 401–450 (indented in tables). */
export function isSubBand(b: Pick<Band, 'band' | 'from' | 'to'>): boolean {
  return b.band !== 'total' && b.to - b.from === 9 && b.from >= 401 && b.to <= 500;
}

/** The total of a distribution: its `total` band when present, else the sum of the disjoint bands. */
export function distributionTotal(distribution: readonly Band[]): number {
  const total = distribution.find((b) => b.band === 'total');
  return total ? total.count : disjointBands(distribution).reduce((sum, b) => sum + b.count, 0);
}

/** `601-1200` → `601–1200` (en dash). */
export const bandText = (b: Pick<Band, 'from' | 'to'>): string => `${b.from}–${b.to}`;

/** The band holding the most candidates (null when all are empty). */
export function largestBand<B extends Band>(distribution: readonly B[]): B | null {
  let best: B | null = null;
  for (const b of disjointBands(distribution)) if (b.count > 0 && (!best || b.count > best.count)) best = b;
  return best;
}

/** A linear scale from [d0, d1] to [r0, r1] (d0 = d1 maps to the middle of the range). */
export function linear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/** Round ticks covering [min, max]: about `count` of them, at 1, 2 or 5 × a power of ten. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (max < min) [min, max] = [max, min];
  if (max === min) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = Math.floor(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  if (ticks[0]! > min) ticks.unshift(ticks[0]! - step);
  if (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}

/** Days since 1970-01-01 of an ISO day or instant (UTC). */
export function dayNumber(isoDayOrInstant: string): number {
  return Math.floor(Date.parse(`${isoDayOrInstant.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

/** 1 January of each year from the first to the last day (as day numbers), for a time axis. */
export function yearTicks(fromDay: number, toDay: number): { year: number; day: number }[] {
  const first = new Date(fromDay * 86_400_000).getUTCFullYear();
  const last = new Date(toDay * 86_400_000).getUTCFullYear();
  const out: { year: number; day: number }[] = [];
  for (let y = first; y <= last + 1; y++) {
    const day = Date.UTC(y, 0, 1) / 86_400_000;
    if (day >= fromDay && day <= toDay) out.push({ year: y, day });
  }
  return out;
}

/** `2026-08-19T12:35:37.000Z` → `2026-08-19 12:35:37 UTC`. */
export function instantText(instant: string | null | undefined): string {
  if (!instant) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(instant);
  return m ? `${m[1]} ${m[2]} UTC` : instant;
}

/** A whole number in the page's language (`12 345` in French, `12,345` in English). */
export function numberText(value: number | null | undefined, lang: 'fr' | 'en'): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA').format(value);
}

export interface CutoffPoint {
  date: string;
  cutoff: number;
}

/** Lowest, highest and latest cut-off of a series, and its first and last days (null for an empty series). */
export function seriesSummary(points: readonly CutoffPoint[]): { count: number; min: number; max: number; first: string; last: string; latest: number } | null {
  if (points.length === 0) return null;
  const sorted = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let min = Infinity;
  let max = -Infinity;
  for (const p of sorted) {
    min = Math.min(min, p.cutoff);
    max = Math.max(max, p.cutoff);
  }
  return { count: sorted.length, min, max, first: sorted[0]!.date, last: sorted[sorted.length - 1]!.date, latest: sorted[sorted.length - 1]!.cutoff };
}

/** One page of a list (pages counted from 1; a page past the end gives the last one). */
export function pageOf<T>(items: readonly T[], page: number, size: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  return { items: items.slice((p - 1) * size, p * size), page: p, pages };
}
