import { Field, Int, ObjectType } from 'type-graphql';

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
}
