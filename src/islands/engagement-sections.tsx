/**
 * The engagement page's forms, by section: the dates (contract and kickoff, the next action, each
 * dated list with a form per item and one to add) and the client, project and notes.
 */
import type { Engagement } from '../lib/engagements/engagement';
import { renameEngagement } from '../lib/engagements/engagement';
import { addItem, removeItem, setNextAction, setNotes, updateDates, updateItem } from '../lib/engagements/edit';
import { cryptoRandom } from '../lib/engagements/ids';
import { engagementPath, TOOL_PATHS } from '../lib/engagements/links';
import { KEY_DATE_FIELDS, LIST_FORMS, NAME_FIELDS, NEXT_ACTION_FIELDS } from '../lib/engagements/form';
import { engagementNamesSchema, keyDatesSchema, nextActionSchema } from '../schemas/engagement';
import type { DatedList } from '../lib/engagements/kind';
import { fromWorksheet } from '../lib/engagements/dependency-list';
import type { SlotStatus } from '../lib/persistence/store';
import { by, EditForm, ITEM_SCHEMAS } from './engagement-form';

/** Saves a change on the open engagement; false when the form's engagement is no longer the one open. */
export type Edit = (change: (e: Engagement, now: number) => Engagement) => SlotStatus | undefined | false;

/** What every form of the open engagement is given: the dirty report, the reset counter, whose forms they are. */
export interface Own {
  onDirty: (form: string, dirty: boolean) => void;
  reset: number;
  of: string;
}

/** One dated list (milestones, invoices, client dependencies, decisions): a form per item and one to add. */
function DatedListSection({
  list,
  id,
  base,
  e,
  edit,
  own,
}: {
  list: DatedList;
  /** The open engagement's id. */
  id: string;
  /** The engagement as stored (or as typed for, when no longer open): its own items. */
  base: Engagement;
  /** The same with the worksheet's dated rows joined. */
  e: Engagement;
  edit: Edit;
  own: Own;
}) {
  const form = LIST_FORMS[list];
  const schema = ITEM_SCHEMAS[list];
  const items = base.dates[list] as { id: string }[];
  const fromSheet = list === 'dependencies' ? e.dates.dependencies.filter(fromWorksheet) : [];
  return (
    <section aria-labelledby={`${list}-heading`} class="dated-list">
      <h3 id={`${list}-heading`}>{form.heading}</h3>
      {items.map((item, n) => (
        <EditForm
          {...own}
          key={item.id}
          id={`${list}-${item.id}`}
          legend={`${form.one[0]!.toUpperCase()}${form.one.slice(1)} ${n + 1}`}
          fields={form.fields}
          value={item}
          check={by(schema, { id: item.id })}
          save={(v) => {
            // Every field named, so a cleared optional date is removed, not kept.
            const change = Object.fromEntries(form.fields.map((f) => [f.key, v[f.key]]));
            return edit((x, now) => updateItem(x, list, item.id, change, now));
          }}
          remove={() => edit((x, now) => removeItem(x, list, item.id, now))}
          submit={`Save ${form.one}`}
        />
      ))}
      {fromSheet.length > 0 && (
        <div class="from-worksheet">
          <h4 id="dependencies-from-sheet">On the client input worksheet</h4>
          <ul aria-labelledby="dependencies-from-sheet">
            {fromSheet.map((d) => (
              <li key={d.id}>
                <strong>{d.what}</strong>, from {d.owner}, due {d.dueOn}{' '}
                <a href={engagementPath(TOOL_PATHS.dependencies, id, d.id)}>Edit on the worksheet</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <details class="add-item">
        <summary>
          Add {form.an} {form.one}
        </summary>
        <EditForm
          {...own}
          id={`${list}-new`}
          legend={`New ${form.one}`}
          fields={form.fields}
          value={undefined}
          check={by(schema, { id: 'new' })}
          save={(v) => {
            const { id: _new, ...item } = v;
            return edit((x, now) => addItem(x, list, item as never, cryptoRandom, now).engagement);
          }}
          submit={`Add ${form.one}`}
        />
      </details>
    </section>
  );
}

/** The dates: contract and kickoff, the next action, and the dated lists. */
export function DatesSection({
  id,
  base,
  e,
  edit,
  own,
}: {
  id: string;
  base: Engagement;
  e: Engagement;
  edit: Edit;
  own: Own;
}) {
  return (
    <section aria-labelledby="dates-heading">
      <h2 id="dates-heading">Dates</h2>
      <EditForm
        {...own}
        id="key-dates"
        legend="Contract and kickoff"
        fields={KEY_DATE_FIELDS}
        value={e.dates}
        check={by(keyDatesSchema)}
        save={(v) =>
          edit((x, now) =>
            updateDates(
              x,
              { signature: v.signature as string | undefined, kickoff: v.kickoff as string | undefined },
              now,
            ),
          )
        }
      />
      <EditForm
        {...own}
        id="next-action"
        legend="Next action"
        fields={NEXT_ACTION_FIELDS}
        value={e.nextAction}
        check={by(nextActionSchema)}
        save={(v) => edit((x, now) => setNextAction(x, v as Engagement['nextAction'], now))}
        onBlank={() => edit((x, now) => setNextAction(x, undefined, now))}
        submit="Save next action"
      />
      {(Object.keys(LIST_FORMS) as DatedList[]).map((list) => (
        <DatedListSection key={list} list={list} id={id} base={base} e={e} edit={edit} own={own} />
      ))}
    </section>
  );
}

/** The client, project and notes, saved as the reader types. */
export function NamesSection({ e, edit, own }: { e: Engagement; edit: Edit; own: Own }) {
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">Client, project and notes</h2>
      <EditForm
        {...own}
        id="names"
        legend="Engagement"
        fields={NAME_FIELDS}
        value={e}
        check={by(engagementNamesSchema, { project: '' })}
        save={(v) =>
          edit((x, now) =>
            setNotes(
              // An empty project is a project cleared: the schema keeps it as '' rather than absent.
              renameEngagement(
                x,
                { client: v.client as string, project: (v.project as string | undefined) ?? '' },
                now,
              ),
              (v.notes as string | undefined) ?? '',
              now,
            ),
          )
        }
      />
    </section>
  );
}
