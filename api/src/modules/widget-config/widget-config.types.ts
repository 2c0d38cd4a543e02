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
}
