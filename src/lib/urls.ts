/** The URL a page id is served at: ids are paths, and every URL ends in a slash. */
export function pageUrl(id: string): string {
  return id === 'index' ? '/' : `/${id}/`;
}

/** The page id a site path belongs to, the inverse of `pageUrl`. */
export function pageIdFromPath(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index' : trimmed;
}
