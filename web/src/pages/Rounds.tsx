// Placeholder: rounds of invitations come with issue #4 (pool, rounds, cut-offs).
import { GcdsHeading, GcdsText } from '@gcds-core/components-react';
import { useWords } from '../i18n.ts';
import { useTitle } from '../hooks.ts';

export default function Rounds() {
  const { t } = useWords();
  useTitle(t('web.rounds.title'), t('web.site.name'));
  return (
    <>
      <GcdsHeading tag="h1">{t('web.rounds.title')}</GcdsHeading>
      <GcdsText>{t('web.rounds.soon')}</GcdsText>
    </>
  );
}
