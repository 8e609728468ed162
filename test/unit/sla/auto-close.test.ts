// The pure auto-close decision: when an issue in a waiting status is silent, since when, what is due next
// and when — in business hours and business days of real calendars (weekends, holidays, daylight saving);
// client replies, the team asking again, the app's own comments, leaving the waiting status; and the
// settings validator (with the admin page's defaults kept equal to the server's).
import { DEFAULT_AUTO_CLOSE, parseAutoClose, type AutoCloseSettings } from '../../../src/domain/model/sla/auto-close';
import { CALENDAR_24_7 } from '../../../src/domain/model/sla/calendar';
import { parseSlaSettings } from '../../../src/domain/model/sla/sla-settings';
import { DEFAULT_SLA_DEFINITIONS } from '../../../src/domain/model/sla/defaults';
import { addSilence, decideAutoClose, statusAt, type AutoCloseMemory } from '../../../src/domain/rules/sla/auto-close';
import { fromAutoCloseDraft, toAutoCloseDraft } from '../../../static/admin-page/src/sla/sla-auto-close-value';
import { HOUR, STATUS, aHistory, anOfficeCalendar, client, line1, line2, t } from '../../builders/sla';

const settings = (over: Partial<AutoCloseSettings> = {}): AutoCloseSettings => ({
  ...DEFAULT_AUTO_CLOSE, enabled: true, remindAfter: { amount: 1, unit: 'days' }, closeAfter: { amount: 4, unit: 'hours' }, ...over,
});
const none: AutoCloseMemory = { anchorId: null, remindedAt: null, ownCommentIds: [] };
const moscow = anOfficeCalendar(); // Mon–Fri 09:00–18:00 Europe/Moscow (UTC+3)

/** Created Monday 2026-03-02 10:00 MSK, moved to Waiting for customer by line 2 on Friday 15:00 MSK. */
const waitingFriday = () =>
  aHistory().status('2026-03-02T10:05:00+03:00', STATUS.inProgress, line2()).status('2026-03-06T15:00:00+03:00', STATUS.waiting, line2());

describe('silence in business time', () => {
  it('counts business days as the same local time on the next working dates, skipping weekends and holidays', () => {
    const friday3pm = t('2026-03-06T15:00:00+03:00');
    expect(addSilence(moscow, friday3pm, { amount: 1, unit: 'days' })).toBe(t('2026-03-09T15:00:00+03:00'));
    const withHoliday = anOfficeCalendar({ holidays: [{ date: '2026-03-09' }] });
    expect(addSilence(withHoliday, friday3pm, { amount: 2, unit: 'days' })).toBe(t('2026-03-11T15:00:00+03:00'));
  });

  it('starts business days at the next working instant when the silence starts off hours', () => {
    expect(addSilence(moscow, t('2026-03-06T20:00:00+03:00'), { amount: 1, unit: 'days' })).toBe(t('2026-03-10T09:00:00+03:00'));
  });

  it('counts business hours only inside working spans, across nights and weekends', () => {
    expect(addSilence(moscow, t('2026-03-06T15:00:00+03:00'), { amount: 4, unit: 'hours' })).toBe(t('2026-03-09T10:00:00+03:00'));
  });

  it('keeps the local time across a daylight-saving change (Berlin, last weekend of October)', () => {
    const berlin = anOfficeCalendar({ timeZone: 'Europe/Berlin' });
    expect(addSilence(berlin, t('2026-10-23T15:00:00+02:00'), { amount: 1, unit: 'days' })).toBe(t('2026-10-26T15:00:00+01:00'));
  });

  it('is plain days and hours on a 24/7 calendar', () => {
    expect(addSilence(CALENDAR_24_7, t('2026-03-06T15:00:00Z'), { amount: 2, unit: 'days' })).toBe(t('2026-03-08T15:00:00Z'));
    expect(addSilence(CALENDAR_24_7, t('2026-03-06T15:00:00Z'), { amount: 3, unit: 'hours' })).toBe(t('2026-03-06T15:00:00Z') + 3 * HOUR);
  });
});

describe('the decision', () => {
  const now = t('2026-03-09T12:00:00+03:00');

  it('plans the reminder one business day after the issue started waiting', () => {
    expect(decideAutoClose(waitingFriday().build(), settings(), moscow, now, none)).toEqual({
      kind: 'silent', anchorId: 'e002', anchorAt: t('2026-03-06T15:00:00+03:00'), action: 'remind', dueAt: t('2026-03-09T15:00:00+03:00'),
    });
  });

  it('plans the close after the reminder, counted from when it was posted', () => {
    const reminded = t('2026-03-09T15:00:30+03:00');
    const decision = decideAutoClose(waitingFriday().build(), settings(), moscow, t('2026-03-09T16:00:00+03:00'), { ...none, anchorId: 'e002', remindedAt: reminded });
    expect(decision).toMatchObject({ kind: 'silent', action: 'close', dueAt: t('2026-03-10T10:00:30+03:00') });
  });

  it('is cancelled by a public comment of the client, and of anyone who is not an agent', () => {
    const replied = waitingFriday().comment('2026-03-09T11:00:00+03:00', client()).build();
    expect(decideAutoClose(replied, settings(), moscow, now, none)).toEqual({ kind: 'answered', anchorAt: t('2026-03-06T15:00:00+03:00'), replyAt: t('2026-03-09T11:00:00+03:00') });
    const byLead = waitingFriday().comment('2026-03-09T11:00:00+03:00', { accountId: 'lead', role: 'other' }).build();
    expect(decideAutoClose(byLead, settings(), moscow, now, none).kind).toBe('answered');
  });

  it('ignores internal notes and the app\'s own comments; the team asking again restarts the silence', () => {
    const internal = waitingFriday().comment('2026-03-09T11:00:00+03:00', client(), 'internal').build();
    expect(decideAutoClose(internal, settings(), moscow, now, none).kind).toBe('silent');
    const own = waitingFriday().comment('2026-03-09T11:00:00+03:00', { accountId: 'app', role: 'other' }).build();
    expect(decideAutoClose(own, settings(), moscow, now, { ...none, ownCommentIds: ['e003'] }).kind).toBe('silent');
    const askedAgain = waitingFriday().comment('2026-03-09T10:00:00+03:00', client()).comment('2026-03-09T11:00:00+03:00', line1()).build();
    expect(decideAutoClose(askedAgain, settings(), moscow, now, none)).toMatchObject({ kind: 'silent', anchorId: 'e004', action: 'remind', dueAt: t('2026-03-10T11:00:00+03:00') });
  });

  it('a reminder posted for an earlier silence does not count for a new one', () => {
    const askedAgain = waitingFriday().comment('2026-03-09T11:00:00+03:00', line2()).build();
    const decision = decideAutoClose(askedAgain, settings(), moscow, now, { ...none, anchorId: 'e002', remindedAt: t('2026-03-09T10:00:00+03:00') });
    expect(decision).toMatchObject({ action: 'remind', anchorId: 'e003' });
  });

  it('stops when the issue leaves the waiting status, and starts afresh when it comes back', () => {
    const left = waitingFriday().status('2026-03-09T10:00:00+03:00', STATUS.inProgress, line2()).build();
    expect(decideAutoClose(left, settings(), moscow, now, none)).toEqual({ kind: 'notWaiting' });
    const back = waitingFriday().status('2026-03-09T10:00:00+03:00', STATUS.inProgress, line2()).status('2026-03-09T11:00:00+03:00', STATUS.waiting, line2()).build();
    expect(decideAutoClose(back, settings(), moscow, now, none)).toMatchObject({ anchorId: 'e004', anchorAt: t('2026-03-09T11:00:00+03:00') });
    expect(statusAt(back, now)).toEqual(STATUS.waiting);
  });

  it('matches waiting statuses by id or by name in any case; is off when disabled', () => {
    expect(decideAutoClose(waitingFriday().build(), settings({ waitingStatuses: ['4'] }), moscow, now, none).kind).toBe('silent');
    expect(decideAutoClose(waitingFriday().build(), settings({ waitingStatuses: ['WAITING FOR CUSTOMER'] }), moscow, now, none).kind).toBe('silent');
    expect(decideAutoClose(waitingFriday().build(), settings({ enabled: false }), moscow, now, none)).toEqual({ kind: 'off' });
  });

  it('gives the same answer whatever the order of events, with duplicates, and ignores events after now', () => {
    const history = waitingFriday().comment('2026-03-09T11:00:00+03:00', client()).build();
    const messy = { ...history, events: [...history.events].reverse().concat(history.events) };
    expect(decideAutoClose(messy, settings(), moscow, now, none)).toEqual(decideAutoClose(history, settings(), moscow, now, none));
    expect(decideAutoClose(history, settings(), moscow, t('2026-03-09T10:00:00+03:00'), none).kind).toBe('silent');
  });

  it('never answers NaN: an invalid creation time is not waiting', () => {
    expect(decideAutoClose({ ...waitingFriday().build(), created: Number.NaN }, settings(), moscow, now, none)).toEqual({ kind: 'notWaiting' });
    expect(decideAutoClose(waitingFriday().build(), settings(), moscow, Number.NaN, none)).toEqual({ kind: 'notWaiting' });
  });
});

describe('settings', () => {
  it('defaults to off when absent, and keeps the stored value minimal', () => {
    expect(parseAutoClose(undefined)).toEqual({ value: DEFAULT_AUTO_CLOSE, errors: {} });
    expect(parseSlaSettings({ definitions: DEFAULT_SLA_DEFINITIONS, calendar: CALENDAR_24_7 }).value).not.toHaveProperty('autoClose');
  });

  it('names every bad field under autoClose', () => {
    const bad = { ...settings(), enabled: 'yes', waitingStatuses: [], remindAfter: { amount: 0, unit: 'weeks' }, closeVia: ['a', 'b', 'c', 'd', 'e', 'f'], reminderText: { en: '', ru: 'x'.repeat(2001) }, resolution: 5 };
    expect(parseSlaSettings({ definitions: DEFAULT_SLA_DEFINITIONS, calendar: CALENDAR_24_7, autoClose: bad }).errors).toEqual({
      'autoClose.enabled': 'validation.sla.autoClose.enabled',
      'autoClose.waitingStatuses': 'validation.sla.autoClose.statuses',
      'autoClose.remindAfter.unit': 'validation.sla.autoClose.unit',
      'autoClose.remindAfter.amount': 'validation.sla.autoClose.amount',
      'autoClose.closeVia': 'validation.sla.autoClose.statuses',
      'autoClose.reminderText.en': 'validation.sla.autoClose.text',
      'autoClose.reminderText.ru': 'validation.sla.autoClose.text',
      'autoClose.resolution': 'validation.sla.autoClose.resolution',
    });
    expect(parseAutoClose({ ...settings(), remindAfter: { amount: 91, unit: 'days' } }).errors).toEqual({ 'remindAfter.amount': 'validation.sla.autoClose.amount' });
    expect(parseAutoClose({ ...settings(), remindAfter: { amount: 91, unit: 'hours' } }).errors).toEqual({});
  });

  it('the admin page prefills the server\'s defaults for a section saved before auto-close existed', () => {
    expect(fromAutoCloseDraft(toAutoCloseDraft(undefined))).toEqual(DEFAULT_AUTO_CLOSE);
  });
});
