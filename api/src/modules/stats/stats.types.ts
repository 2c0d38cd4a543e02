import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('DailyMessageCount')
export class DailyMessageCountNode {
  @Field(() => String, { description: "A day in the server's time zone, as YYYY-MM-DD." })
  date!: string;

  @Field(() => Int)
  count!: number;
}

/** Every figure is a field resolver, so a client pays only for the ones it selects. */
@ObjectType('ChatStats')
export class ChatStatsNode {}
