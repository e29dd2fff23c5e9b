/**
 * The handoff record's part in the workspace: each saved record's completeness at the boundary it
 * describes, the inputs it says the client still owes, and the next owner the latest one names.
 */
import type { Gathered, WorkspacePart } from '../../lib/engagements/part';
import { recordBoundary } from '../../lib/engagements/evidence';
import { splitKey } from '../../lib/runs/run-set-items';
import type { RecordForm } from './schema';
import { checkCompleteness, type RecordValues } from './record';
import { handoffRecordKind, type RecordsStored } from './kind';
import handoffRecordForm from '../../../content/records/handoff-record.json';

const lines = (text: string | undefined) => (text ?? '').split('\n').filter((l) => l.trim() !== '').length;

/** The saved handoff records, by engagement: `<engagement>:<name>` keys. */
function byEngagement(state: RecordsStored | undefined): Map<string, { name: string; values: RecordValues }[]> {
  const out = new Map<string, { name: string; values: RecordValues }[]>();
  for (const [key, values] of Object.entries(state?.records ?? {})) {
    const [engagement, name] = splitKey(key);
    out.set(engagement, [...(out.get(engagement) ?? []), { name, values }]);
  }
  return out;
}

/** The part over the record form `form`, stored under its id. */
export function recordPartOf(form: RecordForm, slot: string): WorkspacePart<RecordsStored> {
  return {
    key: 'records',
    slots: [
      {
        slot,
        name: 'records',
        kind: handoffRecordKind,
        empty: { records: {}, draft: {} },
        put: (_s, v) => v as RecordsStored,
        without: (state: RecordsStored, id: string): RecordsStored => ({
          ...state,
          records: Object.fromEntries(Object.entries(state.records).filter(([k]) => splitKey(k)[0] !== id)),
        }),
      },
    ],
    found: (state) =>
      Object.keys(state?.records ?? {}).map((key) => {
        const [id, name] = splitKey(key);
        return { id, name };
      }),
    gather(state, { lifecycle, pages, at }) {
      const stageIds = lifecycle.stages.map((s) => s.id);
      const out: Gathered[] = [];
      for (const [e, list] of byEngagement(state)) {
        for (const { name, values } of list) {
          const boundary = recordBoundary(values[form.fromField], values[form.toField], lifecycle.boundaries);
          if (!boundary) continue;
          const complete = checkCompleteness(form, values, stageIds).complete;
          const owed = lines(values.dependencies);
          out.push({
            engagement: e,
            boundary,
            evidence: { record: { complete }, ...(owed > 0 ? { openDependencies: owed } : {}) },
            run: {
              label: `Handoff record “${name}”: ${complete ? 'complete' : 'incomplete'}`,
              href: at(pages.record, e),
            },
          });
        }
      }
      return out;
    },
    count: (state, id) => [
      {
        tool: 'handoff records',
        count: Object.keys(state?.records ?? {}).filter((k) => splitKey(k)[0] === id).length,
      },
    ],
    row(state, id, { pages, at }) {
      // The handoff record saved last in the list names the next owner and the event that ends the stage.
      const latest = (byEngagement(state).get(id) ?? []).at(-1);
      const owner =
        latest?.values[
          form.fields.find((f) => f.transfer === 'next-owner' && f.check === 'person')?.id ?? 'owner'
        ]?.trim();
      const what = latest?.values[form.fields.find((f) => f.check === 'event')?.id ?? 'completion']?.trim();
      return latest && (owner || what)
        ? { recordNext: { ...(owner ? { owner } : {}), ...(what ? { what } : {}), link: at(pages.record, id) } }
        : {};
    },
  };
}

export const part = recordPartOf(handoffRecordForm as unknown as RecordForm, 'handoff-record');
