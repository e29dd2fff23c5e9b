import type { Persistence } from './persistence';
import { openBrowserPersistence } from './window';
import { checklistKind } from '../checklist/kind';
import { worksheetKind } from '../worksheet/kind';

let shared: Persistence | undefined;

/**
 * The page's one persistence instance over localStorage, shared by every island on the page so
 * an import or a clear here reaches them all; `storage` events bring other tabs' changes.
 */
export function browserPersistence(): Persistence {
  shared ??= openBrowserPersistence([checklistKind, worksheetKind()]);
  return shared;
}
