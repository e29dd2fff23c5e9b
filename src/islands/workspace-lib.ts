/**
 * Everything the workspace panel runs from src/lib, as private copies (see
 * src/build/private-copies.ts). Shared normally, these modules would be split out of the chunks the tool
 * islands and the engagement picker load, and the tool pages that sit at their budget would pay
 * for the split. Named imports only: a namespace import pulls in a bundler helper that every
 * page's search script would then load as a chunk of its own. Each is typed as its original.
 */
import {
  gatherWorkspace as g,
  REASON_WORDS as rw,
  runsOf as ro,
  STATE_WORDS as sw,
  without as wo,
} from '../lib/engagements/gather?private';
import { filterSummaries as fs, sortSummaries as ss } from '../lib/engagements/workspace?private';
import { describeEarlier as de, unsettled as un } from '../lib/engagements/earlier?private';
import { localToday as lt } from '../lib/calendar/iso-date?private';
import { TOOL_SLOTS as ts } from '../lib/engagements/tool-pages?private';
import { progress as pr } from '../lib/checklist/checklist?private';
import { readHistory as rh } from '../lib/quiz/history?private';
import { checkCompleteness as cc } from '../lib/handoff-record/record?private';
import { engagementPath as ep } from '../lib/engagements/links?private';
import { pageUrl as pu } from '../lib/urls?private';
import type * as Gather from '../lib/engagements/gather';
import type * as Workspace from '../lib/engagements/workspace';
import type * as Earlier from '../lib/engagements/earlier';

export const gatherWorkspace: typeof Gather.gatherWorkspace = g;
export const REASON_WORDS: typeof Gather.REASON_WORDS = rw;
export const runsOf: typeof Gather.runsOf = ro;
export const STATE_WORDS: typeof Gather.STATE_WORDS = sw;
export const without: typeof Gather.without = wo;
export const filterSummaries: typeof Workspace.filterSummaries = fs;
export const sortSummaries: typeof Workspace.sortSummaries = ss;
export const describeEarlier: typeof Earlier.describeEarlier = de;
export const unsettled: typeof Earlier.unsettled = un;
export const localToday: typeof import('../lib/calendar/iso-date').localToday = lt;
/** The slot ids the tools store their runs under. */
export const SLOTS: typeof import('../lib/engagements/tool-pages').TOOL_SLOTS = ts;

/** The tools' rules the workspace scores runs with. */
export const rules: Gather.ToolRules = { progress: pr, readHistory: rh, checkCompleteness: cc };

/** A boundary's print packet, filled from one engagement. */
export const printPath = (boundary: string, engagementId: string): string =>
  (ep as typeof import('../lib/engagements/links').engagementPath)(
    (pu as typeof import('../lib/urls').pageUrl)(`print/${boundary}`),
    engagementId,
  );
