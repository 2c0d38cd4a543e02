import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { Team } from './team.entity';

/** Fields come from a TeamView; members is a field resolver. */
@ObjectType('Team', { description: 'A group of agents with its own queue; one shown in the widget is a topic visitors choose.' })
export class TeamNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'Offered to visitors as a topic (`WidgetConfig.topics`).' })
  showInWidget!: boolean;

  @Field(() => Date)
  createdAt!: Date;
}

export interface TeamView {
  id: string;
  name: string;
  showInWidget: boolean;
  createdAt: Date;
}

export const toTeamView = (team: Team): TeamView => ({
  id: team.id,
  name: team.name,
  showInWidget: team.showInWidget,
  createdAt: team.createdAt,
});

@InputType()
export class CreateTeamInput {
  @Field(() => String, { description: '1 to 60 characters, unique regardless of case.' })
  name!: string;

  @Field(() => Boolean, { nullable: true, description: 'False when omitted.' })
  showInWidget?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'The agents in the team.' })
  memberIds?: string[] | null;
}

@InputType({ description: 'Omitted fields stay as they are.' })
export class UpdateTeamInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Boolean, { nullable: true })
  showInWidget?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the members.' })
  memberIds?: string[] | null;
}

@ObjectType('WidgetTopic', { description: 'A team a visitor may choose to talk to.' })
export class WidgetTopicNode {
  @Field(() => ID)
  teamId!: string;

  @Field(() => String)
  name!: string;
}
