/**
 * The handoff record: its completeness check against the three transfers, link validation
 * and the Markdown export. Field names, labels and transfers come from the form data.
 */
import type { RecordForm } from '../../schemas/handoff-record';
import { escapeMarkdown } from '../export/markdown';

/** A record's values, keyed by field id; a missing key is a blank field. */
export type RecordValues = Record<string, string>;

export interface StageName {
  id: string;
  name: string;
}

export interface LinkCheck {
  /** The links that parse as http or https URLs, normalised. */
  valid: string[];
  /** The lines that do not, as typed. */
  invalid: string[];
}

/** Splits a links field into lines and keeps only absolute http(s) URLs; other lines are reported. */
export function checkLinks(text: string): LinkCheck {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const url = URL.canParse(line) ? new URL(line) : undefined;
    if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname) valid.push(url.href);
    else invalid.push(line);
  }
  return { valid, invalid };
}

export interface TransferGaps {
  transfer: { id: string; name: string };
  /** Labels of the fields that are blank or unusable. */
  missing: string[];
}

export interface Completeness {
  complete: boolean;
  /** Every transfer with what it still lacks, in data order. */
  transfers: TransferGaps[];
  /** Link lines that are not http(s) URLs; they keep the record incomplete. */
  invalidLinks: string[];
  /** True when both stage fields are set to the same stage. */
  sameStage: boolean;
}

const blank = (value: string | undefined) => !value || value.trim() === '';

export function checkCompleteness(form: RecordForm, values: RecordValues, stageIds: readonly string[]): Completeness {
  const invalidLinks = form.fields.filter((f) => f.kind === 'links').flatMap((f) => checkLinks(values[f.id] ?? '').invalid);
  const unusable = (field: RecordForm['fields'][number]) => {
    const value = values[field.id];
    if (blank(value)) return true;
    if (field.kind === 'stage') return !stageIds.includes(value!);
    if (field.kind === 'links') return checkLinks(value!).valid.length === 0;
    return false;
  };
  const transfers = form.transfers.map((transfer) => ({
    transfer,
    missing: form.fields.filter((f) => f.transfer === transfer.id && unusable(f)).map((f) => f.label),
  }));
  const from = values[form.fromField];
  const sameStage = !blank(from) && from === values[form.toField];
  return {
    complete: transfers.every((t) => t.missing.length === 0) && invalidLinks.length === 0 && !sameStage,
    transfers,
    invalidLinks,
    sameStage,
  };
}

/** Typed text is escaped by the site's one Markdown escaper (it also stops a line of `===` or `---` becoming a heading). */
export { escapeMarkdown };

/** The record as a Markdown document: a heading per field, typed text escaped, links as autolinks. */
export function recordToMarkdown(form: RecordForm, values: RecordValues, stages: readonly StageName[]): string {
  const stageName = (id: string | undefined) => stages.find((s) => s.id === id)?.name ?? id ?? '';
  const title = blank(values[form.nameField]) ? form.title : values[form.nameField]!;
  const sections = form.fields
    .filter((f) => f.id !== form.nameField)
    .map((field) => {
      const value = values[field.id] ?? '';
      let body: string;
      if (blank(value)) body = '_Not filled in yet._';
      else if (field.kind === 'stage') body = escapeMarkdown(stageName(value));
      else if (field.kind === 'links') {
        const { valid, invalid } = checkLinks(value);
        body = [...valid.map((url) => `- <${url}>`), ...invalid.map((line) => `- ${escapeMarkdown(line)} (not a web link)`)].join('\n');
      } else body = escapeMarkdown(value.trim()).split('\n').join('  \n');
      return `## ${field.label}\n\n${body}`;
    });
  return `# ${escapeMarkdown(title.trim())}\n\n${sections.join('\n\n')}\n`;
}
