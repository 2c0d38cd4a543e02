import { badInput } from '../../errors/app-error';
import { isPlainText } from '../../input/text-rules';
import { type BusinessHours, type OpeningHours } from './business-hours';

/** Three entries a day leave room for a lunch break and an evening shift. */
export const MAX_OPENING_ENTRIES = 21;
export const MAX_HOLIDAYS = 366;
export const MAX_OFFLINE_MESSAGE_LENGTH = 500;

const HH_MM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const YYYY_MM_DD = /^\d{4}-\d{2}-\d{2}$/;
/** Area/Location names (and UTC); Intl also takes offsets such as +07:00, which are not zones. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/** The admin's business hours, checked and tidied (holidays sorted, once each), or BAD_USER_INPUT naming the field. */
export function businessHoursInput(input: BusinessHours, field = 'businessHours'): BusinessHours {
  const timezone = timeZoneName(input.timezone, `${field}.timezone`);
  if (input.days.length > MAX_OPENING_ENTRIES) {
    throw badInput(`At most ${MAX_OPENING_ENTRIES} opening hours (three a day).`, `${field}.days`);
  }
  const days = input.days.map((entry, index) => openingHours(entry, `${field}.days.${index}`));
  if (input.holidays.length > MAX_HOLIDAYS) throw badInput(`At most ${MAX_HOLIDAYS} holidays.`, `${field}.holidays`);
  const holidays = input.holidays.map((date, index) => holiday(date, `${field}.holidays.${index}`));
  return { timezone, days, holidays: [...new Set(holidays)].sort() };
}

function timeZoneName(value: string, field: string): string {
  const name = value.trim();
  if (!ZONE_NAME.test(name) || !knownZone(name)) throw badInput('Choose a time zone such as Asia/Jakarta.', field);
  return name;
}

function knownZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function openingHours(entry: OpeningHours, field: string): OpeningHours {
  if (!HH_MM.test(entry.opens)) throw badInput('Write the opening time as HH:MM, 00:00 to 23:59.', `${field}.opens`);
  if (!HH_MM.test(entry.closes) && entry.closes !== '24:00') {
    throw badInput('Write the closing time as HH:MM, 00:01 to 24:00.', `${field}.closes`);
  }
  if (entry.closes === entry.opens) {
    throw badInput('The desk must close at another time than it opens (a close before the opening is on the next day).', `${field}.closes`);
  }
  return { weekday: entry.weekday, opens: entry.opens, closes: entry.closes };
}

function holiday(value: string, field: string): string {
  const date = value.trim();
  const parsed = YYYY_MM_DD.test(date) ? new Date(`${date}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw badInput('Write a holiday as a date, YYYY-MM-DD.', field);
  }
  return date;
}

/** The text the widget shows while the desk is closed; empty means the default. */
export function offlineMessageText(value: string, field = 'offlineMessage'): string | null {
  const text = value.trim();
  if (!text) return null;
  if (!isPlainText(text)) throw badInput('The offline message contains characters that cannot be stored.', field);
  if ([...text].length > MAX_OFFLINE_MESSAGE_LENGTH) {
    throw badInput(`The offline message is longer than ${MAX_OFFLINE_MESSAGE_LENGTH} characters.`, field);
  }
  return text;
}
