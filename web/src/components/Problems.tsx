// What went wrong, in the page's language: field errors summed up at the top of a form (links focus the field),
// or a problem that belongs to no field (network, server).
import { GcdsErrorSummary, GcdsNotice, GcdsText } from '@gcds-core/components-react';
import { fieldId } from '../lib/fields.ts';
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
