import { describe, expect, it } from 'vitest';
import { pickCurrent } from '../../src/lib/engagements/current';
import { placeholderValues } from '../../src/lib/engagements/placeholders';
import { subjectOf } from '../../src/print/packet';
import { fill } from '../../src/lib/messages';
import { fernhill } from '../support/engagements';

describe('the current engagement', () => {
  const a = fernhill({ id: 'e-a', updatedAt: 10 });
  const b = fernhill({ id: 'e-b', updatedAt: 20 });
  const engagements = [a, b];

  it('a link wins, then the remembered choice, then the latest changed', () => {
    expect(pickCurrent({ engagements, fromLink: 'e-a', remembered: 'e-b' })).toEqual({ id: 'e-a', source: 'link' });
    expect(pickCurrent({ engagements, remembered: 'e-a' })).toEqual({ id: 'e-a', source: 'remembered' });
    expect(pickCurrent({ engagements })).toEqual({ id: 'e-b', source: 'latest' });
  });

  it('skips ids that no longer exist', () => {
    expect(pickCurrent({ engagements, fromLink: 'e-gone', remembered: 'e-also-gone' })).toEqual({
      id: 'e-b',
      source: 'latest',
    });
    expect(pickCurrent({ engagements: [], remembered: 'e-a' })).toBeUndefined();
  });
});

describe('message placeholders', () => {
  it('fill from the engagement and the item the message is about', () => {
    expect(placeholderValues(fernhill(), { invoiceId: 'i-0002' }, '2026-03-20')).toEqual({
      clientName: 'Fernhill Physio',
      projectName: 'Online booking site',
      startDate: '2026-01-19',
      invoiceNumber: '2026-002',
      amount: 'EUR 4,200.00',
      invoiceSentDate: '2026-02-27',
      dueDate: '2026-03-13',
      daysOverdue: '7',
      nextAction: 'Send the staging link to reception',
      nextActionOwner: 'Maya Ostrander',
      nextActionDueDate: '2026-03-03',
    });
    expect(
      placeholderValues(fernhill(), { dependencyId: 'd-photos', decisionId: 'q-pricing' }, '2026-03-01'),
    ).toMatchObject({
      missingInput: 'New clinic photos',
      dependencyOwner: 'Helen Marsh',
      inputDeadline: '2026-03-05',
      milestoneName: 'Approve the pricing table wording',
      approvalOwner: 'Dr Aaron Pike',
      decisionDate: '2026-03-10',
    });
  });

  it('leaves out what the engagement does not have, so the message keeps its placeholder', () => {
    const { nextAction: _n, ...e } = fernhill({ project: '' });
    const values = placeholderValues(
      {
        ...e,
        dates: { ...e.dates, invoices: [{ id: 'i-x', number: 'X-1', sentOn: '2026-03-01', dueOn: '2026-03-15' }] },
      },
      { invoiceId: 'i-x', dependencyId: 'd-missing' },
      '2026-03-10',
    );
    expect(Object.keys(values).sort()).toEqual([
      'clientName',
      'dueDate',
      'invoiceNumber',
      'invoiceSentDate',
      'startDate',
    ]);
  });

  it('an accepted milestone fills its name and acceptance date, the packet taking the one accepted last', () => {
    const e = fernhill();
    const accepted = {
      ...e,
      dates: {
        ...e.dates,
        milestones: [
          { id: 'm-old', label: 'Design signed off', due: '2026-01-30', acceptedOn: '2026-02-02' },
          { id: 'm-booking', label: 'Booking flow live on staging', due: '2026-02-20', acceptedOn: '2026-02-24' },
          { id: 'm-next', label: 'Launch', due: '2026-04-01' },
        ],
      },
    };
    expect(placeholderValues(accepted, { milestoneId: 'm-booking' }, '2026-03-01')).toMatchObject({
      milestoneName: 'Booking flow live on staging',
      acceptanceDate: '2026-02-24',
    });
    // The packet's messages: the milestone accepted last, over an open decision; nothing accepted, the decision as before.
    expect(subjectOf(accepted).milestoneId).toBe('m-booking');
    const cover = 'Invoice for the {milestoneName}, accepted on {acceptanceDate}, approved by {approvalOwner}.';
    expect(fill(cover, placeholderValues(accepted, subjectOf(accepted), '2026-03-01'))).toBe(
      'Invoice for the Booking flow live on staging, accepted on 2026-02-24, approved by Dr Aaron Pike.',
    );
    expect(fill(cover, placeholderValues(e, subjectOf(e), '2026-03-01'))).toBe(
      'Invoice for the Approve the pricing table wording, accepted on {acceptanceDate}, approved by Dr Aaron Pike.',
    );
  });
});
