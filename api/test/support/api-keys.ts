import { graphql } from '../gql';
import type { ApiScope } from '../gql/graphql';
import { loginAdmin, type Actor } from './actors';
import { graphqlRequest } from './test-app';

export const CreateApiKey = graphql(`
  mutation SupportCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        scopes
        prefix
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

export const RevokeApiKey = graphql(`
  mutation SupportRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

export interface ApiKeyActor extends Actor {
  /** The key's name: its messages carry it as `senderName`. */
  name: string;
}

/**
 * A key with `scopes`, made through the API by `admin` (the seeded ADMIN when left out). Its `token`
 * is the secret, so it goes wherever an agent's token would: `graphqlRequest(url, doc, vars, key.token)`.
 */
export async function createApiKeyFor(url: string, scopes: ApiScope[], options: { admin?: Actor; name?: string } = {}): Promise<ApiKeyActor> {
  const admin = options.admin ?? (await loginAdmin(url));
  const name = options.name ?? 'Bot Perizinan';
  const created = await graphqlRequest(url, CreateApiKey, { input: { name, scopes } }, admin.token);
  if (!created.data) throw new Error(`createApiKey failed: ${JSON.stringify(created.errors)}`);
  return { id: created.data.createApiKey.apiKey.id, token: created.data.createApiKey.secret, name };
}

export async function revokeApiKey(url: string, key: Actor, admin?: Actor): Promise<void> {
  const revoked = await graphqlRequest(url, RevokeApiKey, { id: key.id }, (admin ?? (await loginAdmin(url))).token);
  if (!revoked.data) throw new Error(`revokeApiKey failed: ${JSON.stringify(revoked.errors)}`);
}
