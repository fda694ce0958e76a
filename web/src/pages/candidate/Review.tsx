// The review step: every answer of the form, step by step, each with a link back to change it.
import { GcdsHeading, GcdsLink, GcdsText } from '@gcds-core/components-react';
import { ABILITIES } from '../../../../src/domain/vocabulary.ts';
import { useWords } from '../../i18n.ts';
import { stepTitle } from './labels.ts';
import type { CredentialForm, ProfileForm, Step, TestForm, WorkForm } from './profile-form.ts';

type Row = [label: string, value: string];

export function ReviewSummary({ form, steps }: { form: ProfileForm; steps: Step[] }) {
  const { t } = useWords();
  const none = t('web.cand.review.none');
  const v = (text: string) => (text.trim() === '' ? none : text.trim());
  const yn = (b: boolean) => t(b ? 'web.yes' : 'web.no');
  const opt = (key: string, value: string) => (value === '' ? none : t(`${key}${value}`));

  const credentials = (list: CredentialForm[]): Row[] =>
    list.flatMap((c, i) => [
      [t('web.cand.credential.n', { n: i + 1 }), `${opt('value.', c.level)} · ${v(c.completedOn)}`],
      [t('web.elig.canadian_credential'), c.canadian ? yn(true) : `${yn(false)} · ${t('web.elig.eca_date')}: ${v(c.ecaDate)}`],
    ]);
  const tests = (list: TestForm[]): Row[] =>
    list.map((x, i) => [
      t('web.cand.test.n', { n: i + 1 }),
      `${opt('language.test.', x.test)} · ${v(x.testDate)} · ${ABILITIES.map((a) => `${t(`language.ability.${a}`)} ${v(x.scores[a])}`).join(', ')}`,
    ]);
  const jobs = (list: WorkForm[]): Row[] =>
    list.map((w, i) => [
      t('web.elig.job', { n: i + 1 }),
      `${v(w.noc)} · ${v(w.start)} → ${w.end.trim() || t('web.cand.review.ongoing')} · ${t('web.cand.review.hours', { hours: v(w.weeklyHours) })} · ${w.inCanada ? 'CA' : v(w.country)}`,
    ]);
  const orNone = (rows: Row[]): Row[] => (rows.length === 0 ? [[none, '']] : rows);

  const sections: Record<Step, Row[]> = {
    identity: [
      [t('web.elig.birth_date'), v(form.birthDate)],
      [t('web.calc.marital'), t(`value.${form.maritalStatus}`)],
      [t('web.elig.children'), v(form.dependentChildren)],
      [t('web.elig.province'), opt('province.', form.intendedProvince)],
      [t('web.elig.authorized'), yn(form.authorizedToWorkInCanada)],
      [t('web.elig.sibling'), yn(form.siblingInCanada)],
      [t('web.cand.relative'), yn(form.relativeInCanada)],
    ],
    spouse: [
      [t('web.elig.spouse_pr'), yn(form.spouseCanadianCitizenOrPR)],
      [t('web.elig.spouse_accompanying'), yn(form.spouseAccompanying)],
      ...credentials(form.spouseEducation),
      ...tests(form.spouseTests),
      ...jobs(form.spouseWork),
    ],
    education: orNone(credentials(form.education)),
    language: orNone(tests(form.tests)),
    work: orNone(jobs(form.work)),
    offer: [
      [t('web.elig.job_offer'), form.hasJobOffer ? `${v(form.offerNoc)} · ${t(`web.elig.lmia.${form.lmia}`)} · ${t('web.cand.review.months', { months: v(form.offerDurationMonths) })}` : yn(false)],
      [t('web.elig.certificate'), form.hasCertificate ? `${v(form.certificateNoc)} · ${v(form.certificateIssuedOn)}` : yn(false)],
    ],
    nomination: [[t('web.cand.nomination'), form.hasNomination ? `${opt('province.', form.nominationProvince)} · ${v(form.nominatedOn)}` : yn(false)]],
    funds: [[t('web.elig.funds'), v(form.funds)]],
    review: [],
  };

  return (
    <div data-testid="review">
      <GcdsText>{t('web.cand.review.intro')}</GcdsText>
      {steps
        .filter((s) => s !== 'review')
        .map((s) => (
          <section key={s} className="review-section" data-review={s}>
            <GcdsHeading tag="h3">{stepTitle(t, s)}</GcdsHeading>
            <dl className="facts">
              {sections[s].map(([label, value], i) => (
                <div key={i}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
            <GcdsLink href={`?step=${s}`}>{t('web.cand.review.change', { step: stepTitle(t, s) })}</GcdsLink>
          </section>
        ))}
    </div>
  );
}
