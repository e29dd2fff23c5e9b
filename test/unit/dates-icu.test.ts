/**
 * Machine dates never depend on how a locale writes a date. ICU 72 (Debian 12's, which WebKitGTK
 * and Safari releases of that time use) writes `en-CA` as 12/06/2026, where newer ICU writes
 * 2026-12-06; code that formatted with `en-CA` and took the result as YYYY-MM-DD stored
 * "12/06/2026" as a date. This suite runs the date code under an Intl that answers like ICU 72.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoDate, localToday, when } from '../../src/lib/dates';
import { inTimeZone } from '../support/time-zone';

const RealDateTimeFormat = Intl.DateTimeFormat;

/** Intl.DateTimeFormat as ICU 72 has it for `en-CA`: month/day/year with slashes. */
function icu72DateTimeFormat(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
  const real = new RealDateTimeFormat(locales, options);
  const canadian = [locales].flat().includes('en-CA');
  if (!canadian) return real;
  const slashed = (at?: number | Date) => {
    const parts = real.formatToParts(at);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('month')}/${get('day')}/${get('year')}`;
  };
  return {
    format: slashed,
    formatToParts: (at?: number | Date) => real.formatToParts(at),
    resolvedOptions: () => real.resolvedOptions(),
  };
}

describe('machine dates under an ICU 72 Intl', () => {
  beforeEach(() => {
    Intl.DateTimeFormat = icu72DateTimeFormat as unknown as typeof Intl.DateTimeFormat;
  });
  afterEach(() => {
    Intl.DateTimeFormat = RealDateTimeFormat;
  });

  it('the fake answers as ICU 72 does, so the suite tests what it claims', () => {
    const at = Date.UTC(2026, 11, 6, 12);
    expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC' }).format(at)).toBe('12/06/2026');
  });

  it("today in the reader's zone is YYYY-MM-DD", () => {
    const noonUtc = Date.UTC(2026, 11, 6, 12);
    expect(inTimeZone('UTC', () => localToday(noonUtc))).toBe('2026-12-06');
    expect(inTimeZone('Pacific/Kiritimati', () => localToday(noonUtc))).toBe('2026-12-07');
    expect(inTimeZone('Pacific/Pago_Pago', () => localToday(noonUtc))).toBe('2026-12-06');
    expect(inTimeZone('America/Los_Angeles', () => localToday(Date.UTC(2026, 11, 6, 3)))).toBe('2026-12-05');
  });

  it('the other machine dates keep their form too', () => {
    expect(isoDate(Date.UTC(2026, 11, 6, 12))).toBe('2026-12-06');
    expect(when(Date.UTC(2026, 11, 6, 12)).text).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });
});

describe("the reader's wall clock", () => {
  it.each([
    ['America/New_York', '2026-03-13', '2026-03-13 23:30'],
    ['Pacific/Auckland', '2026-03-14', '2026-03-14 16:30'],
    ['UTC', '2026-03-14', '2026-03-14 03:30'],
  ])('in %s, 03:30 UTC on 14 March 2026 is %s (%s)', (zone, date, text) => {
    const at = Date.UTC(2026, 2, 14, 3, 30);
    expect(inTimeZone(zone, () => [localToday(at), when(at).text])).toEqual([date, text]);
  });

  it('reads the offset in force at that instant, across a daylight-saving change', () => {
    // Clocks went forward at 07:00 UTC on 8 March 2026: 06:30 UTC is 01:30 EST, 07:30 UTC is 03:30 EDT.
    const texts = inTimeZone('America/New_York', () =>
      [Date.UTC(2026, 2, 8, 6, 30), Date.UTC(2026, 2, 8, 7, 30)].map((at) => when(at).text),
    );
    expect(texts).toEqual(['2026-03-08 01:30', '2026-03-08 03:30']);
  });
});
