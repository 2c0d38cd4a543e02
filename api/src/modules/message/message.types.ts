import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../../pagination/connection.types';
import type { FilePayload, MentionPayload, MessagePayload, TypingPayload } from '../../pubsub/topics';
import { FileAttachmentNode, toFilePayload } from '../file/file.types';
import { ChatSessionStatus } from '../chat-session/chat-session.entity';
import { Message, MessageSender } from './message.entity';

registerEnumType(MessageSender, { name: 'MessageSender' });

@ObjectType('Message')
export class MessageNode implements MessagePayload {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => MessageSender)
  sender!: MessageSender;

  @Field(() => String, { nullable: true })
  senderName!: string | null;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => FileAttachmentNode, { nullable: true })
  file!: FilePayload | null;

  internal?: boolean;

  @Field(() => String, { nullable: true })
  clientMessageId!: string | null;

  @Field(() => Date)
  createdAt!: string;
}

export const { Connection: MessageConnection } = connectionTypes('Message', MessageNode);

@InputType()
export class SendMessageInput {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Chosen by the client; resending with the same id returns the stored message.',
  })
  clientMessageId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'A private note for the agents (agents only): the customer never sees it, and it changes nothing about the chat.',
  })
  internal?: boolean | null;
}

@ObjectType('TypingEvent')
export class TypingEventNode implements TypingPayload {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => MessageSender)
  sender!: MessageSender;

  @Field(() => String, { nullable: true, description: "The typist's display name: the agent's or the visitor's." })
  senderName!: string | null;

  @Field(() => Boolean)
  isTyping!: boolean;
}

@ObjectType('MentionEvent', { description: 'The viewer was named with `@` in a note, in a chat it may open.' })
export class MentionEventNode {
  @Field(() => MessageNode, { description: 'The note (internal).' })
  message!: MessagePayload;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => ChatSessionStatus, { description: 'Where the chat is, so the console opens it in the right list.' })
  sessionStatus!: ChatSessionStatus;

  @Field(() => String, { nullable: true, description: "The note's author, by name." })
  mentionedBy!: string | null;

  @Field(() => String, { description: 'The visitor of the chat, by name.' })
  customerName!: string;
}

export const toMentionEvent = (event: MentionPayload): MentionEventNode => ({
  message: event.message,
  sessionId: event.session.id,
  sessionStatus: event.session.status,
  mentionedBy: event.message.senderName,
  customerName: event.customerName,
});

/** `message.file` must be loaded (populate it) when the message has one. */
export function toMessagePayload(message: Message): MessagePayload {
  const file = message.file?.unwrap();
  return {
    id: String(message.id),
    sessionId: message.session.id,
    sender: message.sender,
    senderName: message.senderName,
    text: message.text,
    file: file ? toFilePayload(file) : null,
    internal: message.internal,
    clientMessageId: message.clientMessageId,
    createdAt: message.createdAt.toISOString(),
  };
}
