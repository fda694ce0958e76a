// Public routes: good input answers as the use cases do; every kind of bad input is a 4xx problem with field-level
// French and English messages, and nothing is computed.
import { describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/http/app.ts';
import { adviceForInput, eligibilityOfInput, scoreInput } from '../../src/app/evaluate.ts';
import { BODY_LIMIT_BYTES } from '../../src/http/problem.ts';
import { baseDeps, call, TODAY } from './harness.ts';
import { cecSoftwareEngineerToronto, celpip, FIXTURE_AS_OF, fswNurseAbroadWithSpouse, job } from '../fixtures/profiles.ts';

const app = createHttpApp(baseDeps());

/** CRS factors of a single worker with a TEER 0–3 job offer (examples/factors.jsonl). */
const factors = {
  age: 29,
  maritalStatus: 'single',
  spouseCanadianCitizenOrPR: false,
  spouseAccompanying: false,
  education: 'bachelors_or_three_year',
  canadianEducation: 'none',
  firstLanguage: { language: 'english', speaking: 9, listening: 9, reading: 9, writing: 9 },
  secondLanguage: null,
  canadianWorkYears: 1,
  foreignWorkYears: 3,
  certificateOfQualification: false,
  provincialNomination: false,
  siblingInCanada: false,
  arrangedEmployment: 'teer_0_1_2_3',
  spouseEducation: 'none',
  spouseLanguage: null,
  spouseCanadianWorkYears: 0,
};

function errorFor(body: { errors?: { field: string; expected: string; message: string }[] }, field: string) {
  return body.errors?.find((e) => e.field === field);
}

describe('POST /api/crs/score', () => {
  it('scores CRS factors as the use case does, with worded lines (French by default)', async () => {
    const r = await call(app, '/api/crs/score?asOf=2025-06-01', { body: factors });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-language')).toBe('fr');
    const expected = scoreInput(factors, '2025-06-01');
    if (!expected.ok) throw new Error('fixture');
    expect(r.body).toMatchObject({
      asOf: '2025-06-01',
      rulesVersion: expected.value.rulesVersion,
      total: expected.value.score.total,
      core: expected.value.score.core,
      spouse: expected.value.score.spouse,
      transferability: expected.value.score.transferability,
      additional: expected.value.score.additional,
      findings: [],
    });
    expect(r.body.lines).toHaveLength(expected.value.score.lines.length);
    expect(r.body.lines.find((l: { factor: string }) => l.factor === 'age')).toMatchObject({ block: 'core', label: 'Âge', input: 29, parameter: 'crs.core.age' });
    expect(r.body.total).toBe(r.body.core + r.body.spouse + r.body.transferability + r.body.additional);
  });

  it('words the lines in English from Accept-Language', async () => {
    const r = await call(app, '/api/crs/score', { body: factors, headers: { 'accept-language': 'en-CA,en;q=0.9' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-language')).toBe('en');
    expect(r.body.lines.find((l: { factor: string }) => l.factor === 'age').label).toBe('Age');
  });

  it('uses the rules in force on asOf: the day before and the day of the 2016-11-19 change differ', async () => {
    const before = await call(app, '/api/crs/score?asOf=2016-11-18', { body: factors });
    const on = await call(app, '/api/crs/score?asOf=2016-11-19', { body: factors });
    expect(before.status).toBe(200);
    expect(on.status).toBe(200);
    expect(before.body.rulesVersion < '2016-11-19').toBe(true);
    expect(on.body.rulesVersion).toBe('2016-11-19');
    expect(on.body.total).not.toBe(before.body.total);
    // An asOf in the body wins over the query.
    const inBody = await call(app, '/api/crs/score?asOf=2025-06-01', { body: { ...factors, asOf: '2016-11-18' } });
    expect(inBody.body.asOf).toBe('2016-11-18');
    expect(inBody.body.total).toBe(before.body.total);
  });

  it('defaults asOf to today (the injected clock)', async () => {
    const r = await call(app, '/api/crs/score', { body: factors });
    expect(r.body.asOf).toBe(TODAY);
  });

  it('scores a full profile with the findings of the derivation', async () => {
    const r = await call(app, `/api/crs/score?asOf=${FIXTURE_AS_OF}`, { body: cecSoftwareEngineerToronto });
    expect(r.status).toBe(200);
    const expected = scoreInput(cecSoftwareEngineerToronto, FIXTURE_AS_OF);
    if (!expected.ok) throw new Error('fixture');
    expect(r.body.total).toBe(expected.value.score.total);
    expect(r.body.findings.map((f: { code: string }) => f.code)).toEqual(expected.value.findings.map((f) => f.code));
    for (const f of r.body.findings) expect(f.message).not.toMatch(/^finding\./);
  });

  it('refuses malformed JSON with 400 malformed_json, in French and English', async () => {
    const fr = await call(app, '/api/crs/score', { raw: '{"age": 29,' });
    expect(fr.status).toBe(400);
    expect(fr.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(fr.body).toMatchObject({ status: 400, code: 'malformed_json', title: 'JSON mal formé' });
    const en = await call(app, '/api/crs/score', { raw: '{"age": 29,', lang: 'en' });
    expect(en.body).toMatchObject({ code: 'malformed_json', title: 'Malformed JSON', detail: 'The request body is not valid JSON.' });
  });

  it('refuses an empty body as malformed JSON', async () => {
    const r = await call(app, '/api/crs/score', { raw: '' });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('malformed_json');
  });

  it('refuses a body over 256 KiB with 413 payload_too_large (with or without Content-Length)', async () => {
    const big = JSON.stringify({ ...factors, padding: 'x'.repeat(BODY_LIMIT_BYTES) });
    const r = await call(app, '/api/crs/score', { raw: big });
    expect(r.status).toBe(413);
    expect(r.body.code).toBe('payload_too_large');
    expect(r.body.detail).toContain('256');
    const withLength = await call(app, '/api/crs/score', { raw: big, headers: { 'content-type': 'application/json', 'content-length': String(big.length) } });
    expect(withLength.status).toBe(413);
    // Just under the limit is read (and then refused for its unknown field, not its size).
    const under = JSON.stringify({ ...factors, padding: 'x'.repeat(BODY_LIMIT_BYTES - 2000) });
    const ok = await call(app, '/api/crs/score', { raw: under });
    expect(ok.status).toBe(422);
  });

  it('refuses a body that is not declared as JSON with 415', async () => {
    const r = await call(app, '/api/crs/score', { raw: JSON.stringify(factors), headers: { 'content-type': 'text/plain' } });
    expect(r.status).toBe(415);
    expect(r.body.code).toBe('unsupported_media_type');
  });

  it('names unknown fields, in French and English', async () => {
    const body = { ...factors, agee: 30, firstLanguage: { ...factors.firstLanguage, speeking: 9 } };
    const fr = await call(app, '/api/crs/score', { body });
    expect(fr.status).toBe(422);
    expect(fr.body.code).toBe('validation_failed');
    expect(errorFor(fr.body, 'agee')).toEqual({ field: 'agee', expected: 'no such field', message: 'Ce champ n’est pas attendu ici (vérifiez son orthographe).' });
    expect(errorFor(fr.body, 'firstLanguage.speeking')?.expected).toBe('no such field');
    const en = await call(app, '/api/crs/score', { body, lang: 'en' });
    expect(errorFor(en.body, 'agee')?.message).toBe('This field is not expected here (check its spelling).');
    expect(en.body.detail).toBe('2 fields are not valid; nothing was computed or stored.');
  });

  it('names wrong types, missing fields and values out of range', async () => {
    const { foreignWorkYears: _drop, ...missing } = factors;
    const body = { ...missing, age: '29', canadianWorkYears: 1.5, firstLanguage: { ...factors.firstLanguage, reading: 13 }, maritalStatus: 'engaged' };
    const en = await call(app, '/api/crs/score', { body, lang: 'en' });
    expect(en.status).toBe(422);
    expect(errorFor(en.body, 'age')).toEqual({ field: 'age', expected: 'number', message: 'Expected a number.' });
    expect(errorFor(en.body, 'canadianWorkYears')).toMatchObject({ expected: 'int', message: 'Expected a whole number.' });
    expect(errorFor(en.body, 'foreignWorkYears')).toMatchObject({ expected: 'number (required)', message: 'This field is required (a number).' });
    expect(errorFor(en.body, 'firstLanguage.reading')).toMatchObject({ expected: '<= 12', message: 'Must be at most 12.' });
    expect(errorFor(en.body, 'maritalStatus')?.message).toMatch(/^Expected one of: single, married/);
    const fr = await call(app, '/api/crs/score', { body });
    expect(errorFor(fr.body, 'age')?.message).toBe('Attendu : un nombre.');
    expect(errorFor(fr.body, 'foreignWorkYears')?.message).toBe('Ce champ est obligatoire (un nombre).');
    expect(errorFor(fr.body, 'firstLanguage.reading')?.message).toBe('Doit être au plus 12.');
  });

  it('refuses a body that is not an object', async () => {
    for (const raw of ['[]', '"text"', '42', 'null']) {
      const r = await call(app, '/api/crs/score', { raw, lang: 'en' });
      expect(r.status, raw).toBe(422);
      expect(r.body.errors, raw).toEqual([{ field: '(root)', expected: 'object', message: 'Expected an object.' }]);
    }
  });

  it('refuses impossible dates: not a calendar day, birth in the future, end before start, test before birth', async () => {
    const notADay = await call(app, `/api/crs/score?asOf=${FIXTURE_AS_OF}`, { body: { ...cecSoftwareEngineerToronto, birthDate: '1995-02-30' }, lang: 'en' });
    expect(notADay.status).toBe(422);
    expect(errorFor(notADay.body, 'birthDate')?.message).toBe('Expected a calendar date written YYYY-MM-DD (a day that exists).');

    const future = await call(app, `/api/crs/score?asOf=${FIXTURE_AS_OF}`, { body: { ...cecSoftwareEngineerToronto, birthDate: '2030-01-01', education: [], languageTests: [], workHistory: [] } });
    expect(future.status).toBe(422);
    expect(errorFor(future.body, 'birthDate')).toMatchObject({ expected: `date on or before ${FIXTURE_AS_OF}`, message: `Cette date est dans le futur : attendu le ${FIXTURE_AS_OF} ou avant.` });

    const endBeforeStart = { ...cecSoftwareEngineerToronto, workHistory: [job('21231', '2022-05-02', '2021-01-01', 40, 'CA')] };
    const e = await call(app, `/api/crs/score?asOf=${FIXTURE_AS_OF}`, { body: endBeforeStart, lang: 'en' });
    expect(e.status).toBe(422);
    expect(errorFor(e.body, 'workHistory[0].end')).toMatchObject({ expected: 'end_before_start', message: 'The end date is before the start date.' });

    const testBeforeBirth = { ...cecSoftwareEngineerToronto, languageTests: [celpip('1990-01-01', 9, 9, 9, 9)] };
    const t = await call(app, `/api/crs/score?asOf=${FIXTURE_AS_OF}`, { body: testBeforeBirth });
    expect(errorFor(t.body, 'languageTests[0].testDate')).toMatchObject({ expected: 'before_birth', message: 'Cette date est antérieure à la date de naissance.' });
  });

  it('refuses test scores outside the test’s scale, naming the scale', async () => {
    const ielts = { test: 'ielts_general', testDate: '2024-09-01', scores: { speaking: 7.3, listening: 9.5, reading: 7, writing: 7 } };
    const r = await call(app, `/api/crs/score?asOf=${FIXTURE_AS_OF}`, { body: { ...cecSoftwareEngineerToronto, languageTests: [ielts] }, lang: 'en' });
    expect(r.status).toBe(422);
    expect(errorFor(r.body, 'languageTests[0].scores.speaking')).toMatchObject({ expected: '0..9 by 0.5', message: 'Score outside the test’s scale: expected 0 to 9, in steps of 0.5.' });
    expect(errorFor(r.body, 'languageTests[0].scores.listening')?.message).toBe('Score outside the test’s scale: expected 0 to 9, in steps of 0.5.');
    const fr = await call(app, `/api/crs/score?asOf=${FIXTURE_AS_OF}`, { body: { ...cecSoftwareEngineerToronto, languageTests: [ielts] } });
    expect(errorFor(fr.body, 'languageTests[0].scores.speaking')?.message).toBe('Résultat hors de l’échelle du test : attendu de 0 à 9, par pas de 0.5.');
  });

  it('refuses a NOC code and a country of the wrong form', async () => {
    const body = { ...cecSoftwareEngineerToronto, workHistory: [job('2123', '2022-05-02', null, 40, 'Canada')] };
    const r = await call(app, `/api/crs/score?asOf=${FIXTURE_AS_OF}`, { body, lang: 'en' });
    expect(errorFor(r.body, 'workHistory[0].noc')?.message).toBe('Expected a NOC 2021 unit-group code of 5 digits (e.g. 21231).');
    expect(errorFor(r.body, 'workHistory[0].country')?.message).toBe('Expected a two-letter country code in capitals (ISO 3166-1, e.g. CA).');
  });

  it('refuses an evaluation day before 2015-01-01 (query or body) and one that is not a day', async () => {
    const query = await call(app, '/api/crs/score?asOf=2014-12-31', { body: factors, lang: 'en' });
    expect(query.status).toBe(422);
    expect(query.body.errors).toEqual([
      { field: 'asOf', expected: 'date (YYYY-MM-DD) on or after 2015-01-01', message: 'Expected a date (YYYY-MM-DD) on or after 2015-01-01: the rules of Express Entry start then.' },
    ]);
    const body = await call(app, '/api/crs/score', { body: { ...factors, asOf: '2014-12-31' } });
    expect(body.status).toBe(422);
    expect(errorFor(body.body, 'asOf')?.message).toBe('Attendu : une date (AAAA-MM-JJ) le 2015-01-01 ou après : les règles d’Entrée express commencent à cette date.');
    const notADay = await call(app, '/api/crs/score?asOf=2025-02-29', { body: factors });
    expect(notADay.status).toBe(422);
    // The first day is accepted.
    expect((await call(app, '/api/crs/score?asOf=2015-01-01', { body: factors })).status).toBe(200);
  });
});

describe('POST /api/eligibility and /api/advice', () => {
  it('answers eligibility per program with worded reasons', async () => {
    const r = await call(app, `/api/eligibility?asOf=${FIXTURE_AS_OF}`, { body: fswNurseAbroadWithSpouse, lang: 'en' });
    expect(r.status).toBe(200);
    const expected = eligibilityOfInput(fswNurseAbroadWithSpouse, FIXTURE_AS_OF);
    if (!expected.ok) throw new Error('fixture');
    expect(r.body.expressEntryEligible).toBe(expected.value.eligibility.expressEntryEligible);
    for (const p of ['fsw', 'cec', 'fst'] as const) expect(r.body.programs[p].eligible, p).toBe(expected.value.eligibility.programs[p].eligible);
    expect(r.body.programs.fsw.fswGrid.total).toBe(expected.value.eligibility.programs.fsw.fswGrid?.total);
    for (const reason of r.body.programs.cec.reasons) expect(reason.message).not.toMatch(/^eligibility\./);
  });

  it('needs a full profile: CRS factors are refused with a field error', async () => {
    const r = await call(app, '/api/eligibility', { body: factors, lang: 'en' });
    expect(r.status).toBe(422);
    expect(r.body.errors[0].message).toBe('A full profile is needed here (CRS factors are not enough).');
    expect((await call(app, '/api/advice', { body: factors })).status).toBe(422);
  });

  it('answers ranked advice with worded suggestions', async () => {
    const r = await call(app, `/api/advice?asOf=${FIXTURE_AS_OF}`, { body: cecSoftwareEngineerToronto });
    expect(r.status).toBe(200);
    const expected = adviceForInput(cecSoftwareEngineerToronto, FIXTURE_AS_OF);
    if (!expected.ok) throw new Error('fixture');
    expect(r.body.current).toBe(expected.value.advice.current);
    expect(r.body.suggestions.map((s: { code: string }) => s.code)).toEqual(expected.value.advice.suggestions.map((s) => s.code));
    for (const s of r.body.suggestions) expect(s.message).not.toMatch(/^advice\./);
  });
});

describe('GET /api/noc', () => {
  it('finds unit groups by words, titled in the response language', async () => {
    const r = await call(app, '/api/noc?q=software');
    expect(r.status).toBe(200);
    expect(r.body.hits.map((h: { code: string }) => h.code).sort()).toEqual(['21231', '21232']);
    expect(r.body.hits[0].title).toBe(r.body.hits[0].titleFr);
    const en = await call(app, '/api/noc?q=21231&lang=en');
    expect(en.headers.get('content-language')).toBe('en');
    expect(en.body.hits[0]).toMatchObject({ code: '21231', teer: 1, majorGroup: '21', match: 'code', title: 'Software engineers and designers' });
  });

  it('honours the limit and checks its parameters', async () => {
    expect((await call(app, '/api/noc?q=software&limit=1')).body.hits).toHaveLength(1);
    const missing = await call(app, '/api/noc', { lang: 'en' });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0]).toMatchObject({ field: 'q', message: 'This field is required (a text string).' });
    const limit = await call(app, '/api/noc?q=a&limit=0', { lang: 'en' });
    expect(limit.status).toBe(422);
    expect(limit.body.errors[0]).toMatchObject({ field: 'limit', message: 'Must be at least 1.' });
    expect((await call(app, '/api/noc?q=a&limit=abc')).status).toBe(422);
    expect((await call(app, '/api/noc?q=a&lang=de')).status).toBe(422);
  });
});

describe('GET /api/rules', () => {
  it('lists every parameter in force on a day, with references', async () => {
    const r = await call(app, '/api/rules?asOf=2016-11-19');
    expect(r.status).toBe(200);
    expect(r.body.asOf).toBe('2016-11-19');
    expect(r.body.rules.length).toBeGreaterThan(10);
    const age = r.body.rules.find((x: { id: string }) => x.id === 'crs.core.age');
    expect(age.references.length).toBeGreaterThan(0);
    expect((await call(app, '/api/rules?asOf=2014-12-31')).status).toBe(422);
  });

  it('shows one parameter, and 404 for an unknown id in the request language', async () => {
    const r = await call(app, '/api/rules/crs.core.age');
    expect(r.status).toBe(200);
    expect(r.body.values[0].from).toBe('2015-01-01');
    const unknown = await call(app, '/api/rules/crs.nope', { lang: 'en' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'not_found', detail: 'No rule parameter has the id “crs.nope”. GET /api/rules lists them all.' });
  });
});

describe('GET /api/health', () => {
  it('is ok when every check answers, 503 when one does not', async () => {
    expect((await call(app, '/api/health')).body).toMatchObject({ status: 'ok', rulesVersion: expect.any(String) });
    const sick = createHttpApp(baseDeps({ health: { database: async () => false, cache: async () => true } }));
    const r = await call(sick, '/api/health');
    expect(r.status).toBe(503);
    expect(r.body.checks).toEqual({ database: 'down', cache: 'ok' });
    const throwing = createHttpApp(baseDeps({ health: { database: () => Promise.reject(new Error('connection refused')) } }));
    expect((await call(throwing, '/api/health')).status).toBe(503);
  });
});
