/**
 * Fills a boundary's print packet from one engagement once the page has loaded: ticks, notes, the
 * handoff record, the client inputs still open, the messages with what the engagement holds, and
 * the engagement and date in the header of every printed page. The engagement is the one in
 * `?engagement=`, else the current one; the select on the page picks another (and rewrites the
 * link, not the current engagement). A box ticked here is saved to that engagement's checklist run.
 * The storage code loads after first paint; when it cannot, or when nothing is stored, the packet
 * stays blank for filling by hand.
 */

import { localToday } from '../lib/dates';

interface PacketData {
  boundary: { from: string; to: string };
  checklist: string;
  form: { nameField: string; fromField: string; toField: string };
  worksheet: string;
  columns: string[];
  stages: [string, string][];
  messages: { subject: string; body: string }[];
}

/** The print button works only with JavaScript, so it shows only with it. */
function showPrintButton(doc: Document) {
  const print = doc.querySelector<HTMLButtonElement>('[data-packet-print]');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', () => window.print());
  }
}

export async function fillPacket(doc: Document): Promise<void> {
  const source = doc.querySelector<HTMLElement>('[data-packet-source]');
  const data = JSON.parse(
    doc.querySelector<HTMLElement>('[data-packet]')?.dataset['packet'] ?? 'null',
  ) as PacketData | null;
  showPrintButton(doc);
  if (!data || !source) return;
  const say = (text: string) => void (source.textContent = text);
  const picker = doc.querySelector<HTMLElement>('[data-packet-pick]');
  const select = picker?.querySelector('select');
  // What the page prints blank, to put back before filling from another engagement.
  const blank = new Map<HTMLElement, string>();
  for (const el of doc.querySelectorAll<HTMLElement>(
    '[data-field], [data-fill], [data-message-subject], [data-message-body]',
  ))
    blank.set(el, el.textContent ?? '');
  const deps = doc.querySelector('[data-deps]');
  const blankRows = deps ? [...deps.children].map((row) => row.cloneNode(true)) : [];
  try {
    // Both load after first paint: the page prints blank without them.
    const [m, { packetFill, packetTick }] = await Promise.all([import('../tools/site-store'), import('./packet')]);
    const store = m.browserStore();
    const checklist = store.open(m.checklistKind, data.checklist);
    let shown: { id: string; name: string } | undefined;

    const render = (fromLink: string | null) => {
      const fill = packetFill({
        chosen: store.open(m.engagementsKind, 'all').read(),
        fromLink,
        checklist: checklist.read(),
        dependencies: store.open(m.worksheetKind(), data.worksheet).read(),
        records: store.open(m.handoffRecordKind, 'handoff-record').read().records,
        boundary: data.boundary,
        form: data.form,
        messages: data.messages,
        today: localToday(Date.now()),
      });
      for (const [el, text] of blank) {
        el.textContent = text;
        el.classList.remove('filled');
      }
      deps?.replaceChildren(...blankRows.map((row) => row.cloneNode(true)));
      shown = fill && { id: fill.id, name: fill.engagement };
      if (!fill) return say('No engagement is saved in this browser, so the packet is blank: fill it in by hand.');
      if (select && picker) {
        select.replaceChildren(
          ...fill.choices.map((c) => {
            const option = doc.createElement('option');
            option.value = c.id;
            option.textContent = c.name;
            return option;
          }),
        );
        select.value = fill.id;
        picker.hidden = false;
      }
      const set = (selector: string, text: string) =>
        doc.querySelectorAll<HTMLElement>(selector).forEach((el) => (el.textContent = text));
      set('[data-fill="engagement"]', fill.engagement);
      set('[data-fill="date"]', localToday(Date.now()));
      for (const box of doc.querySelectorAll<HTMLInputElement>('input[data-item]'))
        box.checked = fill.ticks[box.dataset['item']!] === true;
      for (const note of doc.querySelectorAll<HTMLElement>('[data-note]')) {
        const text = fill.notes[note.dataset['note']!];
        note.hidden = !text;
        note.textContent = text ? `Note: ${text}` : '';
      }
      if (fill.record) {
        set('[data-fill="record"]', fill.record.name);
        const stages = new Map(data.stages);
        for (const field of doc.querySelectorAll<HTMLElement>('[data-field]')) {
          const value = fill.record.values[field.dataset['field']!] ?? '';
          field.textContent = field.dataset['kind'] === 'stage' ? (stages.get(value) ?? value) : value;
          field.classList.toggle('filled', value.trim() !== '');
        }
      }
      if (deps && fill.dependencies && fill.dependencies.length > 0) {
        deps.replaceChildren(
          ...fill.dependencies.map((row) => {
            const tr = doc.createElement('tr');
            for (const column of data.columns) tr.appendChild(doc.createElement('td')).textContent = row[column] ?? '';
            return tr;
          }),
        );
      }
      fill.messages.forEach((message, i) => {
        set(`[data-message-subject="${i}"]`, message.subject);
        set(`[data-message-body="${i}"]`, message.body);
      });
      say(
        `Filled from the engagement “${fill.engagement}”${fill.record ? `, with the handoff record “${fill.record.name}”` : ''}. Blank boxes and lines are still open.`,
      );
    };

    render(new URLSearchParams(location.search).get('engagement'));
    select?.addEventListener('change', () => {
      const url = new URL(location.href);
      url.searchParams.set('engagement', select.value);
      history.replaceState(history.state, '', url);
      render(select.value);
    });
    for (const box of doc.querySelectorAll<HTMLInputElement>('input[data-item]'))
      box.addEventListener('change', () => {
        if (!shown) return;
        const e = shown;
        const status = checklist.update((runSet) =>
          packetTick(runSet, e, box.dataset['item']!, box.checked, Date.now()),
        );
        say(
          status.failure || status.savedAt === undefined
            ? `This tick could not be saved, so it is on this page only: ${box.checked ? 'tick' : 'clear'} it on the checklist again later.`
            : `Ticks are saved to the checklist of “${e.name}”.`,
        );
      });
  } catch {
    say('What this browser saved could not be read, so the packet is blank: fill it in by hand.');
  }
}
