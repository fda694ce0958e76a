// CRS calculator: the factors form, recomputed LIVE by the API on every change (debounced while typing, stale
// requests aborted), the last good result always on screen, explained line by line.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { GcdsFieldset, GcdsGrid, GcdsHeading, GcdsText } from '@gcds-core/components-react';
import {
  ABILITIES,
  ARRANGED_EMPLOYMENT_KINDS,
  CANADIAN_EDUCATION_LEVELS,
  EDUCATION_LEVELS,
  MARITAL_STATUSES,
  OFFICIAL_LANGUAGES,
  type Ability,
} from '../../../src/domain/vocabulary.ts';
import { CheckboxField, SelectField, TextField, YesNoField } from '../components/Fields.tsx';
import { ErrorSummary, ProblemNotice, useRefusal } from '../components/Problems.tsx';
import { ScoreExplanation } from '../components/ScoreExplanation.tsx';
import { useWords } from '../i18n.ts';
import { useSessionState, useTitle } from '../hooks.ts';
import { api, isAbort, type CrsScore } from '../lib/api.ts';
import { calculatorFactors, hasPartner, initialCalculator, isoDay, spouseScored, type CalculatorState, type Levels } from '../lib/forms.ts';

/** Wait this long after the last keystroke in a text field; choices (selects, radios, checkboxes) go at once. */
const TYPING_DEBOUNCE_MS = 150;
const LEVELS = Array.from({ length: 13 }, (_, i) => String(i));

export default function Calculator() {
  const { t, lang } = useWords();
  useTitle(t('web.calc.title'), t('web.site.name'));
  const [state, setState] = useSessionState<CalculatorState>('ee.calculator', () => initialCalculator(isoDay(new Date())));
  const [result, setResult] = useState<CrsScore | null>(null);
  const refusal = useRefusal();
  const { errors, problem } = refusal;
  const [elapsed, setElapsed] = useState<{ total: number; render: number } | null>(null);
  const delay = useRef(0);
  const changedAt = useRef(0);
  const pending = useRef<{ changedAt: number; answeredAt: number } | null>(null);

  const body = useMemo(() => calculatorFactors(state), [state]);
  const request = JSON.stringify([body, state.asOf]);

  /** Every change goes through here: `typing` debounces, anything else recomputes at once. */
  const set = (patch: Partial<CalculatorState>, typing = false) => {
    delay.current = typing ? TYPING_DEBOUNCE_MS : 0;
    changedAt.current = performance.now();
    setState((s) => ({ ...s, ...patch }));
  };
  const setLevels = (key: 'first' | 'second' | 'spouseLanguage', ability: Ability, value: string) =>
    setState((s) => {
      delay.current = 0;
      changedAt.current = performance.now();
      return { ...s, [key]: { ...s[key], [ability]: value } };
    });

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const sentAt = changedAt.current || performance.now();
      api
        .score(body, state.asOf.trim() === '' ? undefined : state.asOf.trim(), { lang, signal: controller.signal })
        .then((score) => {
          pending.current = { changedAt: sentAt, answeredAt: performance.now() };
          setResult(score);
          refusal.clear();
        })
        .catch((error: unknown) => {
          if (isAbort(error)) return;
          refusal.show(error, { focus: false }); // recomputed while one types: the focus stays in the field
        });
    }, delay.current);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // One request per distinct input (`request` sums up body and asOf), and per language (the words of the errors).
  }, [request, lang]);

  // Time from the change to the new result committed to the page, and the share of it spent rendering (after the
  // answer arrived): the rendering is what must fit in one frame; the rest is the HTTP round trip.
  useLayoutEffect(() => {
    const timing = pending.current;
    if (!result || !timing) return;
    pending.current = null;
    const now = performance.now();
    setElapsed({ total: Math.round(now - timing.changedAt), render: Math.round((now - timing.answeredAt) * 10) / 10 });
  }, [result]);

  const levelOptions = LEVELS.map((l) => ({ value: l, label: t('web.clb', { level: l }) }));
  const levelFields = (key: 'first' | 'second' | 'spouseLanguage', prefix: string, levels: Levels) => (
    <GcdsGrid columns="1fr" columnsTablet="1fr 1fr" gap="300">
      {ABILITIES.map((a) => (
        <SelectField
          key={a}
          path={`${prefix}.${a}`}
          errors={errors}
          label={t('web.calc.level', { ability: t(`language.ability.${a}`) })}
          value={levels[a]}
          options={levelOptions}
          onChange={(v) => setLevels(key, a, v)}
        />
      ))}
    </GcdsGrid>
  );

  const partner = hasPartner(state);
  const scored = spouseScored(state);
  const labels = (path: string) => LABELS[path.split(/[.[]/)[0] ?? ''] ? t(LABELS[path.split(/[.[]/)[0] ?? '']!) : path;

  return (
    <>
      <GcdsHeading tag="h1">{t('web.calc.title')}</GcdsHeading>
      <GcdsText>{t('web.calc.intro')}</GcdsText>
      <div className="calc-layout">
        <form className="calc-form" noValidate onSubmit={(e) => e.preventDefault()} aria-label={t('web.calc.title')}>
          <ErrorSummary errors={errors} labels={labels} />
          <TextField
            path="asOf"
            errors={errors}
            label={t('web.as_of')}
            hint={t('web.as_of.hint')}
            value={state.asOf}
            size={10}
            onChange={(v) => set({ asOf: v }, true)}
          />

          <GcdsFieldset legend={t('web.calc.section.you')} legendSize="h2">
            <TextField path="age" errors={errors} label={t('web.calc.age')} inputmode="numeric" size={3} value={state.age} onChange={(v) => set({ age: v }, true)} />
            <SelectField
              path="maritalStatus"
              errors={errors}
              label={t('web.calc.marital')}
              value={state.maritalStatus}
              options={MARITAL_STATUSES.map((m) => ({ value: m, label: t(`value.${m}`) }))}
              onChange={(v) => set({ maritalStatus: v })}
            />
            {partner ? (
              <>
                <YesNoField
                  path="spouseCanadianCitizenOrPR"
                  errors={errors}
                  legend={t('web.calc.spouse_pr')}
                  value={state.spouseCanadianCitizenOrPR}
                  onChange={(v) => set({ spouseCanadianCitizenOrPR: v })}
                />
                <YesNoField
                  path="spouseAccompanying"
                  errors={errors}
                  legend={t('web.calc.spouse_accompanying')}
                  value={state.spouseAccompanying}
                  onChange={(v) => set({ spouseAccompanying: v })}
                />
                <GcdsText size="small">{t(scored ? 'web.calc.spouse_scored' : 'web.calc.spouse_not_scored')}</GcdsText>
              </>
            ) : null}
            <SelectField
              path="education"
              errors={errors}
              label={t('web.calc.education')}
              value={state.education}
              options={EDUCATION_LEVELS.map((e) => ({ value: e, label: t(`value.${e}`) }))}
              onChange={(v) => set({ education: v })}
            />
            <SelectField
              path="canadianEducation"
              errors={errors}
              label={t('web.calc.canadian_education')}
              value={state.canadianEducation}
              options={CANADIAN_EDUCATION_LEVELS.map((e) => ({ value: e, label: t(`value.${e}`) }))}
              onChange={(v) => set({ canadianEducation: v })}
            />
          </GcdsFieldset>

          <GcdsFieldset legend={t('web.calc.section.language')} legendSize="h2">
            <SelectField
              path="firstLanguage.language"
              errors={errors}
              label={t('web.calc.first_language')}
              hint={t('web.calc.first_language.hint')}
              value={state.firstLanguage}
              options={OFFICIAL_LANGUAGES.map((l) => ({ value: l, label: t(`value.${l}`) }))}
              onChange={(v) => set({ firstLanguage: v })}
            />
            {levelFields('first', 'firstLanguage', state.first)}
            <CheckboxField path="secondLanguage" errors={errors} label={t('web.calc.second_language')} checked={state.hasSecond} onChange={(v) => set({ hasSecond: v })} />
            {state.hasSecond ? (
              <GcdsFieldset legend={t('web.calc.second_language.legend')} legendSize="h3">
                {levelFields('second', 'secondLanguage', state.second)}
              </GcdsFieldset>
            ) : null}
          </GcdsFieldset>

          <GcdsFieldset legend={t('web.calc.section.work')} legendSize="h2" hint={t('web.calc.work.hint')}>
            <TextField
              path="canadianWorkYears"
              errors={errors}
              label={t('web.calc.canadian_work')}
              inputmode="numeric"
              size={3}
              value={state.canadianWorkYears}
              onChange={(v) => set({ canadianWorkYears: v }, true)}
            />
            <TextField
              path="foreignWorkYears"
              errors={errors}
              label={t('web.calc.foreign_work')}
              inputmode="numeric"
              size={3}
              value={state.foreignWorkYears}
              onChange={(v) => set({ foreignWorkYears: v }, true)}
            />
          </GcdsFieldset>

          <GcdsFieldset legend={t('web.calc.section.additional')} legendSize="h2">
            <SelectField
              path="arrangedEmployment"
              errors={errors}
              label={t('web.calc.arranged')}
              value={state.arrangedEmployment}
              options={ARRANGED_EMPLOYMENT_KINDS.map((k) => ({ value: k, label: t(`value.${k}`) }))}
              onChange={(v) => set({ arrangedEmployment: v })}
            />
            <CheckboxField
              path="provincialNomination"
              errors={errors}
              label={t('web.calc.nomination')}
              checked={state.provincialNomination}
              onChange={(v) => set({ provincialNomination: v })}
            />
            <CheckboxField
              path="certificateOfQualification"
              errors={errors}
              label={t('web.calc.certificate')}
              checked={state.certificateOfQualification}
              onChange={(v) => set({ certificateOfQualification: v })}
            />
            <CheckboxField path="siblingInCanada" errors={errors} label={t('web.calc.sibling')} checked={state.siblingInCanada} onChange={(v) => set({ siblingInCanada: v })} />
          </GcdsFieldset>

          {scored ? (
            <GcdsFieldset legend={t('web.calc.section.spouse')} legendSize="h2">
              <SelectField
                path="spouseEducation"
                errors={errors}
                label={t('web.calc.spouse_education')}
                value={state.spouseEducation}
                options={EDUCATION_LEVELS.map((e) => ({ value: e, label: t(`value.${e}`) }))}
                onChange={(v) => set({ spouseEducation: v })}
              />
              <CheckboxField
                path="spouseLanguage"
                errors={errors}
                label={t('web.calc.spouse_language')}
                checked={state.hasSpouseLanguage}
                onChange={(v) => set({ hasSpouseLanguage: v })}
              />
              {state.hasSpouseLanguage ? (
                <GcdsFieldset legend={t('web.calc.spouse_language.legend')} legendSize="h3">
                  {levelFields('spouseLanguage', 'spouseLanguage', state.spouseLanguage)}
                </GcdsFieldset>
              ) : null}
              <TextField
                path="spouseCanadianWorkYears"
                errors={errors}
                label={t('web.calc.spouse_work')}
                inputmode="numeric"
                size={3}
                value={state.spouseCanadianWorkYears}
                onChange={(v) => set({ spouseCanadianWorkYears: v }, true)}
              />
            </GcdsFieldset>
          ) : null}
        </form>

        <section className="calc-result" aria-labelledby="result-heading">
          <GcdsHeading tag="h2" id="result-heading">
            {t('web.calc.result')}
          </GcdsHeading>
          <ProblemNotice error={problem} />
          {result ? (
            <>
              <p className="total" aria-live="polite" aria-atomic="true" data-testid="crs-total" data-total={result.total}>
                {t('web.calc.total', { total: result.total })}
              </p>
              {errors.size > 0 ? (
                <GcdsText className="stale" role="status">
                  {t('web.calc.stale')}
                </GcdsText>
              ) : null}
              <GcdsText size="small">
                {t('web.calc.rules_version', { asOf: result.asOf, version: result.rulesVersion })}
                {elapsed !== null ? (
                  <>
                    {' '}
                    <span data-testid="crs-elapsed" data-ms={elapsed.total} data-render-ms={elapsed.render}>
                      {t('web.calc.timing', { ms: elapsed.total })}
                    </span>
                  </>
                ) : null}
              </GcdsText>
              <ScoreExplanation score={result} />
            </>
          ) : (
            <p role="status">{t('web.loading')}</p>
          )}
        </section>
      </div>
    </>
  );
}

/** The label of each top-level input field, for the error summary. */
const LABELS: Record<string, string> = {
  asOf: 'web.as_of',
  age: 'web.calc.age',
  maritalStatus: 'web.calc.marital',
  spouseCanadianCitizenOrPR: 'web.calc.spouse_pr',
  spouseAccompanying: 'web.calc.spouse_accompanying',
  education: 'web.calc.education',
  canadianEducation: 'web.calc.canadian_education',
  firstLanguage: 'web.calc.first_language',
  secondLanguage: 'web.calc.second_language.legend',
  canadianWorkYears: 'web.calc.canadian_work',
  foreignWorkYears: 'web.calc.foreign_work',
  certificateOfQualification: 'web.calc.certificate',
  provincialNomination: 'web.calc.nomination',
  siblingInCanada: 'web.calc.sibling',
  arrangedEmployment: 'web.calc.arranged',
  spouseEducation: 'web.calc.spouse_education',
  spouseLanguage: 'web.calc.spouse_language.legend',
  spouseCanadianWorkYears: 'web.calc.spouse_work',
};
