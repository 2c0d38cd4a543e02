import type { Conversation_MessageFragment, MessageSender } from './gql/graphql';

export type DeliveryStatus = 'sending' | 'sent' | 'failed';

export type ServerMessage = Conversation_MessageFragment;
export type Attachment = NonNullable<ServerMessage['file']>;

/** One bubble: a stored message, or the visitor's own one still on its way. */
export interface ChatMessage {
  /** Stable for the life of the bubble, from "sending" to "sent". */
  key: string;
  id: string | null;
  sender: MessageSender;
  senderName: string | null;
  text: string | null;
  file: Attachment | null;
  createdAt: string;
  clientMessageId: string | null;
  status: DeliveryStatus;
  /** Why it failed: a RequestError code (NETWORK, RATE_LIMITED, FILE_TOO_LARGE…). */
  failure: string | null;
  /** For an upload in flight: 0 to 1, or null when the browser does not tell. */
  progress: number | null;
  /** For a file still to be sent (kept for a retry); never from the server. */
  upload: { name: string; size: number; type: string } | null;
  /** For an unsent message: the stored message it was written after, which keeps it in time order. */
  afterId: string | null;
}

/** Message ids are a growing integer sequence, sent as strings that may exceed 2^53. */
export function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

export function fromServer(message: ServerMessage, key = `m:${message.id}`): ChatMessage {
  return {
    key,
    id: message.id,
    sender: message.sender,
    senderName: message.senderName,
    text: message.text,
    file: message.file,
    createdAt: message.createdAt,
    clientMessageId: message.clientMessageId,
    status: 'sent',
    failure: null,
    progress: null,
    upload: null,
    afterId: null,
  };
}

/** The visitor's message before the server has it. */
export function pendingMessage(
  clientMessageId: string,
  text: string | null,
  upload: ChatMessage['upload'] = null,
  afterId: string | null = null,
): ChatMessage {
  return {
    key: `local:${clientMessageId}`,
    id: null,
    sender: 'CUSTOMER',
    senderName: null,
    text,
    file: null,
    createdAt: new Date().toISOString(),
    clientMessageId,
    status: 'sending',
    failure: null,
    progress: null,
    upload,
    afterId,
  };
}

/**
 * Folds server messages into the list. A message already there (same id, or the visitor's own
 * pending one with the same clientMessageId) is updated in place, never added twice: the same
 * message can arrive from the mutation's answer, the subscription and a catch-up query.
 */
export function mergeMessages(list: ChatMessage[], incoming: ServerMessage[]): { list: ChatMessage[]; added: ChatMessage[] } {
  const next = [...list];
  const added: ChatMessage[] = [];
  for (const message of incoming) {
    const index = next.findIndex(
      (item) =>
        item.id === message.id ||
        (item.id === null && message.clientMessageId !== null && item.clientMessageId === message.clientMessageId),
    );
    if (index >= 0) {
      next[index] = fromServer(message, next[index]!.key);
    } else {
      const item = fromServer(message);
      next.push(item);
      added.push(item);
    }
  }
  return { list: sortMessages(next), added };
}

/**
 * Stored messages in id order. The visitor's unsent ones (sending, or failed) stay where they were
 * written: after the stored message that was the last one then, in the order written, so replies
 * that come later go below a failed bubble rather than above it. One written before any stored
 * message was known goes after them all.
 */
export function sortMessages(list: ChatMessage[]): ChatMessage[] {
  const anchor = (message: ChatMessage) => message.id ?? message.afterId;
  return [...list].sort((a, b) => {
    const [anchorA, anchorB] = [anchor(a), anchor(b)];
    if (anchorA !== anchorB) return anchorA === null ? 1 : anchorB === null ? -1 : compareIds(anchorA, anchorB);
    if ((a.id === null) !== (b.id === null)) return a.id === null ? 1 : -1;
    return 0;
  });
}

/** The newest stored message's id: what a message written now comes after. */
export function lastStoredId(list: ChatMessage[]): string | null {
  for (let index = list.length - 1; index >= 0; index -= 1) if (list[index]!.id !== null) return list[index]!.id;
  return null;
}

export function updateMessage(list: ChatMessage[], key: string, change: Partial<ChatMessage>): ChatMessage[] {
  return list.map((item) => (item.key === key ? { ...item, ...change } : item));
}

/** A client-chosen id for idempotent sends; crypto.randomUUID needs a secure context, this does not. */
export function newClientMessageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `w-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

export type TextPart = { text: string } | { href: string; text: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'")\]}]+$/;

/**
 * Splits text into plain runs and http(s) links. The caller renders both as text nodes (and the
 * links as <a> with that text), so nothing here is ever parsed as HTML.
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    let candidate = match[0];
    const trailing = TRAILING_PUNCTUATION.exec(candidate)?.[0] ?? '';
    // Keep a closing parenthesis that closes one opened inside the link (Wikipedia-style URLs).
    const keep = trailing.startsWith(')') && count(candidate, '(') > count(candidate.slice(0, -trailing.length), ')') ? 1 : 0;
    candidate = candidate.slice(0, candidate.length - trailing.length + keep);
    const href = safeHref(candidate);
    if (!href) continue;
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ href, text: candidate });
    last = start + candidate.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

const count = (text: string, char: string) => text.split(char).length - 1;

/** Only http(s) URLs ever become an href; anything else (javascript:, data:) stays text. */
export function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
