import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from '../../src/lib/engagements/placeholders';
import {
  allReminders,
  engagementReminders,
  INVOICE_CHASE,
  invoiceAmount,
  invoiceChaseStep,
  overdueItems,
} from '../../src/lib/engagements/reminders';
import { engagementFromSearch, engagementPath, MESSAGE_IDS } from '../../src/lib/engagements/links';
import { fernhill } from '../support/engagements';

const kindsOn = (list: { kind: string; date: string }[]) => list.map((r) => `${r.date} ${r.kind}`);

describe('reminders', () => {
  const e = fernhill();
  const reminders = engagementReminders(e, '2026-03-02');

  it('chases an unpaid invoice at +3, +7 and +14 days, with a final notice at +21', () => {
    const chases = reminders.filter((r) => r.subjectId === 'i-0002');
    expect(kindsOn(chases)).toEqual([
      '2026-03-16 invoice-chase-3',
      '2026-03-20 invoice-chase-7',
      '2026-03-27 invoice-chase-14',
      '2026-04-03 final-notice',
    ]);
    expect(chases.map((r) => r.messageId)).toEqual([
      'payment-reminder-3-days',
      'payment-reminder-7-days',
      'payment-reminder-14-days',
      'final-notice',
    ]);
    expect(chases[0]!.title).toBe('Invoice 2026-002: friendly reminder, 3 days late');
    expect(chases[0]!.detail).toContain('EUR 4,200.00');
  });

  it('stops chasing once the invoice is paid', () => {
    expect(reminders.some((r) => r.subjectId === 'i-0001')).toBe(false);
    const paid = fernhill();
    paid.dates.invoices[0] = { ...paid.dates.invoices[0]!, paidOn: '2026-03-15' };
    expect(
      engagementReminders(paid, '2026-03-02').filter((r) => r.kind.startsWith('invoice') || r.kind === 'final-notice'),
    ).toEqual([]);
  });

  it('reminds of a client dependency at its due point, a decision date, a milestone, kickoff and the next action', () => {
    expect(kindsOn(reminders.filter((r) => !r.subjectId.startsWith('i-')))).toEqual([
      '2026-01-19 kickoff',
      '2026-02-20 milestone',
      '2026-03-03 next-action',
      '2026-03-05 client-dependency',
      '2026-03-10 decision',
    ]);
    const dependency = reminders.find((r) => r.kind === 'client-dependency')!;
    expect(dependency).toMatchObject({
      owner: 'Helen Marsh',
      messageId: 'client-input-chase',
      title: 'Due from Helen Marsh: New clinic photos',
    });
    expect(dependency.link).toBe('/templates/client-input-dependency-worksheet/?engagement=e-fernhill01#d-photos');
    expect(reminders.find((r) => r.kind === 'decision')).toMatchObject({
      owner: 'Dr Aaron Pike',
      messageId: 'approval-request',
    });
    expect(reminders.find((r) => r.kind === 'milestone')!.messageId).toBeUndefined();
  });

  it('drops items once they are closed', () => {
    const closed = fernhill();
    closed.dates.dependencies[0]!.receivedOn = '2026-03-01';
    closed.dates.decisions[0]!.decidedOn = '2026-03-01';
    closed.dates.milestones[0]!.acceptedOn = '2026-02-21';
    const kinds = engagementReminders(closed, '2026-03-02').map((r) => r.kind);
    expect(kinds).not.toContain('client-dependency');
    expect(kinds).not.toContain('decision');
    expect(kinds).not.toContain('milestone');
  });

  it('marks each reminder overdue, today or upcoming against the injected today', () => {
    const status = (today: string) => engagementReminders(e, today).find((r) => r.kind === 'client-dependency')!.status;
    expect(status('2026-03-04')).toBe('upcoming');
    expect(status('2026-03-05')).toBe('today');
    expect(status('2026-03-06')).toBe('overdue');
  });

  it('names the engagement on every reminder and orders several engagements by date', () => {
    const other = fernhill({
      id: 'e-redwick001',
      client: 'Redwick Cycling Club',
      project: '',
      nextAction: { what: 'RunSet the shoot', owner: 'Rafael', due: '2026-03-04' },
    });
    const list = allReminders([e, other], '2026-03-02');
    expect(list.map((r) => r.date)).toEqual([...list.map((r) => r.date)].sort());
    expect(
      list.filter((r) => r.engagementId === 'e-redwick001').every((r) => r.engagementName === 'Redwick Cycling Club'),
    ).toBe(true);
    expect(list.find((r) => r.engagementId === 'e-fernhill01')!.engagementName).toBe(
      'Fernhill Physio: Online booking site',
    );
  });
});

describe('overdue items', () => {
  it('lists each open item past its date once, most days late first', () => {
    const items = overdueItems(fernhill(), '2026-03-31');
    expect(items.map((i) => `${i.kind} ${i.daysLate}`)).toEqual([
      'milestone 39',
      'next-action 28',
      'client-dependency 26',
      'decision 21',
      'invoice 18',
    ]);
    expect(items.find((i) => i.kind === 'invoice')).toMatchObject({
      subjectId: 'i-0002',
      messageId: 'payment-reminder-14-days',
      dueOn: '2026-03-13',
    });
  });

  it('an item due today is not overdue yet; the next day it is', () => {
    expect(overdueItems(fernhill(), '2026-03-05').some((i) => i.kind === 'client-dependency')).toBe(false);
    expect(overdueItems(fernhill(), '2026-03-06').find((i) => i.kind === 'client-dependency')!.daysLate).toBe(1);
  });

  it('nothing is overdue before any date has passed', () => expect(overdueItems(fernhill(), '2026-01-01')).toEqual([]));

  it('the chase step follows the days late and stops when paid', () => {
    const invoice = fernhill().dates.invoices[0]!;
    const step = (today: string) => invoiceChaseStep(invoice, today)?.days;
    expect([
      step('2026-03-13'),
      step('2026-03-15'),
      step('2026-03-16'),
      step('2026-03-22'),
      step('2026-03-27'),
      step('2026-04-03'),
      step('2026-09-01'),
    ]).toEqual([undefined, undefined, 3, 7, 14, 21, 21]);
    expect(invoiceChaseStep({ ...invoice, paidOn: '2026-03-20' }, '2026-04-01')).toBeUndefined();
    expect(INVOICE_CHASE.map((s) => s.days)).toEqual([3, 7, 14, 21]);
  });
});

describe('links and amounts', () => {
  it('a link carries the engagement and comes back out of the query string', () => {
    expect(engagementPath('/workspace/', 'e-a b', 'i-1')).toBe('/workspace/?engagement=e-a%20b#i-1');
    expect(engagementFromSearch('?engagement=e-a%20b')).toBe('e-a b');
    expect(engagementFromSearch('?x=1')).toBeUndefined();
    expect(engagementFromSearch('?engagement=')).toBeUndefined();
  });

  it('every message id is the kebab-case id of a content file', () => {
    for (const id of Object.values(MESSAGE_IDS)) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('formats amounts with or without a currency', () => {
    expect(invoiceAmount({ amount: 1200, currency: 'EUR' })).toBe('EUR 1,200.00');
    expect(invoiceAmount({ amount: 99.5 })).toBe('99.50');
    expect(invoiceAmount({})).toBeUndefined();
  });
});

describe('the tables that tie reminders to the message library', () => {
  const messagesDir = new URL('../../content/messages/', import.meta.url);
  const declared = (id: string) =>
    (
      JSON.parse(readFileSync(new URL(`${id}.json`, messagesDir), 'utf8')) as { placeholders: { name: string }[] }
    ).placeholders.map((p) => p.name);

  it('name messages that exist', () => {
    for (const id of Object.values(MESSAGE_IDS)) expect(existsSync(new URL(`${id}.json`, messagesDir)), id).toBe(true);
  });

  it('fill placeholders the library declares, so a filled reminder message has no stray gaps', () => {
    const used = new Set(readdirSync(messagesDir).flatMap((file) => declared(file.replace(/\.json$/, ''))));
    for (const name of [
      'clientName',
      'projectName',
      'invoiceNumber',
      'amount',
      'dueDate',
      'daysOverdue',
      'approvalOwner',
      'decisionDate',
      'inputDeadline',
      'missingInput',
    ]) {
      expect(Object.values(PLACEHOLDERS), name).toContain(name);
      expect(used.has(name), name).toBe(true);
    }
  });
});
