// One program's eligibility verdict with its reasons in words (met ✓ / not met ✗, said to screen readers too): the
// eligibility questionnaire and the candidate's score page show the same answer of the API.
import type { ReactNode } from 'react';
import { GcdsHeading } from '@gcds-core/components-react';
import type { Program } from '../../../src/domain/vocabulary.ts';
import { useWords } from '../i18n.ts';
import type { ProgramResult } from '../lib/api.ts';

export function ProgramVerdict({ program, result, children }: { program: Program; result: ProgramResult; children?: ReactNode }) {
  const { t } = useWords();
  return (
    <article className="program" data-program={program} data-eligible={result.eligible}>
      <GcdsHeading tag="h3">{t(`program.${program}`)}</GcdsHeading>
      <p className={result.eligible ? 'verdict ok' : 'verdict ko'}>{t(result.eligible ? 'web.elig.eligible' : 'web.elig.not_eligible')}</p>
      <ul className="reasons">
        {result.reasons.map((r, i) => (
          <li key={i} data-code={r.code}>
            <span aria-hidden="true">{r.severity === 'info' ? '✓ ' : '✗ '}</span>
            <span className="sr-only">{t(r.severity === 'info' ? 'web.elig.met' : 'web.elig.not_met')}: </span>
            {t(`eligibility.${r.code}`, r.params)}
          </li>
        ))}
      </ul>
      {children}
    </article>
  );
}
