/**
 * The copy button on each message card: puts the card's message text on the clipboard. When the
 * browser refuses, it selects the text instead so the reader can copy it by hand.
 */
export function enableMessageCopy(doc: Document): void {
  for (const button of doc.querySelectorAll<HTMLButtonElement>('[data-copy-message]')) {
    button.hidden = false;
    button.onclick = async () => {
      const card = button.closest('[data-message]')!;
      const text = card.querySelector('pre')!;
      const status = card.querySelector('[role=status]')!;
      try {
        await navigator.clipboard.writeText(text.textContent!);
        status.textContent = 'Copied. Replace each [bracketed] part before sending.';
      } catch {
        getSelection()?.selectAllChildren(text);
        status.textContent = 'Copying was blocked, so the message is selected: press Ctrl+C or ⌘C.';
      }
    };
  }
}
