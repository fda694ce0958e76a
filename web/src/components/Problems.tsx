// What went wrong, in the page's language: field errors summed up at the top of a form (links focus the field),
// or a problem that belongs to no field (network, server).
import { useState } from 'react';
import { GcdsErrorSummary, GcdsNotice, GcdsText } from '@gcds-core/components-react';
import { errorsByPath, fieldId } from '../lib/fields.ts';
import { ApiProblem } from '../lib/api.ts';
import { useWords } from '../i18n.ts';

/** `errors`: message by input path; `labels`: the field names shown before each message. */
export function ErrorSummary({ errors, labels }: { errors: ReadonlyMap<string, string>; labels: (path: string) => string }) {
  const { t, lang } = useWords();
  if (errors.size === 0) return null;
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  const links: Record<string, string> = {};
  for (const [path, message] of errors) {
    const label = labels(path);
    links[`#${fieldId(path)}`] = label ? `${label}${colon}${message}` : message;
  }
  return <GcdsErrorSummary heading={t('web.error.summary')} errorLinks={links} />;
}

/** A problem with no field to point at. */
export function ProblemNotice({ error }: { error: unknown }) {
  const { t } = useWords();
  if (!error) return null;
  const isProblem = error instanceof ApiProblem;
  const title = isProblem ? error.problem.title : t('web.error.network');
  return (
    <GcdsNotice noticeRole="danger" noticeTitle={title} noticeTitleTag="h2">
      <GcdsText>{isProblem ? error.problem.detail : t('web.error.network')}</GcdsText>
    </GcdsNotice>
  );
}

/** Moves focus to the error summary once it is drawn (a screen reader then reads what to fix). */
export function focusErrorSummary(): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>('gcds-error-summary')?.shadowRoot?.querySelector<HTMLElement>('[role="alert"]')?.focus()),
  );
}

export interface Refusal {
  /** Message by input path, for the fields and the ErrorSummary. */
  errors: ReadonlyMap<string, string>;
  /** What belongs to no field, for the ProblemNotice. */
  problem: unknown;
  /** A new try is on its way: the notice goes, the field errors stay until the answer. */
  trying: () => void;
  /** The answer came back: nothing to show. */
  clear: () => void;
  /**
   * A failed call: its field errors next to the fields (focus to the summary unless `focus` is false, as on a form that
   * recomputes while one types), anything else as a notice.
   */
  show: (error: unknown, options?: { focus?: boolean }) => void;
  /** Field errors the page words itself (e.g. a conflict on one field). */
  showFields: (errors: ReadonlyMap<string, string>, options?: { focus?: boolean }) => void;
}

/** What a form shows when the API refuses it: the one way every page handles a failed call. */
export function useRefusal(): Refusal {
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [problem, setProblem] = useState<unknown>(null);
  const showFields = (fields: ReadonlyMap<string, string>, { focus = true }: { focus?: boolean } = {}) => {
    setErrors(fields);
    setProblem(null);
    if (focus) focusErrorSummary();
  };
  return {
    errors,
    problem,
    trying: () => setProblem(null),
    clear: () => {
      setErrors(new Map());
      setProblem(null);
    },
    show: (error, options) => {
      if (error instanceof ApiProblem && error.fieldErrors.length > 0) showFields(errorsByPath(error.fieldErrors), options);
      else {
        setErrors(new Map());
        setProblem(error);
      }
    },
    showFields,
  };
}
