/**
 * The only search code on a reading page: it waits for the reader to ask (the Search button,
 * `/`, or Ctrl/Cmd+K) and only then loads the search panel and Pagefind.
 */
function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function installSearchLauncher(doc: Document): void {
  const open = (opener: HTMLElement | null) => {
    void import('./search-panel').then((panel) => panel.openSearchDialog(doc, opener));
  };
  doc.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLElement>('[data-search-open]');
    if (!button || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    open(button);
  });
  doc.addEventListener('keydown', (event) => {
    const shortcut = (event.key === '/' && !typingInField(event.target)) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
    if (!shortcut || doc.querySelector('dialog.search-dialog[open]')) return;
    event.preventDefault();
    open(doc.activeElement instanceof HTMLElement ? doc.activeElement : null);
  });
}
