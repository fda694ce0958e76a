// Temporal coverage: every parameter has exactly one value on every day since Express Entry opened.
import { describe, expect, it } from 'vitest';
import { ALL_PARAMETERS, EPOCH, RuleDateError, findParameter, rulesVersion, valueAt } from '../src/domain/rules/index.ts';
import { addDays, isIsoDate } from '../src/domain/dates.ts';

const LAST_DAY_CHECKED = '2027-12-31';

describe('rule parameters', () => {
  it('are registered, with unique ids', () => {
    expect(ALL_PARAMETERS.length).toBeGreaterThan(40);
    const ids = ALL_PARAMETERS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(findParameter(id)?.id).toBe(id);
  });

  it.each(ALL_PARAMETERS.map((p) => [p.id, p] as const))('%s: labelled in French and English, every value referenced', (_id, p) => {
    expect(p.label.en.trim()).not.toBe('');
    expect(p.label.fr.trim()).not.toBe('');
    expect(p.label.fr).not.toBe(p.label.en);
    expect(p.values.length).toBeGreaterThan(0);
    for (const v of p.values) {
      expect(isIsoDate(v.from)).toBe(true);
      expect(v.references.length).toBeGreaterThan(0);
      for (const r of v.references) expect(r.title.trim()).not.toBe('');
      if (v.unsure !== undefined) expect(v.unsure.trim()).not.toBe('');
    }
  });

  it.each(ALL_PARAMETERS.map((p) => [p.id, p] as const))('%s: exactly one value on every day from 2015-01-01', (_id, p) => {
    expect(p.values[0]!.from).toBe(EPOCH);
    for (let i = 1; i < p.values.length; i++) expect(p.values[i]!.from > p.values[i - 1]!.from).toBe(true);
    // Walk every day and check the value in force is the unique one whose interval holds the day.
    let index = 0;
    for (let day = EPOCH; day <= LAST_DAY_CHECKED; day = addDays(day, 1)) {
      while (index + 1 < p.values.length && p.values[index + 1]!.from <= day) index++;
      const holding = p.values.filter((v, i) => v.from <= day && (i + 1 === p.values.length || p.values[i + 1]!.from > day));
      expect(holding.length).toBe(1);
      expect(valueAt(p, day)).toBe(p.values[index]);
    }
  });

  it('refuse a day before 2015-01-01 and a malformed day with a clear error', () => {
    const p = ALL_PARAMETERS[0]!;
    expect(() => valueAt(p, '2014-12-31')).toThrowError(RuleDateError);
    expect(() => valueAt(p, '2014-12-31')).toThrowError(/2015-01-01/);
    expect(() => valueAt(p, '2015-02-30')).toThrowError(RuleDateError);
    expect(() => valueAt(p, 'yesterday')).toThrowError(RuleDateError);
    expect(() => rulesVersion('2014-06-01')).toThrowError(RuleDateError);
  });

  it('name the rules version in force on a day: the latest change on or before it', () => {
    expect(rulesVersion(EPOCH)).toBe(EPOCH);
    expect(rulesVersion('2016-11-18') < '2016-11-19').toBe(true);
    expect(rulesVersion('2016-11-19')).toBe('2016-11-19');
    expect(rulesVersion('2025-03-25') >= '2025-03-25').toBe(true);
  });
});
