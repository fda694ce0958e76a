// Officer: rounds of invitations. /en/officer-rounds lists every round with its status and offers the draft form
// (officers); /en/officer-rounds/12 is one round's workflow: draft → simulate (results: cut-off, tie-break, counts,
// charts, who would be invited, page by page) → approve (a round approver, never the drafter: the drafter is told why)
// → execute (after a confirmation) → publish, each step with who did it and when.
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { GcdsButton, GcdsHeading, GcdsLink, GcdsNotice, GcdsText } from '@gcds-core/components-react';
import { CountsTable } from '../../components/charts/CountsTable.tsx';
import { DistributionChart } from '../../components/charts/DistributionChart.tsx';
import { instantText, numberText, pageOf } from '../../components/charts/geometry.ts';
import { SelectField, TextField } from '../../components/Fields.tsx';
import { ErrorSummary, ProblemNotice, useRefusal } from '../../components/Problems.tsx';
import { useTitle } from '../../hooks.ts';
import { useWords } from '../../i18n.ts';
import { ApiProblem } from '../../lib/api.ts';
import {
  CATEGORY_CODES,
  may,
  ROUND_PROGRAMS,
  ROUND_STATUSES,
  ROUND_TYPES,
  roundsApi,
  type Invitation,
  type ItaView,
  type Me,
  type RoundOutcomeSummary,
  type RoundView,
} from '../../lib/api-rounds.ts';
import { parsePath, pathFor } from '../../lib/routes.ts';
import { PROVINCES } from '../../../../src/domain/vocabulary.ts';
import { useLoad } from '../rounds/load.ts';
import { useRoundKind } from '../rounds/RoundDetails.tsx';
import { draftSpec, initialDraft, type DraftForm } from './draft.ts';
import { StaffGate } from './staff.tsx';

const LIST_LIMIT = 200;
const INVITED_PAGE_SIZE = 25;

export default function OfficerRounds() {
  const { t } = useWords();
  const { pathname } = useLocation();
  const number = parsePath(pathname)?.number;
  const title = number === undefined ? t('web.officer.rounds.title') : t('web.officer.round.title', { number });
  useTitle(title, t('web.site.name'));
  return <StaffGate title={title}>{(me) => (number === undefined ? <RoundsHome me={me} /> : <RoundWorkflow number={number} me={me} />)}</StaffGate>;
}

/** Who did a step: "you", or another account (its id, shortened). */
function useWho(me: Me): (accountId: string | null) => string {
  const { t } = useWords();
  return (accountId) => (accountId === null ? '—' : accountId === me.account.id ? t('web.officer.you') : t('web.officer.another_account', { id: accountId.slice(0, 8) }));
}

// ── The list and the draft form ─────────────────────────────────────────────────────────────────────────────────

function RoundsHome({ me }: { me: Me }) {
  const { t, lang } = useWords();
  const list = useLoad(`officer-rounds-${lang}`, (signal) => roundsApi.list({ lang, signal }, LIST_LIMIT));
  const kind = useRoundKind();
  const who = useWho(me);
  return (
    <>
      <GcdsText>{t('web.officer.rounds.intro')}</GcdsText>
      {may(me.account.role, 'draft') ? <DraftRound me={me} /> : <GcdsText>{t('web.officer.rounds.cannot_draft')}</GcdsText>}
      <GcdsHeading tag="h2">{t('web.officer.rounds.list')}</GcdsHeading>
      <ProblemNotice error={list.error} />
      {!list.data ? (
        list.loading ? (
          <p role="status">{t('web.loading')}</p>
        ) : null
      ) : list.data.length === 0 ? (
        <GcdsText>{t('web.officer.rounds.none')}</GcdsText>
      ) : (
        <table className="data-table" data-testid="officer-rounds">
          <caption className="sr-only">{t('web.officer.rounds.list')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('web.rounds.number')}</th>
              <th scope="col">{t('web.officer.status')}</th>
              <th scope="col">{t('web.rounds.kind')}</th>
              <th scope="col">{t('web.rounds.instant')}</th>
              <th scope="col" className="num">
                {t('web.officer.size_or_minimum')}
              </th>
              <th scope="col" className="num">
                {t('web.rounds.cutoff')}
              </th>
              <th scope="col">{t('web.officer.drafted_by')}</th>
              <th scope="col">{t('web.officer.approved_by')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((r) => (
              <tr key={r.number} data-round={r.number} data-status={r.status}>
                <th scope="row">
                  <a href={pathFor(lang, 'officerRounds', r.number)} aria-label={t('web.rounds.open', { label: r.number })}>
                    {r.number}
                  </a>
                </th>
                <td>{t(`round.status.${r.status}`)}</td>
                <td>{kind(r.spec)}</td>
                <td>{instantText(r.instant)}</td>
                <td className="num">{sizeText(r, t, lang)}</td>
                <td className="num">{numberText(r.cutoff ?? r.result?.cutoff ?? null, lang)}</td>
                <td>{who(r.draftedBy)}</td>
                <td>{who(r.approvedBy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function sizeText(r: Pick<RoundView, 'spec'>, t: (key: string, params?: Record<string, unknown>) => string, lang: 'fr' | 'en'): string {
  const parts: string[] = [];
  if (r.spec.size !== undefined) parts.push(t('web.officer.size_n', { n: numberText(r.spec.size, lang) }));
  if (r.spec.minimumCrs !== undefined) parts.push(t('web.officer.minimum_n', { n: r.spec.minimumCrs }));
  return parts.join(', ') || '—';
}

function DraftRound({ me }: { me: Me }) {
  const { t, lang } = useWords();
  const navigate = useNavigate();
  const [form, setForm] = useState<DraftForm>(() => initialDraft(new Date()));
  const refusal = useRefusal();
  const { errors, problem } = refusal;
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<DraftForm>) => setForm((f) => ({ ...f, ...patch }));
  const label = (path: string) => t(`web.officer.draft.${path}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const me2 = await roundsApi.me({ lang });
      const round = await roundsApi.draft(draftSpec(form) as never, { lang, csrf: me2.session.csrfToken });
      void navigate(pathFor(lang, 'officerRounds', round.number));
    } catch (error) {
      refusal.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="draft-heading" className="draft-round">
      <h2 id="draft-heading">{t('web.officer.draft.title')}</h2>
      <GcdsText size="small">{t('web.officer.draft.who', { name: me.account.displayName })}</GcdsText>
      <form
        noValidate
        onSubmit={(e) => void submit(e)}
        // Enter in a text field submits, as in a plain form (the design system's inputs sit in shadow roots, out of the form's reach).
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'GCDS-INPUT') {
            e.preventDefault();
            e.currentTarget.requestSubmit();
          }
        }}
        data-testid="draft-form"
      >
        <ErrorSummary errors={errors} labels={label} />
        <SelectField
          path="type"
          errors={errors}
          label={label('type')}
          value={form.type}
          options={ROUND_TYPES.map((v) => ({ value: v, label: t(`round.type.${v}`) }))}
          onChange={(type) => set({ type })}
        />
        {form.type === 'program' ? (
          <SelectField
            path="program"
            errors={errors}
            label={label('program')}
            value={form.program}
            options={ROUND_PROGRAMS.map((v) => ({ value: v, label: t(`round.program.${v}`) }))}
            onChange={(program) => set({ program })}
          />
        ) : null}
        {form.type === 'category' ? (
          <SelectField
            path="category"
            errors={errors}
            label={label('category')}
            hint={t('web.officer.draft.category_hint')}
            value={form.category}
            options={CATEGORY_CODES.map((v) => ({ value: v, label: t('round.category', { category: v }) }))}
            onChange={(category) => set({ category })}
          />
        ) : null}
        <TextField path="size" errors={errors} label={label('size')} hint={t('web.officer.draft.size_hint')} value={form.size} inputmode="numeric" size={8} onChange={(size) => set({ size })} />
        <TextField
          path="minimumCrs"
          errors={errors}
          label={label('minimumCrs')}
          hint={t('web.officer.draft.minimum_hint')}
          value={form.minimumCrs}
          inputmode="numeric"
          size={6}
          onChange={(minimumCrs) => set({ minimumCrs })}
        />
        <TextField path="instant" errors={errors} label={label('instant')} hint={t('web.officer.draft.instant_hint')} value={form.instant} size={22} onChange={(instant) => set({ instant })} />
        <GcdsButton type="submit" disabled={busy}>
          {t('web.officer.draft.submit')}
        </GcdsButton>
      </form>
      <ProblemNotice error={problem} />
    </section>
  );
}

// ── One round's workflow ────────────────────────────────────────────────────────────────────────────────────────

type Action = 'simulate' | 'approve' | 'execute' | 'publish';

function RoundWorkflow({ number, me }: { number: number; me: Me }) {
  const { t, lang } = useWords();
  const loaded = useLoad(`officer-round-${number}-${lang}`, (signal) => roundsApi.round(number, { lang, signal }));
  const [invited, setInvited] = useState<Invitation[] | null>(null);
  const [busy, setBusy] = useState<Action | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [said, setSaid] = useState('');
  const [confirming, setConfirming] = useState(false);

  if (!loaded.data) {
    const missing = loaded.error instanceof ApiProblem && loaded.error.status === 404;
    return missing ? <GcdsText>{t('web.officer.round.missing', { number })}</GcdsText> : loaded.error ? <ProblemNotice error={loaded.error} /> : <p role="status">{t('web.loading')}</p>;
  }
  const { round, itas } = loaded.data;

  const run = async (action: Action) => {
    setBusy(action);
    setProblem(null);
    setSaid('');
    try {
      const session = await roundsApi.me({ lang });
      const o = { lang, csrf: session.session.csrfToken };
      if (action === 'simulate') {
        const s = await roundsApi.simulate(number, o);
        setInvited(s.outcome.invited);
        loaded.set({ round: s.round, itas });
        setSaid(t('web.officer.said.simulate', { invited: s.outcome.invitedCount, cutoff: s.outcome.cutoff ?? '—' }));
      } else if (action === 'approve') {
        const r = await roundsApi.approve(number, o);
        loaded.set({ round: r, itas });
        setSaid(t('web.officer.said.approve'));
      } else if (action === 'execute') {
        const e = await roundsApi.execute(number, o);
        setConfirming(false);
        setSaid(t(e.alreadyExecuted ? 'web.officer.said.already_executed' : 'web.officer.said.execute', { count: e.itaCount }));
        loaded.reload();
      } else {
        const r = await roundsApi.publish(number, o);
        loaded.set({ round: r, itas });
        setSaid(t('web.officer.said.publish'));
      }
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(null);
    }
  };

  const outcome: RoundOutcomeSummary | null = round.result ?? null;
  return (
    <>
      <GcdsText>
        <GcdsLink href={pathFor(lang, 'officerRounds')}>{t('web.officer.round.back')}</GcdsLink>
      </GcdsText>
      <RoundSteps round={round} itas={itas} me={me} />
      <SpecFacts round={round} />
      <div role="status" aria-live="polite" className="said" data-testid="said">
        {said ? <GcdsText>{said}</GcdsText> : null}
      </div>
      <ProblemNotice error={problem} />
      <NextStep round={round} me={me} busy={busy} confirming={confirming} setConfirming={setConfirming} run={(a) => void run(a)} />
      {outcome ? <Results round={round} outcome={outcome} invited={invited} itas={itas} /> : null}
    </>
  );
}

function RoundSteps({ round, itas, me }: { round: RoundView; itas: readonly ItaView[]; me: Me }) {
  const { t, lang } = useWords();
  const who = useWho(me);
  const at = ROUND_STATUSES.indexOf(round.status);
  const detail: Record<string, string> = {
    draft: t('web.officer.step.draft', { who: who(round.draftedBy), at: instantText(round.createdAt) }),
    simulated: round.result ? t('web.officer.step.simulated', { cutoff: round.result.cutoff ?? '—', invited: numberText(round.result.invitedCount, lang) }) : '',
    approved: round.approvedBy ? t('web.officer.step.approved', { who: who(round.approvedBy) }) : '',
    executed: round.executedAt ? t('web.officer.step.executed', { at: instantText(round.executedAt), count: itas.length }) : '',
    published: round.status === 'published' ? t('web.officer.step.published', { at: instantText(round.updatedAt) }) : '',
  };
  return (
    <section aria-labelledby="steps-heading">
      <h2 id="steps-heading">{t('web.officer.round.status', { status: t(`round.status.${round.status}`) })}</h2>
      <ol className="round-steps" data-testid="round-steps" data-status={round.status}>
        {ROUND_STATUSES.map((s, i) => (
          <li key={s} data-step={s} className={i < at ? 'done' : i === at ? 'current' : 'todo'} {...(i === at ? { 'aria-current': 'step' as const } : {})}>
            <strong>{t(`round.status.${s}`)}</strong>
            <span className="sr-only"> ({t(i < at ? 'web.officer.step_done' : i === at ? 'web.officer.step_current' : 'web.officer.step_todo')})</span>
            {detail[s] ? <span className="step-detail"> — {detail[s]}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function SpecFacts({ round }: { round: RoundView }) {
  const { t, lang } = useWords();
  const kind = useRoundKind();
  const rows: [string, string][] = [
    [t('web.rounds.name'), round.name[lang]],
    [t('web.rounds.kind'), kind(round.spec)],
    [t('web.officer.draft.size'), round.spec.size !== undefined ? numberText(round.spec.size, lang) : '—'],
    [t('web.officer.draft.minimumCrs'), round.spec.minimumCrs !== undefined ? String(round.spec.minimumCrs) : '—'],
    [t('web.rounds.instant'), instantText(round.instant)],
  ];
  if (round.rulesVersion) rows.push([t('web.rounds.rules_version'), round.rulesVersion]);
  return (
    <dl className="round-facts" data-testid="round-spec">
      {rows.map(([term, value]) => (
        <div key={term} className="round-fact">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function NextStep(props: { round: RoundView; me: Me; busy: Action | null; confirming: boolean; setConfirming: (v: boolean) => void; run: (a: Action) => void }) {
  const { t, lang } = useWords();
  const { round, me, busy, run } = props;
  const role = me.account.role;
  const drafter = round.draftedBy === me.account.id;
  const button = (action: Action, label: string, secondary = false) => (
    <GcdsButton type="button" buttonRole={secondary ? 'secondary' : 'primary'} disabled={busy !== null} onGcdsClick={() => run(action)} data-action={action}>
      {busy === action ? t('web.officer.working') : label}
    </GcdsButton>
  );
  const note = (key: string) => (
    <GcdsNotice noticeRole="info" noticeTitle={t('web.officer.why_not_title')} noticeTitleTag="h3" data-testid="why-not-step">
      <GcdsText>{t(key)}</GcdsText>
    </GcdsNotice>
  );
  /** Approving and executing: a round approver who did not draft the round. */
  const approverStep = (action: 'approve' | 'execute', content: React.ReactNode) =>
    drafter ? note('web.officer.separation_of_duties') : may(role, action) ? content : note('web.officer.approver_only');

  let body: React.ReactNode = null;
  switch (round.status) {
    case 'draft':
      body = may(role, 'simulate') ? button('simulate', t('web.officer.action.simulate')) : note('web.officer.cannot_simulate');
      break;
    case 'simulated':
      body = (
        <>
          {approverStep('approve', button('approve', t('web.officer.action.approve')))}
          {may(role, 'simulate') ? <div className="again">{button('simulate', t('web.officer.action.simulate_again'), true)}</div> : null}
        </>
      );
      break;
    case 'approved':
      body = approverStep(
        'execute',
        props.confirming ? (
          <GcdsNotice noticeRole="warning" noticeTitle={t('web.officer.confirm.title', { number: round.number })} noticeTitleTag="h3" data-testid="confirm-execute">
            <GcdsText>{t('web.officer.confirm.text', { count: round.result?.invitedCount ?? 0 })}</GcdsText>
            <div className="button-row">
              {button('execute', t('web.officer.action.confirm_execute'))}
              <GcdsButton type="button" buttonRole="secondary" disabled={busy !== null} onGcdsClick={() => props.setConfirming(false)}>
                {t('web.officer.action.cancel')}
              </GcdsButton>
            </div>
          </GcdsNotice>
        ) : (
          <GcdsButton type="button" onGcdsClick={() => props.setConfirming(true)} data-action="execute-start">
            {t('web.officer.action.execute')}
          </GcdsButton>
        ),
      );
      break;
    case 'executed':
      body = may(role, 'publish') ? button('publish', t('web.officer.action.publish')) : note('web.officer.cannot_publish');
      break;
    case 'published':
      body = (
        <GcdsText>
          <GcdsLink href={pathFor(lang, 'rounds', round.number)}>{t('web.officer.public_page', { number: round.number })}</GcdsLink>
        </GcdsText>
      );
      break;
  }
  return (
    <section aria-labelledby="next-heading" className="next-step" data-testid="next-step">
      <h2 id="next-heading">{t(round.status === 'published' ? 'web.officer.round.done' : 'web.officer.round.next')}</h2>
      {body}
    </section>
  );
}

function Results({ round, outcome, invited, itas }: { round: RoundView; outcome: RoundOutcomeSummary; invited: Invitation[] | null; itas: readonly ItaView[] }) {
  const { t, lang } = useWords();
  const executed = round.status === 'executed' || round.status === 'published';
  const facts: [string, string][] = [
    [t('web.rounds.cutoff'), numberText(outcome.cutoff, lang)],
    [t('web.rounds.tie_break'), instantText(outcome.tieBreak)],
    [t(executed ? 'web.officer.results.invited' : 'web.officer.results.would_invite'), numberText(outcome.invitedCount, lang)],
    [t('web.officer.results.pool_size'), numberText(outcome.poolSize, lang)],
    [t('web.officer.results.eligible'), numberText(outcome.eligibleCount, lang)],
  ];
  return (
    <section aria-labelledby="results-heading" data-testid="results">
      <h2 id="results-heading">{t(executed ? 'web.officer.results.title_executed' : 'web.officer.results.title')}</h2>
      <dl className="round-facts" data-testid="results-facts">
        {facts.map(([term, value]) => (
          <div key={term} className="round-fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="counts-grid">
        <CountsTable
          caption={t('web.officer.results.by_program')}
          heading={t('web.officer.program')}
          counts={outcome.counts.byProgram}
          order={ROUND_PROGRAMS}
          word={(code) => t(`round.program.${code}`)}
          total={outcome.invitedCount}
          testId="results-by-program"
        />
        <CountsTable
          caption={t('web.officer.results.by_category')}
          heading={t('web.officer.category')}
          counts={outcome.counts.byCategory}
          word={(code) => t('round.category', { category: code })}
          total={outcome.invitedCount}
          testId="results-by-category"
        />
        <CountsTable
          caption={t('web.officer.results.by_province')}
          heading={t('web.officer.province')}
          counts={outcome.counts.byProvince}
          order={PROVINCES.filter((p) => (outcome.counts.byProvince[p] ?? 0) > 0)}
          word={(code) => t(`province.${code}`)}
          total={outcome.invitedCount}
          testId="results-by-province"
        />
      </div>
      <DistributionChart title={t('web.officer.results.invited_by_band')} distribution={outcome.counts.byBand} countLabel={t('web.officer.results.invited_count')} testId="invited-chart" />
      <DistributionChart title={t('web.officer.results.pool_by_band')} distribution={outcome.poolDistribution} countLabel={t('web.chart.candidates')} testId="pool-at-instant-chart" />
      <InvitedList invited={executed ? null : invited} itas={executed ? itas : null} />
    </section>
  );
}

function InvitedList({ invited, itas }: { invited: Invitation[] | null; itas: readonly ItaView[] | null }) {
  const { t, lang } = useWords();
  const [page, setPage] = useState(1);
  const rows = itas
    ? itas.map((i) => ({ key: i.id, profileId: i.profileId, score: i.score, program: i.program, submittedAt: null as string | null, status: i.status as string | null }))
    : invited
      ? invited.map((i) => ({ key: i.profileId, profileId: i.profileId, score: i.score, program: i.program, submittedAt: i.submittedAt as string | null, status: null as string | null }))
      : null;
  const heading = <h3 id="invited-heading">{t(itas ? 'web.officer.invited.title_executed' : 'web.officer.invited.title')}</h3>;
  if (!rows) {
    return (
      <>
        {heading}
        <GcdsText>{t('web.officer.invited.simulate_again')}</GcdsText>
      </>
    );
  }
  const shown = pageOf(rows, page, INVITED_PAGE_SIZE);
  const first = (shown.page - 1) * INVITED_PAGE_SIZE;
  return (
    <>
      {heading}
      {rows.length === 0 ? (
        <GcdsText>{t('web.officer.invited.none')}</GcdsText>
      ) : (
        <>
          <table className="data-table" data-testid="invited-list" aria-labelledby="invited-heading">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('web.officer.invited.rank')}
                </th>
                <th scope="col">{t('web.officer.invited.profile')}</th>
                <th scope="col" className="num">
                  {t('web.officer.invited.score')}
                </th>
                <th scope="col">{t('web.officer.program')}</th>
                <th scope="col">{itas ? t('web.officer.status') : t('web.officer.invited.submitted_at')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.items.map((r, i) => (
                <tr key={r.key}>
                  <td className="num">{first + i + 1}</td>
                  <th scope="row">
                    <code>{r.profileId.slice(0, 8)}</code>
                  </th>
                  <td className="num">{r.score}</td>
                  <td>{t(`round.program.${r.program}`)}</td>
                  <td>{r.status ? t(`ita.status.${r.status}`) : instantText(r.submittedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="pager" aria-label={t('web.pager.label')}>
            <GcdsButton type="button" buttonRole="secondary" size="small" disabled={shown.page <= 1} onGcdsClick={() => setPage(shown.page - 1)}>
              {t('web.pager.previous')}
            </GcdsButton>
            <span role="status" data-testid="invited-page">
              {t('web.pager.status_rows', { page: shown.page, pages: shown.pages, from: first + 1, to: first + shown.items.length, total: numberText(rows.length, lang) })}
            </span>
            <GcdsButton type="button" buttonRole="secondary" size="small" disabled={shown.page >= shown.pages} onGcdsClick={() => setPage(shown.page + 1)}>
              {t('web.pager.next')}
            </GcdsButton>
          </nav>
        </>
      )}
    </>
  );
}
