import { Field, ObjectType } from 'type-graphql';
import { AdminNode } from '../admin/admin.types';

@ObjectType()
export class AuthPayload {
  @Field(() => String)
  token!: string;

  @Field(() => AdminNode)
  admin!: AdminNode;
}
