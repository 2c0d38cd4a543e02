import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../../pagination/connection.types';
import type { AuditActorKind } from './audit-event.entity';

export enum AuditActorKindValue {
  AGENT = 'AGENT',
  CUSTOMER = 'CUSTOMER',
  API_KEY = 'API_KEY',
  SYSTEM = 'SYSTEM',
  ANONYMOUS = 'ANONYMOUS',
}

registerEnumType(AuditActorKindValue, {
  name: 'AuditActorKind',
  description: 'Who acted: an agent (any role), a visitor, an API key, the desk itself (routing, jobs), or nobody known (a failed sign-in).',
});

@ObjectType('AuditActor')
export class AuditActorNode {
  @Field(() => AuditActorKindValue)
  kind!: AuditActorKind;

  @Field(() => ID, { nullable: true, description: "The agent's, visitor's or key's id; null for the system and anonymous callers." })
  id!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The agent's or key's name as it is now (null once it is gone); null for visitors, the system and anonymous callers.",
  })
  name?: string | null;
}

@ObjectType('AuditEvent', { description: 'One recorded action. The log is append-only: nothing changes or deletes an event.' })
export class AuditEventNode {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => AuditActorNode)
  actor!: AuditActorNode;

  @Field(() => String, { description: 'A dotted verb, e.g. `auth.sign_in`, `chat.transfer`, `customer.read` (see `auditActions`).' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'AGENT, TEAM, SETTINGS, CHAT, CUSTOMER, API_KEY, WEBHOOK, …' })
  targetType!: string | null;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => String, { nullable: true, description: "The caller's address (under TRUST_PROXY, the client's); null for the system." })
  ip!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'What changed, as ids and settings (which fields, old and new role…), never a visitor\'s personal data.' })
  details!: Record<string, unknown>;
}

export const { Connection: AuditEventConnection } = connectionTypes('AuditEvent', AuditEventNode);

@InputType({ description: 'Every given field narrows the log; `from` is inclusive, `to` exclusive.' })
export class AuditLogFilter {
  @Field(() => String, { nullable: true })
  action?: string | null;

  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  targetId?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}
