// NOC finder: a search box (debounced, stale requests aborted) → unit groups with code, TEER and title in the
// page's language. The query is kept in the address (?q=) so a search can be shared and survives the FR/EN toggle.
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { GcdsHeading, GcdsInput, GcdsText } from '@gcds-core/components-react';
import { ProblemNotice } from '../components/Problems.tsx';
import { useWords } from '../i18n.ts';
import { useTitle } from '../hooks.ts';
import { api, isAbort, type NocHit } from '../lib/api.ts';

const SEARCH_DEBOUNCE_MS = 200;
const LIMIT = 25;

export default function NocFinder() {
  const { t, lang } = useWords();
  useTitle(t('web.noc.title'), t('web.site.name'));
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [hits, setHits] = useState<NocHit[] | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const query = text.trim();

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setParams(query ? { q: query } : {}, { replace: true });
      if (!query) {
        setHits(null);
        return;
      }
      api
        .noc(query, LIMIT, { lang, signal: controller.signal })
        .then((h) => {
          setHits(h);
          setProblem(null);
        })
        .catch((error: unknown) => {
          if (!isAbort(error)) setProblem(error);
        });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // Not on setParams: its identity changes with the search params it writes, which would loop.
  }, [query, lang]);

  const title = (h: NocHit) => (lang === 'fr' ? h.titleFr : h.titleEn);
  const why = (h: NocHit) =>
    h.match === 'example_title' ? t('noc.match.example_title', { example: h.matchedExample ?? '' }) : t(`noc.match.${h.match}`, { query });

  return (
    <>
      <GcdsHeading tag="h1">{t('web.noc.title')}</GcdsHeading>
      <GcdsText>{t('web.noc.intro')}</GcdsText>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <GcdsInput
          inputId="noc-query"
          name="q"
          type="search"
          label={t('web.noc.search')}
          value={text}
          autocomplete="off"
          validateOn="other"
          onGcdsInput={(e) => setText(String(e.detail ?? ''))}
        />
      </form>
      <ProblemNotice error={problem} />
      <div role="status" aria-live="polite" data-testid="noc-count">
        {hits ? <GcdsText>{t('web.noc.results', { count: hits.length })}</GcdsText> : null}
      </div>
      {hits && hits.length > 0 ? (
        <table className="data-table" data-testid="noc-results">
          <caption className="sr-only">{t('web.noc.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('web.noc.code')}</th>
              <th scope="col">{t('web.noc.teer')}</th>
              <th scope="col">{t('web.noc.title_col')}</th>
              <th scope="col">{t('web.noc.why')}</th>
            </tr>
          </thead>
          <tbody>
            {hits.map((h) => (
              <tr key={h.code} data-code={h.code}>
                <td>{h.code}</td>
                <td>{h.teer}</td>
                <th scope="row">{title(h)}</th>
                <td>{why(h)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <GcdsText size="small">{t('web.noc.source')}</GcdsText>
    </>
  );
}
