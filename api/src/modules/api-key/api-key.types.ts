import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { ApiKey } from './api-key.entity';
import { ApiScope } from './api-scope';

registerEnumType(ApiScope, {
  name: 'ApiScope',
  description: 'What an API key may do; anything its scopes do not name is FORBIDDEN (reason MISSING_SCOPE or NOT_FOR_API_KEYS).',
  valuesConfig: {
    READ_CHATS: {
      description: 'chatSessions, chatSession (messages, notes included), searchMessages, labels, teams, and the messageAdded and chatSessionUpdated subscriptions: every chat, as a SUPERVISOR sees it.',
    },
    WRITE_MESSAGES: { description: 'sendMessage and sendFileMessage into an open chat, as sender BOT with the key\'s name.' },
    MANAGE_CUSTOMERS: { description: 'updateCustomer, blockCustomer, unblockCustomer and blockedCustomers.' },
    READ_REPORTS: { description: 'stats and report.' },
  },
});

@ObjectType('ApiKey', { description: "A third party's key. Its secret was shown once, when it was made; only its prefix is kept to recognise it." })
export class ApiKeyNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [ApiScope])
  scopes!: ApiScope[];

  @Field(() => String, { description: 'The first characters of the secret (`lco_` and 8 more).' })
  prefix!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'The last request made with the key, to the minute; null if never used.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Set once revoked: the key stopped working then, on every instance.' })
  revokedAt!: Date | null;
}

export const toApiKeyNode = (key: ApiKey): ApiKeyNode => ({
  id: key.id,
  name: key.name,
  scopes: [...key.scopes],
  prefix: key.prefix,
  createdAt: key.createdAt,
  lastUsedAt: key.lastUsedAt,
  revokedAt: key.revokedAt,
});

@ObjectType('CreatedApiKey')
export class CreatedApiKeyNode {
  @Field(() => ApiKeyNode)
  apiKey!: ApiKeyNode;

  @Field(() => String, {
    description: 'The secret, shown this once and never again: send it as `Authorization: Bearer <secret>` (and in `connection_init`).',
  })
  secret!: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => String, { description: "1 to 100 characters; a bot's messages carry it as their sender's name." })
  name!: string;

  @Field(() => [ApiScope], { description: 'May be empty: such a key is refused everything.' })
  scopes!: ApiScope[];
}
