// Public rounds of invitations: the cut-offs over time (our published rounds and IRCC's history, two series), the two
// lists in tabs (ours; IRCC's, page by page), the CSV of our reports; a round's own page (/en/rounds/12) and an IRCC
// round's (/en/rounds?ircc=437) with the pool distribution in IRCC's bands. Tab and page are kept in the address.
import { useLocation, useSearchParams } from 'react-router';
import { GcdsButton, GcdsHeading, GcdsLink, GcdsText } from '@gcds-core/components-react';
import { CutoffChart } from '../../components/charts/CutoffChart.tsx';
import { numberText, pageOf } from '../../components/charts/geometry.ts';
import { ProblemNotice } from '../../components/Problems.tsx';
import { useTitle } from '../../hooks.ts';
import { useWords } from '../../i18n.ts';
import { ApiProblem } from '../../lib/api.ts';
import { ROUND_TYPES, ROUNDS_CSV_URL, roundsApi, type RoundType } from '../../lib/api-rounds.ts';
import { SelectField } from '../../components/Fields.tsx';
import { parsePath, pathFor } from '../../lib/routes.ts';
import { useLoad } from './load.ts';
import { RoundDetails, useRoundKind } from './RoundDetails.tsx';
import { cutoffPoints, fromIrcc, fromReport, type ShownRound } from './shown.ts';
import { Tabs } from './Tabs.tsx';
import './rounds.css';

const IRCC_PAGE_SIZE = 25;
const NO_ERRORS: ReadonlyMap<string, string> = new Map();
const PUBLISHED_LIMIT = 500;

export default function Rounds() {
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const number = parsePath(pathname)?.number;
  const ircc = params.get('ircc');
  if (number !== undefined) return <OurRound number={number} />;
  if (ircc) return <IrccRoundPage drawNumber={ircc} />;
  return <RoundList />;
}

function CsvLink() {
  const { t } = useWords();
  return (
    <GcdsText>
      {/* A plain link: the design system's download icon needs a font this site does not load. */}
      <a className="plain-link" href={ROUNDS_CSV_URL} download="rounds.csv">
        {t('web.rounds.csv')}
      </a>
    </GcdsText>
  );
}

function RoundList() {
  const { t, lang } = useWords();
  useTitle(t('web.rounds.title'), t('web.site.name'));
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'ircc' ? 'ircc' : 'ours';
  // The chart can show one type of round only: category rounds' cut-offs are far below general rounds'.
  const chartType = (ROUND_TYPES as readonly string[]).includes(params.get('type') ?? '') ? (params.get('type') as RoundType) : 'all';
  const setChartType = (value: RoundType | 'all') =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === 'all') next.delete('type');
        else next.set('type', value);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  const inChart = (r: ShownRound) => chartType === 'all' || r.type === chartType;
  const published = useLoad(`published-${lang}`, (signal) => roundsApi.published({ lang, signal }, PUBLISHED_LIMIT));
  const history = useLoad(`ircc-${lang}`, (signal) => roundsApi.ircc({ lang, signal }));
  const ours = (published.data ?? []).map((r) => fromReport(r, lang));
  const theirs = (history.data ?? []).map(fromIrcc);
  const setTab = (key: 'ours' | 'ircc') =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.delete('page');
        if (key === 'ours') next.delete('tab');
        else next.set('tab', key);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );

  return (
    <>
      <GcdsHeading tag="h1">{t('web.rounds.title')}</GcdsHeading>
      <GcdsText>{t('web.rounds.intro')}</GcdsText>
      <CsvLink />
      <ProblemNotice error={published.error ?? history.error} />

      <GcdsHeading tag="h2">{t('web.rounds.cutoffs')}</GcdsHeading>
      {published.loading || history.loading ? (
        <p role="status">{t('web.loading')}</p>
      ) : (
        <>
          <form onSubmit={(e) => e.preventDefault()} className="chart-filter">
            <SelectField<RoundType | 'all'>
              path="chartType"
              errors={NO_ERRORS}
              label={t('web.rounds.chart_type')}
              value={chartType}
              options={[{ value: 'all', label: t('web.rounds.chart_type_all') }, ...ROUND_TYPES.map((v) => ({ value: v, label: t(`round.type.${v}`) }))]}
              onChange={setChartType}
            />
          </form>
          <CutoffChart
            title={t('web.rounds.cutoffs_title', { type: chartType })}
            ours={cutoffPoints(ours.filter(inChart))}
            ircc={cutoffPoints(theirs.filter(inChart))}
            testId="cutoff-chart"
          />
        </>
      )}

      <GcdsHeading tag="h2">{t('web.rounds.lists')}</GcdsHeading>
      <Tabs
        label={t('web.rounds.lists')}
        tabs={[
          { key: 'ours', title: t('web.rounds.ours_tab', { count: ours.length }) },
          { key: 'ircc', title: t('web.rounds.ircc_tab', { count: theirs.length }) },
        ]}
        selected={tab}
        onSelect={setTab}
      >
        {tab === 'ours' ? (
          published.loading ? (
            <p role="status">{t('web.loading')}</p>
          ) : ours.length === 0 ? (
            <GcdsText>{t('web.rounds.none_published')}</GcdsText>
          ) : (
            <RoundTable rounds={ours} caption={t('web.rounds.ours')} testId="our-rounds" />
          )
        ) : (
          <IrccList rounds={theirs} loading={history.loading} />
        )}
      </Tabs>
    </>
  );
}

function IrccList({ rounds, loading }: { rounds: ShownRound[]; loading: boolean }) {
  const { t } = useWords();
  const [params, setParams] = useSearchParams();
  if (loading) return <p role="status">{t('web.loading')}</p>;
  if (rounds.length === 0) return <GcdsText>{t('web.rounds.ircc_none')}</GcdsText>;
  const { items, page, pages } = pageOf(rounds, Number(params.get('page') ?? '1'), IRCC_PAGE_SIZE);
  const go = (to: number) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set('tab', 'ircc');
        if (to > 1) next.set('page', String(to));
        else next.delete('page');
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  return (
    <>
      <GcdsText size="small">{t('web.rounds.ircc_source')}</GcdsText>
      <RoundTable rounds={items} caption={t('web.rounds.ircc_caption', { page, pages })} testId="ircc-rounds" />
      <nav className="pager" aria-label={t('web.pager.label')}>
        <GcdsButton type="button" buttonRole="secondary" size="small" disabled={page <= 1} onGcdsClick={() => go(page - 1)}>
          {t('web.pager.previous')}
        </GcdsButton>
        <span role="status" data-testid="ircc-page">
          {t('web.pager.status', { page, pages })}
        </span>
        <GcdsButton type="button" buttonRole="secondary" size="small" disabled={page >= pages} onGcdsClick={() => go(page + 1)}>
          {t('web.pager.next')}
        </GcdsButton>
      </nav>
    </>
  );
}

function RoundTable({ rounds, caption, testId }: { rounds: readonly ShownRound[]; caption: string; testId: string }) {
  const { t, lang } = useWords();
  const kind = useRoundKind();
  const href = (r: ShownRound) => (r.source === 'ours' ? pathFor(lang, 'rounds', r.number) : `${pathFor(lang, 'rounds')}?ircc=${encodeURIComponent(r.label)}`);
  return (
    <table className="data-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('web.rounds.number')}</th>
          <th scope="col">{t('web.rounds.date')}</th>
          <th scope="col">{t('web.rounds.name')}</th>
          <th scope="col">{t('web.rounds.kind')}</th>
          <th scope="col" className="num">
            {t('web.rounds.size')}
          </th>
          <th scope="col" className="num">
            {t('web.rounds.cutoff')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rounds.map((r) => (
          <tr key={r.label} data-round={r.label}>
            <th scope="row">
              <a href={href(r)} aria-label={t('web.rounds.open', { label: r.label })}>
                {r.label}
              </a>
            </th>
            <td>{r.date}</td>
            <td>{r.name}</td>
            <td>{kind(r)}</td>
            <td className="num">{numberText(r.size, lang)}</td>
            <td className="num">{numberText(r.cutoff, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BackToList() {
  const { t, lang } = useWords();
  return (
    <GcdsText>
      <GcdsLink href={pathFor(lang, 'rounds')}>{t('web.rounds.back')}</GcdsLink>
    </GcdsText>
  );
}

function OurRound({ number }: { number: number }) {
  const { t, lang } = useWords();
  const loaded = useLoad(`report-${number}-${lang}`, (signal) => roundsApi.report(number, { lang, signal }));
  const round = loaded.data ? fromReport(loaded.data, lang) : null;
  const title = round ? t('web.rounds.round_title', { label: round.label, name: round.name }) : t('web.rounds.round_title_short', { label: number });
  useTitle(title, t('web.site.name'));
  const missing = loaded.error instanceof ApiProblem && loaded.error.status === 404;
  return (
    <>
      <GcdsHeading tag="h1">{title}</GcdsHeading>
      <BackToList />
      {missing ? <GcdsText>{t('web.rounds.not_published', { label: number })}</GcdsText> : <ProblemNotice error={loaded.error} />}
      {round ? <RoundDetails round={round} /> : loaded.loading ? <p role="status">{t('web.loading')}</p> : null}
      {round ? <CsvLink /> : null}
    </>
  );
}

function IrccRoundPage({ drawNumber }: { drawNumber: string }) {
  const { t, lang } = useWords();
  const loaded = useLoad(`ircc-${lang}`, (signal) => roundsApi.ircc({ lang, signal }));
  const found = loaded.data?.find((r) => r.drawNumber === drawNumber);
  const round = found ? fromIrcc(found) : null;
  const title = round ? t('web.rounds.ircc_round_title', { label: round.label, name: round.name }) : t('web.rounds.ircc_round_title_short', { label: drawNumber });
  useTitle(title, t('web.site.name'));
  return (
    <>
      <GcdsHeading tag="h1">{title}</GcdsHeading>
      <BackToList />
      <ProblemNotice error={loaded.error} />
      {round ? (
        <>
          <GcdsText size="small">{t('web.rounds.ircc_source')}</GcdsText>
          <RoundDetails round={round} />
        </>
      ) : loaded.loading ? (
        <p role="status">{t('web.loading')}</p>
      ) : loaded.data ? (
        <GcdsText>{t('web.rounds.ircc_missing', { label: drawNumber })}</GcdsText>
      ) : null}
    </>
  );
}
