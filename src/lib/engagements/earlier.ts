/**
 * The confirm step of the move into engagements. When a tool's stored value is rewritten at a
 * newer version, the store keeps its earlier text under `…earlier:v<version>:<kind>:<id>` until
 * the reader says to keep or remove it. This reads those copies back into plain words: which tool,
 * from which version, and (for version 1 values, read with the migration plan) which engagements
 * their records now belong to.
 */
import { planMigration } from './migration';
import { engagementName } from './engagement';

const NAMESPACE = 'handoff-handbook:v1:';
const EARLIER = `${NAMESPACE}earlier:`;

export interface EarlierCopy {
  key: string;
  raw: string;
  kept: boolean;
}

export interface MovedValue {
  key: string;
  /** The key the value had before it moved. */
  original: string;
  /** The version it was written at. */
  version: number;
  /** The kind's key segment (checklist, worksheet, quiz, triage, handoff-records). */
  kind: string;
  /** The tool's content id (a checklist id, the quiz id…). */
  tool: string;
  /** The engagements its records now belong to (id, and the name the copy gives it); empty when the copy could not be read for that. */
  engagements: { id: string; name: string }[];
  kept: boolean;
}

/** `…earlier:v1:checklist:client-onboarding` → version 1, the original key; undefined for any other key. */
export function earlierKey(key: string): { version: number; original: string; kind: string; tool: string } | undefined {
  const m = /^v(\d+):([^:]+):(.+?)(?:-\d+)?$/.exec(key.startsWith(EARLIER) ? key.slice(EARLIER.length) : '');
  return m ? { version: Number(m[1]), original: `${NAMESPACE}${m[2]}:${m[3]}`, kind: m[2]!, tool: m[3]! } : undefined;
}

/** What each earlier copy held and where it went. Copies of other versions are named without engagements. */
export function describeEarlier(copies: readonly EarlierCopy[], now: number): MovedValue[] {
  return copies.flatMap((c) => {
    const at = earlierKey(c.key);
    if (!at) return [];
    let engagements: MovedValue['engagements'] = [];
    if (at.version === 1) {
      const plan = planMigration({ [at.original]: c.raw }, now);
      if (plan.ok) {
        const used = new Set(plan.plan.runs.map((r) => r.engagementId));
        engagements = plan.plan.engagements
          .filter((e) => used.has(e.id))
          .map((e) => ({ id: e.id, name: engagementName(e) }))
          .sort((a, b) => a.name.localeCompare(b.name));
      }
    }
    return [
      {
        key: c.key,
        original: at.original,
        version: at.version,
        kind: at.kind,
        tool: at.tool,
        engagements,
        kept: c.kept,
      },
    ];
  });
}

/** The copies still waiting for the reader's answer. */
export const unsettled = (moved: readonly MovedValue[]) => moved.filter((m) => !m.kept);
