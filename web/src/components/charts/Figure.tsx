// The frame of every chart: a caption, a text summary, the picture (SVG, named by the caption and described by the
// summary; its inner shapes are hidden from screen readers) and the same numbers as a data table behind a disclosure.
import { useId, type ReactNode } from 'react';
import { useWords } from '../../i18n.ts';
import './charts.css';

export function ChartFigure(props: {
  title: string;
  summary: string;
  /** The SVG's inner shapes; `width` × `height` is its viewBox. */
  children: ReactNode;
  width: number;
  height: number;
  /** The data table alternative (a <table>, captioned by the figure's title). */
  table: ReactNode;
  /** An HTML legend above the picture (series names with their marks). */
  legend?: ReactNode;
  testId?: string;
}) {
  const { t } = useWords();
  const id = useId();
  const captionId = `${id}-caption`;
  const summaryId = `${id}-summary`;
  return (
    <figure className="chart" data-testid={props.testId} aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart-title">
        {props.title}
      </figcaption>
      <p id={summaryId} className="chart-summary">
        {props.summary}
      </p>
      {props.legend}
      <svg
        className="chart-svg"
        role="img"
        aria-labelledby={captionId}
        aria-describedby={summaryId}
        viewBox={`0 0 ${props.width} ${props.height}`}
        preserveAspectRatio="xMinYMin meet"
        focusable="false"
      >
        {props.children}
      </svg>
      <details className="chart-data">
        <summary>{t('web.chart.table', { title: props.title })}</summary>
        {props.table}
      </details>
    </figure>
  );
}
