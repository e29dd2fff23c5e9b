/**
 * Fills a boundary's print packet from one engagement (`?engagement=` or the current one) once the
 * page has loaded: ticks, notes, the handoff record, the client inputs still open, and the
 * engagement and date in the header of every printed page. The storage code loads after first
 * paint; when it cannot, or when nothing is stored, the packet stays blank for filling by hand.
 */

import { localToday } from '../lib/dates';

interface PacketData {
  boundary: { from: string; to: string };
  checklist: string;
  form: { nameField: string; fromField: string; toField: string };
  worksheet: string;
  columns: string[];
  stages: [string, string][];
}

export async function fillPacket(doc: Document): Promise<void> {
  const source = doc.querySelector<HTMLElement>('[data-packet-source]');
  const data = JSON.parse(
    doc.querySelector<HTMLElement>('[data-packet]')?.dataset['packet'] ?? 'null',
  ) as PacketData | null;
  const print = doc.querySelector<HTMLButtonElement>('[data-packet-print]');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', () => window.print());
  }
  if (!data || !source) return;
  const say = (text: string) => void (source.textContent = text);
  try {
    // Both load after first paint: the page prints blank without them.
    const [m, { packetFill }] = await Promise.all([import('../lib/persistence/store'), import('../lib/print/packet')]);
    const store = m.browserStore();
    const fill = packetFill({
      chosen: store.open(m.engagementsKind, 'all').read(),
      fromLink: new URLSearchParams(location.search).get('engagement'),
      checklist: store.open(m.checklistKind, data.checklist).read(),
      dependencies: store.open(m.worksheetKind(), data.worksheet).read(),
      records: store.open(m.handoffRecordKind, 'handoff-record').read().records,
      boundary: data.boundary,
      form: data.form,
    });
    if (!fill) return say('No engagement is saved in this browser, so the packet is blank: fill it in by hand.');
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
    const body = doc.querySelector('[data-deps]');
    if (body && fill.dependencies && fill.dependencies.length > 0) {
      body.replaceChildren(
        ...fill.dependencies.map((row) => {
          const tr = doc.createElement('tr');
          for (const column of data.columns) tr.appendChild(doc.createElement('td')).textContent = row[column] ?? '';
          return tr;
        }),
      );
    }
    say(
      `Filled from the engagement “${fill.engagement}”${fill.record ? `, with the handoff record “${fill.record.name}”` : ''}. Blank boxes and lines are still open.`,
    );
  } catch {
    say('What this browser saved could not be read, so the packet is blank: fill it in by hand.');
  }
}
