/**
 * The handoff record: its completeness check against the three transfers (blank fields, and
 * values too vague to act on), link validation and the Markdown export. Field names, labels and transfers come from the form data.
 */
import type { RecordForm } from './schema';
import { escapeMarkdown } from '../../lib/export/markdown';

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
  for (const line of text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const url = URL.canParse(line) ? new URL(line) : undefined;
    if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname) valid.push(url.href);
    else invalid.push(line);
  }
  return { valid, invalid };
}

/**
 * The checks a filled-in field must pass, as pure functions of its text. Each returns why the
 * value is not yet usable, in words that finish "<field label> …", or undefined when it passes.
 * They catch the usual vague answers; they cannot know whether a name belongs to a real person.
 */

/** Fewer words than this in an outcome or the inputs is too thin to act on. */
export const THIN_BELOW_WORDS = 4;

const placeholders = new Set(
  'tbd tbc tba someone somebody anyone anybody whoever nobody unknown unassigned pending na n/a'.split(' '),
);
/** Not a name, but not wrong beside one: "me (Rafael)" passes, "me" alone does not. */
const pronouns = new Set('me i myself us we they them you'.split(' '));
const roleWords = new Set(
  (
    'the a an our their my your his her its of at from on for in with side ' +
    'client clients customer customers team teams group people person staff stakeholder stakeholders sponsor ' +
    'manager managers pm lead owner contact department dept office company agency studio board ' +
    'founder ceo cfo coo cto director head boss assistant coordinator admin ' +
    'marketing accounts account accounting finance billing payables design designer designers dev developer developers ' +
    'engineering ops operations support legal procurement hr sales product project brand content creative editor'
  ).split(' '),
);
/** Mailbox names that reach a department, not a person. */
const sharedMailboxes = new Set(
  'info hello hi accounts account billing finance invoices invoice ap payables admin team office support contact mail sales noreply no-reply'.split(
    ' ',
  ),
);

const emailPattern = /[^\s@<>(),;]+@[^\s@<>(),;]+\.[a-z]{2,}/giu;
const wordsOf = (text: string) =>
  (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’./-]*/gu) ?? []).map((w) => w.replace(/['’]s$|[.'’/-]+$/u, ''));
/** A part that opens with one of these ("the club", "our bookkeeper") describes a role or a group, whatever follows. */
const determiners = new Set('the a an our their my your his her its'.split(' '));
const isName = (word: string) =>
  /\p{L}/u.test(word) && word.length > 1 && !placeholders.has(word) && !pronouns.has(word) && !roleWords.has(word);

/** `person`: one named person. `contact` also accepts any email address, a shared billing mailbox included. */
export function personProblem(text: string, acceptAnyEmail = false): string | undefined {
  const emails = text.match(emailPattern) ?? [];
  const rest = text.replace(emailPattern, ' ');
  const words = wordsOf(rest);
  if (words.some((w) => placeholders.has(w))) return 'is a placeholder, not a named person';
  const named = rest
    .split(/\s+(?:and|or|plus)\s+|[&+/]/iu)
    .map(wordsOf)
    .filter((words) => words.length > 0 && !determiners.has(words[0]!) && words.some(isName));
  if (named.length > 1) return 'names more than one person: pick the one who acts';
  if (named.length === 1) return undefined;
  const personalEmail = emails.some((e) =>
    e
      .toLowerCase()
      .split('@')[0]!
      .split(/[._+-]/)
      .some((part) => part && !sharedMailboxes.has(part)),
  );
  if (emails.length > 0 && (acceptAnyEmail || personalEmail)) return undefined;
  if (emails.length > 0) return 'is a shared mailbox, not one named person';
  if (words.length === 0 || words.some((w) => pronouns.has(w))) return 'is a placeholder, not a named person';
  return acceptAnyEmail
    ? 'names a role or a group: give a person’s name or a billing email address'
    : 'names a role or a group, not one named person';
}

/** Words that describe a state of mind or a time, not an event anyone could see happen. */
const vagueWords = new Set(
  (
    'when whenever once after then as soon asap later eventually sometime someday next week month possible ' +
    'ready done finished complete completed sorted happy satisfied fine good ok okay right ' +
    'tbd tbc tba n/a na it its is are be been the all everything stage step work project handoff we i'
  ).split(' '),
);
const stateWords = new Set(
  'ready done finished complete completed sorted happy satisfied soon asap later eventually whenever sometime someday tbd tbc tba'.split(
    ' ',
  ),
);
const datePattern =
  /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow)\b/iu;

/** `event`: something that can be seen to happen, or a date; not "when ready", "soon" or "TBD". */
export function eventProblem(text: string): string | undefined {
  const words = wordsOf(text);
  const vague =
    words.every((w) => vagueWords.has(w)) || (words.some((w) => stateWords.has(w)) && !datePattern.test(text));
  return vague
    ? 'is not an event anyone could see happen: name one, such as “invoice paid”, or give a date'
    : undefined;
}

const pointsElsewhere =
  /\b(?:see|check|in|per)\s+(?:the\s+|my\s+|our\s+)?(?:e-?mails?|chat|thread|slack|notes|call|above|below)\b|\bas\s+(?:discussed|agreed|usual|before)\b|\bthe\s+usual\b|\bsame\s+as\s+(?:before|last\s+time)\b/iu;

/** `substance`: enough words to act on, and not only a pointer to somewhere else. */
export function substanceProblem(text: string): string | undefined {
  const count = wordsOf(text).length;
  if (count < THIN_BELOW_WORDS)
    return `is too thin to act on: write out what it is, in ${THIN_BELOW_WORDS} words or more`;
  if (count < 12 && pointsElsewhere.test(text))
    return 'points somewhere else (“see email”) instead of saying what is needed';
  return undefined;
}

const checks: Record<NonNullable<RecordForm['fields'][number]['check']>, (text: string) => string | undefined> = {
  person: (text) => personProblem(text),
  contact: (text) => personProblem(text, true),
  event: eventProblem,
  substance: substanceProblem,
};

export interface WeakField {
  /** The field's label. */
  field: string;
  /** Why its value is not usable yet, reading on from the label. */
  problem: string;
}

export interface TransferGaps {
  transfer: { id: string; name: string };
  /** Labels of the fields that are blank or unusable. */
  missing: string[];
  /** Filled-in fields whose value fails the field's check, in form order. */
  weak: WeakField[];
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
  const invalidLinks = form.fields
    .filter((f) => f.kind === 'links')
    .flatMap((f) => checkLinks(values[f.id] ?? '').invalid);
  const into = values[form.toField];
  // A field required only into some stages is left out of the check for every other move.
  const fields = form.fields.filter((f) => !f.onlyInto || (into !== undefined && f.onlyInto.includes(into)));
  const unusable = (field: RecordForm['fields'][number]) => {
    const value = values[field.id];
    if (blank(value)) return true;
    if (field.kind === 'stage') return !stageIds.includes(value!);
    if (field.kind === 'links') return checkLinks(value!).valid.length === 0;
    return false;
  };
  const transfers = form.transfers.map((transfer) => {
    const own = fields.filter((f) => f.transfer === transfer.id);
    return {
      transfer,
      missing: own.filter(unusable).map((f) => f.label),
      weak: own.flatMap((f) => {
        const problem = f.check && !unusable(f) ? checks[f.check](values[f.id]!) : undefined;
        // A line that is not a web link is named under its own transfer, so that transfer never reads "complete".
        const badLines = f.kind === 'links' ? checkLinks(values[f.id] ?? '').invalid : [];
        return [
          ...(problem ? [{ field: f.label, problem }] : []),
          ...badLines.map((line) => ({
            field: f.label,
            problem: `has a line that is not a web link (use http:// or https://): ${line}`,
          })),
        ];
      }),
    };
  });
  const from = values[form.fromField];
  const sameStage = !blank(from) && from === values[form.toField];
  return {
    complete:
      transfers.every((t) => t.missing.length === 0 && t.weak.length === 0) && invalidLinks.length === 0 && !sameStage,
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
        body = [
          ...valid.map((url) => `- <${url}>`),
          ...invalid.map((line) => `- ${escapeMarkdown(line)} (not a web link)`),
        ].join('\n');
      } else body = escapeMarkdown(value.trim()).split('\n').join('  \n');
      return `## ${field.label}\n\n${body}`;
    });
  return `# ${escapeMarkdown(title.trim())}\n\n${sections.join('\n\n')}\n`;
}
