import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RoutingMode } from './settings.entity';

registerEnumType(RoutingMode, {
  name: 'RoutingMode',
  valuesConfig: {
    MANUAL: { description: 'Agents take waiting chats (`takeNextChatSession`) or are assigned them.' },
    AUTO: { description: "A new chat goes to an ONLINE agent of its team with a free slot; a freed slot takes the oldest waiting chat." },
  },
});

@ObjectType('Settings', { description: "The desk's settings. Every agent reads them; only an ADMIN changes them." })
export class SettingsNode {
  @Field(() => RoutingMode, { description: 'MANUAL by default.' })
  routingMode!: RoutingMode;

  @Field(() => Int, { description: 'The limit of ACTIVE chats for an agent without one of its own (`Admin.maxConcurrentChats`); 5 by default.' })
  defaultMaxConcurrentChats!: number;
}

@InputType({ description: 'Omitted fields stay as they are.' })
export class UpdateSettingsInput {
  @Field(() => RoutingMode, { nullable: true })
  routingMode?: RoutingMode | null;

  @Field(() => Int, { nullable: true, description: '1 to 100.' })
  defaultMaxConcurrentChats?: number | null;
}
