import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../http/context';
import { ApiKeyNode, CreateApiKeyInput, CreatedApiKeyNode } from './api-key.types';

@Resolver()
export class ApiKeyResolver {
  @Query(() => [ApiKeyNode], { description: 'Every API key, newest first, revoked ones included. ADMIN.' })
  apiKeys(@Ctx() ctx: Context) {
    return ctx.services.apiKey.list(ctx.viewer);
  }

  @Mutation(() => CreatedApiKeyNode, {
    description: 'A new key with these scopes; its secret is in this answer only and is stored as a hash. ADMIN.',
  })
  createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: Context) {
    return ctx.services.apiKey.create(ctx.viewer, input);
  }

  @Mutation(() => ApiKeyNode, {
    description: 'Stops the key at once on every instance; its open sockets close with 4401. ADMIN.',
  })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.apiKey.revoke(ctx.viewer, id);
  }
}
