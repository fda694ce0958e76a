// Officer: the pool dashboard (GET /api/officer/pool/stats): how many profiles are in the pool, their CRS distribution
// in IRCC's bands, and counts by program, category (when the API gives them), province and status.
import { GcdsHeading, GcdsText } from '@gcds-core/components-react';
import { PROGRAMS, PROVINCES } from '../../../../src/domain/vocabulary.ts';
import { CountsTable } from '../../components/charts/CountsTable.tsx';
import { DistributionChart } from '../../components/charts/DistributionChart.tsx';
import { numberText } from '../../components/charts/geometry.ts';
import { ProblemNotice } from '../../components/Problems.tsx';
import { useTitle } from '../../hooks.ts';
import { useWords } from '../../i18n.ts';
import { CATEGORY_CODES, roundsApi } from '../../lib/api-rounds.ts';
import { useLoad } from '../rounds/load.ts';
import { StaffGate } from './staff.tsx';

const PROFILE_STATUSES = ['draft', 'submitted', 'ineligible', 'invited', 'applied', 'ita_expired', 'withdrawn', 'expired'];

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
        {s.byCategory ? (
          <CountsTable
            caption={t('web.officer.pool.by_category')}
            heading={t('web.officer.category')}
            counts={s.byCategory}
            order={CATEGORY_CODES.filter((c) => c in s.byCategory!)}
            total={s.inPool}
            word={(code) => t('round.category', { category: code })}
            testId="pool-by-category"
          />
        ) : null}
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
      {!s.byCategory ? <GcdsText size="small">{t('web.officer.pool.no_categories')}</GcdsText> : null}
    </>
  );
}
