/**
 * The notice that a new version of the site is ready, with a "Reload" button. The new version
 * waits until the reader presses it, so the open page keeps the files it was built with until
 * then. Loaded by offline.ts only when a new version has installed.
 */
// Its own stylesheet, linked with the notice: imported plainly, it would join every page's CSS.
import stylesheet from '../styles/update-notice.css?url';

/** The service worker that holds the new version once it has installed, or null while it installs. */
export function readyWorker(
  registration: Pick<ServiceWorkerRegistration, 'waiting' | 'installing'>,
): ServiceWorker | null {
  return registration.waiting ?? (registration.installing?.state === 'installed' ? registration.installing : null);
}

let notice: HTMLElement | undefined;

function show(doc: Document, worker: ServiceWorker): void {
  const sw = doc.defaultView!.navigator.serviceWorker;
  const text = doc.createElement('p');
  text.textContent = 'A new version of the handbook is ready.';
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => {
    button.disabled = true;
    // Another tab may already have switched to the new version: then only this page needs reloading.
    if (worker.state !== 'installed') return doc.location.reload();
    sw.addEventListener('controllerchange', () => doc.location.reload(), { once: true });
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  notice!.replaceChildren(text, button);
}

export function offerReload(doc: Document, registration: ServiceWorkerRegistration): void {
  if (!notice) {
    // The status region is in the page before anything is said in it, so screen readers announce the message.
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheet;
    doc.head.append(link);
    notice = doc.createElement('div');
    notice.className = 'update-notice';
    notice.setAttribute('role', 'status');
    doc.body.append(notice);
  }
  const ready = readyWorker(registration);
  if (ready) return void doc.defaultView!.requestAnimationFrame(() => show(doc, ready));
  const installing = registration.installing;
  installing?.addEventListener('statechange', () => installing.state === 'installed' && show(doc, installing));
}
