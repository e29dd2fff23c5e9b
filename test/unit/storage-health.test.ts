import { describe, expect, it } from 'vitest';
import {
  backupReminder,
  DAY_MS,
  noteBackup,
  noteChange,
  PERSIST_STATES,
  persistState,
  unsavedSinceOf,
  type BackupState,
} from '../../src/lib/engagements/storage-health';

/** A controlled clock: every test moves time by hand. */
const T0 = Date.UTC(2026, 2, 2, 9, 0);
const at = (days: number, hours = 0) => T0 + days * DAY_MS + hours * 3_600_000;

describe('backup reminder', () => {
  it('stays quiet with no changes, however long ago the last backup was', () => {
    expect(backupReminder({}, at(100)).remind).toBe(false);
    expect(backupReminder({ lastBackupAt: T0 }, at(100))).toEqual({
      remind: false,
      unsavedDays: 0,
      daysSinceBackup: 100,
    });
  });

  it('reminds once an unsaved change is 7 days old, not a moment before', () => {
    const state = noteChange({ lastBackupAt: at(-3) }, T0);
    expect(backupReminder(state, at(6, 23)).remind).toBe(false);
    expect(backupReminder(state, at(7))).toEqual({ remind: true, unsavedDays: 7, daysSinceBackup: 10 });
  });

  it('reminds even when nothing was ever backed up', () => {
    expect(backupReminder(noteChange({}, T0), at(8))).toEqual({ remind: true, unsavedDays: 8 });
  });

  it('counts from the first change after a backup, so daily edits do not push the reminder away', () => {
    let state: BackupState = {};
    for (let day = 0; day <= 7; day++) state = noteChange(state, at(day));
    expect(state.unsavedSince).toBe(T0);
    expect(backupReminder(state, at(7)).remind).toBe(true);
  });

  it('a backup clears the reminder; the next change starts a new week', () => {
    const backedUp = noteBackup(at(8));
    expect(backupReminder(backedUp, at(8)).remind).toBe(false);
    const changed = noteChange(backedUp, at(9));
    expect(backupReminder(changed, at(15, 23)).remind).toBe(false);
    expect(backupReminder(changed, at(16)).remind).toBe(true);
  });

  it('rebuilds the oldest unsaved change from items’ stamps', () => {
    expect(unsavedSinceOf([at(5), at(2), at(9)], at(3))).toBe(at(5));
    expect(unsavedSinceOf([at(5), at(2)])).toBe(at(2));
    expect(unsavedSinceOf([at(1)], at(3))).toBeUndefined();
    expect(unsavedSinceOf([])).toBeUndefined();
  });
});

describe('persisted or not', () => {
  it.each([
    [{ storageAvailable: false, apiAvailable: true, persisted: true }, 'no-storage'],
    [{ storageAvailable: true, apiAvailable: false }, 'unsupported'],
    [{ storageAvailable: true, apiAvailable: true, persisted: true }, 'persisted'],
    [{ storageAvailable: true, apiAvailable: true, persisted: false }, 'not-asked'],
    [{ storageAvailable: true, apiAvailable: true, persisted: false, asked: true }, 'refused'],
  ] as const)('%j is %s', (facts, state) => expect(persistState(facts)).toBe(state));

  it('every state has its words, and only the states where asking can help offer to ask', () => {
    for (const text of Object.values(PERSIST_STATES)) {
      expect(text.label.length).toBeGreaterThan(0);
      expect(text.explanation.length).toBeGreaterThan(20);
    }
    expect(
      Object.entries(PERSIST_STATES)
        .filter(([, t]) => t.canAsk)
        .map(([s]) => s),
    ).toEqual(['not-asked', 'refused']);
    expect(PERSIST_STATES.persisted.tone).toBe('ok');
    expect(PERSIST_STATES['no-storage'].tone).toBe('bad');
  });
});
