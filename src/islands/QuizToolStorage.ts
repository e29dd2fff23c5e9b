/**
 * Opens the persistence layer on this browser's localStorage for the quiz, triage and record
 * islands. The layer and the kind are imported only after the island has hydrated, which keeps
 * them out of the first-paint JavaScript: the form works at once and saving follows a moment later.
 */
import type { Kind, Loaded, Slot } from '../lib/persistence';

export async function openSlot<T>(loadKind: () => Promise<Kind<T>>, id: string): Promise<Slot<T>> {
  const [{ openBrowserPersistence }, kind] = await Promise.all([import('../lib/persistence'), loadKind()]);
  return openBrowserPersistence([kind]).slot(kind, id);
}

/** A sentence about how a load went, or '' when there is nothing to say. Nothing unreadable is deleted. */
export function loadNotice(loaded: Loaded<unknown>): string {
  if (loaded.status === 'unavailable') return 'This browser is not saving, so your answers last only until you leave the page.';
  if (loaded.status === 'newer') return 'What is saved here was written by a newer version of this site, so it is left untouched and nothing new is saved.';
  if (loaded.kept) return 'Something saved here earlier could not be read. It has been set aside in this browser’s storage, not deleted.';
  return '';
}

/** A sentence about a failed save. */
export function saveFailure(reason: string): string {
  if (reason === 'full') return 'Could not save: this browser’s storage is full.';
  if (reason === 'locked') return 'Not saved, so that newer saved data is not overwritten.';
  return 'Could not save: this browser is not allowing storage.';
}

/** A date as YYYY-MM-DD, the same in every locale. */
export const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
