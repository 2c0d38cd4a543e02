import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { Customer, CustomerAttributes } from './customer.entity';

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

  @Field(() => GraphQLJSONObject, {
    description: 'What the desk knows of the visitor (NIB, NPWP, company…): a flat object of text values, keys in the order they were added.',
  })
  attributes!: CustomerAttributes;
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

@InputType()
export class UpdateCustomerInput {
  @Field(() => String, { nullable: true, description: 'Left out: unchanged. The same rules as `registerCustomer`.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Left out: unchanged; null or empty: removed.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Left out: unchanged; null or empty: removed.' })
  phone?: string | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'Changes to the attributes: each key (trimmed, 1 to 40 characters) gets its value (text, trimmed, at most 500 characters); an empty value or null removes the key; keys left out stay. At most 30 keys in all. A refusal is BAD_USER_INPUT with `extensions.field` "attributes" and `extensions.key`.',
  })
  attributes?: Record<string, unknown> | null;
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
  attributes: customer.attributes,
});
