import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('RetentionChat', { description: 'A chat that retention deletes (or, in a dry run, would delete).' })
export class RetentionChatNode {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  closedAt!: Date;

  @Field(() => String)
  customerName!: string;
}

@ObjectType('RetentionReport', { description: 'What a retention run deleted, or in a dry run would delete (and nothing is deleted).' })
export class RetentionReportNode {
  @Field(() => Boolean)
  dryRun!: boolean;

  @Field(() => Int, { nullable: true, description: '`Settings.retentionDays` at the run; null: retention is off and nothing goes.' })
  retentionDays!: number | null;

  @Field(() => Date, { nullable: true, description: 'CLOSED chats closed before this go.' })
  cutoff!: Date | null;

  @Field(() => Int)
  chats!: number;

  @Field(() => Int, { description: 'Messages of those chats, internal notes included.' })
  messages!: number;

  @Field(() => Int)
  files!: number;

  @Field(() => Float, { description: "The files' size in bytes." })
  bytes!: number;

  @Field(() => Int, { description: 'Customers left without any chat (a blocked one is kept).' })
  customers!: number;

  @Field(() => [RetentionChatNode], { description: 'The first 50 of the chats, oldest first.' })
  sample!: RetentionChatNode[];
}
