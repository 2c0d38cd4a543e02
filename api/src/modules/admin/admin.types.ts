import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { Admin } from './admin.entity';

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
}

export interface AdminView {
  id: string;
  email: string;
  name: string;
}

export const toAdminView = (admin: Admin): AdminView => ({ id: admin.id, email: admin.email, name: admin.name });

@ObjectType('AdminPresence')
export class AdminPresenceNode {
  @Field(() => AdminNode)
  admin!: AdminView;

  @Field(() => Boolean)
  online!: boolean;
}

@InputType()
export class CreateAdminInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'At least 8 characters.' })
  password!: string;
}
