import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BusinessHoursInput, BusinessHoursNode } from '../business-hours/business-hours.types';
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

  @Field(() => BusinessHoursNode, { description: 'When agents answer: Asia/Jakarta, Monday to Friday 08:00 to 16:00 by default.' })
  businessHours!: BusinessHoursNode;

  @Field(() => String, { description: 'What the widget shows while the desk is closed or no agent is ONLINE, above its offline form.' })
  offlineMessage!: string;

  @Field(() => Boolean, { description: 'Only visitors verified by the host site (`registerCustomer` with `externalId` and `identityHash`) may start a chat, send or leave an offline message; false by default.' })
  identityRequired!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'CLOSED chats whose `closedAt` is older than this many days are deleted every day (with their messages and files), then the customers left without chats; null (the default) keeps everything.',
  })
  retentionDays!: number | null;
}

@InputType({ description: 'Omitted fields stay as they are.' })
export class UpdateSettingsInput {
  @Field(() => RoutingMode, { nullable: true })
  routingMode?: RoutingMode | null;

  @Field(() => Int, { nullable: true, description: '1 to 100.' })
  defaultMaxConcurrentChats?: number | null;

  @Field(() => BusinessHoursInput, { nullable: true, description: 'Replaces the business hours whole.' })
  businessHours?: BusinessHoursInput | null;

  @Field(() => String, { nullable: true, description: 'Up to 500 characters; an empty text brings back the default.' })
  offlineMessage?: string | null;

  @Field(() => Boolean, { nullable: true })
  identityRequired?: boolean | null;

  @Field(() => Int, { nullable: true, description: '1 to 3650 days; 0 turns retention off (keep everything). Left out or null: unchanged.' })
  retentionDays?: number | null;
}
