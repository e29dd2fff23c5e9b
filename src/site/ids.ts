/** How many ids each page has issued so far, by the page's request (one per rendered page). */
const issued = new WeakMap<Request, number>();

/**
 * A fresh element id within the page being rendered (`term-tip-3`). Counted per page, not per
 * build: pages render several at a time, and a build-wide count would make a page's ids, and so
 * its bytes and its offline revision, depend on which other pages rendered beside it.
 */
export function uniqueId(page: Request, prefix: string): string {
  const next = (issued.get(page) ?? 0) + 1;
  issued.set(page, next);
  return `${prefix}-${next}`;
}
