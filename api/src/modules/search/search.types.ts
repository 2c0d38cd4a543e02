import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../pagination/connection.types';
import type { ChatSessionPayload, MessagePayload } from '../../pubsub/topics';
import { ChatSessionNode } from '../chat-session/chat-session.types';
import { MessageNode } from '../message/message.types';

@ObjectType('MessageSearchEdge')
export class MessageSearchEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => MessageNode)
  node!: MessagePayload;

  @Field(() => ChatSessionNode, { description: 'The chat the message belongs to.' })
  session!: ChatSessionPayload;

  @Field(() => String, {
    nullable: true,
    description:
      'HTML, safe to insert as it is: an excerpt of the message text with every character HTML-escaped, and the matching words inside <mark></mark>.',
  })
  highlight!: string | null;
}

@ObjectType('MessageSearchConnection')
export class MessageSearchConnection {
  @Field(() => [MessageSearchEdge])
  edges!: MessageSearchEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many messages match, over all pages.' })
  totalCount!: number;
}
