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
