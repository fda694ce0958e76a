// The account: who is signed in, and the second factor (TOTP): start → the secret and its otpauth:// address for an
// authenticator app → confirm with a code. A role that must have a second factor is sent here until it has one.
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { GcdsButton, GcdsHeading, GcdsLink, GcdsNotice, GcdsText } from '@gcds-core/components-react';
import { ErrorSummary, ProblemNotice, useRefusal } from '../../components/Problems.tsx';
import { useTitle } from '../../hooks.ts';
import { useWords } from '../../i18n.ts';
import { auth } from '../../lib/api-candidate.ts';
import { submittedText } from '../../lib/fields.ts';
import { pathFor } from '../../lib/routes.ts';
import { RequireAccount, safeNext, SecretField, type Signed } from './shared.tsx';

export default function Account() {
  const { t } = useWords();
  useTitle(t('web.nav.account'), t('web.site.name'));
  return <RequireAccount allowEnroll>{(signed) => <AccountPage signed={signed} />}</RequireAccount>;
}

function AccountPage({ signed }: { signed: Signed }) {
  const { t, lang } = useWords();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { account, session } = signed;
  const [enrollment, setEnrollment] = useState<{ secret: string; uri: string } | null>(null);
  const [code, setCode] = useState('');
  const refusal = useRefusal();
  const { errors, problem } = refusal;
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    refusal.trying();
    try {
      setEnrollment(await auth.enrollTotp({ lang }));
    } catch (error) {
      refusal.show(error);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    const typed = submittedText((event.currentTarget as HTMLFormElement).elements, { code });
    setBusy(true);
    refusal.trying();
    try {
      await auth.confirmTotp(typed.code.trim(), { lang });
      refusal.clear();
      setEnrollment(null);
      setConfirmed(true);
      if (next) void navigate(next, { replace: true });
    } catch (error) {
      refusal.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <GcdsHeading tag="h1">{t('web.nav.account')}</GcdsHeading>
      <dl className="facts" data-testid="account-facts">
        <dt>{t('web.cand.display_name')}</dt>
        <dd>{account.displayName}</dd>
        <dt>{t('web.cand.email')}</dt>
        <dd>{account.email}</dd>
        <dt>{t('web.cand.role')}</dt>
        <dd>{t(`web.cand.role.${account.role}`)}</dd>
      </dl>

      <GcdsHeading tag="h2">{t('web.cand.totp.title')}</GcdsHeading>
      {session.next === 'totp_enroll' ? (
        <GcdsNotice noticeRole="warning" noticeTitle={t('web.cand.totp.required_title')} noticeTitleTag="h3">
          <GcdsText>{t('web.cand.totp.required')}</GcdsText>
        </GcdsNotice>
      ) : null}
      <ProblemNotice error={problem} />
      {confirmed ? (
        <GcdsNotice noticeRole="success" noticeTitle={t('web.cand.totp.on')} noticeTitleTag="h3">
          <GcdsText>{t('web.cand.totp.confirmed')}</GcdsText>
        </GcdsNotice>
      ) : account.totpEnabled ? (
        <GcdsText data-testid="totp-on">{t('web.cand.totp.on')}</GcdsText>
      ) : enrollment ? (
        <form noValidate onSubmit={(e) => void confirm(e)} className="cand-form" data-testid="totp-enroll">
          <ErrorSummary errors={errors} labels={() => t('web.cand.totp.code')} />
          <GcdsText>{t('web.cand.totp.scan')}</GcdsText>
          <dl className="facts">
            <dt>{t('web.cand.totp.secret')}</dt>
            <dd>
              <code data-testid="totp-secret">{enrollment.secret}</code>
            </dd>
            <dt>{t('web.cand.totp.uri')}</dt>
            <dd>
              <code className="wrap">{enrollment.uri}</code>
            </dd>
          </dl>
          <SecretField path="code" errors={errors} label={t('web.cand.totp.code')} hint={t('web.cand.totp.code_hint')} autocomplete="one-time-code" value={code} onChange={setCode} />
          <GcdsButton type="submit" disabled={busy}>
            {t('web.cand.totp.confirm')}
          </GcdsButton>
        </form>
      ) : (
        <>
          <GcdsText>{t('web.cand.totp.off')}</GcdsText>
          <GcdsButton type="button" disabled={busy} onGcdsClick={() => void start()}>
            {t('web.cand.totp.start')}
          </GcdsButton>
        </>
      )}
      <GcdsText>
        <GcdsLink href={pathFor(lang, 'signOut')}>{t('web.nav.signOut')}</GcdsLink>
      </GcdsText>
    </>
  );
}
