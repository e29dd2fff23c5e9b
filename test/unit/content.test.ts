import { describe, expect, it } from 'vitest';
import { findReferenceProblems, formatReferenceProblems } from '../../src/lib/references';
import { loadChecklists, loadDiagnostics, loadPages, loadReferenceSources, loadWorksheets } from '../support/content-files';

describe('the content folder', () => {
  it('every page, checklist, worksheet and diagnostic matches its schema', () => {
    expect(loadPages().length).toBeGreaterThan(0);
    expect(() => loadChecklists()).not.toThrow();
    expect(() => loadWorksheets()).not.toThrow();
    expect(() => loadDiagnostics()).not.toThrow();
  });

  it('has no dangling references', () => {
    const problems = findReferenceProblems(loadReferenceSources());
    expect(problems, formatReferenceProblems(problems)).toEqual([]);
  });
});
