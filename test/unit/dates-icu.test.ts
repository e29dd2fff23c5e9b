/**
 * Machine dates never depend on how a locale writes a date. ICU 72 (Debian 12's, which WebKitGTK
 * and Safari releases of that time use) writes `en-CA` as 12/06/2026, where newer ICU writes
 * 2026-12-06; code that formatted with `en-CA` and took the result as YYYY-MM-DD stored
 * "12/06/2026" as a date. This suite runs the date code under an Intl that answers like ICU 72.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoDate, localToday, when } from '../../src/lib/dates';

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
    expect(localToday(noonUtc, 'UTC')).toBe('2026-12-06');
    expect(localToday(noonUtc, 'Pacific/Kiritimati')).toBe('2026-12-07');
    expect(localToday(noonUtc, 'Pacific/Pago_Pago')).toBe('2026-12-06');
    expect(localToday(Date.UTC(2026, 11, 6, 3), 'America/Los_Angeles')).toBe('2026-12-05');
    expect(localToday(noonUtc)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the other machine dates keep their form too', () => {
    expect(isoDate(Date.UTC(2026, 11, 6, 12))).toBe('2026-12-06');
    expect(when(Date.UTC(2026, 11, 6, 12)).text).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });
});
