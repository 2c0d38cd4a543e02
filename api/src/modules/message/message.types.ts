import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../../pagination/connection.types';
import type { MessagePayload, TypingPayload } from '../../pubsub/topics';
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
}

@ObjectType('TypingEvent')
export class TypingEventNode implements TypingPayload {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => MessageSender)
  sender!: MessageSender;

  @Field(() => Boolean)
  isTyping!: boolean;
}

export function toMessagePayload(message: Message): MessagePayload {
  return {
    id: String(message.id),
    sessionId: message.session.id,
    sender: message.sender,
    senderName: message.senderName,
    text: message.text,
    clientMessageId: message.clientMessageId,
    createdAt: message.createdAt.toISOString(),
  };
}
