import { DEFAULT_BUSINESS_HOURS, deskOpening, Weekday, type BusinessHours } from './business-hours';
import { businessHoursInput, MAX_HOLIDAYS, MAX_OPENING_ENTRIES } from './business-hours.rules';

const at = (iso: string) => new Date(iso);
const opening = (hours: BusinessHours, iso: string) => {
  const { open, nextOpenAt } = deskOpening(hours, at(iso));
  return { open, nextOpenAt: nextOpenAt?.toISOString() ?? null };
};
const week = (timezone: string, opens: string, closes: string, days = [Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY]): BusinessHours => ({
  timezone,
  days: days.map((weekday) => ({ weekday, opens, closes })),
  holidays: [],
});

describe('deskOpening in Asia/Jakarta (WIB, UTC+7), the default', () => {
  const hours = DEFAULT_BUSINESS_HOURS;

  it('is open from 08:00 up to, not including, 16:00 on a weekday', () => {
    // Tuesday 2026-12-01.
    expect(opening(hours, '2026-12-01T00:59:59Z')).toEqual({ open: false, nextOpenAt: '2026-12-01T01:00:00.000Z' });
    expect(opening(hours, '2026-12-01T01:00:00Z')).toEqual({ open: true, nextOpenAt: null });
    expect(opening(hours, '2026-12-01T08:59:59Z')).toEqual({ open: true, nextOpenAt: null });
    expect(opening(hours, '2026-12-01T09:00:00Z')).toEqual({ open: false, nextOpenAt: '2026-12-02T01:00:00.000Z' });
  });

  it('counts the local date, not the UTC one, around midnight', () => {
    // Monday 2026-12-07 00:30 WIB is still Sunday in UTC: closed, opening the same local morning.
    expect(opening(hours, '2026-12-06T17:30:00Z')).toEqual({ open: false, nextOpenAt: '2026-12-07T01:00:00.000Z' });
  });

  it('opens again on Monday after a Friday evening', () => {
    // Friday 2026-12-04 17:00 WIB.
    expect(opening(hours, '2026-12-04T10:00:00Z')).toEqual({ open: false, nextOpenAt: '2026-12-07T01:00:00.000Z' });
  });

  it('skips holidays, a run of them included', () => {
    const withHolidays = { ...hours, holidays: ['2026-12-24', '2026-12-25', '2026-12-28'] };
    // Wednesday 2026-12-23 after hours: Thursday and Friday are holidays, then the weekend, then Monday the 28th.
    expect(opening(withHolidays, '2026-12-23T10:00:00Z')).toEqual({ open: false, nextOpenAt: '2026-12-29T01:00:00.000Z' });
    expect(opening(withHolidays, '2026-12-24T03:00:00Z').open).toBe(false);
  });

  it('has no next opening when nothing opens within the year ahead', () => {
    expect(opening({ ...hours, days: [] }, '2026-12-01T03:00:00Z')).toEqual({ open: false, nextOpenAt: null });
  });

  it('takes several entries on one day together (a lunch break)', () => {
    const split: BusinessHours = {
      timezone: 'Asia/Jakarta',
      days: [
        { weekday: Weekday.TUESDAY, opens: '13:00', closes: '16:00' },
        { weekday: Weekday.TUESDAY, opens: '08:00', closes: '12:00' },
      ],
      holidays: [],
    };
    expect(opening(split, '2026-12-01T05:30:00Z')).toEqual({ open: false, nextOpenAt: '2026-12-01T06:00:00.000Z' });
    expect(opening(split, '2026-12-01T00:00:00Z')).toEqual({ open: false, nextOpenAt: '2026-12-01T01:00:00.000Z' });
    expect(opening(split, '2026-12-01T06:00:00Z').open).toBe(true);
  });
});

describe('deskOpening across midnight in Asia/Jayapura (WIT, UTC+9)', () => {
  // Friday 22:00 to Saturday 06:00 WIT: 13:00Z Friday to 21:00Z Friday.
  const night = week('Asia/Jayapura', '22:00', '06:00', [Weekday.FRIDAY]);

  it('is open from the evening it opens until the next morning', () => {
    expect(opening(night, '2026-12-04T12:59:00Z')).toEqual({ open: false, nextOpenAt: '2026-12-04T13:00:00.000Z' });
    expect(opening(night, '2026-12-04T13:00:00Z').open).toBe(true);
    // Saturday 05:59 WIT: still Friday's shift.
    expect(opening(night, '2026-12-04T20:59:00Z').open).toBe(true);
    expect(opening(night, '2026-12-04T21:00:00Z')).toEqual({ open: false, nextOpenAt: '2026-12-11T13:00:00.000Z' });
  });

  it('runs on into a holiday that follows the evening it opened, but does not open on one', () => {
    const saturdayOff = { ...night, holidays: ['2026-12-05'] };
    expect(opening(saturdayOff, '2026-12-04T20:00:00Z').open).toBe(true);
    const fridayOff = { ...night, holidays: ['2026-12-04'] };
    expect(opening(fridayOff, '2026-12-04T14:00:00Z')).toEqual({ open: false, nextOpenAt: '2026-12-11T13:00:00.000Z' });
  });

  it('reads 24:00 as the end of the day', () => {
    const late = week('Asia/Jayapura', '20:00', '24:00', [Weekday.MONDAY]);
    // Monday 2026-12-07 23:59 WIT = 14:59Z; midnight = 15:00Z.
    expect(opening(late, '2026-12-07T14:59:00Z').open).toBe(true);
    expect(opening(late, '2026-12-07T15:00:00Z').open).toBe(false);
  });

  it('tells the same instant apart from Jakarta, two hours behind', () => {
    // 07:30 WIB is 09:30 WIT on Tuesday 2026-12-01.
    expect(opening(week('Asia/Jakarta', '08:00', '16:00'), '2026-12-01T00:30:00Z').open).toBe(false);
    expect(opening(week('Asia/Jayapura', '08:00', '16:00'), '2026-12-01T00:30:00Z').open).toBe(true);
  });
});

describe('deskOpening over a clock change (Europe/Berlin)', () => {
  it('opens at local 08:00 on both sides of the change', () => {
    const hours = week('Europe/Berlin', '08:00', '16:00');
    // Friday 2026-03-27 after hours (CET, UTC+1) opens Monday 2026-03-30 08:00 CEST (UTC+2).
    expect(opening(hours, '2026-03-27T16:00:00Z').nextOpenAt).toBe('2026-03-30T06:00:00.000Z');
    expect(opening(hours, '2026-03-26T16:00:00Z').nextOpenAt).toBe('2026-03-27T07:00:00.000Z');
  });
});

describe('businessHoursInput', () => {
  const valid = { timezone: 'Asia/Makassar', days: [{ weekday: Weekday.MONDAY, opens: '08:00', closes: '16:00' }], holidays: [] as string[] };
  const fieldOf = (input: BusinessHours) => {
    try {
      businessHoursInput(input);
    } catch (error) {
      const { code, field } = (error as { extensions: { code: string; field: string } }).extensions;
      return `${code} ${field}`;
    }
    return 'accepted';
  };

  it('keeps good hours and sorts holidays, once each', () => {
    expect(businessHoursInput({ ...valid, holidays: ['2027-01-01', '2026-12-25', '2027-01-01'] })).toEqual({ ...valid, holidays: ['2026-12-25', '2027-01-01'] });
    expect(fieldOf({ ...valid, days: [{ weekday: Weekday.SUNDAY, opens: '22:00', closes: '06:00' }] })).toBe('accepted');
    expect(fieldOf({ ...valid, days: [{ weekday: Weekday.SUNDAY, opens: '00:00', closes: '24:00' }] })).toBe('accepted');
  });

  it.each([
    ['an unknown zone', { ...valid, timezone: 'Asia/Atlantis' }, 'businessHours.timezone'],
    ['an offset instead of a zone', { ...valid, timezone: '+07:00' }, 'businessHours.timezone'],
    ['a time without its leading zero', { ...valid, days: [{ weekday: Weekday.MONDAY, opens: '8:00', closes: '16:00' }] }, 'businessHours.days.0.opens'],
    ['24:00 as an opening', { ...valid, days: [{ weekday: Weekday.MONDAY, opens: '24:00', closes: '16:00' }] }, 'businessHours.days.0.opens'],
    ['minutes past 59', { ...valid, days: [{ weekday: Weekday.MONDAY, opens: '08:00', closes: '16:60' }] }, 'businessHours.days.0.closes'],
    ['a close at the opening time', { ...valid, days: [{ weekday: Weekday.MONDAY, opens: '08:00', closes: '08:00' }] }, 'businessHours.days.0.closes'],
    ['too many entries', { ...valid, days: Array.from({ length: MAX_OPENING_ENTRIES + 1 }, () => valid.days[0]) }, 'businessHours.days'],
    ['a date that does not exist', { ...valid, holidays: ['2026-02-30'] }, 'businessHours.holidays.0'],
    ['a date in another format', { ...valid, holidays: ['2026-12-25', '25/12/2026'] }, 'businessHours.holidays.1'],
    ['too many holidays', { ...valid, holidays: Array.from({ length: MAX_HOLIDAYS + 1 }, () => '2026-12-25') }, 'businessHours.holidays'],
  ])('refuses %s with BAD_USER_INPUT on its field', (_what, input, field) => {
    expect(fieldOf(input)).toBe(`BAD_USER_INPUT ${field}`);
  });
});
