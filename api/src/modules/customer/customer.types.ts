import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { connectionTypes } from '../../pagination/connection.types';
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

  @Field(() => String, { nullable: true, description: "The host site's id of its signed-in user, for a verified visitor; null otherwise." })
  externalId!: string | null;

  @Field(() => Boolean, { description: 'Registered with a good `identityHash`: the host site vouches for who this is.' })
  verified!: boolean;

  @Field(() => Boolean, { description: 'A blocked visitor can neither chat nor register again from the same browser until unblocked.' })
  blocked!: boolean;

  @Field(() => Date, { nullable: true })
  blockedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the visitor was blocked, as the agent wrote it.' })
  blockedReason!: string | null;

  @Field(() => Boolean, {
    description: 'Its data was erased (`eraseCustomer`): nothing of the person is left, and its chats remain as anonymous counts (empty name, no messages\' texts or files).',
  })
  erased!: boolean;
}

export const { Connection: CustomerConnection } = connectionTypes('Customer', CustomerNode);

@InputType()
export class RegisterCustomerInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The host site's id of its signed-in user (up to 200 characters), with `identityHash`: the same id is the same customer on every device, its name, email and phone updated from this input.",
  })
  externalId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "hex(HMAC-SHA256(IDENTITY_SECRET, externalId)), computed on the host site's server. A wrong one is FORBIDDEN (reason IDENTITY_INVALID; IDENTITY_NOT_CONFIGURED without IDENTITY_SECRET).",
  })
  identityHash?: string | null;
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
  externalId: customer.externalId,
  verified: customer.verified,
  blocked: customer.blockedAt !== null,
  blockedAt: customer.blockedAt,
  blockedReason: customer.blockedReason,
  erased: customer.erasedAt !== null,
});
