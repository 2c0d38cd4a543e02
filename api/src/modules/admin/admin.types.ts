import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdminRole, AgentStatus, type Admin } from './admin.entity';

registerEnumType(AdminRole, {
  name: 'AdminRole',
  description: 'ADMIN: everything. SUPERVISOR: every conversation and report, no agent management. AGENT: the waiting queue and its own chats.',
});
registerEnumType(AgentStatus, {
  name: 'AgentStatus',
  description: 'ONLINE takes new chats, AWAY keeps its own but takes no new ones; OFFLINE while no console of the agent is connected.',
});

@ObjectType('Admin')
export class AdminNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: "The agent's login. Null for a visitor, who sees an agent's name only.",
  })
  email!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'True while the agent has the console open on any instance.' })
  online!: boolean;

  @Field(() => AdminRole)
  role!: AdminRole;

  @Field(() => Int, { nullable: true, description: 'At most this many ACTIVE chats at once; null: `Settings.defaultMaxConcurrentChats`.' })
  maxConcurrentChats!: number | null;

  @Field(() => Boolean, { description: 'A disabled agent cannot sign in, and its tokens stopped working when it was disabled.' })
  disabled!: boolean;
}

export interface AdminView {
  id: string;
  email: string;
  name: string;
  role: AdminRole;
  maxConcurrentChats: number | null;
  disabled: boolean;
  /** What the agent chose (ONLINE or AWAY); `status` is OFFLINE while no console is connected. */
  chosenStatus: AgentStatus;
}

export const toAdminView = (admin: Admin): AdminView => ({
  id: admin.id,
  email: admin.email,
  name: admin.name,
  role: admin.role,
  maxConcurrentChats: admin.maxConcurrentChats,
  disabled: admin.disabled,
  chosenStatus: admin.status,
});

@ObjectType('AdminPresence')
export class AdminPresenceNode {
  @Field(() => AdminNode)
  admin!: AdminView;

  @Field(() => Boolean)
  online!: boolean;

  @Field(() => AgentStatus, { description: "The agent's effective status after the change." })
  status!: AgentStatus;
}

@InputType()
export class CreateAdminInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'At least 8 characters.' })
  password!: string;

  @Field(() => AdminRole, { nullable: true, description: 'AGENT when omitted.' })
  role?: AdminRole | null;
}

@InputType({ description: 'Omitted fields stay as they are. An agent may change its own `name`; everything else is for an ADMIN.' })
export class UpdateAdminInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => AdminRole, { nullable: true })
  role?: AdminRole | null;

  @Field(() => Int, { nullable: true, description: 'Null sets it back to the default.' })
  maxConcurrentChats?: number | null;

  @Field(() => Boolean, { nullable: true })
  disabled?: boolean | null;

  @Field(() => [ID], { nullable: true, description: "Replaces the agent's teams." })
  teamIds?: string[] | null;
}
