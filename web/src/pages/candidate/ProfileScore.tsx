// Eligibility and score of the candidate's profile (GET /api/profiles/{id}/score: a complete draft is scored now as a
// preview; a submitted profile as stored), what-if advice, then Submit: into the pool (tie-break stamp, expiry) or
// ineligible with the reasons. An incomplete draft says what is missing, step by step, with links back.
import { useEffect, useState } from 'react';
import { GcdsButton, GcdsHeading, GcdsLink, GcdsNotice, GcdsText } from '@gcds-core/components-react';
import { PROGRAMS } from '../../../../src/domain/vocabulary.ts';
import { ProblemNotice } from '../../components/Problems.tsx';
import { ProgramVerdict } from '../../components/ProgramVerdict.tsx';
import { ScoreExplanation } from '../../components/ScoreExplanation.tsx';
import { useTitle } from '../../hooks.ts';
import { useWords } from '../../i18n.ts';
import { ApiProblem, type AdviceAnswer, type FieldProblem } from '../../lib/api.ts';
import { candidateApi, currentProfile, type ProfileScore as Score, type ProfileView } from '../../lib/api-candidate.ts';
import { pathFor } from '../../lib/routes.ts';
import { pathLabel, stepTitle } from './labels.ts';
import { stepOfPath } from './profile-form.ts';
import { dayText, instantText, RequireAccount } from './shared.tsx';

export default function ProfileScore() {
  const { t } = useWords();
  useTitle(t('web.nav.profileScore'), t('web.site.name'));
  return <RequireAccount role="candidate">{() => <ScorePage />}</RequireAccount>;
}

type Loaded =
  | { kind: 'none' }
  | { kind: 'scored'; profile: ProfileView; score: Score; advice: AdviceAnswer | null }
  | { kind: 'incomplete'; profile: ProfileView; errors: FieldProblem[] };

function ScorePage() {
  const { t, lang } = useWords();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [submitted, setSubmitted] = useState<ProfileView | null>(null);
  const [busy, setBusy] = useState(false);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const o = { lang, signal: controller.signal };
    (async () => {
      const profile = currentProfile(await candidateApi.profiles(o));
      if (!profile) return setLoaded({ kind: 'none' });
      try {
        const [score, advice] = await Promise.all([candidateApi.score(profile.id, o), candidateApi.advice(profile.id, o).catch(() => null)]);
        setLoaded({ kind: 'scored', profile, score, advice });
      } catch (error) {
        if (error instanceof ApiProblem && error.fieldErrors.length > 0) setLoaded({ kind: 'incomplete', profile, errors: error.fieldErrors });
        else throw error;
      }
    })().catch((error: unknown) => {
      if (!controller.signal.aborted) setProblem(error);
    });
    return () => controller.abort();
  }, [lang, generation]);

  const submit = async (profile: ProfileView) => {
    setBusy(true);
    setProblem(null);
    try {
      const after = await candidateApi.submit(profile.id, { lang, ifMatch: profile.version });
      setSubmitted(after);
      setGeneration((g) => g + 1);
      requestAnimationFrame(() => document.getElementById('submit-result')?.focus());
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  if (problem && !loaded) return <ProblemNotice error={problem} />;
  if (!loaded) return <p role="status">{t('web.loading')}</p>;

  return (
    <>
      <GcdsHeading tag="h1">{t('web.nav.profileScore')}</GcdsHeading>
      {submitted ? <SubmitResult profile={submitted} /> : null}
      <ProblemNotice error={problem} />

      {loaded.kind === 'none' ? (
        <>
          <GcdsText>{t('web.cand.score.no_profile')}</GcdsText>
          <GcdsText>
            <GcdsLink href={pathFor(lang, 'profile')}>{t('web.cand.dash.build')}</GcdsLink>
          </GcdsText>
        </>
      ) : null}

      {loaded.kind === 'incomplete' ? (
        <GcdsNotice noticeRole="warning" noticeTitle={t('web.cand.score.incomplete_title')} noticeTitleTag="h2" data-testid="incomplete">
          <GcdsText>{t('web.cand.score.incomplete')}</GcdsText>
          <ul>
            {loaded.errors.map((e, i) => (
              <li key={i} data-field={e.field}>
                <GcdsLink href={`${pathFor(lang, 'profile')}?step=${stepOfPath(e.field)}`}>{`${stepTitle(t, stepOfPath(e.field))} — ${pathLabel(t, e.field)}`}</GcdsLink>
                {`${lang === 'fr' ? '\u00a0: ' : ': '}${e.message}`}
              </li>
            ))}
          </ul>
        </GcdsNotice>
      ) : null}

      {loaded.kind === 'scored' ? (
        <>
          <GcdsText data-testid="score-source">
            {t(loaded.score.source === 'preview' ? 'web.cand.score.preview' : 'web.cand.score.stored', { status: loaded.profile.statusText })}{' '}
            {t('web.calc.rules_version', { asOf: loaded.score.asOf, version: loaded.score.rulesVersion })}
          </GcdsText>

          <section aria-labelledby="elig-heading" data-testid="profile-eligibility">
            <GcdsHeading tag="h2" id="elig-heading">
              {t('web.cand.score.eligibility')}
            </GcdsHeading>
            <GcdsText>
              <strong>{t(loaded.score.eligibility.expressEntryEligible ? 'eligibility.express_entry_yes' : 'eligibility.express_entry_no')}</strong>
            </GcdsText>
            {PROGRAMS.map((program) => (
              <ProgramVerdict key={program} program={program} result={loaded.score.eligibility.programs[program]} />
            ))}
          </section>

          <section aria-labelledby="crs-heading">
            <GcdsHeading tag="h2" id="crs-heading">
              {t('web.cand.score.crs')}
            </GcdsHeading>
            <p className="total" data-testid="profile-total" data-total={loaded.score.total}>
              {loaded.score.total}
            </p>
            <ScoreExplanation score={loaded.score} />
          </section>

          {loaded.advice && loaded.advice.suggestions.length > 0 ? (
            <section aria-labelledby="advice-heading" data-testid="profile-advice">
              <GcdsHeading tag="h2" id="advice-heading">
                {t('web.elig.advice')}
              </GcdsHeading>
              <ol>
                {loaded.advice.suggestions.map((s, i) => (
                  <li key={i} data-code={s.code}>
                    {t(`advice.${s.code}`, s.params)}
                    {s.on ? ` (${t('advice.on', { on: s.on })})` : ''}{' '}
                    <strong>{t('advice.gain', { points: s.pointsGained, total: loaded.advice!.current + s.pointsGained })}</strong>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </>
      ) : null}

      {loaded.kind !== 'none' && loaded.profile.status === 'draft' && !submitted ? (
        <section aria-labelledby="submit-heading" className="submit-box">
          <GcdsHeading tag="h2" id="submit-heading">
            {t('web.cand.score.submit_title')}
          </GcdsHeading>
          <GcdsText>{t('web.cand.score.submit_intro')}</GcdsText>
          <div className="step-buttons">
            <GcdsButton type="link" buttonRole="secondary" href={pathFor(lang, 'profile')}>
              {t('web.cand.score.edit')}
            </GcdsButton>
            <GcdsButton type="button" disabled={busy || loaded.kind === 'incomplete'} onGcdsClick={() => void submit(loaded.profile)} data-testid="submit-profile">
              {t('web.cand.score.submit')}
            </GcdsButton>
          </div>
        </section>
      ) : null}

      {loaded.kind !== 'none' && loaded.profile.status !== 'draft' && !submitted ? (
        <GcdsText>
          <GcdsLink href={pathFor(lang, 'dashboard')}>{t('web.nav.dashboard')}</GcdsLink>
        </GcdsText>
      ) : null}
    </>
  );
}

function SubmitResult({ profile }: { profile: ProfileView }) {
  const { t, lang } = useWords();
  const inPool = profile.status === 'submitted';
  return (
    <div id="submit-result" tabIndex={-1} data-testid="submit-result" data-status={profile.status}>
      <GcdsNotice
        noticeRole={inPool ? 'success' : 'warning'}
        noticeTitle={t(inPool ? 'web.cand.score.in_pool_title' : 'web.cand.score.ineligible_title')}
        noticeTitleTag="h2"
      >
        {inPool ? (
          <GcdsText>
            {t('web.cand.score.in_pool', { stamp: instantText(profile.submittedAt, lang), expires: dayText(profile.expiresAt, lang), score: profile.scoreTotal ?? '—' })}
          </GcdsText>
        ) : (
          <GcdsText>{t('web.cand.score.ineligible')}</GcdsText>
        )}
        <GcdsText>
          <GcdsLink href={pathFor(lang, 'dashboard')}>{t('web.cand.score.to_dashboard')}</GcdsLink>
        </GcdsText>
      </GcdsNotice>
    </div>
  );
}
