// Home: Express Entry in plain words, and the tools.
import { GcdsCard, GcdsGrid, GcdsHeading, GcdsText } from '@gcds-core/components-react';
import { useWords } from '../i18n.ts';
import { useTitle } from '../hooks.ts';
import { pathFor, type Page } from '../lib/routes.ts';

const TOOLS: readonly Exclude<Page, 'home' | 'rounds'>[] = ['calculator', 'eligibility', 'noc', 'rules'];

export function Home() {
  const { t, lang } = useWords();
  useTitle(t('web.home.title'), t('web.site.name'));
  return (
    <>
      <GcdsHeading tag="h1">{t('web.home.title')}</GcdsHeading>
      <GcdsText>{t('web.home.intro')}</GcdsText>

      <GcdsHeading tag="h2">{t('web.home.programs.title')}</GcdsHeading>
      <ul className="plain-list">
        {(['fsw', 'cec', 'fst'] as const).map((p) => (
          <li key={p}>
            <GcdsText>{t(`web.home.programs.${p}`)}</GcdsText>
          </li>
        ))}
      </ul>

      <GcdsHeading tag="h2">{t('web.home.score.title')}</GcdsHeading>
      <GcdsText>{t('web.home.score.text')}</GcdsText>

      <GcdsHeading tag="h2">{t('web.home.tools.title')}</GcdsHeading>
      <GcdsGrid tag="ul" columns="1fr" columnsTablet="1fr 1fr" gap="300" className="plain-list">
        {TOOLS.map((page) => (
          <li key={page}>
            <GcdsCard cardTitle={t(`web.nav.${page}`)} cardTitleTag="h3" href={pathFor(lang, page)} description={t(`web.home.tools.${page}`)} />
          </li>
        ))}
      </GcdsGrid>
    </>
  );
}
