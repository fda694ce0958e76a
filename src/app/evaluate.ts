// Use cases of the public calculators: score, explain, check eligibility and advise, from a full profile or CRS factors.
// Shape checks come from the shared zod schemas; checks that need the rules (test scales, dates in force) are done here,
// so every edge (CLI, HTTP, web) answers bad input the same way: field-level errors, nothing computed.
import { parseEvaluationInput, type FieldError } from './schemas.ts';
import { scoreCrs, scoreCrsFast, type CrsBlocks, type CrsResult } from '../domain/crs.ts';
import { deriveCrsFactors } from '../domain/derive.ts';
import { checkEligibility, type EligibilityResult } from '../domain/eligibility.ts';
import { adviseCrs, type AdviceResult } from '../domain/advice.ts';
import { scoresOutOfScale } from '../domain/language.ts';
import { EPOCH, RuleDateError, rulesVersion } from '../domain/rules/index.ts';
import { isIsoDate } from '../domain/dates.ts';
import type { CrsFactors, Finding, IsoDate, LanguageTestResult, Profile } from '../domain/vocabulary.ts';

export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export interface Evaluated {
  asOf: IsoDate;
  /** The rules version in force on asOf (the latest rule change on or before it). */
  rulesVersion: IsoDate;
  factors: CrsFactors;
  /** Present when the input was a full profile: what was ignored or capped while deriving the factors. */
  profile: Profile | null;
  findings: Finding[];
}

const AS_OF_EXPECTED = `date (YYYY-MM-DD) on or after ${EPOCH}`;

function checkAsOf(asOf: unknown, field: string): FieldError[] {
  if (!isIsoDate(asOf) || asOf < EPOCH) return [{ field, expected: AS_OF_EXPECTED }];
  return [];
}

/** Checks that need the rules: raw test scores on the test's scale, nothing dated after the evaluation day. */
export function profileRuleErrors(profile: Profile, asOf: IsoDate): FieldError[] {
  const errors: FieldError[] = [];
  const tests = (prefix: string, list: readonly LanguageTestResult[]) =>
    list.forEach((t, i) => {
      for (const bad of scoresOutOfScale(t)) {
        errors.push({ field: `${prefix}[${i}].scores.${bad.ability}`, expected: `${bad.min}..${bad.max} by ${bad.step}` });
      }
    });
  tests('languageTests', profile.languageTests);
  if (profile.spouse) tests('spouse.languageTests', profile.spouse.languageTests);
  if (profile.birthDate > asOf) errors.push({ field: 'birthDate', expected: `date on or before ${asOf}` });
  return errors;
}

/**
 * Reads one input (a full profile or a CRS factors object; both may carry `asOf`, which wins over `defaultAsOf`)
 * and derives the CRS factors it stands for.
 */
export function evaluateInput(value: unknown, defaultAsOf: IsoDate): Outcome<Evaluated> {
  let asOfInLine: unknown;
  let body = value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'birthDate' in value && 'asOf' in value) {
    // A profile does not hold an evaluation day; accept one beside it, as for factors.
    const { asOf, ...rest } = value as Record<string, unknown>;
    asOfInLine = asOf;
    body = rest;
  }
  const parsed = parseEvaluationInput(body);
  if (!parsed.ok) return parsed;
  const input = parsed.input;
  if (input.kind === 'factors') asOfInLine = input.factors.asOf;
  const asOf = asOfInLine ?? defaultAsOf;
  const dateErrors = checkAsOf(asOf, asOfInLine === undefined ? '--as-of' : 'asOf');
  if (dateErrors.length > 0) return { ok: false, errors: dateErrors };
  const day = asOf as IsoDate;
  if (input.kind === 'factors') {
    return { ok: true, value: { asOf: day, rulesVersion: rulesVersion(day), factors: { ...input.factors, asOf: day }, profile: null, findings: [] } };
  }
  const ruleErrors = profileRuleErrors(input.profile, day);
  if (ruleErrors.length > 0) return { ok: false, errors: ruleErrors };
  const derived = deriveCrsFactors(input.profile, day);
  return { ok: true, value: { asOf: day, rulesVersion: rulesVersion(day), factors: derived.factors, profile: input.profile, findings: derived.findings } };
}

export interface Scored extends Evaluated {
  score: CrsResult;
}

/** Scores one input with its explanation lines. */
export function scoreInput(value: unknown, defaultAsOf: IsoDate): Outcome<Scored> {
  const e = evaluateInput(value, defaultAsOf);
  if (!e.ok) return e;
  return guard(() => ({ ...e.value, score: scoreCrs(e.value.factors, e.value.asOf) }));
}

/** Scores one input on the fast path (blocks only), for bulk re-scoring. */
export function scoreInputFast(value: unknown, defaultAsOf: IsoDate): Outcome<CrsBlocks> {
  const e = evaluateInput(value, defaultAsOf);
  if (!e.ok) return e;
  return guard(() => scoreCrsFast(e.value.factors, e.value.asOf));
}

function requireProfile(e: Evaluated): Outcome<Evaluated & { profile: Profile }> {
  if (e.profile === null) return { ok: false, errors: [{ field: 'birthDate', expected: 'a full profile (CRS factors are not enough)' }] };
  return { ok: true, value: e as Evaluated & { profile: Profile } };
}

export interface Eligibility extends Evaluated {
  eligibility: EligibilityResult;
}

/** Eligibility per program needs a full profile (work history, funds, job offer…). */
export function eligibilityOfInput(value: unknown, defaultAsOf: IsoDate): Outcome<Eligibility> {
  const e = evaluateInput(value, defaultAsOf);
  if (!e.ok) return e;
  const p = requireProfile(e.value);
  if (!p.ok) return p;
  return guard(() => ({ ...p.value, eligibility: checkEligibility(p.value.profile, p.value.asOf) }));
}

export interface Advised extends Evaluated {
  advice: AdviceResult;
}

export function adviceForInput(value: unknown, defaultAsOf: IsoDate): Outcome<Advised> {
  const e = evaluateInput(value, defaultAsOf);
  if (!e.ok) return e;
  const p = requireProfile(e.value);
  if (!p.ok) return p;
  return guard(() => ({ ...p.value, advice: adviseCrs(p.value.profile, p.value.asOf) }));
}

/** Rule-date errors thrown deep in the domain become field errors; anything else is a bug and propagates. */
function guard<T>(compute: () => T): Outcome<T> {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    if (error instanceof RuleDateError) return { ok: false, errors: [{ field: 'asOf', expected: AS_OF_EXPECTED }] };
    throw error;
  }
}
