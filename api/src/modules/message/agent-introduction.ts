import type { AppDeps } from '../../app-deps';
import { isoTimestamp, type PreparedStatement, type Sql } from '../../db/sql';
import type { MessagePayload } from '../../pubsub/topics';
import { recordWebhookEvent } from '../webhook/outbox-relay';
import { messageEvents } from './message-events';
import { MessageSender } from './message.entity';

/**
 * The visitor hears who helps it. Whenever an assignment gives a chat to an agent other than the
 * last one introduced in it (a transfer, AUTO routing, take-next), a SYSTEM message "Anda sekarang
 * dibantu oleh <name>" is stored in the same transaction as the assignment. An agent's first reply,
 * which claims a waiting chat, introduces nobody: the reply itself tells the visitor who answers.
 * The message keeps the agent it introduced in `sender_admin_id`, which is how "the last one
 * introduced" is told. Both assignment paths (queue/routing.ts and the chat-session service) store
 * it through INTRODUCE_AGENT, nowhere else.
 */

/** Indonesian, the product's language: both the console and the widget show it as stored. */
const INTRODUCTION = 'Anda sekarang dibantu oleh ';

/**
 * $1 chats just assigned to agent $2 · $3 created at: the agent's introduction stored in each,
 * except where it is the last agent introduced there already.
 */
export const INTRODUCE_AGENT: PreparedStatement = {
  name: 'livechat_introduce_agent',
  text: `
insert into message (session_id, sender, sender_admin_id, text, created_at)
select chat.id, 'SYSTEM', agent.id, '${INTRODUCTION}' || agent.name, $3::timestamptz
  from unnest($1::uuid[]) as chat(id)
  join admin agent on agent.id = $2::uuid
 where agent.id is distinct from (
   select last.sender_admin_id from message last
    where last.session_id = chat.id and last.sender = 'SYSTEM' and last.sender_admin_id is not null
    order by last.id desc limit 1)
returning id::text, session_id, text, ${isoTimestamp('created_at')} as created_at`,
};

interface IntroductionRow {
  id: string;
  session_id: string;
  text: string;
  created_at: string;
}

/** A stored introduction, and the outbox rows that tell webhooks of it. */
export interface Introduction {
  message: MessagePayload;
  outboxIds: string[];
}

/**
 * Within the assignment's transaction (`run`): the introductions of `adminId` in the chats it was
 * just given, each with its outbox row (where a webhook listens), as any other message has.
 */
export async function introduceAgent(run: Sql['run'], sessionIds: string[], adminId: string): Promise<Introduction[]> {
  if (sessionIds.length === 0) return [];
  const rows = await run<IntroductionRow>(INTRODUCE_AGENT, [sessionIds, adminId, new Date().toISOString()]);
  const introductions: Introduction[] = [];
  for (const row of rows) {
    const message = introductionMessage(row.id, row.session_id, row.text, row.created_at);
    introductions.push({ message, outboxIds: await recordWebhookEvent(run, 'messageAdded', message) });
  }
  return introductions;
}

function introductionMessage(id: string, sessionId: string, text: string, createdAt: string): MessagePayload {
  return { id, sessionId, sender: MessageSender.SYSTEM, senderName: null, text, file: null, internal: false, clientMessageId: null, createdAt };
}

/**
 * Once committed: told on `messageAdded` like any message (its chat's and every chat's), once per
 * message on every instance, and handed to the webhooks' dispatch.
 */
export async function announceIntroductions(deps: Pick<AppDeps, 'pubsub' | 'outbox'>, introductions: Introduction[]): Promise<void> {
  for (const { message, outboxIds } of introductions) {
    await deps.pubsub.announceOnce(`message:${message.sessionId}:${message.id}`, messageEvents(message));
    for (const outboxId of outboxIds) deps.outbox.committed(outboxId, true);
  }
}
