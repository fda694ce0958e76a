// A CRS score, its blocks and its explanation line by line (factor words from `crs.factor.*`, inputs from `value.*`).
import { GcdsHeading, GcdsLink, GcdsText } from '@gcds-core/components-react';
import { CRS_BLOCKS, type CrsScore } from '../lib/api.ts';
import { factorText, inputText } from '../lib/words.ts';
import { pathFor } from '../lib/routes.ts';
import { useWords } from '../i18n.ts';

export function ScoreExplanation({ score }: { score: CrsScore }) {
  const { t, has, lang } = useWords();
  const rules = pathFor(lang, 'rules');
  return (
    <>
      <table className="data-table" data-testid="crs-blocks">
        <caption>{t('web.calc.blocks')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('web.calc.block')}</th>
            <th scope="col" className="num">
              {t('web.calc.points')}
            </th>
          </tr>
        </thead>
        <tbody>
          {CRS_BLOCKS.map((block) => (
            <tr key={block}>
              <th scope="row">{t(`crs.block.${block}`)}</th>
              <td className="num">{score[block]}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('common.total')}</th>
            <td className="num">{score.total}</td>
          </tr>
        </tfoot>
      </table>

      <GcdsHeading tag="h3">{t('web.calc.explanation')}</GcdsHeading>
      <table className="data-table" data-testid="crs-lines">
        <caption className="sr-only">{t('web.calc.explanation')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('web.calc.factor')}</th>
            <th scope="col">{t('web.calc.input')}</th>
            <th scope="col" className="num">
              {t('web.calc.points')}
            </th>
          </tr>
        </thead>
        {CRS_BLOCKS.map((block) => {
          const lines = score.lines.filter((l) => l.block === block);
          if (lines.length === 0) return null;
          return (
            <tbody key={block}>
              <tr className="block-row">
                <th scope="colgroup" colSpan={2}>
                  {t(`crs.block.${block}`)}
                </th>
                <td className="num">{score[block]}</td>
              </tr>
              {lines.map((line, i) => (
                <tr key={`${line.factor}-${i}`} data-factor={line.factor}>
                  <th scope="row">
                    {factorText(t, has, line)}
                    <div className="line-rule">
                      <GcdsLink size="small" href={`${rules}?asOf=${score.asOf}#${line.parameter}`}>
                        {line.parameter}
                      </GcdsLink>
                    </div>
                  </th>
                  <td>{inputText(t, has, line.input)}</td>
                  <td className="num">{line.points}</td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
      {score.findings.length > 0 ? (
        <ul className="findings">
          {score.findings.map((f, i) => (
            <li key={`${f.code}-${i}`}>
              <GcdsText>{t(`finding.${f.code}`, f.params)}</GcdsText>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
