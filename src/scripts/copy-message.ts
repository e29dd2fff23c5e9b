/**
 * The copy button on each message card: puts the card's message text on the clipboard. When the
 * browser refuses, it selects the text instead so the reader can copy it by hand.
 */
export function enableMessageCopy(doc: Document): void {
  const buttons = doc.querySelectorAll<HTMLButtonElement>('[data-copy-message]');
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const card = button.closest('[data-message]')!;
      const text = card.querySelector('pre')!;
      const status = card.querySelector('[role=status]')!;
      try {
        await navigator.clipboard.writeText(text.textContent ?? '');
        status.textContent = 'Copied. Replace each [bracketed] part before sending.';
      } catch {
        getSelection()?.selectAllChildren(text);
        status.textContent = 'Your browser blocked copying. The message is selected: press Ctrl+C (or ⌘C) to copy it.';
      }
    });
  }
}
