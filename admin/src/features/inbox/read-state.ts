import { useSyncExternalStore } from 'react';

const STORAGE_KEY = 'livechat-oss-admin.read';
const MAX_ENTRIES = 500;

type ReadMarks = Record<string, string>;

let marks: ReadMarks = load();
const listeners = new Set<() => void>();

function load(): ReadMarks {
  try {
    return (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as ReadMarks) ?? {};
  } catch {
    return {};
  }
}

/** Remembers, in this browser, the newest message time the agent has seen in a session. */
export function markRead(sessionId: string, lastMessageAt: string | null | undefined): void {
  if (!lastMessageAt || marks[sessionId] === lastMessageAt) return;
  if (marks[sessionId] && Date.parse(marks[sessionId]) >= Date.parse(lastMessageAt)) return;
  const entries = Object.entries({ ...marks, [sessionId]: lastMessageAt });
  // Keep the newest marks only, so the store cannot grow without bound.
  entries.sort((a, b) => Date.parse(b[1]) - Date.parse(a[1]));
  marks = Object.fromEntries(entries.slice(0, MAX_ENTRIES));
  localStorage.setItem(STORAGE_KEY, JSON.stringify(marks));
  for (const listener of listeners) listener();
}

/** Unread: the customer wrote last, after the agent last looked at this session. */
export function isUnread(
  sessionId: string,
  lastMessage: { sender: string; createdAt: string } | null | undefined,
  readMarks: ReadMarks,
): boolean {
  if (!lastMessage || lastMessage.sender !== 'CUSTOMER') return false;
  const seen = readMarks[sessionId];
  return !seen || Date.parse(lastMessage.createdAt) > Date.parse(seen);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useReadMarks(): ReadMarks {
  return useSyncExternalStore(subscribe, () => marks);
}
