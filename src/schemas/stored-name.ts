/**
 * The diagnostic's name in its storage key (`handoff-handbook:v1:triage:<id>`), in saved files and
 * in quarantine keys: the name it had before it was called the diagnostic. Data saved under it
 * must still be read, so it stays, here and nowhere else.
 */
export const DIAGNOSTIC_STORED_NAME = 'triage';
