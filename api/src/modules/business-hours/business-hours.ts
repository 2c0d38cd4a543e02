/**
 * When the desk is open, in its own time zone, computed with Intl alone.
 *
 * Each `days` entry opens on its weekday at `opens` (local wall time) and closes at `closes`; a
 * `closes` at or before `opens` is on the next day (22:00–06:00 is overnight), and `24:00` is the
 * end of the day. An entry belongs to the day it opens on: a holiday cancels the entries that open
 * on it, while an overnight one that opened the evening before runs on to its close. A weekday may
 * have several entries (a lunch break); they count together.
 */
export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

export interface OpeningHours {
  weekday: Weekday;
  /** HH:MM, 00:00 to 23:59. */
  opens: string;
  /** HH:MM, 00:01 to 24:00; at or before `opens`: on the next day. */
  closes: string;
}

export interface BusinessHours {
  /** An IANA time zone. */
  timezone: string;
  days: OpeningHours[];
  /** YYYY-MM-DD local dates on which nothing opens. */
  holidays: string[];
}

export interface DeskOpening {
  open: boolean;
  /** When it opens next; null while open, or when no opening is left within a year and a week. */
  nextOpenAt: Date | null;
}

const WORKING_DAYS = [Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY];

export const DEFAULT_BUSINESS_HOURS: BusinessHours = Object.freeze({
  timezone: 'Asia/Jakarta',
  days: WORKING_DAYS.map((weekday) => ({ weekday, opens: '08:00', closes: '16:00' })),
  holidays: [],
});

/** Date.getUTCDay() order: Sunday first. */
const BY_DAY_NUMBER = [Weekday.SUNDAY, Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY, Weekday.SATURDAY];
/** Holidays may fill a whole year; one more week finds the opening after them. */
const DAYS_LOOKED_AHEAD = 366 + 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export function deskOpening(hours: BusinessHours, at: Date): DeskOpening {
  const zone = new ZoneClock(hours.timezone);
  const today = zone.localDay(at);
  const holidays = new Set(hours.holidays);
  for (let offset = -1; offset <= DAYS_LOOKED_AHEAD; offset += 1) {
    const day = today + offset;
    if (holidays.has(isoDate(day))) continue;
    const weekday = BY_DAY_NUMBER[new Date(day * DAY_MS).getUTCDay()];
    const starts: number[] = [];
    for (const entry of hours.days) {
      if (entry.weekday !== weekday) continue;
      const opensAt = zone.instant(day, minutesOf(entry.opens));
      const closeMinutes = minutesOf(entry.closes);
      const closesAt = zone.instant(closeMinutes <= minutesOf(entry.opens) ? day + 1 : day, closeMinutes);
      if (opensAt <= at.getTime() && at.getTime() < closesAt) return { open: true, nextOpenAt: null };
      if (opensAt > at.getTime()) starts.push(opensAt);
    }
    // Every later day opens later still: the earliest start of the first day with one is the next.
    if (starts.length) return { open: false, nextOpenAt: new Date(Math.min(...starts)) };
  }
  return { open: false, nextOpenAt: null };
}

export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** A day number (days since 1970-01-01) as YYYY-MM-DD. */
const isoDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Wall-clock time in one IANA zone, both ways. */
class ZoneClock {
  private readonly format: Intl.DateTimeFormat;

  constructor(timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** The local date at `at`, as a day number. */
  localDay(at: Date): number {
    return Math.floor(this.wallTime(at.getTime()) / DAY_MS);
  }

  /**
   * The instant the zone's clocks show `minutes` past midnight on `day`. A time skipped by a
   * clock change comes out after the jump, at the same distance from midnight.
   */
  instant(day: number, minutes: number): number {
    const wall = day * DAY_MS + minutes * 60_000;
    const guess = wall - this.offset(wall);
    return wall - this.offset(guess);
  }

  /** How far the zone's clocks are ahead of UTC at `instant`, in ms. */
  private offset(instant: number): number {
    return this.wallTime(instant) - Math.floor(instant / 1000) * 1000;
  }

  /** The zone's clock reading at `instant`, written as if it were UTC. */
  private wallTime(instant: number): number {
    const part: Record<string, number> = {};
    for (const { type, value } of this.format.formatToParts(new Date(instant))) part[type] = Number(value);
    return Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second);
  }
}

/** What the widget shows while the desk is closed or no agent is ONLINE, unless the settings say otherwise. */
export const DEFAULT_OFFLINE_MESSAGE = 'Kami sedang tidak online. Tinggalkan pesan, kami akan membalasnya saat kami buka kembali.';
