// The candidate pages' pure parts: what the profile builder sends (a blank form is a valid draft; a complete form is a
// complete profile; typed mistakes are sent as typed, for the API to word), a saved draft read back into the form,
// which step shows an API field, the words of every step and label, and the "next" address after signing in.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { draftErrors } from '../src/app/profiles.ts';
import { profileSchema } from '../src/app/schemas.ts';
import { CATALOG } from '../src/i18n/index.ts';
import { WEB_MESSAGES } from '../web/src/lib/messages.ts';
import {
  draftData,
  emptyCredential,
  emptyProfileForm,
  emptyTest,
  emptyWorkEntry,
  formFromData,
  STEPS,
  stepOfPath,
  stepsFor,
  type ProfileForm,
} from '../web/src/pages/candidate/profile-form.ts';
import { pathLabel } from '../web/src/pages/candidate/labels.ts';
import { safeNext } from '../web/src/pages/candidate/paths.ts';

function complete(): ProfileForm {
  return {
    ...emptyProfileForm(),
    birthDate: '1994-03-12',
    maritalStatus: 'married',
    dependentChildren: '1',
    intendedProvince: 'ON',
    spouseCanadianCitizenOrPR: false,
    spouseAccompanying: true,
    spouseEducation: [{ level: 'two_year', completedOn: '2015-05-01', canadian: true, ecaDate: '' }],
    spouseTests: [{ test: 'tef_canada', testDate: '2025-01-10', scores: { speaking: '400', listening: '300', reading: '250', writing: '400' } }],
    spouseWork: [],
    education: [{ level: 'bachelors_or_three_year', completedOn: '2016-05-31', canadian: false, ecaDate: '2023-04-15' }],
    tests: [{ test: 'ielts_general', testDate: '2025-05-10', scores: { speaking: '7', listening: '8', reading: '7', writing: '6.5' } }],
    work: [{ ...emptyWorkEntry(), noc: '21232', start: '2022-06-01', weeklyHours: '37.5' }, { ...emptyWorkEntry(), noc: '21231', start: '2018-01-01', end: '2021-12-31', weeklyHours: '40', inCanada: false, country: 'fr' }],
    hasJobOffer: true,
    offerNoc: '21232',
    lmia: 'exempt',
    offerDurationMonths: '12',
    hasCertificate: false,
    hasNomination: true,
    nominationProvince: 'ON',
    nominatedOn: '2025-06-01',
    funds: '12000',
  };
}

describe('profile builder: what a draft sends', () => {
  it('a blank form is a valid (incomplete) draft: unanswered fields are left out, not sent empty', () => {
    const data = draftData(emptyProfileForm());
    expect(draftErrors(data)).toEqual([]);
    expect(data).not.toHaveProperty('birthDate');
    expect(data).not.toHaveProperty('settlementFundsCad');
    expect(data).not.toHaveProperty('intendedProvince');
    expect(data['spouse']).toBeNull();
    expect(data['education']).toEqual([{ canadian: false, ecaDate: null }]);
    expect(data['languageTests']).toEqual([{ scores: {} }]);
  });

  it('a complete form is a complete profile (the schema the submission checks)', () => {
    const data = draftData(complete());
    const parsed = profileSchema.safeParse(data);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect((data['workHistory'] as { country: string }[]).map((w) => w.country)).toEqual(['CA', 'FR']);
    expect(data['provincialNomination']).toEqual({ province: 'ON', nominatedOn: '2025-06-01' });
  });

  it('sends a typed mistake as typed, so the API words the error next to the field; a decimal comma reads as a point', () => {
    const data = draftData({ ...emptyProfileForm(), birthDate: '1994-02-30', funds: 'lots', work: [{ ...emptyWorkEntry(), weeklyHours: '37,5' }] });
    expect(data['birthDate']).toBe('1994-02-30');
    expect(data['settlementFundsCad']).toBe('lots');
    expect((data['workHistory'] as { weeklyHours: unknown }[])[0]!.weeklyHours).toBe(37.5);
    const fields = draftErrors(data).map((e) => e.field).sort();
    expect(fields).toEqual(['birthDate', 'settlementFundsCad']);
  });

  it('only a married or common-law candidate has a spouse, and the spouse step', () => {
    expect(draftData({ ...complete(), maritalStatus: 'divorced_or_separated' })['spouse']).toBeNull();
    expect(stepsFor({ maritalStatus: 'single' })).not.toContain('spouse');
    expect(stepsFor({ maritalStatus: 'common_law' })).toEqual([...STEPS]);
  });

  it('a saved draft reads back into the same form (reload: nothing lost)', () => {
    const form = complete();
    const back = formFromData(JSON.parse(JSON.stringify(draftData(form))));
    expect(back).toEqual({ ...form, work: form.work.map((w) => ({ ...w, country: w.inCanada ? '' : w.country.toUpperCase() })) });
    expect(formFromData(draftData(emptyProfileForm()))).toEqual(emptyProfileForm());
    expect(formFromData(null)).toEqual(emptyProfileForm());
  });

  it('round-trips any form of typed text (property)', () => {
    const text = fc.string({ maxLength: 12 }).map((s) => s.trim());
    const dateLike = fc.oneof(fc.constant(''), fc.date({ min: new Date('1950-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
    fc.assert(
      fc.property(dateLike, dateLike, text, fc.boolean(), (birthDate, completedOn, noc, canadian) => {
        const form: ProfileForm = {
          ...emptyProfileForm(),
          birthDate,
          education: [{ ...emptyCredential(), level: 'doctoral', completedOn, canadian }],
          tests: [emptyTest()],
          work: [{ ...emptyWorkEntry(), noc }],
        };
        const back = formFromData(JSON.parse(JSON.stringify(draftData(form))));
        expect(back.birthDate).toBe(birthDate);
        expect(back.education[0]!.completedOn).toBe(completedOn);
        expect(back.education[0]!.canadian).toBe(canadian);
        expect(back.work[0]!.noc).toBe(noc);
      }),
    );
  });
});

describe('profile builder: steps and labels', () => {
  it('puts every API field on the step that shows it', () => {
    expect(stepOfPath('birthDate')).toBe('identity');
    expect(stepOfPath('spouse.workHistory[0].noc')).toBe('spouse');
    expect(stepOfPath('education[1].ecaDate')).toBe('education');
    expect(stepOfPath('languageTests[0].scores.reading')).toBe('language');
    expect(stepOfPath('workHistory[2].weeklyHours')).toBe('work');
    expect(stepOfPath('jobOffer.noc')).toBe('offer');
    expect(stepOfPath('certificateOfQualification.issuedOn')).toBe('offer');
    expect(stepOfPath('provincialNomination.nominatedOn')).toBe('nomination');
    expect(stepOfPath('settlementFundsCad')).toBe('funds');
  });

  it('words every step, and names fields in lists for the error summary', () => {
    const words = { ...CATALOG, ...WEB_MESSAGES };
    for (const step of STEPS) expect(words[`web.cand.step.${step}`], step).toBeDefined();
    const t = (key: string, params: Record<string, unknown> = {}) => (words[key]?.en ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));
    expect(pathLabel(t, 'spouse.workHistory[1].noc')).toBe(`Spouse or partner — Job 2 — ${words['web.elig.noc']!.en}`);
    expect(pathLabel(t, 'education[0].completedOn')).toBe(`Credential 1 — ${words['web.elig.completed_on']!.en}`);
    expect(pathLabel(t, 'birthDate')).toBe(words['web.elig.birth_date']!.en);
    expect(pathLabel(t, 'no.such.field')).toBe('no.such.field');
  });
});

describe('after signing in', () => {
  it('follows a "next" address only to a page of this app', () => {
    expect(safeNext('/fr/tableau-de-bord')).toBe('/fr/tableau-de-bord');
    expect(safeNext('/en/profile?step=work')).toBe('/en/profile?step=work');
    for (const bad of [null, '', 'https://evil.example/', '//evil.example/en/', '/de/x', 'javascript:alert(1)', '/en/<script>', '/enx']) {
      expect(safeNext(bad), String(bad)).toBeNull();
    }
  });
});
