import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { Customer } from './customer.entity';

@ObjectType('Customer')
export class CustomerNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@InputType()
export class RegisterCustomerInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@ObjectType()
export class CustomerAuthPayload {
  @Field(() => String)
  token!: string;

  @Field(() => CustomerNode)
  customer!: CustomerNode;
}

export const toCustomerNode = (customer: Customer): CustomerNode => ({
  id: customer.id,
  name: customer.name,
  email: customer.email,
  phone: customer.phone,
  createdAt: customer.createdAt,
});
