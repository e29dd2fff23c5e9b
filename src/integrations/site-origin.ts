/**
 * A stylesheet made at build time from the site's origin (SITE_URL): `--site-origin`, which the
 * print styles put in front of every relative link, so printed link targets are absolute.
 */
const id = 'virtual:handbook/site-origin.css';

export function siteOriginStyles(origin: string) {
  const css = `:root { --site-origin: ${JSON.stringify(new URL(origin).origin)}; }\n`;
  return {
    name: 'handbook:site-origin',
    resolveId: (source: string) => (source === id ? id : null),
    load: (source: string) => (source === id ? css : null),
  };
}
