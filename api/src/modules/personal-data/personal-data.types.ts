import { Field, ObjectType } from 'type-graphql';

@ObjectType('DataExport', { description: "A customer's data as a JSON file: profile, chats, messages (no internal notes) and files." })
export class DataExportNode {
  @Field(() => String, { description: 'Downloads the JSON: a short-lived link signed for the ADMIN who asked. The file links inside expire with it.' })
  url!: string;

  @Field(() => Date)
  expiresAt!: Date;
}
