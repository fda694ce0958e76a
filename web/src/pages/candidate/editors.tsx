// Repeated parts of the profile builder: education credentials, language tests (raw scores converted to CLB/NCLC on
// the spot, as the API scores them) and jobs (NOC search, weekly hours). `prefix` is the API path of the list
// (`education`, `spouse.languageTests`…), so field errors land next to the right control.
import { GcdsButton, GcdsFieldset, GcdsGrid, GcdsText } from '@gcds-core/components-react';
import { ABILITIES, CREDENTIAL_LEVELS, LANGUAGE_TESTS } from '../../../../src/domain/vocabulary.ts';
import { CheckboxField, SelectField, TextField, YesNoField } from '../../components/Fields.tsx';
import { NocField } from '../../components/NocField.tsx';
import { LiveClb, useLiveClb } from '../../components/LiveClb.tsx';
import { useWords } from '../../i18n.ts';
import { languageProbe } from '../../lib/forms.ts';
import { probeInput, type CredentialForm, type TestForm, type WorkForm } from './profile-form.ts';

type Errors = ReadonlyMap<string, string>;

/** Changes go through updaters of the list as it is NOW (events can arrive before React renders the last change). */
type Update<T> = (update: (items: T[]) => T[]) => void;

interface ListProps<T> {
  prefix: string;
  items: T[];
  errors: Errors;
  onChange: Update<T>;
  empty: () => T;
}

const patchAt =
  <T,>(index: number, patch: (item: T) => Partial<T>) =>
  (items: T[]): T[] =>
    items.map((item, i) => (i === index ? { ...item, ...patch(item) } : item));

function ListButtons<T>({ index, onChange, removeLabel }: { index: number; onChange: Update<T>; removeLabel: string }) {
  return (
    <GcdsButton type="button" buttonRole="secondary" size="small" onGcdsClick={() => onChange((items) => items.filter((_, j) => j !== index))}>
      {removeLabel}
    </GcdsButton>
  );
}

export function CredentialList({ prefix, items, errors, onChange, empty }: ListProps<CredentialForm>) {
  const { t } = useWords();
  return (
    <>
      {items.map((c, i) => {
        const p = `${prefix}[${i}]`;
        const set = (patch: Partial<CredentialForm>) => onChange(patchAt(i, () => patch));
        return (
          <GcdsFieldset key={i} legend={t('web.cand.credential.n', { n: i + 1 })} legendSize="h3">
            <SelectField
              path={`${p}.level`}
              errors={errors}
              label={t('web.elig.credential')}
              value={c.level}
              options={[{ value: '' as const, label: t('web.cand.choose') }, ...CREDENTIAL_LEVELS.map((l) => ({ value: l, label: t(`value.${l}`) }))]}
              onChange={(v) => set({ level: v })}
            />
            <TextField path={`${p}.completedOn`} errors={errors} label={t('web.elig.completed_on')} hint={t('web.date.hint')} size={10} value={c.completedOn} onChange={(v) => set({ completedOn: v })} />
            <YesNoField path={`${p}.canadian`} errors={errors} legend={t('web.elig.canadian_credential')} value={c.canadian} onChange={(v) => set({ canadian: v })} />
            {!c.canadian ? (
              <TextField
                path={`${p}.ecaDate`}
                errors={errors}
                label={t('web.elig.eca_date')}
                hint={`${t('web.date.hint')}. ${t('web.elig.eca_date.hint')}`}
                size={10}
                value={c.ecaDate}
                onChange={(v) => set({ ecaDate: v })}
              />
            ) : null}
            <ListButtons index={i} onChange={onChange} removeLabel={t('web.cand.credential.remove', { n: i + 1 })} />
          </GcdsFieldset>
        );
      })}
      <GcdsButton type="button" buttonRole="secondary" onGcdsClick={() => onChange((list) => [...list, empty()])}>
        {t('web.cand.credential.add')}
      </GcdsButton>
    </>
  );
}

function TestEditor({ path, test, errors, onChange }: { path: string; test: TestForm; errors: Errors; onChange: (patch: (test: TestForm) => Partial<TestForm>) => void }) {
  const { t } = useWords();
  const probe = languageProbe(probeInput(test));
  const clb = useLiveClb(probe);
  // Scale errors found while typing are shown at once, next to the score they are about.
  const shown = new Map(errors);
  for (const [p, message] of clb?.errors ?? []) {
    const ability = /^languageTests\[0\]\.scores\.(\w+)$/.exec(p)?.[1];
    if (ability && !shown.has(`${path}.scores.${ability}`)) shown.set(`${path}.scores.${ability}`, message);
  }
  return (
    <>
      <SelectField
        path={`${path}.test`}
        errors={shown}
        label={t('web.elig.test')}
        value={test.test}
        options={[{ value: '' as const, label: t('web.cand.choose') }, ...LANGUAGE_TESTS.map((x) => ({ value: x, label: t(`language.test.${x}`) }))]}
        onChange={(v) => onChange(() => ({ test: v }))}
      />
      <TextField path={`${path}.testDate`} errors={shown} label={t('web.elig.test_date')} hint={t('web.date.hint')} size={10} value={test.testDate} onChange={(v) => onChange(() => ({ testDate: v }))} />
      <GcdsGrid columns="1fr" columnsTablet="1fr 1fr" gap="300">
        {ABILITIES.map((a) => (
          <TextField
            key={a}
            path={`${path}.scores.${a}`}
            errors={shown}
            label={t('web.elig.score', { ability: t(`language.ability.${a}`) })}
            inputmode="decimal"
            size={5}
            value={test.scores[a]}
            onChange={(v) => onChange((now) => ({ scores: { ...now.scores, [a]: v } }))}
          />
        ))}
      </GcdsGrid>
      <LiveClb clb={clb} pending={!probe} testId={`${path}-clb`} />
    </>
  );
}

export function TestList({ prefix, items, errors, onChange, empty }: ListProps<TestForm>) {
  const { t } = useWords();
  return (
    <>
      {items.map((x, i) => (
        <GcdsFieldset key={i} legend={t('web.cand.test.n', { n: i + 1 })} legendSize="h3">
          <TestEditor path={`${prefix}[${i}]`} test={x} errors={errors} onChange={(patch) => onChange(patchAt(i, patch))} />
          <ListButtons index={i} onChange={onChange} removeLabel={t('web.cand.test.remove', { n: i + 1 })} />
        </GcdsFieldset>
      ))}
      <GcdsButton type="button" buttonRole="secondary" onGcdsClick={() => onChange((list) => [...list, empty()])}>
        {t('web.cand.test.add')}
      </GcdsButton>
    </>
  );
}

export function WorkList({ prefix, items, errors, onChange, empty }: ListProps<WorkForm>) {
  const { t } = useWords();
  return (
    <>
      {items.length === 0 ? <GcdsText>{t('web.cand.work.none')}</GcdsText> : null}
      {items.map((w, i) => {
        const p = `${prefix}[${i}]`;
        const set = (patch: Partial<WorkForm>) => onChange(patchAt(i, () => patch));
        return (
          <GcdsFieldset key={i} legend={t('web.elig.job', { n: i + 1 })} legendSize="h3">
            <NocField path={`${p}.noc`} errors={errors} label={t('web.elig.noc')} value={w.noc} onChange={(v) => set({ noc: v })} />
            <TextField path={`${p}.start`} errors={errors} label={t('web.elig.start')} hint={t('web.date.hint')} size={10} value={w.start} onChange={(v) => set({ start: v })} />
            <TextField path={`${p}.end`} errors={errors} label={t('web.elig.end')} hint={`${t('web.date.hint')}. ${t('web.elig.end.hint')}`} size={10} value={w.end} onChange={(v) => set({ end: v })} />
            <TextField path={`${p}.weeklyHours`} errors={errors} label={t('web.elig.hours')} inputmode="decimal" size={4} value={w.weeklyHours} onChange={(v) => set({ weeklyHours: v })} />
            <YesNoField path={`${p}.inCanada`} errors={errors} legend={t('web.elig.in_canada')} value={w.inCanada} onChange={(v) => set({ inCanada: v })} />
            {!w.inCanada ? <TextField path={`${p}.country`} errors={errors} label={t('web.elig.country')} size={3} value={w.country} onChange={(v) => set({ country: v })} /> : null}
            <CheckboxField path={`${p}.paid`} errors={errors} label={t('web.elig.paid')} checked={w.paid} onChange={(v) => set({ paid: v })} />
            <CheckboxField path={`${p}.selfEmployed`} errors={errors} label={t('web.elig.self_employed')} checked={w.selfEmployed} onChange={(v) => set({ selfEmployed: v })} />
            <CheckboxField path={`${p}.fullTimeStudent`} errors={errors} label={t('web.elig.student')} checked={w.fullTimeStudent} onChange={(v) => set({ fullTimeStudent: v })} />
            <ListButtons index={i} onChange={onChange} removeLabel={t('web.elig.remove_job', { n: i + 1 })} />
          </GcdsFieldset>
        );
      })}
      <GcdsButton type="button" buttonRole="secondary" onGcdsClick={() => onChange((list) => [...list, empty()])}>
        {t('web.elig.add_job')}
      </GcdsButton>
    </>
  );
}
