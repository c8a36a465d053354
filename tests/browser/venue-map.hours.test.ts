import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { openingStatus, parisClock } from '../../src/venue-map/hours.js';
import { parseHours } from '../../src/data/lieux/record.js';

// A typical mission locale: Monday to Thursday 9:00-12:30 and 13:30-16:30, Friday morning only.
const hours = parseHours([1, 2, 3, 4].flatMap((jour) => [
  { jour, ouverture: '09:00', fermeture: '12:30' },
  { jour, ouverture: '13:30', fermeture: '16:30' },
]).concat([{ jour: 5, ouverture: '09:00', fermeture: '12:30' }]));

describe('opening hours on the Paris clock', () => {
  afterEach(() => executeServerCommand('set-timezone', { zone: '' }));

  it('reads the Paris wall clock of an instant, in winter and in summer time', () => {
    expect(parisClock(new Date('2026-11-24T09:00:00Z'))).to.deep.equal({ day: 2, minutes: 600 }); // Tuesday 10:00 CET
    expect(parisClock(new Date('2027-03-29T07:30:00Z'))).to.deep.equal({ day: 1, minutes: 570 }); // Monday 09:30 CEST
    expect(parisClock(new Date('2027-03-27T23:30:00Z'))).to.deep.equal({ day: 7, minutes: 30 }); // Sunday 00:30 CET, before the change
  });

  it('open, with the closing time; closed over lunch, opening this afternoon', () => {
    expect(openingStatus(hours, new Date('2026-11-24T09:00:00Z'))).to.deep.equal({ state: 'open', closes: 750 });
    expect(openingStatus(hours, new Date('2026-11-24T11:45:00Z'))).to.deep.equal({ state: 'closed', opens: { day: 2, minutes: 810, inDays: 0 } });
    // 12:30 sharp is closed, 13:30 sharp is open.
    expect(openingStatus(hours, new Date('2026-11-24T11:30:00Z')).state).to.equal('closed');
    expect(openingStatus(hours, new Date('2026-11-24T12:30:00Z'))).to.deep.equal({ state: 'open', closes: 990 });
  });

  it('closed days: Friday afternoon and the weekend open again on Monday', () => {
    expect(openingStatus(hours, new Date('2026-11-27T13:00:00Z'))).to.deep.equal({ state: 'closed', opens: { day: 1, minutes: 540, inDays: 3 } });
    expect(openingStatus(hours, new Date('2026-11-28T10:00:00Z'))).to.deep.equal({ state: 'closed', opens: { day: 1, minutes: 540, inDays: 2 } });
    expect(openingStatus(hours, new Date('2026-11-26T20:00:00Z'))).to.deep.equal({ state: 'closed', opens: { day: 5, minutes: 540, inDays: 1 } });
  });

  it('follows the change to summer time: 9:30 in Paris is 8:30 UTC on Friday and 7:30 UTC on Monday', () => {
    expect(openingStatus(hours, new Date('2027-03-26T08:30:00Z')).state).to.equal('open');
    expect(openingStatus(hours, new Date('2027-03-29T07:30:00Z')).state).to.equal('open');
    expect(openingStatus(hours, new Date('2027-03-29T06:30:00Z')).state).to.equal('closed'); // 8:30 in Paris
  });

  it('gives the same answer to a visitor whose own clock is in another time zone', async () => {
    await executeServerCommand('set-timezone', { zone: 'America/New_York' });
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
    expect(new Date('2026-11-24T09:00:00Z').getHours()).to.equal(4);
    expect(openingStatus(hours, new Date('2026-11-24T09:00:00Z'))).to.deep.equal({ state: 'open', closes: 750 });
    await executeServerCommand('set-timezone', { zone: 'Pacific/Auckland' });
    expect(openingStatus(hours, new Date('2026-11-24T11:45:00Z')).state).to.equal('closed');
  });

  it('unknown or invalid hours read as unknown, not as closed', () => {
    expect(openingStatus([], new Date())).to.deep.equal({ state: 'unknown' });
    expect(parseHours('pas du json')).to.deep.equal([]);
    expect(parseHours([{ jour: 9, ouverture: '09:00', fermeture: '12:00' }, { jour: 1, ouverture: '14:00', fermeture: '09:00' }, { jour: 1, ouverture: 'midi', fermeture: '13:00' }])).to.deep.equal([]);
    expect(parseHours(JSON.stringify([{ jour: 1, ouverture: '9h00', fermeture: '12h00' }]))).to.deep.equal([{ day: 1, open: 540, close: 720 }]);
  });
});
