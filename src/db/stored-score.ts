// How a profile's CRS score is kept in the `profile.score` column. A line's `reference` is the text of its parameter's
// references on the day scored: a pure function of (parameter id, day), and about 85 % of the score's JSON (≈ 18 of
// 21 KiB, each of ~21 lines repeating the same long citations). So the column keeps the lines WITHOUT it and reading
// puts it back from the rules (the same valueAt(parameter, asOf) the scorer used): the app sees the score it stored.
import { findParameter, referenceText, valueAt } from '../domain/rules/index.ts';
import type { StoredScore } from '../app/ports/profiles.ts';
import type { IsoDate } from '../domain/vocabulary.ts';

/** The score as stored: lines without their reference text. */
export function compactScore(score: StoredScore): unknown {
  return { ...score, lines: score.lines.map(({ reference: _reference, ...line }) => line) };
}

const referenceCache = new Map<string, string>();

function referenceOf(parameter: string, asOf: IsoDate): string {
  const key = `${parameter}@${asOf}`;
  let text = referenceCache.get(key);
  if (text === undefined) {
    const p = findParameter(parameter);
    text = p ? referenceText(valueAt(p, asOf).references) : '';
    if (referenceCache.size >= 50_000) referenceCache.clear();
    referenceCache.set(key, text);
  }
  return text;
}

/** The score as the app knows it: lines with their reference text (rows written before compaction keep theirs). */
export function expandScore(stored: unknown): StoredScore | null {
  if (stored === null || stored === undefined) return null;
  const score = stored as StoredScore;
  return {
    ...score,
    lines: score.lines.map((line) => ('reference' in line && typeof line.reference === 'string' ? line : { ...line, reference: referenceOf(line.parameter, score.asOf) })),
  };
}
