
/**
 * Named records ("Acme rebrand") kept side by side for one checklist or worksheet, one of
 * them active. Shared by the checklist and the worksheet; `T` is what a record holds.
 */
export type NamedRecord<T> = T & { id: string; name: string; updatedAt: number };

export interface Book<T> {
  active: string;
  records: NamedRecord<T>[];
}

export const DEFAULT_NAME = 'My engagement';

export function newBook<T>(content: T, now: number): Book<T> {
  return { active: 'r1', records: [{ ...content, id: 'r1', name: DEFAULT_NAME, updatedAt: now }] };
}

/** The active record; a book whose active id went missing falls back to its first record. */
export function activeRecord<T>(book: Book<T>): NamedRecord<T> {
  return book.records.find((r) => r.id === book.active) ?? book.records[0]!;
}

/** A loaded book can be empty or point at a missing record; this makes it usable. */
export function normalizeBook<T>(book: Book<T>, content: () => T, now: number): Book<T> {
  if (book.records.length === 0) return newBook(content(), now);
  return book.records.some((r) => r.id === book.active) ? book : { ...book, active: book.records[0]!.id };
}

const nextId = (book: Book<unknown>) =>
  `r${Math.max(0, ...book.records.map((r) => Number(r.id.slice(1)) || 0)) + 1}`;

export function createRecord<T>(book: Book<T>, name: string, content: T, now: number): Book<T> {
  const id = nextId(book);
  const clean = name.trim() || `Engagement ${book.records.length + 1}`;
  return { active: id, records: [...book.records, { ...content, id, name: clean, updatedAt: now }] };
}

export function renameRecord<T>(book: Book<T>, id: string, name: string, now: number): Book<T> {
  const clean = name.trim();
  if (!clean) return book;
  return { ...book, records: book.records.map((r) => (r.id === id ? { ...r, name: clean, updatedAt: now } : r)) };
}

export function switchRecord<T>(book: Book<T>, id: string): Book<T> {
  return book.records.some((r) => r.id === id) ? { ...book, active: id } : book;
}

/** Deletes a record; deleting the last one leaves a fresh, empty record. */
export function deleteRecord<T>(book: Book<T>, id: string, content: () => T, now: number): Book<T> {
  const records = book.records.filter((r) => r.id !== id);
  if (records.length === 0) return newBook(content(), now);
  return { active: book.active === id ? records[0]!.id : book.active, records };
}

/** Applies a change to the active record's content and stamps it. */
export function updateActive<T>(book: Book<T>, change: (record: NamedRecord<T>) => T, now: number): Book<T> {
  const active = activeRecord(book);
  return {
    ...book,
    records: book.records.map((r) => (r.id === active.id ? { ...r, ...change(r), id: r.id, name: r.name, updatedAt: now } : r)),
  };
}
