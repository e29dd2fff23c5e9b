/** The browser's shape checks accept exactly what the zod schemas of the stored kinds accept. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checklistBookSchema, envelopeSchema, worksheetBookSchema } from '../../src/lib/checklist/schema';
import { checklistKind } from '../../src/lib/checklist/checklist';
import { worksheetKind } from '../../src/lib/worksheet/worksheet';
import { isEnvelope } from '../../src/lib/persistence/persistence';

const text = fc.string({ maxLength: 6 });
const anyLeaf = fc.oneof(fc.string({ maxLength: 4 }), fc.boolean(), fc.integer(), fc.constant(null));
/** Nearly valid values: the right shape with random leaves swapped in, plus arbitrary JSON. */
const record = (content: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record({ id: fc.oneof(text, anyLeaf), name: fc.oneof(text, anyLeaf), updatedAt: fc.oneof(fc.integer(), anyLeaf), ...content });
const book = (content: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof(
    fc.record({ active: fc.oneof(text, anyLeaf), records: fc.oneof(fc.array(record(content), { maxLength: 3 }), anyLeaf) }),
    fc.jsonValue(),
  );
const dict = (value: fc.Arbitrary<unknown>) => fc.oneof(fc.dictionary(fc.constantFrom('a', 'b', 'c'), value, { maxKeys: 3 }), anyLeaf);

describe('stored kinds', () => {
  it('checklist: the check and the zod schema agree on 2,000 values', () => {
    const content = { ticks: dict(fc.oneof(fc.boolean(), anyLeaf)), notes: dict(fc.oneof(text, anyLeaf)) };
    fc.assert(
      fc.property(book(content), (value) => {
        expect(checklistKind.schema.safeParse(value).success).toBe(checklistBookSchema.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('worksheet: the check and the zod schema agree on 2,000 values', () => {
    const content = { rows: fc.oneof(fc.array(dict(fc.oneof(text, anyLeaf)), { maxLength: 3 }), anyLeaf) };
    fc.assert(
      fc.property(book(content), (value) => {
        expect(worksheetKind().schema.safeParse(value).success).toBe(worksheetBookSchema.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('envelope: the check and the zod schema agree', () => {
    const envelope = fc.oneof(fc.record({ version: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double(), anyLeaf), savedAt: fc.oneof(fc.integer(), anyLeaf), data: fc.jsonValue() }), fc.jsonValue());
    fc.assert(fc.property(envelope, (value) => {
      expect(isEnvelope(value)).toBe(envelopeSchema.safeParse(value).success);
    }), { numRuns: 1000 });
  });
});
