/**
 * Storage health as data: whether the browser promised to keep the site's data, and when to
 * remind the reader to download a backup. Pure: the browser's answers and the clock are passed
 * in, so each state can be tested without a browser.
 *
 * Why a week: Safari deletes everything a script stored for a site after 7 days of use without
 * a visit to it, so a change that is a week old and in no backup is a change a reader can lose.
 */

export const DAY_MS = 86_400_000;
export const BACKUP_REMINDER_AFTER_DAYS = 7;

/** What the storage layer keeps about backups, next to the data. */
export interface BackupState {
  /** When the last backup file was downloaded (or a full restore replaced the data), ms since the epoch. */
  lastBackupAt?: number;
  /** The first change made after that backup: the oldest change a backup does not hold. */
  unsavedSince?: number;
}

/**
 * Records a change. Only the first change after a backup is kept: a reader who edits every day
 * must still be reminded a week after the first edit, not never.
 */
export function noteChange(state: BackupState, now: number): BackupState {
  return state.unsavedSince === undefined ? { ...state, unsavedSince: now } : state;
}

/**
 * Records a backup download. After a restore that replaced all data, call it with the file's
 * export time: the data is then exactly what that file holds. A merge restore changes nothing here,
 * since local changes the file lacks are still unsaved.
 */
export function noteBackup(at: number): BackupState {
  return { lastBackupAt: at };
}

/** The oldest change after the last backup, from items' `updatedAt` stamps; for rebuilding the state. */
export function unsavedSinceOf(changeTimes: Iterable<number>, lastBackupAt?: number): number | undefined {
  let oldest: number | undefined;
  for (const t of changeTimes)
    if ((lastBackupAt === undefined || t > lastBackupAt) && (oldest === undefined || t < oldest)) oldest = t;
  return oldest;
}

/** The backup state from the last backup time and the stored items' change times. */
export function backupStateOf(changeTimes: Iterable<number>, lastBackupAt?: number): BackupState {
  const unsavedSince = unsavedSinceOf(changeTimes, lastBackupAt);
  return {
    ...(lastBackupAt === undefined ? {} : { lastBackupAt }),
    ...(unsavedSince === undefined ? {} : { unsavedSince }),
  };
}

export interface BackupReminder {
  /** True when the reader should be asked to download a backup now. */
  remind: boolean;
  /** Whole days since the oldest unsaved change; 0 when there is none. */
  unsavedDays: number;
  /** Whole days since the last backup, or undefined when there has never been one. */
  daysSinceBackup?: number;
}

/** Remind when changes that are in no backup are at least a week old. */
export function backupReminder(state: BackupState, now: number): BackupReminder {
  const unsavedDays =
    state.unsavedSince === undefined ? 0 : Math.max(0, Math.floor((now - state.unsavedSince) / DAY_MS));
  return {
    remind: state.unsavedSince !== undefined && now - state.unsavedSince >= BACKUP_REMINDER_AFTER_DAYS * DAY_MS,
    unsavedDays,
    ...(state.lastBackupAt === undefined
      ? {}
      : { daysSinceBackup: Math.max(0, Math.floor((now - state.lastBackupAt) / DAY_MS)) }),
  };
}

/**
 * Whether the browser will keep the data:
 * - persisted: it granted `navigator.storage.persist()` (or had already).
 * - not-asked: it could, but nobody has asked yet.
 * - refused: asked, and the browser said no (browsers grant it by their own rules, such as a
 *   bookmark or frequent visits; asking again later may succeed).
 * - unsupported: the browser has no StorageManager, so no promise is possible.
 * - no-storage: the site cannot save at all (blocked storage, some private modes).
 */
export type PersistState = 'persisted' | 'not-asked' | 'refused' | 'unsupported' | 'no-storage';

export interface PersistFacts {
  /** Whether localStorage could be opened. */
  storageAvailable: boolean;
  /** Whether `navigator.storage.persist` exists. */
  apiAvailable: boolean;
  /** The answer of `navigator.storage.persisted()`, when asked. */
  persisted?: boolean;
  /** Whether `persist()` was already requested in this browser. */
  asked?: boolean;
}

export function persistState(facts: PersistFacts): PersistState {
  if (!facts.storageAvailable) return 'no-storage';
  if (!facts.apiAvailable) return 'unsupported';
  if (facts.persisted) return 'persisted';
  return facts.asked ? 'refused' : 'not-asked';
}

export interface PersistStateText {
  /** A short status, e.g. for a badge. */
  label: string;
  /** One or two sentences on what it means for the reader's data. */
  explanation: string;
  /** Whether a "keep my data" button makes sense in this state. */
  canAsk: boolean;
  tone: 'ok' | 'warn' | 'bad';
}

/** What the storage panel says in each state. */
export const PERSIST_STATES: Readonly<Record<PersistState, PersistStateText>> = {
  persisted: {
    label: 'Kept by this browser',
    explanation:
      'This browser has promised not to clear the handbook’s data to free up space. Clearing site data by hand still removes it, so keep a recent backup.',
    canAsk: false,
    tone: 'ok',
  },
  'not-asked': {
    label: 'Not protected yet',
    explanation:
      'This browser may clear the handbook’s data when space runs low, or after a week without a visit in Safari. Ask it to keep the data, and download a backup.',
    canAsk: true,
    tone: 'warn',
  },
  refused: {
    label: 'Kept only while space allows',
    explanation:
      'This browser did not promise to keep the data. Browsers tend to agree for sites you bookmark or visit often; until then, a backup file is the safe copy.',
    canAsk: true,
    tone: 'warn',
  },
  unsupported: {
    label: 'No promise possible',
    explanation: 'This browser cannot be asked to keep the data. Download a backup after each working session.',
    canAsk: false,
    tone: 'warn',
  },
  'no-storage': {
    label: 'Not saving',
    explanation:
      'This browser is not letting the handbook save anything, so changes last only until the page is closed. Download a backup before you leave.',
    canAsk: false,
    tone: 'bad',
  },
};
