import type { Transport } from './graphql-client';
import type { LeaveOfflineMessageInput } from './gql/graphql';
import { LeaveOfflineMessage } from './offline-operations';
import type { VisitorStore } from './saved-visitor';
import type { Locale, ServerWidgetConfig } from './widget-config';

/** Whether the widget offers the offline form instead of the chat, and what it says above it. */
export interface DeskState {
  /** Outside business hours, or no agent ONLINE to take a new chat. */
  offline: boolean;
  /** ISO; only while outside business hours. */
  nextOpenAt: string | null;
  message: string;
}

/** Until the server answers, the widget offers the chat: the server still takes the message either way. */
export const UNKNOWN_DESK: DeskState = { offline: false, nextOpenAt: null, message: '' };

export function deskStateOf(server: Pick<ServerWidgetConfig, 'open' | 'nextOpenAt' | 'agentsAvailable' | 'offlineMessage'>): DeskState {
  return {
    offline: !server.open || !server.agentsAvailable,
    nextOpenAt: server.open ? null : server.nextOpenAt ?? null,
    message: server.offlineMessage,
  };
}

/** Indonesia's own names for its three zones, in either language; Intl's short name elsewhere. */
const INDONESIAN_ZONES: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};
const WEEK_MS = 6 * 24 * 60 * 60 * 1000;

export const visitorTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * When the desk opens next, in the visitor's own zone: "Senin 08.00 WIB", or with the date when it
 * is more than six days away ("Senin, 5 Jan 08.00 WIB") so that a long holiday reads right.
 */
export function reopeningTime(nextOpenAt: string, locale: Locale, timeZone = visitorTimeZone(), now = new Date()): string {
  const at = new Date(nextOpenAt);
  const language = locale === 'en' ? 'en-GB' : 'id-ID';
  const far = at.getTime() - now.getTime() > WEEK_MS;
  const day = new Intl.DateTimeFormat(language, { timeZone, weekday: 'long', ...(far ? { day: 'numeric', month: 'short' } : {}) }).format(at);
  const time = new Intl.DateTimeFormat(language, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return `${day} ${time} ${zoneName(at, language, timeZone)}`;
}

function zoneName(at: Date, language: string, timeZone: string): string {
  const known = INDONESIAN_ZONES[timeZone];
  if (known) return known;
  const parts = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'short' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

export type OfflineInput = Omit<LeaveOfflineMessageInput, 'teamId'> & { teamId: string | null };

/** Sends the offline form; a new visitor's token is kept, so a reload shows the chat and, later, the reply. */
export async function leaveOfflineMessage(transport: Transport, store: VisitorStore, input: OfflineInput): Promise<void> {
  const signedIn = store.load()?.token;
  const { leaveOfflineMessage: left } = await transport.request(LeaveOfflineMessage, { input });
  const token = left.token ?? signedIn;
  if (token) store.save({ token, sessionId: left.chatSession.id });
}
