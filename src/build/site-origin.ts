/**
 * A stylesheet made at build time from the site's origin (SITE_URL): `--site-origin`, which the
 * print styles put in front of every relative link, so printed link targets are absolute.
 */
const id = 'virtual:handbook/site-origin.css';
const only = /^virtual:handbook\/site-origin\.css$/;

export function siteOriginStyles(origin: string) {
  const css = `:root { --site-origin: ${JSON.stringify(new URL(origin).origin)}; }\n`;
  return {
    name: 'handbook:site-origin',
    // The filters keep every other module on the bundler's side: only this id reaches the hooks.
    resolveId: { filter: { id: only }, handler: () => id },
    load: { filter: { id: only }, handler: () => css },
  };
}
