// The draft-round form: what it starts with and what it sends (POST /api/officer/rounds). Pure: tested in
// test/web-rounds.test.ts against the API's own RoundSpec schema.
import { numberOrText } from '../../lib/forms.ts';
import type { RoundProgram, RoundType } from '../../lib/api-rounds.ts';

export interface DraftForm {
  type: RoundType;
  program: RoundProgram;
  category: string;
  /** As typed: numbers are sent as numbers, anything else as typed (the API says what is wrong, next to the field). */
  size: string;
  minimumCrs: string;
  /** ISO 8601 UTC, `2026-11-23T12:00:00Z`. */
  instant: string;
}

/** `2026-11-23T12:18:15Z` (whole seconds, UTC). */
export function instantNow(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function initialDraft(now: Date): DraftForm {
  return { type: 'general', program: 'cec', category: 'french', size: '', minimumCrs: '', instant: instantNow(now) };
}

/** The RoundSpec sent: the program only for a program round, the category only for a category round, empty numbers left out. */
export function draftSpec(form: DraftForm): Record<string, unknown> {
  const spec: Record<string, unknown> = { type: form.type, instant: form.instant.trim() };
  if (form.type === 'program') spec.program = form.program;
  if (form.type === 'category') spec.category = form.category;
  if (form.size.trim() !== '') spec.size = numberOrText(form.size);
  if (form.minimumCrs.trim() !== '') spec.minimumCrs = numberOrText(form.minimumCrs);
  return spec;
}

/** The form's fields, in order (the API's field names: errors land next to them). */
export const DRAFT_FIELDS = ['type', 'program', 'category', 'size', 'minimumCrs', 'instant'] as const;
