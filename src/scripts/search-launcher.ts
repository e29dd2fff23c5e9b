/**
 * The only search code on a reading page: it waits for the reader to ask (the Search button,
 * `/`, or Ctrl/Cmd+K) and only then loads the search dialog's script and Pagefind. It imports
 * nothing the bundler can see, so the page carries it inline and loads no script file for it.
 */
import { highlightParam } from '../lib/search-results';
function typingInField(target: EventTarget | null): boolean {
  // A field inside a dialog that just closed can keep focus for a moment: the reader is not typing in it.
  if (target instanceof HTMLElement && target.closest('dialog:not([open])')) return false;
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function installSearchLauncher(doc: Document): void {
  const open = (opener: HTMLElement | null) => {
    // On /search/ the page's own field is the search: no dialog on top of it.
    const onPage = doc.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
    if (onPage) return onPage.focus();
    // The dialog's built script, named by the template the search button renders.
    const src = doc
      .querySelector<HTMLTemplateElement>('template[data-search-dialog]')
      ?.content.querySelector('script[src]')
      ?.getAttribute('src');
    if (!src) return void doc.location.assign(`${import.meta.env.BASE_URL}search/`);
    void import(/* @vite-ignore */ src).then(() =>
      doc.dispatchEvent(new CustomEvent('handbook:search-open', { detail: opener })),
    );
  };
  // A page opened from a search result highlights the words searched for (Pagefind's script, loaded only then).
  if (new URLSearchParams(doc.location.search).has(highlightParam)) {
    // Every page loads this script, so it imports no module the tools share (one more request per
    // page): Vite writes the site's base path in here, the value src/lib/urls.ts builds URLs from.
    const script = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
    void (import(/* @vite-ignore */ script) as Promise<{ default: new (o: object) => unknown }>)
      .then((m) => new m.default({ highlightParam, addStyles: false }))
      .catch(() => undefined);
  }
  doc.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLElement>('[data-search-open]');
    if (!button || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    open(button);
  });
  doc.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key === '/' && !typingInField(event.target)) ||
      (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
    if (!shortcut || doc.querySelector('dialog.search-dialog[open]')) return;
    event.preventDefault();
    open(doc.activeElement instanceof HTMLElement ? doc.activeElement : null);
  });
}
