import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../../pagination/connection.types';
import type { PubSubEvent } from '../../pubsub/pubsub';
import type { ChatSessionPayload } from '../../pubsub/topics';
import { ChatSession, ChatSessionStatus } from './chat-session.entity';

registerEnumType(ChatSessionStatus, {
  name: 'ChatSessionStatus',
  valuesConfig: {
    WAITING: { description: 'No agent has taken it yet.' },
    ACTIVE: { description: 'An agent is assigned.' },
    CLOSED: { description: 'Finished; nothing more can be sent.' },
  },
});

/** Fields come from a ChatSessionPayload; customer, assignedAdmin and messages are field resolvers. */
@ObjectType('ChatSession')
export class ChatSessionNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ChatSessionStatus)
  status!: ChatSessionStatus;

  @Field(() => Date)
  createdAt!: string;

  @Field(() => Date, { nullable: true })
  closedAt!: string | null;

  @Field(() => Date, { nullable: true })
  lastMessageAt!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "When the chat joined its queue: its visitor's first message. The queue's order, and what a wait is counted from; handing a chat back keeps it.",
  })
  queuedAt!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The newest message the visitor has read (set by `markChatSessionRead` and by its own messages); null before any.',
  })
  customerLastReadMessageId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The newest message the agents have read (one mark for the desk, set by `markChatSessionRead` and by an agent's reply); null before any.",
  })
  agentLastReadMessageId!: string | null;

  @Field(() => Boolean, { description: 'Left through the offline form (`leaveOfflineMessage`) while the desk was closed or no agent was ONLINE; agents answer it when they are back.' })
  offline!: boolean;
}

export const { Connection: ChatSessionConnection } = connectionTypes('ChatSession', ChatSessionNode);

@InputType()
export class ChatSessionFilter {
  @Field(() => ChatSessionStatus, { nullable: true })
  status?: ChatSessionStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only sessions not closed yet (WAITING and ACTIVE).' })
  open?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Only this customer's sessions." })
  customerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only sessions assigned to the signed-in agent.' })
  assignedToMe?: boolean | null;

  @Field(() => String, { nullable: true, description: "Matches the customer's name or email, literally." })
  search?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only chats having ANY of these labels (not necessarily all). Empty or omitted: no label filter; unknown ids match nothing.',
  })
  labelIds?: string[] | null;
}

@InputType()
export class StartChatSessionInput {
  @Field(() => String, { nullable: true, description: 'An optional first message from the visitor.' })
  message?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Chosen by the client for the first message; retrying the start with the same id returns the same session and message.',
  })
  clientMessageId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "A topic from `WidgetConfig.topics`: the team whose queue a new chat joins. A resumed chat keeps its team.",
  })
  teamId?: string | null;
}

export function toChatSessionPayload(session: ChatSession): ChatSessionPayload {
  return {
    id: session.id,
    status: session.status,
    customerId: session.customer.id,
    assignedAdminId: session.assignedAdmin?.id ?? null,
    createdAt: session.createdAt.toISOString(),
    closedAt: session.closedAt?.toISOString() ?? null,
    lastMessageAt: session.lastMessageAt?.toISOString() ?? null,
    teamId: session.team?.id ?? null,
    queuedAt: session.queuedAt?.toISOString() ?? null,
    customerLastReadMessageId: session.customerLastReadMessageId,
    agentLastReadMessageId: session.agentLastReadMessageId,
    offline: session.offline,
    rating: session.rating,
    ratingComment: session.ratingComment,
  };
}

/**
 * A session's update, for the agents' inbox (every session) and on the session's own topic. A
 * session without a message yet is the visitor's alone: the inbox hears of it from its first one.
 */
export function updateEvents(session: ChatSessionPayload): PubSubEvent<'CHAT_SESSION_UPDATED'>[] {
  const own: PubSubEvent<'CHAT_SESSION_UPDATED'> = { topic: 'CHAT_SESSION_UPDATED', payload: session, key: session.id };
  return session.lastMessageAt ? [{ topic: 'CHAT_SESSION_UPDATED', payload: session }, own] : [own];
}
