// The candidate's dashboard: the profile's status, tie-break stamp (submission instant), expiry and score with its
// explanation; withdraw and clone; the inbox (mark read); invitations to apply (accept or decline, each confirmed);
// "why wasn't I invited?" for an executed round; and the applications once an invitation is accepted.
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { GcdsButton, GcdsDetails, GcdsHeading, GcdsNotice, GcdsText } from '@gcds-core/components-react';
import { TextField } from '../../components/Fields.tsx';
import { ProblemNotice, useRefusal } from '../../components/Problems.tsx';
import { ScoreExplanation } from '../../components/ScoreExplanation.tsx';
import { useTitle } from '../../hooks.ts';
import { useWords } from '../../i18n.ts';
import { ApiProblem } from '../../lib/api.ts';
import {
  candidateApi,
  CLONABLE_STATUSES,
  currentProfile,
  WITHDRAWABLE_STATUSES,
  type ApplicationView,
  type InboxMessage,
  type ItaView,
  type ProfileScore,
  type ProfileView,
  type WhyNotInvitedView,
} from '../../lib/api-candidate.ts';
import { pathFor } from '../../lib/routes.ts';
import { dayText, instantText, RequireAccount } from './shared.tsx';

export default function Dashboard() {
  const { t } = useWords();
  useTitle(t('web.nav.dashboard'), t('web.site.name'));
  return <RequireAccount role="candidate">{(signed) => <DashboardPage name={signed.account.displayName} />}</RequireAccount>;
}

/** A section's data: loading, loaded, or the problem that stopped it (the other sections still show). */
type Part<T> = { state: 'loading' } | { state: 'ok'; value: T } | { state: 'failed'; error: unknown };

function usePart<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): [Part<T>, () => void] {
  const [part, setPart] = useState<Part<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal)
      .then((value) => setPart({ state: 'ok', value }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setPart({ state: 'failed', error });
      });
    return () => controller.abort();
    // `load` is a new function each render; `deps` says when it changes what it loads.
  }, [...deps, generation]);
  return [part, () => setGeneration((g) => g + 1)];
}

function DashboardPage({ name }: { name: string }) {
  const { t, lang } = useWords();
  const [profiles, reloadProfiles] = usePart((signal) => candidateApi.profiles({ lang, signal }), [lang]);
  const [itas, reloadItas] = usePart((signal) => candidateApi.itas({ lang, signal }), [lang]);
  const [applications, reloadApplications] = usePart((signal) => candidateApi.applications({ lang, signal }), [lang]);
  const [messages, reloadMessages] = usePart((signal) => candidateApi.messages({ lang, signal }), [lang]);

  const profile = profiles.state === 'ok' ? currentProfile(profiles.value) : null;
  const reloadAll = () => {
    reloadProfiles();
    reloadItas();
    reloadApplications();
    reloadMessages();
  };

  return (
    <>
      <GcdsHeading tag="h1">{t('web.nav.dashboard')}</GcdsHeading>
      <GcdsText>{t('web.cand.dash.hello', { name })}</GcdsText>

      <section aria-labelledby="dash-profile" data-testid="dash-profile">
        <GcdsHeading tag="h2" id="dash-profile">
          {t('web.cand.dash.profile')}
        </GcdsHeading>
        {profiles.state === 'loading' ? <p role="status">{t('web.loading')}</p> : null}
        {profiles.state === 'failed' ? <ProblemNotice error={profiles.error} /> : null}
        {profiles.state === 'ok' && !profile ? (
          <>
            <GcdsText>{t('web.cand.dash.no_profile')}</GcdsText>
            <GcdsButton type="link" href={pathFor(lang, 'profile')}>
              {t('web.cand.dash.build')}
            </GcdsButton>
          </>
        ) : null}
        {profile ? <ProfileCard profile={profile} onChanged={reloadAll} /> : null}
      </section>

      <Itas part={itas} onAnswered={reloadAll} />

      <WhyNotInvited itas={itas.state === 'ok' ? itas.value : []} />

      <Applications part={applications} />

      <Inbox part={messages} onRead={reloadMessages} />
    </>
  );
}

// ── The profile ────────────────────────────────────────────────────────────────────────────────────────────────

function ProfileCard({ profile, onChanged }: { profile: ProfileView; onChanged: () => void }) {
  const { t, lang } = useWords();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [score, setScore] = useState<ProfileScore | null>(null);

  useEffect(() => {
    if (profile.scoreTotal === null) return;
    const controller = new AbortController();
    candidateApi
      .score(profile.id, { lang, signal: controller.signal })
      .then(setScore)
      .catch(() => setScore(null));
    return () => controller.abort();
  }, [profile.id, profile.version, profile.scoreTotal, lang]);

  const act = async (run: () => Promise<ProfileView>, then?: (p: ProfileView) => void) => {
    setBusy(true);
    setProblem(null);
    try {
      const after = await run();
      setConfirming(false);
      if (then) then(after);
      onChanged();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  const withdraw = () => act(() => candidateApi.withdraw(profile.id, { lang, ifMatch: profile.version }));
  const clone = () => act(() => candidateApi.clone(profile.id, { lang, ifMatch: profile.version }), () => void navigate(pathFor(lang, 'profile')));

  return (
    <div data-status={profile.status} data-testid="profile-card">
      <dl className="facts">
        <dt>{t('web.cand.dash.number')}</dt>
        <dd data-testid="profile-number">{profile.number}</dd>
        <dt>{t('web.cand.dash.status')}</dt>
        <dd data-testid="profile-status">{profile.statusText}</dd>
        <dt>{t('web.cand.dash.stamp')}</dt>
        <dd data-testid="profile-stamp">
          {profile.submittedAt ? <time dateTime={profile.submittedAt}>{instantText(profile.submittedAt, lang)}</time> : t('web.cand.dash.not_yet')}
        </dd>
        <dt>{t('web.cand.dash.expires')}</dt>
        <dd data-testid="profile-expires">{profile.expiresAt ? <time dateTime={profile.expiresAt}>{dayText(profile.expiresAt, lang)}</time> : t('web.cand.dash.not_yet')}</dd>
        <dt>{t('web.cand.dash.score')}</dt>
        <dd data-testid="profile-score">{profile.scoreTotal ?? t('web.cand.dash.not_yet')}</dd>
        {profile.eligiblePrograms.length > 0 ? (
          <>
            <dt>{t('web.cand.dash.programs')}</dt>
            <dd>{profile.eligiblePrograms.map((p) => t(`program.${p}`)).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <GcdsText size="small">{t('web.cand.dash.stamp_hint')}</GcdsText>

      {score ? (
        <GcdsDetails detailsTitle={t('web.cand.dash.explanation')}>
          <ScoreExplanation score={score} />
        </GcdsDetails>
      ) : null}

      <ProblemNotice error={problem} />
      <div className="step-buttons">
        {profile.status === 'draft' ? (
          <GcdsButton type="link" href={pathFor(lang, 'profile')}>
            {t('web.cand.dash.continue')}
          </GcdsButton>
        ) : null}
        {profile.status === 'submitted' || profile.status === 'ineligible' ? (
          <GcdsButton type="link" buttonRole="secondary" href={pathFor(lang, 'profile')}>
            {t('web.cand.dash.update')}
          </GcdsButton>
        ) : null}
        <GcdsButton type="link" buttonRole="secondary" href={pathFor(lang, 'profileScore')}>
          {t('web.nav.profileScore')}
        </GcdsButton>
        {CLONABLE_STATUSES.includes(profile.status) ? (
          <GcdsButton type="button" buttonRole="secondary" disabled={busy} onGcdsClick={() => void clone()}>
            {t('web.cand.dash.clone')}
          </GcdsButton>
        ) : null}
        {WITHDRAWABLE_STATUSES.includes(profile.status) && !confirming ? (
          <GcdsButton type="button" buttonRole="danger" disabled={busy} onGcdsClick={() => setConfirming(true)}>
            {t('web.cand.dash.withdraw')}
          </GcdsButton>
        ) : null}
      </div>
      {confirming ? (
        <Confirm
          title={t('web.cand.dash.withdraw_confirm_title')}
          text={t('web.cand.dash.withdraw_confirm')}
          confirm={t('web.cand.dash.withdraw_yes')}
          busy={busy}
          onConfirm={() => void withdraw()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}

/** A confirmation asked in the page (no browser dialog): focus goes to it, Cancel gives up. */
function Confirm(props: { title: string; text: string; confirm: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useWords();
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  useEffect(() => box?.focus(), [box]);
  return (
    <div ref={setBox} tabIndex={-1} role="group" aria-label={props.title} className="confirm" data-testid="confirm">
      <GcdsNotice noticeRole="warning" noticeTitle={props.title} noticeTitleTag="h3">
        <GcdsText>{props.text}</GcdsText>
        <div className="step-buttons">
          <GcdsButton type="button" buttonRole="danger" disabled={props.busy} onGcdsClick={props.onConfirm} data-testid="confirm-yes">
            {props.confirm}
          </GcdsButton>
          <GcdsButton type="button" buttonRole="secondary" onGcdsClick={props.onCancel}>
            {t('web.cand.cancel')}
          </GcdsButton>
        </div>
      </GcdsNotice>
    </div>
  );
}

// ── Invitations to apply ───────────────────────────────────────────────────────────────────────────────────────

function Itas({ part, onAnswered }: { part: Part<ItaView[]>; onAnswered: () => void }) {
  const { t, lang } = useWords();
  const [asking, setAsking] = useState<{ id: string; action: 'accept' | 'decline' } | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const answer = async () => {
    if (!asking) return;
    setBusy(true);
    setProblem(null);
    try {
      await (asking.action === 'accept' ? candidateApi.acceptIta(asking.id, { lang }) : candidateApi.declineIta(asking.id, { lang }));
      setDone(t(asking.action === 'accept' ? 'web.cand.ita.accepted' : 'web.cand.ita.declined'));
      setAsking(null);
      onAnswered();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="dash-itas" data-testid="dash-itas">
      <GcdsHeading tag="h2" id="dash-itas">
        {t('web.cand.ita.title')}
      </GcdsHeading>
      {done ? (
        <div role="status">
          <GcdsText>{done}</GcdsText>
        </div>
      ) : null}
      <ProblemNotice error={problem} />
      {part.state === 'loading' ? <p role="status">{t('web.loading')}</p> : null}
      {part.state === 'failed' ? <ProblemNotice error={part.error} /> : null}
      {part.state === 'ok' && part.value.length === 0 ? <GcdsText>{t('web.cand.ita.none')}</GcdsText> : null}
      {part.state === 'ok' && part.value.length > 0 ? (
        <table className="data-table">
          <caption className="sr-only">{t('web.cand.ita.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('web.cand.ita.round')}</th>
              <th scope="col">{t('web.cand.ita.program')}</th>
              <th scope="col" className="num">
                {t('web.cand.dash.score')}
              </th>
              <th scope="col">{t('web.cand.ita.issued')}</th>
              <th scope="col">{t('web.cand.ita.deadline')}</th>
              <th scope="col">{t('web.cand.dash.status')}</th>
              <th scope="col">{t('web.cand.ita.answer')}</th>
            </tr>
          </thead>
          <tbody>
            {part.value.map((ita) => (
              <tr key={ita.id} data-ita={ita.id} data-status={ita.status}>
                <th scope="row">{ita.roundNumber}</th>
                <td>{t(`round.program.${ita.program}`)}</td>
                <td className="num">{ita.score}</td>
                <td>{instantText(ita.issuedAt, lang)}</td>
                <td>{dayText(ita.deadline, lang)}</td>
                <td>{t(`web.cand.ita.status.${ita.status}`)}</td>
                <td>
                  {ita.status === 'issued' ? (
                    <div className="step-buttons">
                      <GcdsButton type="button" size="small" onGcdsClick={() => setAsking({ id: ita.id, action: 'accept' })}>
                        {t('web.cand.ita.accept')}
                      </GcdsButton>
                      <GcdsButton type="button" size="small" buttonRole="secondary" onGcdsClick={() => setAsking({ id: ita.id, action: 'decline' })}>
                        {t('web.cand.ita.decline')}
                      </GcdsButton>
                    </div>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {asking ? (
        <Confirm
          title={t(asking.action === 'accept' ? 'web.cand.ita.accept_title' : 'web.cand.ita.decline_title')}
          text={t(asking.action === 'accept' ? 'web.cand.ita.accept_text' : 'web.cand.ita.decline_text')}
          confirm={t(asking.action === 'accept' ? 'web.cand.ita.accept_yes' : 'web.cand.ita.decline_yes')}
          busy={busy}
          onConfirm={() => void answer()}
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </section>
  );
}

// ── Why wasn't I invited? ──────────────────────────────────────────────────────────────────────────────────────

function WhyNotInvited({ itas }: { itas: ItaView[] }) {
  const { t, lang } = useWords();
  const [rounds, setRounds] = useState<number[]>([]);
  const [round, setRound] = useState('');
  const [answer, setAnswer] = useState<WhyNotInvitedView | null>(null);
  const refusal = useRefusal();
  const { errors, problem } = refusal;

  // Rounds to suggest: the published ones, and those of my invitations.
  useEffect(() => {
    const controller = new AbortController();
    candidateApi
      .publicRounds({ lang, signal: controller.signal })
      .then((list) => setRounds(list.map((r) => r.number)))
      .catch(() => setRounds([]));
    return () => controller.abort();
  }, [lang]);
  const suggestions = [...new Set([...rounds, ...itas.map((ita) => ita.roundNumber)])].sort((a, b) => b - a);

  const ask = async (event: FormEvent) => {
    event.preventDefault();
    refusal.trying();
    setAnswer(null);
    const n = Number(round.trim());
    if (!/^\d{1,9}$/.test(round.trim()) || n < 1) {
      refusal.showFields(new Map([['round', t('web.cand.why.bad_round')]]));
      return;
    }
    try {
      setAnswer(await candidateApi.whyNotInvited(n, { lang }));
      refusal.clear();
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 404) refusal.showFields(new Map([['round', t('web.cand.why.no_round', { round: n })]]));
      else refusal.show(error);
    }
  };

  const number = answer ? answer.round : null;

  return (
    <section aria-labelledby="dash-why" data-testid="dash-why">
      <GcdsHeading tag="h2" id="dash-why">
        {t('web.cand.why.title')}
      </GcdsHeading>
      <GcdsText>{t('web.cand.why.intro')}</GcdsText>
      <form noValidate onSubmit={(e) => void ask(e)} className="inline-form">
        <TextField
          path="round"
          errors={errors}
          label={t('web.cand.why.round')}
          inputmode="numeric"
          size={6}
          value={round}
          onChange={setRound}
          suggestions={suggestions.map((n) => ({ label: String(n), value: String(n) }))}
        />
        <GcdsButton type="submit" buttonRole="secondary">
          {t('web.cand.why.ask')}
        </GcdsButton>
      </form>
      <ProblemNotice error={problem} />
      <div aria-live="polite" data-testid="why-answer">
        {answer ? (
          <>
            <GcdsText>
              <strong>{t(answer.invited ? 'web.cand.why.invited' : 'web.cand.why.not_invited', { round: number ?? '—' })}</strong>
            </GcdsText>
            <GcdsText>
              {t('web.cand.why.numbers', { score: answer.score ?? '—', cutoff: answer.cutoff ?? '—', tieBreak: instantText(answer.tieBreak, lang) })}
            </GcdsText>
            {answer.reasons.length > 0 ? (
              <ul>
                {answer.reasons.map((r, i) => (
                  <li key={i} data-code={r.code}>
                    {r.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}

// ── Applications ───────────────────────────────────────────────────────────────────────────────────────────────

function Applications({ part }: { part: Part<ApplicationView[]> }) {
  const { t, lang } = useWords();
  if (part.state === 'ok' && part.value.length === 0) return null;
  return (
    <section aria-labelledby="dash-apps" data-testid="dash-apps">
      <GcdsHeading tag="h2" id="dash-apps">
        {t('web.cand.apps.title')}
      </GcdsHeading>
      {part.state === 'loading' ? <p role="status">{t('web.loading')}</p> : null}
      {part.state === 'failed' ? <ProblemNotice error={part.error} /> : null}
      {part.state === 'ok' ? (
        <ul>
          {part.value.map((a) => (
            <li key={a.id} data-application={a.id}>
              {t('web.cand.apps.item', {
                program: a.programText,
                status: a.statusText,
                created: dayText(a.createdAt, lang),
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

// ── Inbox ──────────────────────────────────────────────────────────────────────────────────────────────────────

function Inbox({ part, onRead }: { part: Part<{ messages: InboxMessage[]; unread: number }>; onRead: () => void }) {
  const { t, lang } = useWords();
  const [problem, setProblem] = useState<unknown>(null);
  const read = async (id: string) => {
    setProblem(null);
    try {
      await candidateApi.readMessage(id, { lang });
      onRead();
    } catch (error) {
      setProblem(error);
    }
  };
  return (
    <section aria-labelledby="dash-inbox" data-testid="dash-inbox">
      <GcdsHeading tag="h2" id="dash-inbox">
        {part.state === 'ok' ? t('web.cand.inbox.title_count', { unread: part.value.unread }) : t('web.cand.inbox.title')}
      </GcdsHeading>
      <ProblemNotice error={problem} />
      {part.state === 'loading' ? <p role="status">{t('web.loading')}</p> : null}
      {part.state === 'failed' ? <ProblemNotice error={part.error} /> : null}
      {part.state === 'ok' && part.value.messages.length === 0 ? <GcdsText>{t('web.cand.inbox.none')}</GcdsText> : null}
      {part.state === 'ok' ? (
        <ul className="plain-list inbox">
          {part.value.messages.map((m) => (
            <li key={m.id} data-message={m.kind} data-read={m.readAt !== null} className={m.readAt ? 'read' : 'unread'}>
              <GcdsHeading tag="h3">
                {m.readAt ? null : <span className="badge">{t('web.cand.inbox.new')}</span>} {m.subject}
              </GcdsHeading>
              <GcdsText size="small">{instantText(m.createdAt, lang)}</GcdsText>
              <GcdsText>{m.body}</GcdsText>
              {m.readAt ? null : (
                <GcdsButton type="button" size="small" buttonRole="secondary" onGcdsClick={() => void read(m.id)}>
                  {t('web.cand.inbox.mark_read', { subject: m.subject })}
                </GcdsButton>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

