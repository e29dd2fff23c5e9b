/** An import's preview in the reader's words: engagements and tool runs, not storage keys or "lists". */
import { describe, expect, it } from 'vitest';
import { importWords, unitsOf, unitsText } from '../../src/lib/persistence/import-words';

const at = 1_700_000_000_000;
const value = (data: Record<string, Record<string, [number, unknown]>>) =>
  JSON.stringify({ version: 3, savedAt: at, data });
const key = (kind: string, id: string) => `handoff-handbook:v1:${kind}:${id}`;

const file = {
  [key('engagements', 'all')]: value({
    engagements: { e1: [at, { client: 'Acme' }], e2: [at, { client: 'Birch' }], e3: [at, null] },
    current: { current: [at, 'e1'] },
  }),
  [key('checklist', 'client-onboarding')]: value({
    ticks: { 'e1:a1': [at, true], 'e1:a2': [at, true], 'e2:a1': [at, true] },
    notes: { 'e2:a1': [at, 'signed'] },
  }),
  [key('checklist', 'approval-and-billing-readiness')]: value({ ticks: { 'e1:c1': [at, true] } }),
  [key('quiz', 'weak-handoff-quiz')]: value({ results: { r1: [at, { at, fragment: 'x' }] } }),
  [key('health', 'all')]: value({ health: { backup: [at, at] } }),
};

describe('import words', () => {
  it('counts engagements and each tool run per engagement, leaving deleted items and the backup record out', () => {
    expect(unitsText(unitsOf(file))).toBe('2 engagements, 3 checklist runs and 1 quiz result');
  });

  it('says "nothing" for an empty file and counts an unreadable value as other saved data', () => {
    expect(unitsText(unitsOf({}))).toBe('nothing');
    expect(unitsText(unitsOf({ [key('worksheet', 'w')]: 'not json' }))).toBe('1 other piece of saved data');
  });

  it('names what Replace removes: what this browser holds and the file does not', () => {
    const here = {
      [key('engagements', 'all')]: value({ engagements: { e1: [at, {}], e9: [at, {}] } }),
      [key('handoff-records', 'handoff-record')]: value({ records: { 'e9:Delivery': [at, {}] } }),
    };
    expect(importWords(file, here)).toEqual({
      holds: '2 engagements, 3 checklist runs and 1 quiz result',
      lost: '1 engagement and 1 handoff record',
    });
    expect(importWords(file, {}).lost).toBeUndefined();
  });

  it('never speaks of lists', () => {
    expect(importWords(file, file).holds).not.toMatch(/\blists?\b/);
  });
});
