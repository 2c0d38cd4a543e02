import { TEST_JWT_SECRET, graphqlRequest, type GraphQLResponse } from '../support/test-app';
import type { OnMessageAddedSubscription } from '../gql/graphql';
import { GetChatSession, SendMessage } from '../support/operations';

/** The environment of an API process under fault: silent about everything the test provokes. */
export function faultApiEnv(databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    // FAULT_LOG_LEVEL=warn shows what the API logged, when a fault test needs explaining.
    LOG_LEVEL: process.env.FAULT_LOG_LEVEL ?? 'silent',
    SEED_ADMIN: 'true',
    // The faults are the subject here, not the abuse limits.
    MESSAGE_RATE_LIMIT: '0',
    SESSION_RATE_LIMIT: '0',
    LOGIN_RATE_LIMIT: '0',
    ...extra,
  };
}

export interface Readiness {
  status: number;
  problems: string[];
}

export async function readiness(port: number): Promise<Readiness> {
  const response = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(5000) });
  const body = (await response.json().catch(() => ({}))) as { problems?: string[] };
  return { status: response.status, problems: body.problems ?? [] };
}

/** A counter's value on the API's /metrics page (0 when it has not been touched). */
export async function metric(port: number, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(5000) })).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

export type SendResult =
  | { outcome: 'acknowledged'; id: string; status: number }
  | { outcome: 'refused'; status: number; errors: NonNullable<GraphQLResponse<unknown>['errors']> }
  /** No answer at all: the connection failed or broke, so the client cannot know what happened. */
  | { outcome: 'lost'; reason: string };

export const acknowledgedId = (sent: Send) => (sent.result.outcome === 'acknowledged' ? sent.result.id : undefined);

export interface Send {
  sessionId: string;
  text: string;
  clientMessageId: string;
  result: SendResult;
}

/** `sendMessage` over HTTP, recording what the client learnt rather than throwing. */
export async function send(
  httpUrl: string,
  token: string,
  sessionId: string,
  text: string,
  clientMessageId: string,
): Promise<Send> {
  let result: SendResult;
  try {
    const response = await graphqlRequest(httpUrl, SendMessage, { input: { sessionId, text, clientMessageId } }, token);
    result = response.data?.sendMessage
      ? { outcome: 'acknowledged', id: response.data.sendMessage.id, status: response.status }
      : { outcome: 'refused', status: response.status, errors: response.errors ?? [] };
  } catch (error) {
    result = { outcome: 'lost', reason: describe(error) };
  }
  return { sessionId, text, clientMessageId, result };
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? String(error);
}

export interface CaughtUpMessage {
  id: string;
  text: string | null;
}

/**
 * What a reconnecting client does: `messages(after:)` from the last id it saw, page after page,
 * until `hasNextPage` is false. `after` null reads the whole conversation.
 */
export async function catchUp(
  httpUrl: string,
  token: string,
  sessionId: string,
  after: string | null,
): Promise<CaughtUpMessage[]> {
  const messages: CaughtUpMessage[] = [];
  let cursor = after;
  for (let page = 0; page < 100; page += 1) {
    const response = await graphqlRequest(httpUrl, GetChatSession, { id: sessionId, first: 20, after: cursor }, token);
    const connection = response.data?.chatSession?.messages;
    if (!connection) throw new Error(`catch-up failed: ${JSON.stringify(response.errors)}`);
    messages.push(...connection.edges.map((edge) => ({ id: edge.node.id, text: edge.node.text })));
    if (!connection.pageInfo.hasNextPage) return messages;
    cursor = connection.pageInfo.endCursor ?? cursor;
  }
  throw new Error('catch-up did not end after 100 pages');
}

/**
 * One participant's view of a conversation: messages seen live plus those caught up, kept by id
 * as a client does, so a message seen both ways counts once.
 */
export class ConversationView {
  private readonly seen = new Map<string, string | null>();

  add(message: CaughtUpMessage): void {
    this.seen.set(message.id, message.text);
  }

  addLive(events: OnMessageAddedSubscription[]): this {
    for (const { messageAdded } of events) this.add({ id: messageAdded.id, text: messageAdded.text });
    return this;
  }

  has(id: string): boolean {
    return this.seen.has(id);
  }

  /** The id a reconnecting client hands to `messages(after:)`: the newest it saw. */
  lastId(): string | null {
    return this.ids().at(-1) ?? null;
  }

  ids(): string[] {
    return [...this.seen.keys()].sort(byNumericId);
  }

  texts(): (string | null)[] {
    return this.ids().map((id) => this.seen.get(id) ?? null);
  }
}

export const byNumericId = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0);

export interface StoredMessage extends Record<string, unknown> {
  id: string;
  text: string | null;
  client_message_id: string | null;
  sender: string;
  /** When the API stored it, in epoch milliseconds. */
  created_ms: number;
}

export const STORED_MESSAGES_SQL =
  'select id::text as id, text, client_message_id, sender::text as sender, ' +
  '(extract(epoch from created_at) * 1000)::float8 as created_ms from message where session_id = $1 order by message.id';
