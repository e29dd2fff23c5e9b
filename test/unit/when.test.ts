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
