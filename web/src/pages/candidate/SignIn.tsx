// Sign in: e-mail and password, then the second factor's code when the account has one (POST /api/auth/totp/verify);
// then back to the page that asked for it (?next=), or the candidate's dashboard.
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { GcdsButton, GcdsHeading, GcdsLink, GcdsText } from '@gcds-core/components-react';
import { TextField } from '../../components/Fields.tsx';
import { ErrorSummary, ProblemNotice, useRefusal } from '../../components/Problems.tsx';
import { useTitle } from '../../hooks.ts';
import { useWords } from '../../i18n.ts';
import { auth, useSession, type Account } from '../../lib/api-candidate.ts';
import { submittedText } from '../../lib/fields.ts';
import { pathFor } from '../../lib/routes.ts';
import { landingFor, safeNext, SecretField } from './shared.tsx';

const LABELS: Record<string, string> = { email: 'web.cand.email', password: 'web.cand.password', code: 'web.cand.totp.code' };

export default function SignIn() {
  const { t, lang } = useWords();
  useTitle(t('web.nav.signIn'), t('web.site.name'));
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const refusal = useRefusal();
  const { errors, problem } = refusal;
  const [busy, setBusy] = useState(false);

  const go = (account: Account) => void navigate(next ?? landingFor(account, lang), { replace: true });

  const signIn = async (event: FormEvent) => {
    event.preventDefault();
    const typed = submittedText((event.currentTarget as HTMLFormElement).elements, { email, password });
    setBusy(true);
    refusal.trying();
    try {
      const signed = await auth.signIn(typed, { lang });
      refusal.clear();
      setPassword('');
      if (signed.session.next === 'none') go(signed.account);
      else if (signed.session.next === 'totp_enroll') void navigate(`${pathFor(lang, 'account')}${next ? `?next=${encodeURIComponent(next)}` : ''}`, { replace: true });
      // totp_verify: the code step shows (the session says so).
    } catch (error) {
      refusal.show(error);
    } finally {
      setBusy(false);
    }
  };

  const verify = async (event: FormEvent) => {
    event.preventDefault();
    if (session.status !== 'signed_in') return;
    const typed = submittedText((event.currentTarget as HTMLFormElement).elements, { code });
    setBusy(true);
    refusal.trying();
    try {
      await auth.verifyTotp(typed.code.trim(), { lang });
      refusal.clear();
      go(session.account);
    } catch (error) {
      refusal.show(error);
    } finally {
      setBusy(false);
    }
  };

  const labels = (path: string) => (LABELS[path] ? t(LABELS[path]) : path);

  if (session.status === 'signed_in' && session.session.next === 'totp_verify') {
    return (
      <>
        <GcdsHeading tag="h1">{t('web.cand.totp.verify_title')}</GcdsHeading>
        <GcdsText>{t('web.cand.totp.verify_intro')}</GcdsText>
        <form noValidate onSubmit={(e) => void verify(e)} className="cand-form" data-testid="totp-form">
          <ErrorSummary errors={errors} labels={labels} />
          <ProblemNotice error={problem} />
          <SecretField path="code" errors={errors} label={t('web.cand.totp.code')} hint={t('web.cand.totp.code_hint')} autocomplete="one-time-code" value={code} onChange={setCode} />
          <GcdsButton type="submit" disabled={busy}>
            {t('web.cand.totp.verify')}
          </GcdsButton>
        </form>
        <GcdsText>
          <GcdsLink href={pathFor(lang, 'signOut')}>{t('web.nav.signOut')}</GcdsLink>
        </GcdsText>
      </>
    );
  }

  if (session.status === 'signed_in' && session.session.next === 'none' && !busy) {
    return (
      <>
        <GcdsHeading tag="h1">{t('web.nav.signIn')}</GcdsHeading>
        <GcdsText>{t('web.cand.signed_in_as', { name: session.account.displayName, email: session.account.email })}</GcdsText>
        <ul className="plain-list">
          <li>
            <GcdsLink href={next ?? landingFor(session.account, lang)}>{t('web.cand.continue')}</GcdsLink>
          </li>
          <li>
            <GcdsLink href={pathFor(lang, 'signOut')}>{t('web.nav.signOut')}</GcdsLink>
          </li>
        </ul>
      </>
    );
  }

  return (
    <>
      <GcdsHeading tag="h1">{t('web.nav.signIn')}</GcdsHeading>
      {next ? <GcdsText>{t('web.cand.sign_in_first')}</GcdsText> : null}
      <form noValidate onSubmit={(e) => void signIn(e)} className="cand-form" data-testid="sign-in-form">
        <ErrorSummary errors={errors} labels={labels} />
        <ProblemNotice error={problem} />
        <TextField path="email" errors={errors} label={t('web.cand.email')} autocomplete="email" value={email} onChange={setEmail} />
        <SecretField path="password" errors={errors} label={t('web.cand.password')} autocomplete="current-password" value={password} onChange={setPassword} />
        <GcdsButton type="submit" disabled={busy}>
          {t('web.cand.sign_in')}
        </GcdsButton>
      </form>
      <GcdsText>
        {t('web.cand.no_account')}{' '}
        <GcdsLink href={`${pathFor(lang, 'signUp')}${next ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('web.nav.signUp')}</GcdsLink>
      </GcdsText>
    </>
  );
}
