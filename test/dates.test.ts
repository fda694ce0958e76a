// Calendar-day arithmetic: the ground every dated rule stands on.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, addYears, completedYears, daysBetween, fromDayNumber, isIsoDate, parseIsoDate, toDayNumber } from '../src/domain/dates.ts';

describe('ISO days', () => {
  it('recognises real calendar days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
    expect(parseIsoDate('2026-11-23')).toEqual({ year: 2026, month: 11, day: 23 });
  });

  it('adds months clamping to the end of the month, and years across leap days', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-23', 12)).toBe('2027-11-23');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });

  it('counts completed years like an age (a 29 February birthday ages on 1 March in common years)', () => {
    expect(completedYears('1990-06-15', '2026-06-14')).toBe(35);
    expect(completedYears('1990-06-15', '2026-06-15')).toBe(36);
    expect(completedYears('2004-02-29', '2025-02-28')).toBe(20);
    expect(completedYears('2004-02-29', '2025-03-01')).toBe(21);
  });

  it('round-trips day numbers and differences', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -5000, max: 5000 }), (n, d) => {
        const day = fromDayNumber(n);
        expect(toDayNumber(day)).toBe(n);
        expect(daysBetween(day, addDays(day, d))).toBe(d);
      }),
    );
  });
});

// The arithmetic (no Date) against JavaScript's own calendar, on every kind of day of four-digit years from 1000.
describe('ISO days against Date', () => {
  const viaDate = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  const dayNumbers = fc.integer({ min: toDayNumber('1000-01-01'), max: toDayNumber('9999-12-31') });

  it('names the same day as Date for every day number, and parses it back', () => {
    fc.assert(
      fc.property(dayNumbers, (n) => {
        const day = fromDayNumber(n);
        expect(day).toBe(viaDate(n));
        expect(toDayNumber(day)).toBe(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts exactly the days Date accepts, in the strict YYYY-MM-DD form', () => {
    const text = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
      ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    );
    fc.assert(
      fc.property(text, (t) => {
        const real = !Number.isNaN(Date.parse(`${t}T00:00:00Z`)) && new Date(`${t}T00:00:00Z`).toISOString().startsWith(t);
        expect(isIsoDate(t)).toBe(real);
      }),
      { numRuns: 3000 },
    );
    for (const t of ['2026-1-01', '2026-01-1', ' 2026-01-01', '2026-01-01 ', '2026/01/01', '20260101xx', '2026-0a-01', '+2026-01-01', '', '2026-02-29', '1900-02-29'])
      expect(isIsoDate(t), t).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('adds days and months as Date does (months clamped to the end of the target month)', () => {
    fc.assert(
      fc.property(dayNumbers, fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -120, max: 120 }), (n, d, m) => {
        const day = viaDate(n);
        expect(addDays(day, d)).toBe(viaDate(n + d));
        const [y, mo, dd] = day.split('-').map(Number) as [number, number, number];
        const target = new Date(Date.UTC(y, mo - 1 + m, 1));
        const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
        target.setUTCDate(Math.min(dd, last));
        const expected = target.toISOString().slice(0, 10);
        if (target.getUTCFullYear() >= 1000 && target.getUTCFullYear() <= 9999) expect(addMonths(day, m)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
