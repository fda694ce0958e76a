import { GcdsHeading, GcdsLink, GcdsText } from '@gcds-core/components-react';
import { useWords } from '../i18n.ts';
import { useTitle } from '../hooks.ts';
import { pathFor } from '../lib/routes.ts';

export function NotFound() {
  const { t, lang } = useWords();
  useTitle(t('web.notfound.title'), t('web.site.name'));
  return (
    <>
      <GcdsHeading tag="h1">{t('web.notfound.title')}</GcdsHeading>
      <GcdsText>{t('web.notfound.text')}</GcdsText>
      <GcdsLink href={pathFor(lang, 'home')}>{t('web.notfound.home')}</GcdsLink>
    </>
  );
}
