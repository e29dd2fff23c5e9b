/**
 * Registers the service worker once the page has loaded, so it never competes with the page's
 * own requests. Without service workers (unsupported or blocked) it does nothing, and nothing
 * on the site needs one. The code that tells the reader about a new version loads only once a
 * new version is found: this runs on every page at first paint, where every byte counts.
 */
export function registerServiceWorker(win: Window): void {
  const sw = win.navigator.serviceWorker;
  // A worker installing or waiting while another controls the page is a new version of the site.
  // Its code is named by a template the page renders and imported by URL, so this script imports
  // nothing the bundler can see and rides inline in every page.
  const found = (registration: ServiceWorkerRegistration) => {
    const src = win.document
      .querySelector<HTMLTemplateElement>('template[data-update-notice]')
      ?.content.querySelector('script[src]')
      ?.getAttribute('src');
    if (!sw.controller || !src) return;
    void import(/* @vite-ignore */ src).then(() =>
      win.document.dispatchEvent(new CustomEvent('handbook:new-version', { detail: registration })),
    );
  };
  // Vite writes the site's base path in here (see src/lib/urls.ts): the worker lives at its root.
  const base = import.meta.env.BASE_URL;
  if (sw)
    win.addEventListener('load', () =>
      // A blocked registration can resolve with nothing at all.
      sw.register(`${base}sw.js`, { scope: base }).then((registration?: ServiceWorkerRegistration) => {
        if (registration?.waiting) found(registration);
        registration?.addEventListener('updatefound', () => found(registration));
      }, Boolean),
    );
}
