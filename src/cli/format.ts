// Plain-text renderings for the terminal, French or English.
import type { Advised, Eligibility, Scored } from '../app/evaluate.ts';
import type { RuleInForce } from '../app/rules-catalog.ts';
import type { NocSearchHit } from '../domain/noc.ts';
import type { Parameter } from '../domain/rules/index.ts';
import { PROGRAMS } from '../domain/vocabulary.ts';
import { findingText, hasMessage, t, type Lang } from '../i18n/index.ts';

const WIDTH = 78;

function row(left: string, right: string, indent = 2): string {
  const pad = Math.max(1, WIDTH - indent - left.length - right.length);
  return `${' '.repeat(indent)}${left}${' '.repeat(pad)}${right}`;
}

/** A code from the vocabulary in words (`bachelors_or_three_year` → "bachelor’s degree…"); numbers and others as they are. */
export function inputText(l: Lang, input: unknown): string {
  if (input === null || input === undefined) return '—';
  if (typeof input === 'boolean') return t(l, input ? 'common.yes' : 'common.no');
  if (typeof input === 'string' && hasMessage(`value.${input}`)) return t(l, `value.${input}`);
  // Combinations read `row/column` (`bachelors_or_three_year/9`): word each part.
  if (typeof input === 'string' && input.includes('/')) return input.split('/').map((part) => inputText(l, part === 'true' ? true : part === 'false' ? false : part)).join(' / ');
  return String(input);
}

/** The same finding reported by two computations is shown once. */
function unique<T>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function findingsBlock(l: Lang, findings: readonly { code: string; params?: Record<string, string | number | boolean> }[]): string[] {
  if (findings.length === 0) return [];
  return ['', t(l, 'common.findings'), ...findings.map((f) => `  - ${findingText(l, f)}`)];
}

export function formatExplanation(l: Lang, s: Scored): string {
  const out = [t(l, 'crs.title'), t(l, 'common.as_of', { asOf: s.asOf, version: s.rulesVersion }), ''];
  for (const block of ['core', 'spouse', 'transferability', 'additional'] as const) {
    out.push(row(t(l, `crs.block.${block}`), String(s.score[block]), 0));
    for (const line of s.score.lines.filter((x) => x.block === block)) {
      out.push(row(`${t(l, `crs.factor.${line.factor}`)} (${inputText(l, line.input)})`, String(line.points), 2));
    }
  }
  out.push(row(t(l, 'common.total'), String(s.score.total), 0));
  out.push(...findingsBlock(l, s.findings));
  return out.join('\n');
}

export function formatEligibility(l: Lang, e: Eligibility): string {
  const r = e.eligibility;
  const out = [t(l, 'eligibility.title'), t(l, 'common.as_of', { asOf: e.asOf, version: e.rulesVersion }), ''];
  out.push(t(l, r.expressEntryEligible ? 'eligibility.express_entry_yes' : 'eligibility.express_entry_no'), '');
  for (const program of PROGRAMS) {
    const p = r.programs[program];
    out.push(`${t(l, `program.${program}`)}: ${t(l, p.eligible ? 'eligibility.eligible' : 'eligibility.not_eligible')}`);
    if (p.fswGrid) out.push(`  ${t(l, 'eligibility.fsw_grid', { ...p.fswGrid })}`);
    for (const reason of p.reasons) out.push(`  ${reason.severity === 'info' ? '✓' : '✗'} ${t(l, `eligibility.${reason.code}`, reason.params)}`);
  }
  out.push(...findingsBlock(l, unique([...r.findings, ...e.findings])));
  return out.join('\n');
}

export function formatAdvice(l: Lang, a: Advised): string {
  const current = a.advice.current;
  const out = [t(l, 'advice.title'), t(l, 'common.as_of', { asOf: a.asOf, version: a.rulesVersion }), t(l, 'advice.current', { total: current }), ''];
  if (a.advice.suggestions.length === 0) out.push(t(l, 'advice.none'));
  a.advice.suggestions.forEach((s, i) => {
    const when = s.on ? ` (${t(l, 'advice.on', { on: s.on })})` : '';
    out.push(`${i + 1}. ${t(l, `advice.${s.code}`, s.params)}${when}  ${t(l, 'advice.gain', { points: s.pointsGained, total: current + s.pointsGained })}`);
  });
  if (a.advice.warnings.length > 0) {
    out.push('', t(l, 'advice.warnings'), ...a.advice.warnings.map((w) => `  - ${findingText(l, w)}`));
  }
  return out.join('\n');
}

export function formatNocHits(l: Lang, query: string, hits: readonly NocSearchHit[]): string {
  if (hits.length === 0) return t(l, 'noc.no_match', { query });
  return hits
    .map((h) => {
      const title = l === 'fr' ? h.unitGroup.titleFr : h.unitGroup.titleEn;
      const also = h.matchedExample ? `  — ${h.matchedExample}` : '';
      return `${h.unitGroup.code}  ${t(l, 'noc.teer', { teer: h.unitGroup.teer })}  ${title}${also}`;
    })
    .join('\n');
}

function valueText(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

export function formatRuleList(l: Lang, list: { asOf: string; rulesVersion: string; rules: RuleInForce[] }): string {
  const out = [t(l, 'common.as_of', { asOf: list.asOf, version: list.rulesVersion }), ''];
  for (const r of list.rules) {
    out.push(`${r.id}  —  ${r.label[l]}`);
    out.push(`  ${t(l, 'common.from', { from: r.from })}: ${valueText(r.value)}${r.unsure ? '  [?]' : ''}`);
  }
  return out.join('\n');
}

export function formatRule(l: Lang, p: Parameter<unknown>): string {
  const out = [`${p.id}  —  ${p.label[l]}`];
  if (p.description) out.push(p.description[l]);
  out.push('', `${t(l, 'rules.values')}:`);
  for (const v of p.values) {
    out.push(`- ${t(l, 'common.from', { from: v.from })}: ${JSON.stringify(v.value)}`);
    for (const r of v.references) out.push(`    ${t(l, 'common.reference')}: ${r.title}${r.url ? ` <${r.url}>` : ''}`);
    if (v.unsure) out.push(`    ${t(l, 'common.unsure', { why: v.unsure })}`);
    if (v.note) out.push(`    ${v.note}`);
  }
  return out.join('\n');
}
