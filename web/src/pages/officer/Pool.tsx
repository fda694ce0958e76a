// Officer: the pool dashboard (GET /api/officer/pool/stats): how many profiles are in the pool, their CRS distribution
// in IRCC's bands, and counts by program, category (when the API gives them), province and status.
import { useState } from 'react';
import { GcdsButton, GcdsHeading, GcdsText } from '@gcds-core/components-react';
import { PROGRAMS, PROVINCES } from '../../../../src/domain/vocabulary.ts';
import { CountsTable } from '../../components/charts/CountsTable.tsx';
import { DistributionChart } from '../../components/charts/DistributionChart.tsx';
import { instantText, numberText } from '../../components/charts/geometry.ts';
import { ProblemNotice } from '../../components/Problems.tsx';
import { useTitle } from '../../hooks.ts';
import { useWords } from '../../i18n.ts';
import { CATEGORY_CODES, roundsApi } from '../../lib/api-rounds.ts';
import { useLoad } from '../rounds/load.ts';
import { StaffGate } from './staff.tsx';

const PROFILE_STATUSES = ['draft', 'submitted', 'ineligible', 'invited', 'applied', 'ita_expired', 'withdrawn', 'expired'];
const RANKED_PAGE_SIZE = 25;

export default function Pool() {
  const { t } = useWords();
  useTitle(t('web.officer.pool.title'), t('web.site.name'));
  return <StaffGate title={t('web.officer.pool.title')}>{() => <PoolStats />}</StaffGate>;
}

function PoolStats() {
  const { t, lang } = useWords();
  const stats = useLoad(`pool-stats-${lang}`, (signal) => roundsApi.poolStats({ lang, signal }));
  if (!stats.data) return stats.error ? <ProblemNotice error={stats.error} /> : <p role="status">{t('web.loading')}</p>;
  const s = stats.data;
  return (
    <>
      <GcdsText>{t('web.officer.pool.intro')}</GcdsText>
      <p className="big-number" data-testid="pool-size">
        {t('web.officer.pool.in_pool', { count: s.inPool, shown: numberText(s.inPool, lang) })}
      </p>

      <GcdsHeading tag="h2">{t('web.officer.pool.distribution')}</GcdsHeading>
      <DistributionChart title={t('web.officer.pool.distribution_title')} distribution={s.byCrsBand} countLabel={t('web.chart.candidates')} testId="pool-chart" />

      <GcdsHeading tag="h2">{t('web.officer.pool.counts')}</GcdsHeading>
      <div className="counts-grid">
        <CountsTable
          caption={t('web.officer.pool.by_program')}
          heading={t('web.officer.program')}
          counts={s.byProgram}
          order={PROGRAMS}
          total={s.inPool}
          word={(code) => t(`round.program.${code}`)}
          testId="pool-by-program"
        />
        <CountsTable
          caption={t('web.officer.pool.by_category')}
          heading={t('web.officer.category')}
          counts={s.byCategory}
          order={CATEGORY_CODES.filter((c) => c in s.byCategory)}
          total={s.inPool}
          word={(code) => t('round.category', { category: code })}
          testId="pool-by-category"
        />
        <CountsTable
          caption={t('web.officer.pool.by_province')}
          heading={t('web.officer.province')}
          counts={s.byProvince}
          order={PROVINCES}
          total={s.inPool}
          word={(code) => t(`province.${code}`)}
          testId="pool-by-province"
        />
        <CountsTable
          caption={t('web.officer.pool.by_status')}
          heading={t('web.officer.status')}
          counts={s.byStatus}
          order={PROFILE_STATUSES}
          word={(code) => t(`profile.status.${code}`)}
          testId="pool-by-status"
        />
      </div>

      <RankedPool />
    </>
  );
}

/** The pool ranked as a round ranks it, a page at a time (the API's cursor; the cursors seen so far give "previous"). */
function RankedPool() {
  const { t, lang } = useWords();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1]!;
  const page = useLoad(`pool-page-${after ?? ''}-${lang}`, (signal) => roundsApi.pool(RANKED_PAGE_SIZE, after, { lang, signal }));
  const first = (cursors.length - 1) * RANKED_PAGE_SIZE;
  return (
    <section aria-labelledby="ranked-heading">
      <h2 id="ranked-heading">{t('web.officer.pool.ranked')}</h2>
      <GcdsText size="small">{t('web.officer.pool.ranked_intro')}</GcdsText>
      <ProblemNotice error={page.error} />
      {!page.data ? (
        page.loading ? <p role="status">{t('web.loading')}</p> : null
      ) : page.data.profiles.length === 0 ? (
        <GcdsText>{t('web.officer.pool.ranked_none')}</GcdsText>
      ) : (
        <>
          <table className="data-table" data-testid="ranked-pool" aria-labelledby="ranked-heading">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('web.officer.invited.rank')}
                </th>
                <th scope="col">{t('web.officer.invited.profile')}</th>
                <th scope="col" className="num">
                  {t('web.officer.invited.score')}
                </th>
                <th scope="col">{t('web.officer.invited.submitted_at')}</th>
                <th scope="col">{t('web.officer.pool.programs')}</th>
                <th scope="col">{t('web.officer.province')}</th>
                <th scope="col">{t('web.officer.pool.expires')}</th>
              </tr>
            </thead>
            <tbody>
              {page.data.profiles.map((p, i) => (
                <tr key={p.id}>
                  <td className="num">{first + i + 1}</td>
                  <th scope="row">{p.number}</th>
                  <td className="num">{p.scoreTotal}</td>
                  <td>{instantText(p.submittedAt)}</td>
                  <td>{p.eligiblePrograms.map((program) => t('web.officer.program_short', { program })).join(', ') || '—'}</td>
                  <td>{p.intendedProvince ? t(`province.${p.intendedProvince}`) : '—'}</td>
                  <td>{p.expiresAt.slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="pager" aria-label={t('web.pager.label')}>
            <GcdsButton type="button" buttonRole="secondary" size="small" disabled={cursors.length <= 1} onGcdsClick={() => setCursors((c) => c.slice(0, -1))}>
              {t('web.pager.previous')}
            </GcdsButton>
            <span role="status" data-testid="ranked-page">
              {t('web.officer.pool.ranked_rows', { from: numberText(first + 1, lang), to: numberText(first + page.data.profiles.length, lang) })}
            </span>
            <GcdsButton
              type="button"
              buttonRole="secondary"
              size="small"
              disabled={!page.data.next}
              onGcdsClick={() => {
                const next = page.data?.next;
                if (next) setCursors((c) => [...c, next]);
              }}
            >
              {t('web.pager.next')}
            </GcdsButton>
          </nav>
        </>
      )}
    </section>
  );
}
