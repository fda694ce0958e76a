// The rules page: every parameter in force on a chosen day (GET /api/rules?asOf=), each expandable to its dated
// values with references and open-point markers (GET /api/rules/{id}, fetched when opened).
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { GcdsHeading, GcdsInput, GcdsLink, GcdsText } from '@gcds-core/components-react';
import { ProblemNotice } from '../components/Problems.tsx';
import { useWords } from '../i18n.ts';
import { useTitle } from '../hooks.ts';
import { api, ApiProblem, isAbort, type Reference, type RuleInForce, type RuleList, type RuleParameter } from '../lib/api.ts';
import { isoDay } from '../lib/forms.ts';
import { valueText } from '../lib/words.ts';

const DEBOUNCE_MS = 250;

export default function Rules() {
  const { t, lang } = useWords();
  useTitle(t('web.rules.title'), t('web.site.name'));
  const [params] = useSearchParams();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const [asOf, setAsOf] = useState(params.get('asOf') ?? isoDay(new Date()));
  const [filter, setFilter] = useState('');
  const [list, setList] = useState<RuleList | null>(null);
  const [error, setError] = useState<string>('');
  const [problem, setProblem] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      // Keep the day in the address (shareable, kept by the FR/EN toggle), and the #parameter with it.
      if ((params.get('asOf') ?? '') !== asOf) navigate({ search: asOf ? `?asOf=${encodeURIComponent(asOf)}` : '', hash }, { replace: true, preventScrollReset: true });
      api
        .rules(asOf.trim() || undefined, { lang, signal: controller.signal })
        .then((l) => {
          setList(l);
          setError('');
          setProblem(null);
        })
        .catch((e: unknown) => {
          if (isAbort(e)) return;
          if (e instanceof ApiProblem && e.fieldErrors.length > 0) setError(e.fieldErrors.map((f) => f.message).join(' '));
          else setProblem(e);
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // Not on params/hash/navigate: they change with the address written here, which would loop.
  }, [asOf, lang]);

  // A link to one parameter (#crs.core.age) opens and shows it once the list is there.
  const target = decodeURIComponent(hash.replace(/^#/, ''));
  useEffect(() => {
    if (!list || !target) return;
    document.getElementById(target)?.scrollIntoView();
  }, [list, target]);

  const needle = filter.trim().toLowerCase();
  const rules = (list?.rules ?? []).filter((r) => !needle || r.id.toLowerCase().includes(needle) || r.label[lang].toLowerCase().includes(needle));

  return (
    <>
      <GcdsHeading tag="h1">{t('web.rules.title')}</GcdsHeading>
      <GcdsText>{t('web.rules.intro')}</GcdsText>
      <form onSubmit={(e) => e.preventDefault()} className="rules-controls">
        <GcdsInput
          inputId="rules-as-of"
          name="asOf"
          label={t('web.as_of')}
          hint={t('web.as_of.hint')}
          value={asOf}
          size={10}
          validateOn="other"
          errorMessage={error}
          onGcdsInput={(e) => setAsOf(String(e.detail ?? ''))}
        />
        <GcdsInput
          inputId="rules-filter"
          name="filter"
          type="search"
          label={t('web.rules.filter')}
          value={filter}
          validateOn="other"
          onGcdsInput={(e) => setFilter(String(e.detail ?? ''))}
        />
      </form>
      <ProblemNotice error={problem} />
      {list ? (
        <>
          <GcdsText role="status">{t('web.rules.count', { count: rules.length, asOf: list.asOf, version: list.rulesVersion })}</GcdsText>
          <ul className="rules-list" data-testid="rules-list">
            {rules.map((r) => (
              <RuleItem key={r.id} rule={r} open={r.id === target} />
            ))}
          </ul>
        </>
      ) : (
        <p role="status">{t('web.loading')}</p>
      )}
    </>
  );
}

function References({ references }: { references: readonly Reference[] }) {
  return (
    <ul className="references">
      {references.map((ref, i) => (
        <li key={i}>
          {ref.url ? (
            <GcdsLink href={ref.url} external size="small">
              {ref.title}
            </GcdsLink>
          ) : (
            ref.title
          )}
        </li>
      ))}
    </ul>
  );
}

function RuleItem({ rule, open }: { rule: RuleInForce; open: boolean }) {
  const { t, lang } = useWords();
  const [details, setDetails] = useState<RuleParameter | null>(null);
  const [isOpen, setOpen] = useState(open);

  useEffect(() => {
    if (!isOpen || details) return;
    const controller = new AbortController();
    api
      .rule(rule.id, { lang, signal: controller.signal })
      .then(setDetails)
      .catch(() => undefined);
    return () => controller.abort();
  }, [isOpen, details, rule.id, lang]);

  return (
    <li id={rule.id} className="rule" data-rule={rule.id}>
      <details open={isOpen} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <span className="rule-label">{rule.label[lang]}</span> <code>{rule.id}</code>
          {rule.unsure ? <span className="open-point"> [{t('web.rules.open_point')}]</span> : null}
        </summary>
        <div className="rule-body">
          <GcdsText size="small">{t('web.rules.value_in_force', { from: rule.from })}</GcdsText>
          <pre className="rule-value">{valueText(rule.value, 600)}</pre>
          {rule.unsure ? <GcdsText size="small">{t('common.unsure', { why: rule.unsure })}</GcdsText> : null}
          <h2 className="rule-history">
            {t('web.rules.history')} ({t('web.rules.versions', { count: rule.versions })})
          </h2>
          {details ? (
            <>
              {details.description ? <GcdsText>{details.description[lang]}</GcdsText> : null}
              <ol className="rule-values">
                {details.values.map((v) => (
                  <li key={v.from} data-from={v.from} className={v.from === rule.from ? 'in-force' : undefined}>
                    <strong>{t('common.from', { from: v.from })}</strong>
                    <pre className="rule-value">{valueText(v.value, 600)}</pre>
                    {v.unsure ? (
                      <GcdsText size="small">
                        <span className="open-point">[{t('web.rules.open_point')}]</span> {t('common.unsure', { why: v.unsure })}
                      </GcdsText>
                    ) : null}
                    {v.note ? <GcdsText size="small">{v.note}</GcdsText> : null}
                    <References references={v.references} />
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <p role="status">{t('web.loading')}</p>
          )}
        </div>
      </details>
    </li>
  );
}
