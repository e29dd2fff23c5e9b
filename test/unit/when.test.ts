/** The one moment format: a time no save of this site can carry (a share link dated year 0) reads as unknown. */
import { describe, expect, it } from 'vitest';
import { when } from '../../src/lib/dates';

describe('when', () => {
  it('a link dated year 0 reads as an unknown time, not "0-01-01 00:00"', () => {
    expect(when(Date.parse('0000-01-01T00:00:00Z'))).toEqual({ iso: '', text: 'an unknown time' });
    expect(when(Date.parse('+275760-09-13T00:00:00Z')).text).toBe('an unknown time');
    expect(when(Date.parse('2201-01-01T00:00:00Z')).text).toBe('an unknown time');
  });
  it('a real moment keeps its format', () => {
    expect(when(Date.UTC(2026, 2, 2, 10, 0)).text).toMatch(/^2026-03-0[12] \d{2}:\d{2}$/);
    expect(when(0).iso).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('grouped', () => {
  it('writes the limits as a reader reads them, in every locale', async () => {
    const { grouped, LIMITS_TEXT } = await import('../../src/lib/persistence/limits');
    expect([grouped(5), grouped(5000), grouped(20_000), grouped(1234567)]).toEqual([
      '5',
      '5,000',
      '20,000',
      '1,234,567',
    ]);
    expect(LIMITS_TEXT).toBe('at most 5,000 items in one list, 200 characters in a name and 20,000 in one text');
  });
});
