/**
 * Everything the workspace panel runs from src/lib: gathering and scoring each engagement's runs,
 * filtering and sorting the list, and the links each card offers.
 */
import type { ToolRules } from '../lib/engagements/gather';
import { engagementPath } from '../lib/engagements/links';
import { progress } from '../lib/checklist/checklist';
import { readHistory } from '../lib/quiz/history';
import { checkCompleteness } from '../lib/handoff-record/record';
import { pageUrl } from '../lib/urls';

export { gatherWorkspace, REASON_WORDS, STATE_WORDS } from '../lib/engagements/gather';
export { runsOf, without } from '../lib/engagements/deleting';
export { filterSummaries, sortSummaries } from '../lib/engagements/workspace';
export { describeEarlier, unsettled } from '../lib/engagements/earlier';
export { localToday } from '../lib/calendar/iso-date';
/** The slot ids the tools store their runs under. */
export { TOOL_SLOTS as SLOTS } from '../lib/engagements/tool-pages';

/** The tools' rules the workspace scores runs with. */
export const rules: ToolRules = { progress, readHistory, checkCompleteness };

/** A boundary's print packet, filled from one engagement. */
export const printPath = (boundary: string, engagementId: string): string =>
  engagementPath(pageUrl(`print/${boundary}`), engagementId);
