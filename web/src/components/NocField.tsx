// A NOC 2021 code field with search: typing words or a partial code suggests unit groups (GET /api/noc), and a
// complete code shows its title and TEER in the page's language.
import { useEffect, useState } from 'react';
import { GcdsText } from '@gcds-core/components-react';
import { TextField } from './Fields.tsx';
import { api, isAbort, type NocHit } from '../lib/api.ts';
import { useWords } from '../i18n.ts';

const SEARCH_DEBOUNCE_MS = 200;

export function NocField(props: { path: string; label: string; value: string; onChange: (value: string) => void; errors: ReadonlyMap<string, string> }) {
  const { path, label, value, onChange, errors } = props;
  const { t, lang } = useWords();
  const [hits, setHits] = useState<NocHit[]>([]);
  const query = value.trim();

  useEffect(() => {
    if (query.length < 2) {
      setHits([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api
        .noc(query, 8, { lang, signal: controller.signal })
        .then(setHits)
        .catch((error: unknown) => {
          if (!isAbort(error)) setHits([]);
        });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, lang]);

  const title = (hit: NocHit) => (lang === 'fr' ? hit.titleFr : hit.titleEn);
  const exact = hits.find((h) => h.code === query);
  const suggestions = exact ? [] : hits.map((h) => ({ value: h.code, label: `${h.code} — ${title(h)}` }));

  return (
    <div className="noc-field">
      <TextField path={path} errors={errors} label={label} hint={t('web.elig.noc.hint')} value={value} size={12} onChange={onChange} suggestions={suggestions} />
      {exact ? (
        <GcdsText size="small" data-testid={`${path}-title`}>
          {`${exact.code} — ${title(exact)} (${t('noc.teer', { teer: exact.teer })})`}
        </GcdsText>
      ) : null}
    </div>
  );
}
