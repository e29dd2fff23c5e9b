/**
 * The search panel, loaded on demand: a text field with a clear button, role and stage filters,
 * a live result count and a list of results that the arrow keys move through, a page at a time
 * with "Show more" until every counted result is listed. Used inside a modal dialog on every
 * page and inline on /search/; each copy prefixes its element ids, so both can be on one page.
 */
import { excerptParts, highlightParam, resultSummary } from '../lib/search-results';

interface PagefindResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string,
    o?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Results listed at once; "Show more" lists the next as many. */
const pageSize = 12;

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // Under the site's base path, as in search-launcher.ts; Pagefind puts result URLs under the
  // folder above its bundle, so they carry the base too.
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
  pagefindPromise ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    // Result links carry the query, which the opened page highlights (see search-launcher.ts).
    await pf.options({ excerptLength: 24, highlightParam });
    await pf.init();
    return pf;
  });
  return pagefindPromise;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
) {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerpt(doc: Document, html: string): HTMLElement {
  const p = el(doc, 'p', { class: 'search-excerpt' });
  for (const part of excerptParts(html))
    p.append(part.marked ? el(doc, 'mark', {}, part.text) : doc.createTextNode(part.text));
  return p;
}

function filterSelect(doc: Document, id: string, label: string, allLabel: string) {
  const wrap = el(doc, 'div', { class: 'search-filter' });
  wrap.append(el(doc, 'label', { for: id }, label));
  const select = el(doc, 'select', { id });
  select.append(el(doc, 'option', { value: '' }, allLabel));
  wrap.append(select);
  return { wrap, select };
}

/** One result: its title, kind and excerpt, and up to three sections of the page that match. */
function resultItem(doc: Document, d: PagefindResultData) {
  const li = el(doc, 'li');
  const link = el(doc, 'a', { href: d.url, class: 'search-hit' });
  link.append(el(doc, 'span', { class: 'search-title' }, d.meta.title ?? d.url));
  const kind = d.filters['role']?.[0];
  if (kind) link.append(el(doc, 'span', { class: 'search-role' }, kind));
  link.append(excerpt(doc, d.excerpt));
  li.append(link);
  const subs = d.sub_results
    .filter((s) => s.url.split('?')[0] !== d.url.split('?')[0] && s.url.includes('#'))
    .slice(0, 3);
  if (subs.length > 0) {
    const sub = el(doc, 'ul', { class: 'search-subs' });
    for (const s of subs) {
      const subItem = el(doc, 'li');
      subItem.append(el(doc, 'a', { href: s.url }, s.title));
      sub.append(subItem);
    }
    li.append(sub);
  }
  return li;
}

/** Offers every kind of page and stage the index holds, once the index loads. */
function fillFilters(doc: Document, roleSelect: HTMLSelectElement, stageSelect: HTMLSelectElement) {
  void loadPagefind()
    .then(async (pf) => {
      const available = await pf.filters();
      for (const [name, select] of [
        ['role', roleSelect],
        ['stage', stageSelect],
      ] as const) {
        for (const value of Object.keys(available[name] ?? {}).sort())
          select.append(el(doc, 'option', { value }, value));
      }
    })
    .catch(() => undefined);
}

/** Builds the panel into `root` and runs `initialQuery` if given. Returns the search field. */
export function mountSearchPanel(
  doc: Document,
  root: HTMLElement,
  initialQuery = '',
  onQuery?: (q: string) => void,
  idPrefix = 'search',
): HTMLInputElement {
  const form = el(doc, 'form', { class: 'search-form', role: 'search' });
  const inputId = `${idPrefix}-field`;
  form.append(el(doc, 'label', { for: inputId, class: 'search-label' }, 'Search the handbook'));
  const input = el(doc, 'input', {
    id: inputId,
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': `${idPrefix}-help`,
  });
  input.value = initialQuery;
  const clear = el(doc, 'button', { type: 'button', class: 'search-clear' }, 'Clear');
  const row = el(doc, 'div', { class: 'search-field-row' });
  row.append(input, clear);
  form.append(row);
  form.append(
    el(
      doc,
      'p',
      { id: `${idPrefix}-help`, class: 'hint' },
      root.closest('dialog')
        ? 'Arrow keys move through the results; Enter opens one; Escape closes.'
        : 'Arrow keys move through the results; Enter opens one.',
    ),
  );
  const role = filterSelect(doc, `${idPrefix}-role`, 'Kind of page', 'All kinds');
  const stage = filterSelect(doc, `${idPrefix}-stage`, 'Stage', 'All stages');
  const filters = el(doc, 'div', { class: 'search-filters' });
  filters.append(role.wrap, stage.wrap);
  form.append(filters);
  const status = el(doc, 'p', { class: 'search-status', role: 'status', 'aria-live': 'polite' });
  const list = el(doc, 'ul', { class: 'search-results', 'aria-label': 'Search results' });
  const more = el(doc, 'button', { type: 'button', class: 'search-more', hidden: '' });
  root.replaceChildren(form, status, list, more);

  /** The current search: every counted result, and how many of them are listed. */
  let found: { data(): Promise<PagefindResultData> }[] = [];
  let query = '';
  const item = (d: PagefindResultData) => resultItem(doc, d);
  /** Lists the next page of results; the count always says how many are listed. */
  const showMore = async (ticket: number, replace = false) => {
    const shown = replace ? 0 : list.children.length;
    const data = await Promise.all(found.slice(shown, shown + pageSize).map((r) => r.data()));
    if (ticket !== latest) return;
    if (replace) list.replaceChildren(...data.map(item));
    else list.append(...data.map(item));
    const listed = list.children.length;
    const remaining = found.length - listed;
    status.textContent = resultSummary(found.length, query, listed);
    more.hidden = remaining <= 0;
    more.textContent = `Show ${Math.min(remaining, pageSize)} more of ${found.length}`;
    list.dataset['query'] = query;
    list.dataset['renderedAt'] = String(performance.now());
  };

  let latest = 0;
  const run = async () => {
    query = input.value;
    const ticket = ++latest;
    onQuery?.(query);
    if (!query.trim()) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      list.dataset['query'] = '';
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      status.textContent = import.meta.env.DEV
        ? 'Search works in the built site: run npm start, then search there.'
        : 'Search could not load. Check your connection and try again.';
      return;
    }
    const chosen: Record<string, string> = {};
    if (role.select.value) chosen['role'] = role.select.value;
    if (stage.select.value) chosen['stage'] = stage.select.value;
    const search = await pagefind.search(query, { filters: chosen });
    if (!search || ticket !== latest) return;
    // A reader already moving through the results keeps their place when newer results arrive.
    const focusedAt = [...list.querySelectorAll('a')].indexOf(doc.activeElement as HTMLAnchorElement);
    found = search.results;
    await showMore(ticket, true);
    if (focusedAt >= 0) (list.querySelectorAll('a')[focusedAt] ?? input).focus();
  };
  more.addEventListener('click', () => {
    const first = list.children.length;
    void showMore(latest).then(() => list.children[first]?.querySelector('a')?.focus());
  });
  clear.addEventListener('click', () => {
    input.value = '';
    void run();
    input.focus();
  });

  input.addEventListener('input', () => void run());
  role.select.addEventListener('change', () => void run());
  stage.select.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => event.preventDefault());
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    if (links.length === 0) return;
    const at = links.indexOf(doc.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
    event.preventDefault();
    (next < 0 ? input : links[next]!).focus();
  });

  fillFilters(doc, role.select, stage.select);
  if (initialQuery) void run();
  return input;
}

/** Where focus goes when the dialog closes: whatever opened it last. */
let returnFocusTo: HTMLElement | null = null;

/** Opens the search dialog, building it on first use; focus returns to `opener` on close. */
export function openSearchDialog(doc: Document, opener: HTMLElement | null): void {
  let dialog = doc.querySelector<HTMLDialogElement>('dialog.search-dialog');
  if (!dialog) {
    dialog = el(doc, 'dialog', { class: 'search-dialog', 'aria-label': 'Search' });
    const body = el(doc, 'div', { class: 'search-panel' });
    const close = el(doc, 'button', { type: 'button', class: 'search-close' }, 'Close');
    close.addEventListener('click', () => dialog!.close());
    dialog.append(close, body);
    doc.body.append(dialog);
    mountSearchPanel(doc, body, '', undefined, 'search-dialog');
    // The close event arrives a task later: if the reader has opened the dialog again by then,
    // focus stays in it rather than jumping back to the earlier opener.
    dialog.addEventListener('close', () => {
      if (!dialog!.open) returnFocusTo?.focus();
    });
    // One Escape closes, even from a search field with text in it (which would clear itself first).
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dialog!.close();
    });
  }
  returnFocusTo = opener;
  dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
}
