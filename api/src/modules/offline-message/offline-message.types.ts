import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ChatSessionNode } from '../chat-session/chat-session.types';
import { CustomerNode } from '../customer/customer.types';
import type { ChatSessionPayload } from '../../pubsub/topics';

@InputType({ description: "The widget's offline form. `name` and `email` are required: the desk answers by email when it can." })
export class LeaveOfflineMessageInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { description: 'The first message of the chat, held to the message rules.' })
  message!: string;

  @Field(() => ID, { nullable: true, description: 'A topic from `WidgetConfig.topics`, as in `startChatSession`.' })
  teamId?: string | null;
}

@ObjectType('OfflineMessagePayload')
export class OfflineMessagePayloadNode {
  @Field(() => String, {
    nullable: true,
    description: "A new visitor's customer token (as `registerCustomer` gives), with which the widget reads the reply; null for a caller who sent its own token.",
  })
  token!: string | null;

  @Field(() => CustomerNode)
  customer!: CustomerNode;

  @Field(() => ChatSessionNode, { description: 'A WAITING chat flagged `offline`, in the queue of its team.' })
  chatSession!: ChatSessionPayload;
}
