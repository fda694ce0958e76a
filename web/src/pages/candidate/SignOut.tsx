// Sign out: ends the session on the server (POST /api/auth/sign-out) and says so.
import { useEffect, useState } from 'react';
import { GcdsHeading, GcdsLink, GcdsText } from '@gcds-core/components-react';
import { useTitle } from '../../hooks.ts';
import { useWords } from '../../i18n.ts';
import { auth, loadSession } from '../../lib/api-candidate.ts';
import { pathFor } from '../../lib/routes.ts';

export default function SignOut() {
  const { t, lang } = useWords();
  useTitle(t('web.nav.signOut'), t('web.site.name'));
  const [done, setDone] = useState(false);

  useEffect(() => {
    let live = true;
    void loadSession()
      .then((s) => (s.status === 'signed_in' ? auth.signOut({ lang }) : undefined))
      .catch(() => undefined)
      .finally(() => live && setDone(true));
    return () => {
      live = false;
    };
  }, [lang]);

  return (
    <>
      <GcdsHeading tag="h1">{t('web.nav.signOut')}</GcdsHeading>
      {done ? (
        <div role="status">
          <GcdsText>{t('web.cand.signed_out')}</GcdsText>
          <GcdsText>
            <GcdsLink href={pathFor(lang, 'signIn')}>{t('web.nav.signIn')}</GcdsLink>
          </GcdsText>
        </div>
      ) : (
        <p role="status">{t('web.loading')}</p>
      )}
    </>
  );
}
