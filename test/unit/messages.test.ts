/** The message library: placeholder logic, the schema's placeholder check, and the library's own data. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  display,
  fill,
  hasToolOf,
  lifecycleOrder,
  mailtoHref,
  messageHomes,
  placeholderNames,
  placeholderProblems,
  segments,
  stageLabel,
} from '../../src/lib/messages';
import { messageSchema } from '../../src/schemas/message';
import { stageAndBoundaryIds } from '../../src/lib/lifecycle-ids';
import { loadMessages, loadPages } from '../support/content-files';

describe('fill', () => {
  it('replaces known placeholders and leaves unknown ones visible', () => {
    expect(
      fill('Hi {clientName}, invoice {invoiceNumber} is due {dueDate}.', { clientName: 'Ada', dueDate: '3 March' }),
    ).toBe('Hi Ada, invoice {invoiceNumber} is due 3 March.');
  });

  it('treats a blank value as unknown, and fills every occurrence', () => {
    expect(fill('{a} and {a} and {b}', { a: 'x', b: '  ' })).toBe('x and x and {b}');
  });

  it('ignores inherited keys and braces that are not placeholder names', () => {
    expect(fill('{toString} {Not} {1x} { spaced }', {})).toBe('{toString} {Not} {1x} { spaced }');
  });

  it('does not re-read a filled value as a placeholder', () => {
    expect(fill('{a}{b}', { a: '{b}', b: 'B' })).toBe('{b}B');
  });

  it('with no values, is the identity', () => {
    fc.assert(fc.property(fc.string(), (text) => fill(text, {}) === text));
  });
});

describe('placeholders for display', () => {
  it('lists names once, in order', () => {
    expect(placeholderNames('{b} {a} {b}')).toEqual(['b', 'a']);
  });

  it('splits text into plain parts and bracketed labels', () => {
    expect(segments('Dear {clientName}, see {other}.', { clientName: 'Client name' })).toEqual([
      { kind: 'text', text: 'Dear ' },
      { kind: 'placeholder', name: 'clientName', text: '[Client name]' },
      { kind: 'text', text: ', see ' },
      { kind: 'placeholder', name: 'other', text: '[other]' },
      { kind: 'text', text: '.' },
    ]);
    expect(display('{x}', { x: 'Due date' })).toBe('[Due date]');
  });

  it('builds a mailto link whose subject and body decode back, with CRLF line breaks', () => {
    const href = mailtoHref('Invoice 12 & more', 'Line one\n\nLine two?');
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('subject')).toBe('Invoice 12 & more');
    expect(decodeURIComponent(href.split('&body=')[1]!)).toBe('Line one\r\n\r\nLine two?');
    expect(mailtoHref('Only a subject')).toBe('mailto:?subject=Only%20a%20subject');
  });
});

describe('the message schema', () => {
  const schema = messageSchema(stageAndBoundaryIds);
  const valid = {
    title: 'Test message',
    purpose: 'Checks the schema accepts a whole message.',
    whenToSend: 'Whenever a test runs.',
    stage: 'invoicing',
    order: 1,
    subject: 'Invoice {invoiceNumber}',
    body: 'Hello {clientName}, this is a body long enough to pass the floor.',
    placeholders: [
      { name: 'invoiceNumber', label: 'Invoice number', example: 'INV-014' },
      { name: 'clientName', label: 'Client name', example: 'Ada' },
    ],
    attach: [],
    expectReply: 'A short confirmation that it arrived.',
  };

  it('accepts a message whose placeholders are all declared', () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it('rejects a placeholder used but not declared, naming it', () => {
    const result = schema.safeParse({ ...valid, body: `${valid.body} Due {dueDate}.` });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      '{dueDate} is used in the subject or body but not declared in placeholders',
    ]);
  });

  it('rejects a declared placeholder that is never used, and one declared twice', () => {
    const result = schema.safeParse({
      ...valid,
      placeholders: [...valid.placeholders, valid.placeholders[0], { name: 'amount', label: 'Amount', example: '£1' }],
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'placeholder "amount" is declared but never used',
      'placeholder "invoiceNumber" is declared twice',
    ]);
  });

  it('rejects a stage that is not in the lifecycle data', () => {
    expect(schema.safeParse({ ...valid, stage: 'celebration' }).success).toBe(false);
  });

  it('placeholderProblems finds nothing in a consistent message', () => {
    expect(placeholderProblems(valid.subject, valid.body, valid.placeholders)).toEqual({
      undeclared: [],
      unused: [],
      duplicated: [],
    });
  });
});

describe('the library', () => {
  const messages = loadMessages();
  const pages = loadPages();

  it('has at least 18 messages, each valid', () => {
    expect(messages.length).toBeGreaterThanOrEqual(18);
  });

  it('shows every message on at least one page besides the library hub', () => {
    const shown = new Set(pages.flatMap((p) => p.data.messages));
    expect(messages.map((m) => m.id).filter((id) => !shown.has(id))).toEqual([]);
  });

  it('has the reminder sequence at +3, +7 and +14 days, then a final notice and a pause-work notice', () => {
    const ids = messages.map((m) => m.id);
    for (const id of [
      'payment-reminder-3-days',
      'payment-reminder-7-days',
      'payment-reminder-14-days',
      'final-notice',
      'pause-work-notice',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe('messageHomes', () => {
  const page = (id: string, role: string, messages: string[], hasTool = false) => ({ id, role, messages, hasTool });

  it('hasToolOf is true for tool pages and pages that run a checklist, worksheet or triage', () => {
    expect(hasToolOf({ role: 'tool' })).toBe(true);
    expect(hasToolOf({ role: 'workflow', checklist: 'c' })).toBe(true);
    expect(hasToolOf({ role: 'asset', worksheet: 'w' })).toBe(true);
    expect(hasToolOf({ role: 'asset', diagnostic: 'd' })).toBe(true);
    expect(hasToolOf({ role: 'faq' })).toBe(false);
  });

  it('prefers a library page, then the first page showing the message in full, and never a tool page', () => {
    const { homes, homeless } = messageHomes(
      [
        page('workflows/tooled', 'workflow', ['a', 'b', 'c'], true),
        page('faq/x', 'faq', ['a', 'b']),
        page('templates/lib', 'asset', ['b']),
      ],
      ['a', 'b', 'c'],
    );
    expect(Object.fromEntries(homes)).toEqual({ a: 'faq/x', b: 'templates/lib' });
    expect(homeless).toEqual(['c']);
  });

  it('gives every message in the library a page that shows it in full', () => {
    const pages = loadPages().map((p) => ({
      id: p.id,
      role: p.data.role,
      messages: p.data.messages,
      hasTool: hasToolOf(p.data),
    }));
    expect(
      messageHomes(
        pages,
        loadMessages().map((m) => m.id),
      ).homeless,
    ).toEqual([]);
  });
});

describe('stage headings for messages', () => {
  const stages = [
    { id: 'b', number: 2, name: 'Second' },
    { id: 'a', number: 1, name: 'First' },
  ];
  const boundaries = [{ id: 'a-to-b', from: 'a', to: 'b' }];

  it('orders each stage before the boundaries that leave it', () => {
    expect(lifecycleOrder(stages, boundaries)).toEqual(['a', 'a-to-b', 'b']);
  });

  it('names a stage, and a boundary by the stages it joins', () => {
    expect(stageLabel('a', stages, boundaries)).toBe('First');
    expect(stageLabel('a-to-b', stages, boundaries)).toBe('First → Second');
  });
});
