// What a round report says, as a description list, then the pool distribution as a chart with its table.
import { GcdsHeading, GcdsLink } from '@gcds-core/components-react';
import { DistributionChart } from '../../components/charts/DistributionChart.tsx';
import { instantText, numberText } from '../../components/charts/geometry.ts';
import { useWords } from '../../i18n.ts';
import { pathFor } from '../../lib/routes.ts';
import type { ShownRound } from './shown.ts';

/** The kind of round in words: its type, and the program or the category (with IRCC's version name). */
export function useRoundKind(): (r: { type: ShownRound['type']; program?: ShownRound['program'] | undefined; category?: string | null | undefined; categoryVersion?: string | null | undefined }) => string {
  const { t } = useWords();
  return (r) => {
    const type = r.type ? t(`round.type.${r.type}`) : t('web.rounds.type_unknown');
    if (r.type === 'program' && r.program) return `${type} — ${t(`round.program.${r.program}`)}`;
    if (r.type === 'category' && r.category) return `${type} — ${t('round.category', { category: r.category })}${r.categoryVersion ? ` (${r.categoryVersion})` : ''}`;
    return type;
  };
}

export function RoundDetails({ round }: { round: ShownRound }) {
  const { t, lang } = useWords();
  const kind = useRoundKind();
  const rows: [string, React.ReactNode][] = [
    [t('web.rounds.number'), round.label],
    [t('web.rounds.date'), round.date],
    [t('web.rounds.instant'), instantText(round.instant)],
    [t('web.rounds.name'), round.name],
    [t('web.rounds.kind'), kind(round)],
    [t('web.rounds.programs'), round.eligiblePrograms.map((p) => t(`round.program.${p}`)).join(', ') || '—'],
    [t('web.rounds.size'), numberText(round.size, lang)],
    [t('web.rounds.cutoff'), numberText(round.cutoff, lang)],
    [t('web.rounds.tie_break'), round.tieBreak ? instantText(round.tieBreak) : t('web.rounds.no_tie_break')],
  ];
  if (round.rulesVersion) {
    rows.push([
      t('web.rounds.rules_version'),
      <GcdsLink href={`${pathFor(lang, 'rules')}?asOf=${round.date}`}>{t('web.rounds.rules_version_link', { version: round.rulesVersion })}</GcdsLink>,
    ]);
  }
  rows.push([t('web.rounds.distribution_as_of'), round.distributionAsOf]);
  return (
    <>
      <dl className="round-facts" data-testid="round-facts">
        {rows.map(([term, value]) => (
          <div key={term} className="round-fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {round.notes.length > 0 ? (
        <>
          <GcdsHeading tag="h2">{t('web.rounds.notes')}</GcdsHeading>
          <ul>
            {round.notes.map((n) => (
              <li key={n}>{t(`ircc.note.${n}`)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <GcdsHeading tag="h2">{t('web.rounds.distribution')}</GcdsHeading>
      <DistributionChart
        title={t('web.rounds.distribution_title', { label: round.label, asOf: round.distributionAsOf })}
        distribution={round.distribution}
        countLabel={t('web.chart.candidates')}
        asOf={round.distributionAsOf}
        testId="distribution-chart"
      />
    </>
  );
}
