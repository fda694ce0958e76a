// Field-level errors: an API error names a field by its dotted path in the input (`languageTests[0].scores.reading`);
// every form control has the DOM id derived from the same path, so the message lands next to the right field.
import type { FieldProblem } from './api.ts';

/** DOM id of the control for an input path: `firstLanguage.speaking` → `f-firstLanguage-speaking`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

/** The CLI's name of the evaluation day is `--as-of`; the API's is `asOf`. */
function normalize(field: string): string {
  return field === '--as-of' ? 'asOf' : field;
}

/** Messages by input path (several errors on one field are joined). */
export function errorsByPath(errors: readonly FieldProblem[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of errors) {
    const field = normalize(e.field);
    const previous = out.get(field);
    out.set(field, previous ? `${previous} ${e.message}` : e.message);
  }
  return out;
}

/**
 * Errors whose path no control shows (e.g. `spouse` as a whole, `(root)`): listed in the error summary only.
 * `known` is the set of paths the form has controls for.
 */
export function unplacedErrors(errors: ReadonlyMap<string, string>, known: ReadonlySet<string>): [string, string][] {
  return [...errors].filter(([path]) => !known.has(path));
}

/**
 * The text a submitted form's controls (`form.elements`) hold, by control name: GC Design System inputs keep their
 * `value` property in step with every keystroke, so the request sends what the person sees even when React has not
 * rendered the last keystrokes yet (typed fast on a busy machine). `fallback` answers for a name the form has no
 * control for.
 */
export function submittedText<K extends string>(controls: ArrayLike<object>, fallback: Readonly<Record<K, string>>): Record<K, string> {
  const out: Record<K, string> = { ...fallback };
  for (const control of Array.from(controls) as { name?: unknown; value?: unknown }[]) {
    const { name, value } = control;
    if (typeof name === 'string' && Object.hasOwn(fallback, name)) out[name as K] = typeof value === 'string' ? value : '';
  }
  return out;
}
