// A language test's raw scores converted to CLB/NCLC while they are typed, as the API scores them (a score call on the
// test alone, on its own date, debounced): used by the eligibility questionnaire and the candidate's profile builder.
import { useEffect, useState } from 'react';
import { GcdsText } from '@gcds-core/components-react';
import { ABILITIES, type Finding } from '../../../src/domain/vocabulary.ts';
import { useWords } from '../i18n.ts';
import { api, ApiProblem, isAbort } from '../lib/api.ts';
import { errorsByPath } from '../lib/fields.ts';
import type { languageProbe } from '../lib/forms.ts';

const CLB_DEBOUNCE_MS = 250;

export interface LiveClbState {
  /** Level per ability (speaking, listening, reading, writing) of those the API could convert. */
  levels: Partial<Record<string, number>>;
  findings: Finding[];
  /** Field errors of the scores (out of the test's scale…), by API path. */
  errors: ReadonlyMap<string, string>;
}

/** The levels of the probed test, or null while there is nothing to convert (or the answer has not come yet). */
export function useLiveClb(probe: ReturnType<typeof languageProbe>): LiveClbState | null {
  const { lang } = useWords();
  const key = JSON.stringify(probe);
  const [clb, setClb] = useState<LiveClbState | null>(null);
  useEffect(() => {
    if (!probe) {
      setClb(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api
        .score(probe.profile, probe.asOf, { lang, signal: controller.signal })
        .then((score) => {
          const levels: Partial<Record<string, number>> = {};
          for (const line of score.lines) {
            const ability = /^first_language\.(\w+)$/.exec(line.factor)?.[1];
            if (ability && typeof line.input === 'number') levels[ability] = line.input;
          }
          setClb({ levels, findings: score.findings, errors: new Map() });
        })
        .catch((error: unknown) => {
          if (isAbort(error)) return;
          setClb({ levels: {}, findings: [], errors: error instanceof ApiProblem ? errorsByPath(error.fieldErrors) : new Map() });
        });
    }, CLB_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `key` stands for `probe` (a new object at every render).
  }, [key, lang]);
  return clb;
}

/** The converted levels in words, announced politely; "enter the scores" while the test is incomplete. */
export function LiveClb({ clb, pending, testId }: { clb: LiveClbState | null; pending: boolean; testId: string }) {
  const { t } = useWords();
  return (
    <div aria-live="polite" data-testid={testId}>
      {clb && Object.keys(clb.levels).length > 0 ? (
        <GcdsText>
          {t('web.elig.clb_live')}{' '}
          {ABILITIES.filter((a) => clb.levels[a] !== undefined)
            .map((a) => `${t(`language.ability.${a}`)} ${t('web.clb', { level: clb.levels[a] })}`)
            .join(' · ')}
        </GcdsText>
      ) : pending ? (
        <GcdsText size="small">{t('web.elig.clb_pending')}</GcdsText>
      ) : null}
      {clb?.findings.map((f, i) => (
        <GcdsText key={i} size="small">
          {t(`finding.${f.code}`, f.params)}
        </GcdsText>
      ))}
    </div>
  );
}
