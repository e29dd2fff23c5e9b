/**
 * Everything the workspace panel runs from src/lib and the registry: gathering and scoring each
 * engagement's runs, filtering and sorting the list, and the links each card offers.
 */
import { engagementPath } from '../lib/engagements/links';
import { pageUrl } from '../lib/urls';
import { tools } from '../tools/registry';

export { gatherWorkspace, runsOf, withoutEngagement, REASON_WORDS, STATE_WORDS } from '../lib/engagements/gather';
export { filterSummaries, sortSummaries } from '../lib/engagements/workspace';
export { describeEarlier, unsettled } from '../lib/engagements/earlier';
export { localToday } from '../lib/calendar/iso-date';
export { workspaceParts } from '../tools/workspace-parts';

/** The tools' stored kinds by the name their keys carry, to open any stored value a tool keeps. */
export const toolKindsByName = () => Object.fromEntries(tools.map((t) => [t.kind.name, t.kind]));

/** A boundary's print packet, filled from one engagement. */
export const printPath = (boundary: string, engagementId: string): string =>
  engagementPath(pageUrl(`print/${boundary}`), engagementId);
