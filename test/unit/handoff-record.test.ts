import { describe, expect, it } from 'vitest';
import {
  checkCompleteness,
  checkLinks,
  eventProblem,
  personProblem,
  recordToMarkdown,
  substanceProblem,
  THIN_BELOW_WORDS,
  type RecordValues,
} from '../../src/tools/record/record';
import { loadRecordForms, loadStages } from '../support/content-files';

const form = loadRecordForms().find((f) => f.id === 'handoff-record')!.data;
const stages = loadStages().map((s) => ({ id: s.id, name: s.name }));
const stageIds = stages.map((s) => s.id);

const full: RecordValues = {
  name: 'Redwick film: delivery to invoicing',
  client: 'Redwick Cycling Club',
  from: 'delivery',
  to: 'invoicing',
  outcome: 'Cut 3 accepted by the club secretary on the 12th.',
  inputs: 'Agreed amount and payment terms.',
  'billing-contact': 'treasurer@redwick.example',
  assets: 'https://files.example.com/redwick/final.mp4\nhttp://mail.example.com/acceptance',
  owner: 'Rafael',
  completion: 'Invoice paid',
  dependencies: '',
};

describe('checkLinks', () => {
  it.each([
    ['https://example.com/a', ['https://example.com/a'], []],
    ['http://example.com', ['http://example.com/'], []],
    ['  https://example.com/x  \n\n', ['https://example.com/x'], []],
    ['javascript:alert(1)', [], ['javascript:alert(1)']],
    ['ftp://example.com/file', [], ['ftp://example.com/file']],
    ['mailto:someone@example.com', [], ['mailto:someone@example.com']],
    ['example.com/no-scheme', [], ['example.com/no-scheme']],
    ['data:text/html,hi', [], ['data:text/html,hi']],
    ['https://', [], ['https://']],
  ])('%j → valid %j, invalid %j', (text, valid, invalid) => {
    expect(checkLinks(text)).toEqual({ valid, invalid });
  });
});

describe('checkCompleteness', () => {
  it('passes a record with every part filled in', () => {
    expect(checkCompleteness(form, full, stageIds)).toEqual({
      complete: true,
      transfers: form.transfers.map((transfer) => ({ transfer, missing: [], weak: [] })),
      invalidLinks: [],
      sameStage: false,
    });
  });

  it('names every missing part of an empty record under its transfer', () => {
    const check = checkCompleteness(form, {}, stageIds);
    expect(check.complete).toBe(false);
    expect(check.transfers.map((t) => [t.transfer.id, t.missing])).toEqual([
      ['context', ['Client or project', 'From stage', 'To stage', 'Outcome reached', 'Inputs the next stage needs']],
      ['assets', ['Links to the assets']],
      ['next-owner', ['Next-action owner', 'Completion event']],
    ]);
  });

  it.each([
    ['a blank owner', { owner: '   ' }, 'next-owner', ['Next-action owner']],
    ['a blank billing contact on the way into invoicing', { 'billing-contact': '' }, 'context', ['Billing contact']],
    ['a missing completion event', { completion: '' }, 'next-owner', ['Completion event']],
    ['links that are all invalid', { assets: 'javascript:alert(1)' }, 'assets', ['Links to the assets']],
    ['an unknown stage', { from: 'moon' }, 'context', ['From stage']],
  ])('flags %s', (_, change, transfer, missing) => {
    const check = checkCompleteness(form, { ...full, ...change }, stageIds);
    expect(check.complete).toBe(false);
    expect(check.transfers.find((t) => t.transfer.id === transfer)?.missing).toEqual(missing);
  });

  it('keeps a record incomplete while any link line is not http(s), even beside a good one', () => {
    const check = checkCompleteness(form, { ...full, assets: 'https://example.com/ok\nfile:///etc/passwd' }, stageIds);
    expect(check).toMatchObject({ complete: false, invalidLinks: ['file:///etc/passwd'] });
    const assets = check.transfers.find((t) => t.weak.some((w) => w.problem.includes('file:///etc/passwd')));
    expect(assets?.weak).toContainEqual(
      expect.objectContaining({
        problem: 'has a line that is not a web link (use http:// or https://): file:///etc/passwd',
      }),
    );
  });

  it('flags a handoff from a stage into itself', () => {
    expect(checkCompleteness(form, { ...full, to: 'delivery' }, stageIds)).toMatchObject({
      complete: false,
      sameStage: true,
    });
  });

  it('does not require the optional client dependencies field', () => {
    expect(checkCompleteness(form, { ...full, dependencies: undefined as unknown as string }, stageIds).complete).toBe(
      true,
    );
  });
});

describe('personProblem: the next-action owner is one named person', () => {
  it.each([
    'Rafael',
    'Priya Shah',
    'Jo Park (client PM)',
    'Me (Rafael)',
    'Client PM, jo.park@client.example',
    'Zoë Brennan-Loy',
    'jo@client.example',
    'Rafael, with the client copied',
  ])('accepts %j', (text) => {
    expect(personProblem(text)).toBeUndefined();
  });
  it.each([
    ['the client', 'role'],
    ['Client', 'role'],
    ['the club', 'role'],
    ['Our bookkeeper', 'role'],
    ["The client's team", 'role'],
    ['Marketing team', 'role'],
    ['client PM', 'role'],
    ['Accounts', 'role'],
    ['TBD', 'placeholder'],
    ['tbc.', 'placeholder'],
    ['Someone at the client', 'placeholder'],
    ['N/A', 'placeholder'],
    ['me', 'placeholder'],
    ['?', 'placeholder'],
    ['accounts@client.example', 'shared mailbox'],
    ['Rafael and Priya', 'more than one'],
    ['Jo / Sam', 'more than one'],
    ['Ana & Ben', 'more than one'],
  ])('flags %j as %s', (text, kind) => {
    expect(personProblem(text)).toMatch(new RegExp(kind));
  });
  it('accepts a shared billing mailbox for a billing contact, but still not a bare role', () => {
    expect(personProblem('accounts@client.example', true)).toBeUndefined();
    expect(personProblem('Accounts team', true)).toMatch(
      /role or a group: give a person’s name or a billing email address/,
    );
  });
});

describe('eventProblem: the completion event is concrete', () => {
  it.each([
    'Invoice paid',
    'Client signs the agreement',
    'Final files delivered to the shared folder',
    'Milestone 2 complete',
    'Done by Friday 14 March',
    'Kickoff call held',
  ])('accepts %j', (text) => {
    expect(eventProblem(text)).toBeUndefined();
  });
  it.each([
    'When ready',
    'soon',
    'TBD',
    'Done',
    'when it is finished',
    'Next week',
    'When the client is happy',
    'ASAP',
    'Once everything is complete',
  ])('flags %j', (text) => {
    expect(eventProblem(text)).toMatch(/not an event anyone could see happen/);
  });
});

describe('substanceProblem: inputs and outcome are not too thin to act on', () => {
  it.each([
    'Agreed amount and payment terms.',
    'Brand kit v3, copy deck and the login for the staging site',
    'Version 2 of the proposal signed on 3 March',
  ])('accepts %j', (text) => {
    expect(substanceProblem(text)).toBeUndefined();
  });
  it.each([
    ['files', /too thin/],
    ['see email', /too thin/],
    ['Brief and assets', /too thin/],
    ['All inputs are in the email thread', /points somewhere else/],
    ['Same as last time, nothing new', /points somewhere else/],
    ['Everything as discussed on the call', /points somewhere else/],
  ])('flags %j', (text, message) => {
    expect(substanceProblem(text)).toMatch(message);
  });
  it(`counts words, not characters: ${THIN_BELOW_WORDS} words pass`, () => {
    expect(substanceProblem('one two three')).toBeDefined();
    expect(substanceProblem('one two three four')).toBeUndefined();
  });
});

describe('checkCompleteness runs the field checks', () => {
  it.each([
    [
      'a role as owner',
      { owner: 'the client' },
      'next-owner',
      'Next-action owner names a role or a group, not one named person',
    ],
    ['a placeholder owner', { owner: 'TBD' }, 'next-owner', 'Next-action owner is a placeholder, not a named person'],
    [
      'a vague completion event',
      { completion: 'when ready' },
      'next-owner',
      'Completion event is not an event anyone could see happen',
    ],
    ['thin inputs', { inputs: 'files' }, 'context', 'Inputs the next stage needs is too thin to act on'],
    ['a thin outcome', { outcome: 'Accepted' }, 'context', 'Outcome reached is too thin to act on'],
    [
      'a role as billing contact',
      { 'billing-contact': 'the client' },
      'context',
      'Billing contact names a role or a group',
    ],
  ])('flags %s, and the record is not complete', (_, change, transfer, text) => {
    const check = checkCompleteness(form, { ...full, ...change }, stageIds);
    expect(check.complete).toBe(false);
    const gaps = check.transfers.find((t) => t.transfer.id === transfer)!;
    expect(gaps.missing).toEqual([]);
    expect(gaps.weak.map((w) => `${w.field} ${w.problem}`)).toEqual([expect.stringContaining(text)]);
    // Only the one transfer is affected.
    expect(check.transfers.filter((t) => t.weak.length > 0 || t.missing.length > 0).map((t) => t.transfer.id)).toEqual([
      transfer,
    ]);
  });

  it('asks for a billing contact only when the handoff moves into invoicing', () => {
    const intoOffboarding = { ...full, to: 'offboarding', 'billing-contact': '' };
    expect(checkCompleteness(form, intoOffboarding, stageIds).complete).toBe(true);
    expect(checkCompleteness(form, { ...intoOffboarding, 'billing-contact': 'the client' }, stageIds).complete).toBe(
      true,
    );
    expect(checkCompleteness(form, { ...intoOffboarding, to: 'invoicing' }, stageIds).transfers[0]!.missing).toEqual([
      'Billing contact',
    ]);
  });

  it('every stage a field is required into is a lifecycle stage', () => {
    for (const f of form.fields) for (const stage of f.onlyInto ?? []) expect(stageIds).toContain(stage);
  });
});

describe('recordToMarkdown', () => {
  it('writes a heading per field with the typed text, stage names and links', () => {
    const md = recordToMarkdown(form, full, stages);
    expect(md.startsWith('# Redwick film: delivery to invoicing\n')).toBe(true);
    expect(md).toContain('## Client or project\n\nRedwick Cycling Club');
    expect(md).toContain('## From stage\n\nDelivery');
    expect(md).toContain('- <https://files.example.com/redwick/final.mp4>');
    expect(md).toContain('## Open client dependencies\n\n_Not filled in yet._');
  });

  it('escapes what the user typed and keeps invalid links as plain text', () => {
    const md = recordToMarkdown(
      form,
      { ...full, owner: '<img src=x onerror=alert(1)> *Rafael*', assets: 'javascript:alert(1)' },
      stages,
    );
    expect(md).toContain('\\<img src=x onerror=alert(1)> \\*Rafael\\*');
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).toContain('- javascript:alert(1) (not a web link)');
  });

  it('never turns a field ending in a line of === or --- into a heading', () => {
    const md = recordToMarkdown(form, { ...full, inputs: 'Amount\n===', dependencies: 'Terms\n---' }, stages);
    expect(md).toContain('Amount  \n\\===');
    expect(md).toContain('Terms  \n\\---');
    expect(md).not.toMatch(/^(=+|-+)$/m);
  });

  it('keeps line breaks inside a field as hard breaks', () => {
    expect(recordToMarkdown(form, { ...full, inputs: 'Amount\nTerms' }, stages)).toContain('Amount  \nTerms');
  });
});
