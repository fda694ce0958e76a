// Eligibility questionnaire: a compact profile → POST /api/eligibility and /api/advice. Each program's verdict with
// its reasons worded (`eligibility.<code>`), the FSW grid, findings, and ranked what-if advice.
// The language test's raw scores are converted to CLB/NCLC on the spot by the API (a score call on the test alone).
import { useRef, useState, type FormEvent } from 'react';
import { GcdsButton, GcdsFieldset, GcdsGrid, GcdsHeading, GcdsText } from '@gcds-core/components-react';
import { ABILITIES, CREDENTIAL_LEVELS, LANGUAGE_TESTS, MARITAL_STATUSES, PROGRAMS, PROVINCES } from '../../../src/domain/vocabulary.ts';
import { CheckboxField, SelectField, TextField, YesNoField } from '../components/Fields.tsx';
import { NocField } from '../components/NocField.tsx';
import { LiveClb, useLiveClb } from '../components/LiveClb.tsx';
import { ErrorSummary, ProblemNotice, useRefusal } from '../components/Problems.tsx';
import { ProgramVerdict } from '../components/ProgramVerdict.tsx';
import { useWords } from '../i18n.ts';
import { useSessionState, useTitle } from '../hooks.ts';
import { api, type AdviceAnswer, type EligibilityAnswer, type FswGrid } from '../lib/api.ts';
import { emptyWork, eligibilityProfile, initialEligibility, isoDay, languageProbe, type EligibilityState, type WorkState } from '../lib/forms.ts';
import { uniqueFindings } from '../lib/words.ts';

const GRID_KEYS: readonly (keyof FswGrid)[] = ['language', 'education', 'experience', 'age', 'arrangedEmployment', 'adaptability'];

export default function Eligibility() {
  const { t, lang } = useWords();
  useTitle(t('web.elig.title'), t('web.site.name'));
  const [state, setState] = useSessionState<EligibilityState>('ee.eligibility', () => initialEligibility(isoDay(new Date())));
  const refusal = useRefusal();
  const { errors, problem } = refusal;
  const [answer, setAnswer] = useState<{ eligibility: EligibilityAnswer; advice: AdviceAnswer | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const results = useRef<HTMLElement>(null);

  const set = (patch: Partial<EligibilityState>) => setState((s) => ({ ...s, ...patch }));
  const setWork = (index: number, patch: Partial<WorkState>) => setState((s) => ({ ...s, work: s.work.map((w, i) => (i === index ? { ...w, ...patch } : w)) }));

  // Raw scores → CLB/NCLC, as the API scores them (the test alone, on its own date).
  const probe = languageProbe(state);
  const clb = useLiveClb(probe);

  // Errors shown next to the fields: those of the last submission, and the score-scale ones found while typing.
  const shown = new Map(errors);
  for (const [path, message] of clb?.errors ?? []) if (path.startsWith('languageTests[0].scores.')) shown.set(path, message);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    refusal.trying();
    const profile = eligibilityProfile(state);
    const asOf = state.asOf.trim() || undefined;
    try {
      const [eligibility, advice] = await Promise.all([
        api.eligibility(profile, asOf, { lang }),
        api.advice(profile, asOf, { lang }).catch(() => null),
      ]);
      refusal.clear();
      setAnswer({ eligibility, advice });
      requestAnimationFrame(() => results.current?.focus());
    } catch (error) {
      setAnswer(null);
      refusal.show(error);
    } finally {
      setBusy(false);
    }
  };

  const partner = state.maritalStatus === 'married' || state.maritalStatus === 'common_law';
  const yes = (path: string, label: string, checked: boolean, onChange: (v: boolean) => void) => (
    <CheckboxField path={path} errors={shown} label={label} checked={checked} onChange={onChange} />
  );

  return (
    <>
      <GcdsHeading tag="h1">{t('web.elig.title')}</GcdsHeading>
      <GcdsText>{t('web.elig.intro')}</GcdsText>
      <form noValidate onSubmit={(e) => void submit(e)} className="elig-form">
        <ErrorSummary errors={shown} labels={(path) => fieldLabel(t, path)} />
        <TextField path="asOf" errors={shown} label={t('web.as_of')} hint={t('web.as_of.hint')} value={state.asOf} size={10} onChange={(v) => set({ asOf: v })} />

        <GcdsFieldset legend={t('web.elig.section.you')} legendSize="h2">
          <TextField path="birthDate" errors={shown} label={t('web.elig.birth_date')} hint={t('web.date.hint')} value={state.birthDate} size={10} onChange={(v) => set({ birthDate: v })} />
          <SelectField
            path="maritalStatus"
            errors={shown}
            label={t('web.calc.marital')}
            value={state.maritalStatus}
            options={MARITAL_STATUSES.map((m) => ({ value: m, label: t(`value.${m}`) }))}
            onChange={(v) => set({ maritalStatus: v })}
          />
          {partner ? (
            <>
              <YesNoField path="spouse.canadianCitizenOrPR" errors={shown} legend={t('web.elig.spouse_pr')} value={state.spouseCanadianCitizenOrPR} onChange={(v) => set({ spouseCanadianCitizenOrPR: v })} />
              <YesNoField path="spouse.accompanying" errors={shown} legend={t('web.elig.spouse_accompanying')} value={state.spouseAccompanying} onChange={(v) => set({ spouseAccompanying: v })} />
            </>
          ) : null}
          <TextField path="dependentChildren" errors={shown} label={t('web.elig.children')} inputmode="numeric" size={3} value={state.dependentChildren} onChange={(v) => set({ dependentChildren: v })} />
        </GcdsFieldset>

        <GcdsFieldset legend={t('web.elig.section.education')} legendSize="h2">
          <SelectField
            path="education[0].level"
            errors={shown}
            label={t('web.elig.credential')}
            value={state.credential}
            options={[{ value: 'none' as const, label: t('web.elig.credential.none') }, ...CREDENTIAL_LEVELS.map((l) => ({ value: l, label: t(`value.${l}`) }))]}
            onChange={(v) => set({ credential: v })}
          />
          {state.credential !== 'none' ? (
            <>
              <TextField path="education[0].completedOn" errors={shown} label={t('web.elig.completed_on')} hint={t('web.date.hint')} value={state.completedOn} size={10} onChange={(v) => set({ completedOn: v })} />
              <YesNoField path="education[0].canadian" errors={shown} legend={t('web.elig.canadian_credential')} value={state.canadianCredential} onChange={(v) => set({ canadianCredential: v })} />
              {!state.canadianCredential ? (
                <TextField path="education[0].ecaDate" errors={shown} label={t('web.elig.eca_date')} hint={`${t('web.date.hint')}. ${t('web.elig.eca_date.hint')}`} value={state.ecaDate} size={10} onChange={(v) => set({ ecaDate: v })} />
              ) : null}
            </>
          ) : null}
        </GcdsFieldset>

        <GcdsFieldset legend={t('web.elig.section.language')} legendSize="h2">
          <SelectField
            path="languageTests[0].test"
            errors={shown}
            label={t('web.elig.test')}
            value={state.test}
            options={[{ value: 'none' as const, label: t('web.elig.test_none') }, ...LANGUAGE_TESTS.map((x) => ({ value: x, label: t(`language.test.${x}`) }))]}
            onChange={(v) => set({ test: v })}
          />
          {state.test !== 'none' ? (
            <>
              <TextField path="languageTests[0].testDate" errors={shown} label={t('web.elig.test_date')} hint={t('web.date.hint')} value={state.testDate} size={10} onChange={(v) => set({ testDate: v })} />
              <GcdsGrid columns="1fr" columnsTablet="1fr 1fr" gap="300">
                {ABILITIES.map((a) => (
                  <TextField
                    key={a}
                    path={`languageTests[0].scores.${a}`}
                    errors={shown}
                    label={t('web.elig.score', { ability: t(`language.ability.${a}`) })}
                    inputmode="decimal"
                    size={5}
                    value={state.scores[a]}
                    onChange={(v) => setState((s) => ({ ...s, scores: { ...s.scores, [a]: v } }))}
                  />
                ))}
              </GcdsGrid>
              <LiveClb clb={clb} pending={!probe} testId="clb-live" />
            </>
          ) : null}
        </GcdsFieldset>

        <GcdsFieldset legend={t('web.elig.section.work')} legendSize="h2">
          {state.work.map((w, i) => (
            <GcdsFieldset key={i} legend={t('web.elig.job', { n: i + 1 })} legendSize="h3">
              <NocField path={`workHistory[${i}].noc`} errors={shown} label={t('web.elig.noc')} value={w.noc} onChange={(v) => setWork(i, { noc: v })} />
              <TextField path={`workHistory[${i}].start`} errors={shown} label={t('web.elig.start')} hint={t('web.date.hint')} value={w.start} size={10} onChange={(v) => setWork(i, { start: v })} />
              <TextField path={`workHistory[${i}].end`} errors={shown} label={t('web.elig.end')} hint={`${t('web.date.hint')}. ${t('web.elig.end.hint')}`} value={w.end} size={10} onChange={(v) => setWork(i, { end: v })} />
              <TextField path={`workHistory[${i}].weeklyHours`} errors={shown} label={t('web.elig.hours')} inputmode="decimal" size={4} value={w.weeklyHours} onChange={(v) => setWork(i, { weeklyHours: v })} />
              <YesNoField path={`workHistory[${i}].inCanada`} errors={shown} legend={t('web.elig.in_canada')} value={w.inCanada} onChange={(v) => setWork(i, { inCanada: v })} />
              {!w.inCanada ? (
                <TextField path={`workHistory[${i}].country`} errors={shown} label={t('web.elig.country')} size={3} value={w.country} onChange={(v) => setWork(i, { country: v })} />
              ) : null}
              {yes(`workHistory[${i}].paid`, t('web.elig.paid'), w.paid, (v) => setWork(i, { paid: v }))}
              {yes(`workHistory[${i}].selfEmployed`, t('web.elig.self_employed'), w.selfEmployed, (v) => setWork(i, { selfEmployed: v }))}
              {yes(`workHistory[${i}].fullTimeStudent`, t('web.elig.student'), w.fullTimeStudent, (v) => setWork(i, { fullTimeStudent: v }))}
              {state.work.length > 1 ? (
                <GcdsButton type="button" buttonRole="secondary" size="small" onGcdsClick={() => setState((s) => ({ ...s, work: s.work.filter((_, j) => j !== i) }))}>
                  {t('web.elig.remove_job', { n: i + 1 })}
                </GcdsButton>
              ) : null}
            </GcdsFieldset>
          ))}
          <GcdsButton type="button" buttonRole="secondary" onGcdsClick={() => setState((s) => ({ ...s, work: [...s.work, emptyWork()] }))}>
            {t('web.elig.add_job')}
          </GcdsButton>
        </GcdsFieldset>

        <GcdsFieldset legend={t('web.elig.section.other')} legendSize="h2">
          {yes('jobOffer', t('web.elig.job_offer'), state.hasJobOffer, (v) => set({ hasJobOffer: v }))}
          {state.hasJobOffer ? (
            <>
              <NocField path="jobOffer.noc" errors={shown} label={t('web.elig.offer_noc')} value={state.offerNoc} onChange={(v) => set({ offerNoc: v })} />
              <SelectField
                path="jobOffer.lmia"
                errors={shown}
                label={t('web.elig.lmia')}
                value={state.lmia}
                options={(['approved', 'exempt', 'none'] as const).map((k) => ({ value: k, label: t(`web.elig.lmia.${k}`) }))}
                onChange={(v) => set({ lmia: v })}
              />
              {yes('jobOffer.fullTime', t('web.elig.full_time'), state.offerFullTime, (v) => set({ offerFullTime: v }))}
              {yes('jobOffer.nonSeasonal', t('web.elig.non_seasonal'), state.offerNonSeasonal, (v) => set({ offerNonSeasonal: v }))}
              <TextField path="jobOffer.durationMonths" errors={shown} label={t('web.elig.duration')} inputmode="numeric" size={4} value={state.offerDurationMonths} onChange={(v) => set({ offerDurationMonths: v })} />
            </>
          ) : null}
          {yes('certificateOfQualification', t('web.elig.certificate'), state.hasCertificate, (v) => set({ hasCertificate: v }))}
          {state.hasCertificate ? (
            <>
              <NocField path="certificateOfQualification.noc" errors={shown} label={t('web.elig.certificate_noc')} value={state.certificateNoc} onChange={(v) => set({ certificateNoc: v })} />
              <TextField path="certificateOfQualification.issuedOn" errors={shown} label={t('web.elig.certificate_date')} hint={t('web.date.hint')} value={state.certificateDate} size={10} onChange={(v) => set({ certificateDate: v })} />
            </>
          ) : null}
          {yes('authorizedToWorkInCanada', t('web.elig.authorized'), state.authorizedToWork, (v) => set({ authorizedToWork: v }))}
          {yes('siblingInCanada', t('web.elig.sibling'), state.siblingInCanada, (v) => set({ siblingInCanada: v }))}
          <TextField path="settlementFundsCad" errors={shown} label={t('web.elig.funds')} inputmode="decimal" size={10} value={state.funds} onChange={(v) => set({ funds: v })} />
          <SelectField
            path="intendedProvince"
            errors={shown}
            label={t('web.elig.province')}
            value={state.province}
            options={PROVINCES.map((p) => ({ value: p, label: t(`province.${p}`) }))}
            onChange={(v) => set({ province: v })}
          />
        </GcdsFieldset>

        <GcdsButton type="submit" disabled={busy}>
          {t('web.elig.submit')}
        </GcdsButton>
      </form>

      <ProblemNotice error={problem} />
      {answer ? (
        <section ref={results} tabIndex={-1} aria-labelledby="elig-results" className="results" data-testid="eligibility-results">
          <GcdsHeading tag="h2" id="elig-results">
            {t('web.elig.results')}
          </GcdsHeading>
          <GcdsText>{t('web.calc.rules_version', { asOf: answer.eligibility.asOf, version: answer.eligibility.rulesVersion })}</GcdsText>
          <GcdsText>
            <strong>{t(answer.eligibility.expressEntryEligible ? 'eligibility.express_entry_yes' : 'eligibility.express_entry_no')}</strong>
          </GcdsText>
          {PROGRAMS.map((program) => {
            const p = answer.eligibility.programs[program];
            return (
              <ProgramVerdict key={program} program={program} result={p}>
                {p.fswGrid ? <Grid grid={p.fswGrid} /> : null}
              </ProgramVerdict>
            );
          })}
          {answer.eligibility.findings.length > 0 ? (
            <>
              <GcdsHeading tag="h3">{t('web.elig.findings')}</GcdsHeading>
              <ul>
                {uniqueFindings(answer.eligibility.findings).map((f, i) => (
                  <li key={i}>{t(`finding.${f.code}`, f.params)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {answer.advice ? <AdviceList advice={answer.advice} /> : null}
        </section>
      ) : null}
    </>
  );
}

function Grid({ grid }: { grid: FswGrid }) {
  const { t } = useWords();
  return (
    <table className="data-table" data-testid="fsw-grid">
      <caption>{t('web.elig.grid')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('web.elig.grid.factor')}</th>
          <th scope="col" className="num">
            {t('web.calc.points')}
          </th>
        </tr>
      </thead>
      <tbody>
        {GRID_KEYS.map((k) => (
          <tr key={k}>
            <th scope="row">{t(`web.elig.grid.${k}`)}</th>
            <td className="num">{grid[k]}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('web.elig.grid.total', { passMark: grid.passMark })}</th>
          <td className="num">{grid.total}</td>
        </tr>
      </tfoot>
    </table>
  );
}

function AdviceList({ advice }: { advice: AdviceAnswer }) {
  const { t } = useWords();
  return (
    <div data-testid="advice">
      <GcdsHeading tag="h2">{t('web.elig.advice')}</GcdsHeading>
      <GcdsText>{t('advice.current', { total: advice.current })}</GcdsText>
      {advice.suggestions.length === 0 ? <GcdsText>{t('advice.none')}</GcdsText> : null}
      <ol>
        {advice.suggestions.map((s, i) => (
          <li key={i} data-code={s.code}>
            {t(`advice.${s.code}`, s.params)}
            {s.on ? ` (${t('advice.on', { on: s.on })})` : ''} <strong>{t('advice.gain', { points: s.pointsGained, total: advice.current + s.pointsGained })}</strong>
          </li>
        ))}
      </ol>
      {advice.warnings.length > 0 ? (
        <>
          <GcdsText>{t('advice.warnings')}</GcdsText>
          <ul>
            {advice.warnings.map((w, i) => (
              <li key={i}>{t(`finding.${w.code}`, w.params)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** Field names for the error summary, from an input path. */
function fieldLabel(t: (key: string, params?: Record<string, unknown>) => string, path: string): string {
  const job = /^workHistory\[(\d+)\]\.(\w+)/.exec(path);
  if (job) {
    const key = { noc: 'web.elig.noc', start: 'web.elig.start', end: 'web.elig.end', weeklyHours: 'web.elig.hours', country: 'web.elig.country' }[job[2]!];
    return `${t('web.elig.job', { n: Number(job[1]) + 1 })} — ${key ? t(key) : job[2]}`;
  }
  const score = /^languageTests\[0\]\.scores\.(\w+)/.exec(path);
  if (score) return t('web.elig.score', { ability: t(`language.ability.${score[1]}`) });
  const keys: Record<string, string> = {
    asOf: 'web.as_of',
    birthDate: 'web.elig.birth_date',
    maritalStatus: 'web.calc.marital',
    dependentChildren: 'web.elig.children',
    'education[0].completedOn': 'web.elig.completed_on',
    'education[0].ecaDate': 'web.elig.eca_date',
    'languageTests[0].testDate': 'web.elig.test_date',
    'jobOffer.noc': 'web.elig.offer_noc',
    'jobOffer.durationMonths': 'web.elig.duration',
    'certificateOfQualification.noc': 'web.elig.certificate_noc',
    'certificateOfQualification.issuedOn': 'web.elig.certificate_date',
    settlementFundsCad: 'web.elig.funds',
    intendedProvince: 'web.elig.province',
  };
  return keys[path] ? t(keys[path]) : path;
}
