/**
 * Term previews: CSS shows a term's definition on hover and focus once the root carries
 * `term-previews`; this script adds that class and lets Escape hide the open preview without
 * moving focus (WCAG 1.4.13). The preview returns on the next hover or focus.
 */
export function enableTermPreviews(doc: Document): void {
  doc.documentElement.classList.add('term-previews');
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of doc.querySelectorAll<HTMLElement>('.term:hover, .term:focus-within'))
      term.dataset['dismissed'] = '';
  });
  const reset = (event: Event) => {
    const term = (event.target as Element | null)?.closest?.('.term');
    if (term instanceof HTMLElement) delete term.dataset['dismissed'];
  };
  doc.addEventListener('mouseout', reset);
  doc.addEventListener('focusout', reset);
}
