import { deskStateOf, reopeningTime } from '../../src/offline-desk';

// Monday 2026-12-07 08:00 WIB; "now" is the Friday before, 17:00 WIB.
const MONDAY_0800_WIB = '2026-12-07T01:00:00.000Z';
const FRIDAY_EVENING = new Date('2026-12-04T10:00:00Z');

describe('reopeningTime', () => {
  it.each([
    ['Asia/Jakarta', 'Senin 08.00 WIB'],
    ['Asia/Pontianak', 'Senin 08.00 WIB'],
    ['Asia/Makassar', 'Senin 09.00 WITA'],
    ['Asia/Jayapura', 'Senin 10.00 WIT'],
  ])('names Indonesia’s zones by their own abbreviation (%s)', (zone, expected) => {
    expect(reopeningTime(MONDAY_0800_WIB, 'id', zone, FRIDAY_EVENING)).toBe(expected);
  });

  it("shows the time in the visitor's zone, the day too: Monday 08:00 WIB is still Sunday in New York", () => {
    expect(reopeningTime(MONDAY_0800_WIB, 'id', 'America/New_York', FRIDAY_EVENING)).toMatch(/^Minggu 20\.00 \S+$/);
    expect(reopeningTime(MONDAY_0800_WIB, 'id', 'Europe/Berlin', FRIDAY_EVENING)).toBe('Senin 02.00 GMT+1');
    expect(reopeningTime(MONDAY_0800_WIB, 'en', 'Asia/Jakarta', FRIDAY_EVENING)).toBe('Monday 08:00 WIB');
  });

  it('adds the date when the opening is more than six days away', () => {
    const afterHolidays = new Date('2026-11-28T10:00:00Z');
    expect(reopeningTime(MONDAY_0800_WIB, 'id', 'Asia/Jakarta', afterHolidays)).toBe('Senin, 7 Des 08.00 WIB');
  });
});

describe('deskStateOf', () => {
  const config = { open: true, nextOpenAt: null, agentsAvailable: true, offlineMessage: 'Tutup' };

  it('is offline outside business hours or while no agent is ONLINE', () => {
    expect(deskStateOf(config)).toEqual({ offline: false, nextOpenAt: null, message: 'Tutup' });
    expect(deskStateOf({ ...config, agentsAvailable: false })).toEqual({ offline: true, nextOpenAt: null, message: 'Tutup' });
    expect(deskStateOf({ ...config, open: false, nextOpenAt: MONDAY_0800_WIB })).toEqual({ offline: true, nextOpenAt: MONDAY_0800_WIB, message: 'Tutup' });
  });
});
