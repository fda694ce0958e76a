// Sign up: a candidate account (e-mail, name, password; the page's language is the account's), signed in at once,
// then on to the profile builder (or the page that asked for it).
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { GcdsButton, GcdsHeading, GcdsLink, GcdsText } from '@gcds-core/components-react';
import { TextField } from '../../components/Fields.tsx';
import { ErrorSummary, ProblemNotice, useRefusal } from '../../components/Problems.tsx';
import { useTitle } from '../../hooks.ts';
import { useWords } from '../../i18n.ts';
import { ApiProblem } from '../../lib/api.ts';
import { auth } from '../../lib/api-candidate.ts';
import { submittedText } from '../../lib/fields.ts';
import { pathFor } from '../../lib/routes.ts';
import { safeNext, SecretField } from './shared.tsx';

const LABELS: Record<string, string> = { email: 'web.cand.email', password: 'web.cand.password', displayName: 'web.cand.display_name' };

export default function SignUp() {
  const { t, lang } = useWords();
  useTitle(t('web.nav.signUp'), t('web.site.name'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [form, setForm] = useState({ email: '', displayName: '', password: '' });
  const refusal = useRefusal();
  const { errors, problem } = refusal;
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = submittedText((event.currentTarget as HTMLFormElement).elements, form);
    setForm(typed);
    setBusy(true);
    refusal.trying();
    try {
      await auth.register({ ...typed, locale: lang }, { lang });
      refusal.clear();
      void navigate(next ?? pathFor(lang, 'profile'), { replace: true });
    } catch (error) {
      // The address has an account already: said next to the e-mail field.
      if (error instanceof ApiProblem && error.status === 409) refusal.showFields(new Map([['email', error.problem.detail]]));
      else refusal.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <GcdsHeading tag="h1">{t('web.nav.signUp')}</GcdsHeading>
      <GcdsText>{t('web.cand.sign_up_intro')}</GcdsText>
      <form noValidate onSubmit={(e) => void submit(e)} className="cand-form" data-testid="sign-up-form">
        <ErrorSummary errors={errors} labels={(path) => (LABELS[path] ? t(LABELS[path]) : path)} />
        <ProblemNotice error={problem} />
        <TextField path="email" errors={errors} label={t('web.cand.email')} autocomplete="email" value={form.email} onChange={(v) => setForm((f) => ({ ...f, email: v }))} />
        <TextField
          path="displayName"
          errors={errors}
          label={t('web.cand.display_name')}
          autocomplete="name"
          value={form.displayName}
          onChange={(v) => setForm((f) => ({ ...f, displayName: v }))}
        />
        <SecretField
          path="password"
          errors={errors}
          label={t('web.cand.password')}
          hint={t('web.cand.password_hint')}
          autocomplete="new-password"
          value={form.password}
          onChange={(v) => setForm((f) => ({ ...f, password: v }))}
        />
        <GcdsButton type="submit" disabled={busy}>
          {t('web.cand.sign_up')}
        </GcdsButton>
      </form>
      <GcdsText>
        {t('web.cand.have_account')}{' '}
        <GcdsLink href={`${pathFor(lang, 'signIn')}${next ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('web.nav.signIn')}</GcdsLink>
      </GcdsText>
    </>
  );
}
