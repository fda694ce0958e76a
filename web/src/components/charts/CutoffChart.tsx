// Cut-off scores over time, two series: our published rounds (squares, dashed line) and IRCC's history (circles,
// solid line). Colours differ and so do the marks and lines, so the series are told apart without colour too.
// The table lists every round of both series, newest first.
import type { ReactNode } from 'react';
import { dayNumber, linear, niceTicks, numberText, seriesSummary, yearTicks, type CutoffPoint } from './geometry.ts';
import { ChartFigure } from './Figure.tsx';
import { useWords } from '../../i18n.ts';

export interface CutoffSeriesPoint extends CutoffPoint {
  /** The round's number as shown (IRCC's `91a`). */
  label: string;
  name: string;
}

const WIDTH = 720;
const HEIGHT = 320;
const LEFT = 48;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 30;

function path(points: readonly { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join('');
}

export function CutoffChart(props: { title: string; ours: readonly CutoffSeriesPoint[]; ircc: readonly CutoffSeriesPoint[]; testId?: string }) {
  const { t, lang } = useWords();
  const all = [...props.ours, ...props.ircc];
  const oursSummary = seriesSummary(props.ours);
  const irccSummary = seriesSummary(props.ircc);
  const describe = (name: string, s: ReturnType<typeof seriesSummary>) =>
    s
      ? t('web.chart.cutoffs.series', { name, count: s.count, first: s.first, last: s.last, min: s.min, max: s.max, latest: s.latest })
      : t('web.chart.cutoffs.series_empty', { name });
  const oursName = t('web.rounds.ours');
  const irccName = t('web.rounds.ircc');
  const summary = `${describe(oursName, oursSummary)} ${describe(irccName, irccSummary)}`;

  const rows = [...props.ours.map((p) => ({ ...p, source: oursName })), ...props.ircc.map((p) => ({ ...p, source: irccName }))].sort((a, b) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : 0,
  );
  const table = (
    <table className="data-table">
      <caption className="sr-only">{props.title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('web.rounds.date')}</th>
          <th scope="col">{t('web.rounds.source')}</th>
          <th scope="col">{t('web.rounds.number')}</th>
          <th scope="col">{t('web.rounds.name')}</th>
          <th scope="col" className="num">
            {t('web.rounds.cutoff')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.source}-${r.label}`}>
            <td>{r.date}</td>
            <td>{r.source}</td>
            <th scope="row">{r.label}</th>
            <td>{r.name}</td>
            <td className="num">{numberText(r.cutoff, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  let picture: ReactNode = null;
  if (all.length > 0) {
    const days = all.map((p) => dayNumber(p.date));
    const d0 = Math.min(...days);
    const d1 = Math.max(...days);
    const yTicks = niceTicks(Math.min(...all.map((p) => p.cutoff)), Math.max(...all.map((p) => p.cutoff)), 6);
    const x = linear(d0, d1 === d0 ? d0 + 1 : d1, LEFT, WIDTH - RIGHT);
    const y = linear(yTicks[0]!, yTicks[yTicks.length - 1]!, HEIGHT - BOTTOM, TOP);
    const place = (series: readonly CutoffSeriesPoint[]) =>
      [...series].sort((a, b) => (a.date < b.date ? -1 : 1)).map((p) => ({ x: x(dayNumber(p.date)), y: y(p.cutoff) }));
    const irccPoints = place(props.ircc);
    const ourPoints = place(props.ours);
    const years = yearTicks(d0, d1);
    const step = Math.max(1, Math.ceil(years.length / 12));
    picture = (
      <>
        {yTicks.map((v) => (
          <g key={`y${v}`}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(v)} y2={y(v)} className="chart-grid" />
            <text x={LEFT - 6} y={y(v)} className="chart-label" textAnchor="end" dominantBaseline="central">
              {v}
            </text>
          </g>
        ))}
        {years
          .filter((_, i) => i % step === 0)
          .map((yr) => (
            <g key={`x${yr.year}`}>
              <line x1={x(yr.day)} x2={x(yr.day)} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM + 5} className="chart-axis" />
              <text x={x(yr.day)} y={HEIGHT - BOTTOM + 18} className="chart-label" textAnchor="middle">
                {yr.year}
              </text>
            </g>
          ))}
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} className="chart-axis" />
        <line x1={LEFT} x2={LEFT} y1={TOP} y2={HEIGHT - BOTTOM} className="chart-axis" />
        {irccPoints.length > 0 ? <path d={path(irccPoints)} className="chart-line series-ircc" /> : null}
        {irccPoints.map((p, i) => (
          <circle key={`i${i}`} cx={p.x} cy={p.y} r={2} className="chart-mark series-ircc" />
        ))}
        {ourPoints.length > 1 ? <path d={path(ourPoints)} className="chart-line series-ours" /> : null}
        {ourPoints.map((p, i) => (
          <rect key={`o${i}`} x={p.x - 4} y={p.y - 4} width={8} height={8} className="chart-mark series-ours" />
        ))}
      </>
    );
  }

  const legend = (
    <ul className="chart-legend">
      <li>
        <svg width="28" height="12" aria-hidden="true" focusable="false">
          <line x1="0" x2="28" y1="6" y2="6" className="chart-line series-ours" />
          <rect x="10" y="2" width="8" height="8" className="chart-mark series-ours" />
        </svg>{' '}
        {oursName}
      </li>
      <li>
        <svg width="28" height="12" aria-hidden="true" focusable="false">
          <line x1="0" x2="28" y1="6" y2="6" className="chart-line series-ircc" />
          <circle cx="14" cy="6" r="3" className="chart-mark series-ircc" />
        </svg>{' '}
        {irccName}
      </li>
    </ul>
  );

  return (
    <ChartFigure title={props.title} summary={summary} width={WIDTH} height={HEIGHT} table={table} legend={legend} {...(props.testId ? { testId: props.testId } : {})}>
      {picture}
    </ChartFigure>
  );
}
