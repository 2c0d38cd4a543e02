import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ReportGrouping {
  DAY = 'DAY',
  AGENT = 'AGENT',
  TEAM = 'TEAM',
  LABEL = 'LABEL',
}

registerEnumType(ReportGrouping, {
  name: 'ReportGrouping',
  valuesConfig: {
    DAY: { description: "One row per calendar day of the range in the desk's time zone (`Settings.businessHours.timezone`), days without chats included; key YYYY-MM-DD." },
    AGENT: { description: 'One row per agent the chats are assigned to now; the chats nobody took are a row with key null ("Belum ditugaskan").' },
    TEAM: { description: 'One row per team; the chats without a team are a row with key null ("Tanpa tim").' },
    LABEL: { description: 'One row per label: a chat with two labels counts in both rows. The chats without a label are a row with key null ("Tanpa label").' },
  },
});

@ObjectType('DurationPercentiles', { description: 'A distribution of durations in seconds, from `percentile_cont`; null where no chat has one.' })
export class DurationPercentilesNode {
  @Field(() => Float, { nullable: true })
  median!: number | null;

  @Field(() => Float, { nullable: true })
  p90!: number | null;

  @Field(() => Int, { description: 'How many chats have the duration (the others are not measured).' })
  count!: number;
}

@ObjectType('ReportRow')
export class ReportRowNode {
  @Field(() => String, {
    nullable: true,
    description: 'DAY: the date, YYYY-MM-DD. AGENT, TEAM, LABEL: the id; null for the chats without one. Null on `Report.totals`.',
  })
  key!: string | null;

  @Field(() => String, { description: 'The date, or the agent\'s, team\'s or label\'s name; "Total" on `Report.totals`.' })
  label!: string;

  @Field(() => Int, { description: 'Chats created in the range that a visitor wrote in.' })
  chats!: number;

  @Field(() => Int, { description: "The chats' messages from the visitor and the agents; system and bot messages and internal notes are not counted." })
  messages!: number;

  @Field(() => DurationPercentilesNode, {
    description: "From a chat's creation to the first agent message (not a note, not a system or bot message); chats never answered are not measured.",
  })
  firstResponseSeconds!: DurationPercentilesNode;

  @Field(() => DurationPercentilesNode, { description: 'From creation to close, of the chats CLOSED now.' })
  resolutionSeconds!: DurationPercentilesNode;

  @Field(() => Float, { nullable: true, description: "Mean of the visitors' ratings (1 to 5); null without any." })
  averageRating!: number | null;

  @Field(() => Int)
  ratingCount!: number;
}

@ObjectType('Report', {
  description:
    'Chats created in [from, to), grouped; each figure is computed by PostgreSQL in one query. A chat belongs to the day it was created on, in the desk\'s time zone.',
})
export class ReportNode {
  @Field(() => Date)
  from!: Date;

  @Field(() => Date)
  to!: Date;

  @Field(() => ReportGrouping)
  groupBy!: ReportGrouping;

  @Field(() => String, { description: 'The IANA time zone the days are counted in: `Settings.businessHours.timezone`.' })
  timezone!: string;

  @Field(() => [ReportRowNode], { description: 'DAY: oldest first. The others: by name, the row with key null last.' })
  rows!: ReportRowNode[];

  @Field(() => ReportRowNode, { description: 'Every chat of the range once (LABEL rows may add up to more).' })
  totals!: ReportRowNode;
}
