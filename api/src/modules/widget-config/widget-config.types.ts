import { Field, Int, ObjectType } from 'type-graphql';
import { WidgetTopicNode } from '../team/team.types';

@ObjectType('WidgetConfig')
export class WidgetConfigNode {
  @Field(() => String)
  widgetTitle!: string;

  @Field(() => String)
  welcomeMessage!: string;

  @Field(() => String)
  primaryColor!: string;

  @Field(() => String, { description: '`bottom-right` or `bottom-left`.' })
  position!: string;

  @Field(() => Boolean)
  allowFileUpload!: boolean;

  @Field(() => Int, { description: 'In bytes.' })
  maxFileSize!: number;

  @Field(() => [String], { description: 'MIME types the server accepts.' })
  allowedFileTypes!: string[];

  @Field(() => Boolean, { description: 'True while any agent is connected.' })
  online!: boolean;

  @Field(() => [WidgetTopicNode], { description: 'The teams shown in the widget, by name: a visitor may pick one as `startChatSession(input: { teamId })`.' })
  topics!: WidgetTopicNode[];

  @Field(() => Boolean, { description: 'True while an agent who takes new chats is connected with the status ONLINE (AWAY agents do not count, unlike `online`).' })
  agentsAvailable!: boolean;

  @Field(() => Boolean, { description: "True within the desk's business hours (`Settings.businessHours`)." })
  open!: boolean;

  @Field(() => Date, { nullable: true, description: 'While closed: when the desk opens next. Null while open, or when nothing opens within a year.' })
  nextOpenAt!: string | null;

  @Field(() => String, { description: "The business hours' IANA time zone, for clients that show times in the desk's zone as well as the visitor's." })
  timezone!: string;

  @Field(() => String, { description: 'Shown while the desk is closed or no agent is ONLINE (`open` false or `agentsAvailable` false), above the offline form (`leaveOfflineMessage`).' })
  offlineMessage!: string;

  @Field(() => Boolean, { description: 'True when only verified visitors may chat (`Settings.identityRequired`): a widget without `LivechatOSSConfig.identity` shows the page\'s sign-in prompt instead of its form.' })
  identityRequired!: boolean;
}
