// Wording of API answers with the shared catalogs (the same words as the `ee` CLI: src/cli/format.ts).
// Pure: takes the translate function, so it runs in tests without i18next.
import type { ExplanationLine } from './api.ts';

export type Translate = (key: string, params?: Record<string, unknown>) => string;
export type Has = (key: string) => boolean;

/** A scored input in words: codes through `value.*`, booleans yes/no, combinations `row/column` part by part. */
export function inputText(t: Translate, has: Has, input: unknown): string {
  if (input === null || input === undefined) return '—';
  if (typeof input === 'boolean') return t(input ? 'common.yes' : 'common.no');
  if (typeof input === 'string' && has(`value.${input}`)) return t(`value.${input}`);
  if (typeof input === 'string' && input.includes('/')) {
    return input
      .split('/')
      .map((part) => inputText(t, has, part === 'true' ? true : part === 'false' ? false : part))
      .join(' / ');
  }
  return String(input);
}

/** The factor of an explanation line in words (`crs.factor.<code>`), the code itself when unknown. */
export function factorText(t: Translate, has: Has, line: Pick<ExplanationLine, 'factor'>): string {
  const key = `crs.factor.${line.factor}`;
  return has(key) ? t(key) : line.factor;
}

/** Finding params with booleans worded, as src/i18n `t` does. */
export function wordParams(t: Translate, params: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === null || value === undefined) continue;
    out[key] = typeof value === 'boolean' ? t(value ? 'common.yes' : 'common.no') : value;
  }
  return out;
}

/** The same finding reported twice (by two computations) is shown once. */
export function uniqueFindings<T>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A rule value in short text (JSON, cut at `max` characters). */
export function valueText(value: unknown, max = 200): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
