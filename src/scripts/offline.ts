/**
 * Registers the service worker once the page has loaded, so it never competes with the page's
 * own requests. Without service workers (unsupported or blocked) it does nothing, and nothing
 * on the site needs one. The code that tells the reader about a new version loads only once a
 * new version is found: this runs on every page at first paint, where every byte counts.
 */
export function registerServiceWorker(win: Window): void {
  const sw = win.navigator.serviceWorker;
  // A worker installing or waiting while another controls the page is a new version of the site.
  const found = (registration: ServiceWorkerRegistration) =>
    sw.controller && void import('./update-notice').then((notice) => notice.offerReload(win.document, registration));
  if (sw)
    win.addEventListener('load', () =>
      // A blocked registration can resolve with nothing at all.
      sw.register('/sw.js').then((registration?: ServiceWorkerRegistration) => {
        if (registration?.waiting) found(registration);
        registration?.addEventListener('updatefound', () => found(registration));
      }, Boolean),
    );
}
