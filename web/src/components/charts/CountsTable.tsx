// Counts by a code (program, category, province, status) as a table: the code worded, the count, its share of the total.
import { numberText } from './geometry.ts';
import { useWords } from '../../i18n.ts';

export function CountsTable(props: {
  caption: string;
  heading: string;
  counts: Readonly<Record<string, number | undefined>>;
  /** The code in words. */
  word: (code: string) => string;
  /** Codes to show even at 0, in this order (others follow, largest first). */
  order?: readonly string[];
  /** The total the shares are of (default: the sum of the counts). */
  total?: number;
  testId?: string;
}) {
  const { t, lang } = useWords();
  const known = props.order ?? [];
  const extra = Object.keys(props.counts)
    .filter((k) => !known.includes(k))
    .sort((a, b) => (props.counts[b] ?? 0) - (props.counts[a] ?? 0));
  const codes = [...known, ...extra];
  const total = props.total ?? codes.reduce((sum, k) => sum + (props.counts[k] ?? 0), 0);
  return (
    <table className="data-table counts-table" data-testid={props.testId}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.heading}</th>
          <th scope="col" className="num">
            {t('web.chart.count')}
          </th>
          <th scope="col" className="num">
            {t('web.chart.share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {codes.map((code) => {
          const n = props.counts[code] ?? 0;
          return (
            <tr key={code} data-code={code}>
              <th scope="row">{props.word(code)}</th>
              <td className="num">{numberText(n, lang)}</td>
              <td className="num">{total > 0 ? `${numberText(Math.round((n / total) * 1000) / 10, lang)} %` : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
