// A CRS distribution in IRCC's bands as horizontal bars (highest band on top), with its summary and its table (every
// band of IRCC's feed, the 10-point sub-bands indented, and the total).
import { bandText, disjointBands, distributionTotal, isSubBand, largestBand, linear, numberText, type Band } from './geometry.ts';
import { ChartFigure } from './Figure.tsx';
import { useWords } from '../../i18n.ts';

const WIDTH = 640;
const ROW = 24;
const LABEL = 86;
const VALUE = 70;
const TOP = 6;

export function DistributionChart(props: { title: string; distribution: readonly Band[]; countLabel: string; testId?: string; asOf?: string }) {
  const { t, lang } = useWords();
  const bars = disjointBands(props.distribution);
  const total = distributionTotal(props.distribution);
  const largest = largestBand(props.distribution);
  const max = Math.max(1, ...bars.map((b) => b.count));
  const x = linear(0, max, 0, WIDTH - LABEL - VALUE);
  const height = TOP * 2 + bars.length * ROW;
  const summary =
    total === 0 || !largest
      ? t('web.chart.distribution.empty')
      : t('web.chart.distribution.summary', {
          total: numberText(total, lang),
          band: bandText(largest),
          count: numberText(largest.count, lang),
          share: Math.round((largest.count / total) * 100),
          asOf: props.asOf ?? '',
          dated: props.asOf ? 'yes' : 'no',
        });
  const table = (
    <table className="data-table">
      <caption className="sr-only">{props.title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('web.chart.band')}</th>
          <th scope="col" className="num">
            {props.countLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.distribution.map((b) => (
          <tr key={b.band} data-band={b.band} className={isSubBand(b) ? 'sub-band' : b.band === 'total' ? 'total-row' : undefined}>
            <th scope="row">{b.band === 'total' ? t('round.band.total') : bandText(b)}</th>
            <td className="num">{numberText(b.count, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFigure title={props.title} summary={summary} width={WIDTH} height={height} table={table} {...(props.testId ? { testId: props.testId } : {})}>
      {bars.map((b, i) => {
        const y = TOP + i * ROW;
        const w = b.count > 0 ? Math.max(1, x(b.count)) : 0;
        return (
          <g key={b.band} data-band={b.band}>
            <text x={LABEL - 8} y={y + ROW / 2} className="chart-label" textAnchor="end" dominantBaseline="central">
              {bandText(b)}
            </text>
            <rect x={LABEL} y={y + 3} width={w} height={ROW - 6} className="chart-bar" />
            <text x={LABEL + w + 6} y={y + ROW / 2} className="chart-value" dominantBaseline="central">
              {numberText(b.count, lang)}
            </text>
          </g>
        );
      })}
      <line x1={LABEL} x2={LABEL} y1={TOP} y2={height - TOP} className="chart-axis" />
    </ChartFigure>
  );
}
