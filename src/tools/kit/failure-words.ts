/** Why a change was not saved, in the reader's words: the save-status line and every message beside an action use these. */
import type { Failure } from '../../lib/persistence/store';
import { LIMITS_TEXT } from '../../lib/persistence/limits';

export const WHY: Record<Exclude<Failure, 'full'> | 'no-code', string> = {
  unavailable: 'this browser does not let the site store data',
  locked: 'a newer version of this site saved data here, and this page leaves it untouched',
  unverified: 'the browser did not keep what was written',
  'too-large': `this tool’s data has grown past what the site stores (${LIMITS_TEXT})`,
  'no-code': 'the code that saves could not be loaded; trying again',
};

/** The reason a change was not saved, as a clause: "this browser’s storage for the site is full". */
export const failureWhy = (failure: Failure) =>
  failure === 'full' ? 'this browser’s storage for the site is full' : WHY[failure];
