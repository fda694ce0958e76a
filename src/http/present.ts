// Use-case results → JSON bodies: machine codes kept, with their words in the response language beside them.
import type { Advised, Eligibility, Scored } from '../app/evaluate.ts';
import type { AdviceResult } from '../domain/advice.ts';
import type { CrsResult } from '../domain/crs.ts';
import type { EligibilityResult, ProgramResult } from '../domain/eligibility.ts';
import type { NocSearchHit } from '../domain/noc.ts';
import type { Finding, IsoDate } from '../domain/vocabulary.ts';
import { t, type Lang } from '../i18n/index.ts';

/** The same finding reported by two computations is shown once. */
function unique(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([f.code, f.severity, f.params ?? null]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function presentFinding(lang: Lang, f: Finding, prefix = 'finding') {
  return { code: f.code, severity: f.severity, ...(f.params ? { params: f.params } : {}), message: t(lang, `${prefix}.${f.code}`, f.params) };
}

export function presentFindings(lang: Lang, findings: readonly Finding[]) {
  return unique(findings).map((f) => presentFinding(lang, f));
}

export function presentCrs(lang: Lang, asOf: IsoDate, rulesVersion: IsoDate, score: CrsResult, findings: readonly Finding[]) {
  return {
    asOf,
    rulesVersion,
    total: score.total,
    core: score.core,
    spouse: score.spouse,
    transferability: score.transferability,
    additional: score.additional,
    lines: score.lines.map((l) => ({
      block: l.block,
      factor: l.factor,
      label: t(lang, `crs.factor.${l.factor}`),
      input: l.input,
      points: l.points,
      parameter: l.parameter,
      reference: l.reference,
    })),
    findings: presentFindings(lang, findings),
  };
}

export function presentScored(lang: Lang, s: Scored) {
  return presentCrs(lang, s.asOf, s.rulesVersion, s.score, s.findings);
}

function presentProgram(lang: Lang, p: ProgramResult) {
  return {
    program: p.program,
    eligible: p.eligible,
    reasons: p.reasons.map((r) => presentFinding(lang, r, 'eligibility')),
    ...(p.fswGrid ? { fswGrid: p.fswGrid } : {}),
  };
}

export function presentEligibilityResult(lang: Lang, asOf: IsoDate, rulesVersion: IsoDate, r: EligibilityResult, extraFindings: readonly Finding[] = []) {
  return {
    asOf,
    rulesVersion,
    expressEntryEligible: r.expressEntryEligible,
    programs: { fsw: presentProgram(lang, r.programs.fsw), cec: presentProgram(lang, r.programs.cec), fst: presentProgram(lang, r.programs.fst) },
    findings: presentFindings(lang, [...r.findings, ...extraFindings]),
  };
}

export function presentEligibility(lang: Lang, e: Eligibility) {
  return presentEligibilityResult(lang, e.asOf, e.rulesVersion, e.eligibility, e.findings);
}

export function presentAdviceResult(lang: Lang, asOf: IsoDate, rulesVersion: IsoDate, a: AdviceResult) {
  return {
    asOf,
    rulesVersion,
    current: a.current,
    suggestions: a.suggestions.map((s) => ({
      code: s.code,
      pointsGained: s.pointsGained,
      params: s.params,
      ...(s.on ? { on: s.on } : {}),
      message: t(lang, `advice.${s.code}`, s.params),
    })),
    warnings: presentFindings(lang, a.warnings),
  };
}

export function presentAdvice(lang: Lang, a: Advised) {
  return presentAdviceResult(lang, a.asOf, a.rulesVersion, a.advice);
}

export function presentNocHit(lang: Lang, h: NocSearchHit) {
  const g = h.unitGroup;
  return {
    code: g.code,
    teer: g.teer,
    majorGroup: g.majorGroup,
    title: lang === 'fr' ? g.titleFr : g.titleEn,
    titleEn: g.titleEn,
    titleFr: g.titleFr,
    match: h.match,
    matchedLang: h.matchedLang,
    ...(h.matchedExample === undefined ? {} : { matchedExample: h.matchedExample }),
  };
}
