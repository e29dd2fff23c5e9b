/** The legal-claims gate: a page that states law names its jurisdictions and lists its sources. */
import { describe, expect, it } from 'vitest';
import { findUnsourcedLaw, legalMarkerIn } from '../../src/lib/legal';
import { sourceSchema } from '../../src/schemas/page';
import { loadPages } from '../support/content-files';

const source = { url: 'https://www.legislation.gov.uk/ukpga/1998/20/contents' };

describe('statements of law', () => {
  it('finds the words only a statement of law uses', () => {
    expect(legalMarkerIn('Under the Late Payment of Commercial Debts (Interest) Act 1998 you may claim.')).toBe(
      'Act 1998',
    );
    expect(legalMarkerIn('Claim statutory interest on the debt.')).toBe('statutory interest');
    expect(legalMarkerIn('Send the invoice when the milestone is accepted.')).toBeUndefined();
  });

  it('fails a page with a legal marker and no sources or jurisdictions, naming file and field', () => {
    const problems = findUnsourcedLaw([
      { file: 'a.mdx', text: 'New York courts add interest under CPLR 5004.', jurisdictions: [], sources: [] },
    ]);
    expect(problems.map((p) => `${p.file}: ${p.field} → ${p.id}`)).toEqual([
      'a.mdx: sources → CPLR',
      'a.mdx: jurisdictions → CPLR',
    ]);
  });

  it('fails a page that declares jurisdictions with no sources, and passes one with both', () => {
    expect(
      findUnsourcedLaw([{ file: 'b.mdx', text: 'Plain words.', jurisdictions: ['uk'], sources: [] }]),
    ).toHaveLength(1);
    expect(
      findUnsourcedLaw([{ file: 'c.mdx', text: 'See the Act 1998.', jurisdictions: ['uk'], sources: [source] }]),
    ).toEqual([]);
  });

  it('a source needs a title, an https address and a checked date', () => {
    expect(sourceSchema.safeParse({ title: 'Act', url: 'https://example.org/', checked: '2026-12-06' }).success).toBe(
      true,
    );
    expect(sourceSchema.safeParse({ title: 'Act', url: 'http://example.org/', checked: '2026-12-06' }).success).toBe(
      false,
    );
    expect(sourceSchema.safeParse({ title: 'Act', url: 'https://example.org/', checked: 'December' }).success).toBe(
      false,
    );
  });

  it('every page of the handbook that states law lists its sources', () => {
    const pages = loadPages().map((p) => ({
      file: p.file,
      text: p.body,
      jurisdictions: p.data.jurisdictions,
      sources: p.data.sources,
    }));
    expect(findUnsourcedLaw(pages)).toEqual([]);
    expect(pages.filter((p) => p.sources.length > 0).map((p) => p.file)).toEqual(
      expect.arrayContaining([
        'content/pages/workflows/late-payment-path.mdx',
        'content/pages/workflows/payment-terms.mdx',
      ]),
    );
  });
});
