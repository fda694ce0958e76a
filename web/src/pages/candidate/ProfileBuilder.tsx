// The profile builder: one step at a time (identity and family, spouse, education and ECA, language tests with CLB on
// the spot, work with NOC search, job offer and certificate, nomination, funds), a progress indicator, "save draft"
// at every step, and a review step. Nothing typed is lost: the form keeps what was typed when the API refuses it
// (errors next to the fields, summed up at the top), unsaved answers survive a language switch (sessionStorage),
// and the saved draft comes back after a reload.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { GcdsButton, GcdsFieldset, GcdsHeading, GcdsLink, GcdsNotice, GcdsStepper, GcdsText } from '@gcds-core/components-react';
import { MARITAL_STATUSES, PROVINCES } from '../../../../src/domain/vocabulary.ts';
import { CheckboxField, SelectField, TextField, YesNoField } from '../../components/Fields.tsx';
import { NocField } from '../../components/NocField.tsx';
import { ErrorSummary, ProblemNotice, useRefusal } from '../../components/Problems.tsx';
import { useTitle } from '../../hooks.ts';
import { useWords } from '../../i18n.ts';
import { ACTIVE_STATUSES, candidateApi, currentProfile, type ProfileView } from '../../lib/api-candidate.ts';
import { pathFor } from '../../lib/routes.ts';
import { CredentialList, TestList, WorkList } from './editors.tsx';
import { pathLabel, stepTitle } from './labels.ts';
import {
  draftData,
  emptyCredential,
  emptyProfileForm,
  emptyTest,
  emptyWorkEntry,
  formFromData,
  isPartner,
  isStep,
  stepOfPath,
  stepsFor,
  type ProfileForm,
  type Step,
} from './profile-form.ts';
import { instantText, RequireAccount } from './shared.tsx';
import { ReviewSummary } from './Review.tsx';

const STORE_KEY = 'ee.profile-builder';
const EDITABLE = ['draft', 'submitted', 'ineligible'];

interface Stored {
  profileId: string | null;
  version: number;
  form: ProfileForm;
}

function readStored(): Stored | null {
  try {
    const text = sessionStorage.getItem(STORE_KEY);
    return text ? (JSON.parse(text) as Stored) : null;
  } catch {
    return null;
  }
}

export default function ProfileBuilder() {
  const { t } = useWords();
  useTitle(t('web.nav.profile'), t('web.site.name'));
  return <RequireAccount role="candidate">{() => <Builder />}</RequireAccount>;
}

function Builder() {
  const { t, lang } = useWords();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const [profile, setProfile] = useState<ProfileView | null>(null);
  const [form, setForm] = useState<ProfileForm | null>(null);
  const [loadProblem, setLoadProblem] = useState<unknown>(null);
  const refusal = useRefusal();
  const { errors, problem } = refusal;
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const top = useRef<HTMLDivElement>(null);
  /** The form as the server has it (loaded or just saved): sessionStorage keeps only answers that differ from it. */
  const savedForm = useRef<ProfileForm | null>(null);

  // The candidate's active profile, or a blank form; answers typed but not saved yet come back from sessionStorage.
  useEffect(() => {
    const controller = new AbortController();
    candidateApi
      .profiles({ lang, signal: controller.signal })
      .then((list) => {
        const current = currentProfile(list);
        const active = current && ACTIVE_STATUSES.includes(current.status) ? current : null;
        const stored = readStored();
        const same = stored && stored.profileId === (active?.id ?? null) && stored.version === (active?.version ?? 0);
        const loaded = active ? formFromData(active.data) : null;
        savedForm.current = same ? null : loaded;
        setProfile(active);
        setForm(same ? { ...emptyProfileForm(), ...stored.form } : (loaded ?? emptyProfileForm()));
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoadProblem(error);
      });
    return () => controller.abort();
    // Loaded once per visit (a language switch remounts the page).
  }, []);

  // Another step: focus goes to its title (as a new page would start there).
  const stepParam = params.get('step');
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    requestAnimationFrame(() => top.current?.focus());
  }, [stepParam]);

  useEffect(() => {
    if (!form) return;
    try {
      if (form === savedForm.current) sessionStorage.removeItem(STORE_KEY);
      else sessionStorage.setItem(STORE_KEY, JSON.stringify({ profileId: profile?.id ?? null, version: profile?.version ?? 0, form } satisfies Stored));
    } catch {
      // Storage unavailable: the form still works.
    }
  }, [form, profile]);

  if (loadProblem) return <ProblemNotice error={loadProblem} />;
  if (!form) return <p role="status">{t('web.loading')}</p>;

  if (profile && !EDITABLE.includes(profile.status)) {
    return (
      <>
        <GcdsHeading tag="h1">{t('web.nav.profile')}</GcdsHeading>
        <GcdsNotice noticeRole="info" noticeTitle={t('web.cand.builder.locked_title')} noticeTitleTag="h2">
          <GcdsText>{t('web.cand.builder.locked', { status: profile.statusText })}</GcdsText>
        </GcdsNotice>
        <GcdsText>
          <GcdsLink href={pathFor(lang, 'dashboard')}>{t('web.nav.dashboard')}</GcdsLink>
        </GcdsText>
      </>
    );
  }

  const steps = stepsFor(form);
  const asked = params.get('step');
  const step: Step = isStep(asked) && steps.includes(asked) ? asked : steps[0]!;
  const index = steps.indexOf(step);
  const set = (patch: Partial<ProfileForm>) => setForm((f) => (f ? { ...f, ...patch } : f));

  const here = new Map([...errors].filter(([path]) => stepOfPath(path) === step));
  const elsewhere = new Map<Step, number>();
  for (const path of errors.keys()) {
    const s = stepOfPath(path);
    if (s !== step) elsewhere.set(s, (elsewhere.get(s) ?? 0) + 1);
  }

  const goTo = (target: Step) => setParams({ step: target });

  /** Saves the draft (or the update of a profile in the pool); false when the API refused it (errors shown). */
  const save = async (): Promise<boolean> => {
    setBusy(true);
    refusal.trying();
    const data = draftData(form);
    try {
      const saved = profile
        ? await candidateApi.save(profile.id, data, { lang, ifMatch: profile.version })
        : await candidateApi.createDraft(data, { lang });
      savedForm.current = form;
      setProfile(saved);
      refusal.clear();
      setSavedAt(saved.updatedAt);
      return true;
    } catch (error) {
      setSavedAt(null);
      refusal.show(error);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const saveAndGo = async (target: Step | 'score') => {
    if (!(await save())) return;
    if (target === 'score') void navigate(pathFor(lang, 'profileScore'));
    else goTo(target);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void saveAndGo(index < steps.length - 1 ? steps[index + 1]! : 'score');
  };

  const partner = isPartner(form.maritalStatus);

  return (
    <>
      <GcdsHeading tag="h1">{t('web.nav.profile')}</GcdsHeading>
      {profile ? (
        <GcdsText data-testid="builder-profile">{t('web.cand.builder.profile', { number: profile.number, status: profile.statusText })}</GcdsText>
      ) : (
        <GcdsText>{t('web.cand.builder.intro')}</GcdsText>
      )}
      <nav aria-label={t('web.cand.builder.steps')} className="steps-nav">
        <ol>
          {steps.map((s, i) => (
            <li key={s} data-step={s} className={s === step ? 'current' : undefined}>
              {s === step ? (
                <span aria-current="step">{`${i + 1}. ${stepTitle(t, s)}`}</span>
              ) : (
                <GcdsLink href={`?step=${s}`}>{`${i + 1}. ${stepTitle(t, s)}`}</GcdsLink>
              )}
              {elsewhere.has(s) ? <span className="step-errors">{` (${t('web.cand.builder.step_errors', { count: elsewhere.get(s) })})`}</span> : null}
            </li>
          ))}
        </ol>
      </nav>
      <div ref={top} tabIndex={-1} className="step-top" data-testid="step" data-step={step}>
        <GcdsStepper currentStep={index + 1} totalSteps={steps.length} tag="h2">
          {stepTitle(t, step)}
        </GcdsStepper>
      </div>
      <form noValidate onSubmit={onSubmit} className="cand-form">
        <ErrorSummary errors={here} labels={(path) => pathLabel(t, path)} />
        {elsewhere.size > 0 ? (
          <GcdsNotice noticeRole="warning" noticeTitle={t('web.cand.builder.other_steps')} noticeTitleTag="h2" data-testid="errors-elsewhere">
            <ul>
              {[...elsewhere].map(([s, count]) => (
                <li key={s}>
                  <GcdsLink href={`?step=${s}`}>{`${stepTitle(t, s)} (${t('web.cand.builder.step_errors', { count })})`}</GcdsLink>
                </li>
              ))}
            </ul>
          </GcdsNotice>
        ) : null}
        <ProblemNotice error={problem} />

        {step === 'identity' ? (
          <>
            <TextField path="birthDate" errors={here} label={t('web.elig.birth_date')} hint={t('web.date.hint')} size={10} value={form.birthDate} onChange={(v) => set({ birthDate: v })} />
            <SelectField
              path="maritalStatus"
              errors={here}
              label={t('web.calc.marital')}
              value={form.maritalStatus}
              options={MARITAL_STATUSES.map((m) => ({ value: m, label: t(`value.${m}`) }))}
              onChange={(v) => set({ maritalStatus: v })}
            />
            <TextField path="dependentChildren" errors={here} label={t('web.elig.children')} inputmode="numeric" size={3} value={form.dependentChildren} onChange={(v) => set({ dependentChildren: v })} />
            <SelectField
              path="intendedProvince"
              errors={here}
              label={t('web.elig.province')}
              value={form.intendedProvince}
              options={[{ value: '' as const, label: t('web.cand.choose') }, ...PROVINCES.map((p) => ({ value: p, label: t(`province.${p}`) }))]}
              onChange={(v) => set({ intendedProvince: v })}
            />
            <CheckboxField path="authorizedToWorkInCanada" errors={here} label={t('web.elig.authorized')} checked={form.authorizedToWorkInCanada} onChange={(v) => set({ authorizedToWorkInCanada: v })} />
            <CheckboxField path="siblingInCanada" errors={here} label={t('web.elig.sibling')} checked={form.siblingInCanada} onChange={(v) => set({ siblingInCanada: v })} />
            <CheckboxField path="relativeInCanada" errors={here} label={t('web.cand.relative')} checked={form.relativeInCanada} onChange={(v) => set({ relativeInCanada: v })} />
          </>
        ) : null}

        {step === 'spouse' && partner ? (
          <>
            <YesNoField path="spouse.canadianCitizenOrPR" errors={here} legend={t('web.elig.spouse_pr')} value={form.spouseCanadianCitizenOrPR} onChange={(v) => set({ spouseCanadianCitizenOrPR: v })} />
            <YesNoField path="spouse.accompanying" errors={here} legend={t('web.elig.spouse_accompanying')} value={form.spouseAccompanying} onChange={(v) => set({ spouseAccompanying: v })} />
            <GcdsText>{t('web.cand.spouse.intro')}</GcdsText>
            <GcdsFieldset legend={t('web.cand.step.education')} legendSize="h3">
              <CredentialList prefix="spouse.education" items={form.spouseEducation} errors={here} onChange={(update) => setForm((f) => (f ? { ...f, spouseEducation: update(f.spouseEducation) } : f))} empty={emptyCredential} />
            </GcdsFieldset>
            <GcdsFieldset legend={t('web.cand.step.language')} legendSize="h3">
              <TestList prefix="spouse.languageTests" items={form.spouseTests} errors={here} onChange={(update) => setForm((f) => (f ? { ...f, spouseTests: update(f.spouseTests) } : f))} empty={emptyTest} />
            </GcdsFieldset>
            <GcdsFieldset legend={t('web.cand.step.work')} legendSize="h3">
              <WorkList prefix="spouse.workHistory" items={form.spouseWork} errors={here} onChange={(update) => setForm((f) => (f ? { ...f, spouseWork: update(f.spouseWork) } : f))} empty={emptyWorkEntry} />
            </GcdsFieldset>
          </>
        ) : null}

        {step === 'education' ? (
          <>
            <GcdsText>{t('web.cand.education.intro')}</GcdsText>
            <CredentialList prefix="education" items={form.education} errors={here} onChange={(update) => setForm((f) => (f ? { ...f, education: update(f.education) } : f))} empty={emptyCredential} />
          </>
        ) : null}

        {step === 'language' ? (
          <>
            <GcdsText>{t('web.cand.language.intro')}</GcdsText>
            <TestList prefix="languageTests" items={form.tests} errors={here} onChange={(update) => setForm((f) => (f ? { ...f, tests: update(f.tests) } : f))} empty={emptyTest} />
          </>
        ) : null}

        {step === 'work' ? (
          <>
            <GcdsText>{t('web.cand.work.intro')}</GcdsText>
            <WorkList prefix="workHistory" items={form.work} errors={here} onChange={(update) => setForm((f) => (f ? { ...f, work: update(f.work) } : f))} empty={emptyWorkEntry} />
          </>
        ) : null}

        {step === 'offer' ? (
          <>
            <CheckboxField path="jobOffer" errors={here} label={t('web.elig.job_offer')} checked={form.hasJobOffer} onChange={(v) => set({ hasJobOffer: v })} />
            {form.hasJobOffer ? (
              <GcdsFieldset legend={t('web.cand.offer.legend')} legendSize="h3">
                <NocField path="jobOffer.noc" errors={here} label={t('web.elig.offer_noc')} value={form.offerNoc} onChange={(v) => set({ offerNoc: v })} />
                <SelectField
                  path="jobOffer.lmia"
                  errors={here}
                  label={t('web.elig.lmia')}
                  value={form.lmia}
                  options={(['approved', 'exempt', 'none'] as const).map((k) => ({ value: k, label: t(`web.elig.lmia.${k}`) }))}
                  onChange={(v) => set({ lmia: v })}
                />
                <CheckboxField path="jobOffer.fullTime" errors={here} label={t('web.elig.full_time')} checked={form.offerFullTime} onChange={(v) => set({ offerFullTime: v })} />
                <CheckboxField path="jobOffer.nonSeasonal" errors={here} label={t('web.elig.non_seasonal')} checked={form.offerNonSeasonal} onChange={(v) => set({ offerNonSeasonal: v })} />
                <TextField path="jobOffer.durationMonths" errors={here} label={t('web.elig.duration')} inputmode="numeric" size={4} value={form.offerDurationMonths} onChange={(v) => set({ offerDurationMonths: v })} />
              </GcdsFieldset>
            ) : null}
            <CheckboxField path="certificateOfQualification" errors={here} label={t('web.elig.certificate')} checked={form.hasCertificate} onChange={(v) => set({ hasCertificate: v })} />
            {form.hasCertificate ? (
              <GcdsFieldset legend={t('web.cand.certificate.legend')} legendSize="h3">
                <NocField path="certificateOfQualification.noc" errors={here} label={t('web.elig.certificate_noc')} value={form.certificateNoc} onChange={(v) => set({ certificateNoc: v })} />
                <TextField
                  path="certificateOfQualification.issuedOn"
                  errors={here}
                  label={t('web.elig.certificate_date')}
                  hint={t('web.date.hint')}
                  size={10}
                  value={form.certificateIssuedOn}
                  onChange={(v) => set({ certificateIssuedOn: v })}
                />
                <SelectField
                  path="certificateOfQualification.issuer"
                  errors={here}
                  label={t('web.cand.certificate_issuer')}
                  value={form.certificateIssuer}
                  options={[
                    { value: '' as const, label: t('web.cand.choose') },
                    ...PROVINCES.map((p) => ({ value: p, label: t(`province.${p}`) })),
                    { value: 'federal' as const, label: t('web.cand.issuer_federal') },
                  ]}
                  onChange={(v) => set({ certificateIssuer: v })}
                />
              </GcdsFieldset>
            ) : null}
          </>
        ) : null}

        {step === 'nomination' ? (
          <>
            <CheckboxField path="provincialNomination" errors={here} label={t('web.cand.nomination')} checked={form.hasNomination} onChange={(v) => set({ hasNomination: v })} />
            {form.hasNomination ? (
              <GcdsFieldset legend={t('web.cand.nomination.legend')} legendSize="h3">
                <SelectField
                  path="provincialNomination.province"
                  errors={here}
                  label={t('web.cand.nomination_province')}
                  value={form.nominationProvince}
                  options={[{ value: '' as const, label: t('web.cand.choose') }, ...PROVINCES.map((p) => ({ value: p, label: t(`province.${p}`) }))]}
                  onChange={(v) => set({ nominationProvince: v })}
                />
                <TextField path="provincialNomination.nominatedOn" errors={here} label={t('web.cand.nominated_on')} hint={t('web.date.hint')} size={10} value={form.nominatedOn} onChange={(v) => set({ nominatedOn: v })} />
              </GcdsFieldset>
            ) : null}
          </>
        ) : null}

        {step === 'funds' ? (
          <TextField path="settlementFundsCad" errors={here} label={t('web.elig.funds')} hint={t('web.cand.funds_hint')} inputmode="decimal" size={10} value={form.funds} onChange={(v) => set({ funds: v })} />
        ) : null}

        {step === 'review' ? <ReviewSummary form={form} steps={steps} /> : null}

        <div className="step-buttons">
          {index > 0 ? (
            <GcdsButton type="button" buttonRole="secondary" disabled={busy} onGcdsClick={() => void saveAndGo(steps[index - 1]!)}>
              {t('web.cand.builder.previous')}
            </GcdsButton>
          ) : null}
          <GcdsButton type="button" buttonRole="secondary" disabled={busy} onGcdsClick={() => void save()} data-testid="save-draft">
            {t(profile && profile.status !== 'draft' ? 'web.cand.builder.save_changes' : 'web.cand.builder.save_draft')}
          </GcdsButton>
          <GcdsButton type="submit" disabled={busy} data-testid="save-next">
            {index < steps.length - 1 ? t('web.cand.builder.next') : t('web.cand.builder.to_score')}
          </GcdsButton>
        </div>
        <div role="status" aria-live="polite" data-testid="save-status">
          {savedAt ? <GcdsText size="small">{t('web.cand.builder.saved', { at: instantText(savedAt, lang) })}</GcdsText> : null}
        </div>
      </form>
    </>
  );
}
