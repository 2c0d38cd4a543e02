import type { IncomingMessage } from 'node:http';
import type { ApolloServer, HTTPGraphQLRequest } from '@apollo/server';
import type express from 'express';
import type { Context } from './context';
import { headerMapOf, writeResponse } from './json-graphql';

/**
 * Apollo behind express for what the JSON fast path leaves to it (GET, uploads, other bodies):
 * @as-integrations/express5's middleware, except that the context gets the request Apollo will
 * read, as on the fast path, so trusted documents judge and rewrite it first.
 */
export function graphqlMiddleware(
  apollo: ApolloServer<Context>,
  context: (req: IncomingMessage, request: HTTPGraphQLRequest) => Promise<Context>,
): express.RequestHandler {
  return (req, res, next) => {
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: req.method.toUpperCase(),
      headers: headerMapOf(req),
      search: new URL(req.url, 'http://localhost').search,
      body: req.body,
    };
    apollo
      .executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context(req, httpGraphQLRequest) })
      .then((response) => writeResponse(res, response))
      .catch(next);
  };
}
