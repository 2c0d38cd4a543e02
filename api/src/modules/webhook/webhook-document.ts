import {
  execute,
  getOperationAST,
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { badInput } from '../../errors/app-error';
import { isQueryTooComplex, parseOptions, queryLimitRules } from '../../http/query-limits';
import { WEBHOOK_EVENTS, type WebhookEvent } from './webhook.entity';

export const MAX_WEBHOOK_QUERY_LENGTH = 10_000;

export interface WebhookDocument {
  event: WebhookEvent;
  document: DocumentNode;
  /** The subscription field's arguments (a webhook document has no variables: literals only). */
  args: Record<string, unknown>;
}

/**
 * A webhook's `query`: one subscription operation selecting exactly one of the webhook events,
 * valid against the schema and within the query limits, with no variables (nothing would fill
 * them). Anything else is BAD_USER_INPUT, naming what is wrong.
 */
export function parseWebhookDocument(schema: GraphQLSchema, query: string): WebhookDocument {
  if (query.length > MAX_WEBHOOK_QUERY_LENGTH) throw badInput(`The query is longer than ${MAX_WEBHOOK_QUERY_LENGTH} characters.`, 'query');
  let document: DocumentNode;
  try {
    document = parse(query, parseOptions);
  } catch (error) {
    throw badInput(`The query does not parse: ${(error as GraphQLError).message}`, 'query');
  }
  const problems = validate(schema, document, [...specifiedRules, ...queryLimitRules({ introspection: false })]);
  // Worded apart from the limit's own message, which formatError would report as QUERY_TOO_COMPLEX.
  if (problems.some(isQueryTooComplex)) throw badInput('The query is deeper, wider or costlier than the API allows any operation to be.', 'query');
  if (problems.length) throw badInput(`The query is not valid: ${problems[0].message}`, 'query');
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operations.length === 1 ? getOperationAST(document) : null;
  if (!operation || operation.operation !== 'subscription') {
    throw badInput('The query must be one subscription operation, like `subscription { messageAdded { id text } }`.', 'query');
  }
  if (operation.variableDefinitions?.length) throw badInput('A webhook query takes no variables: write arguments as literals.', 'query');
  const fields = operation.selectionSet.selections;
  const field = fields.length === 1 && fields[0].kind === Kind.FIELD ? (fields[0] as FieldNode) : null;
  const event = field && (WEBHOOK_EVENTS as readonly string[]).includes(field.name.value) ? (field.name.value as WebhookEvent) : null;
  if (!field || !event || field.directives?.length) {
    throw badInput(`The subscription must select exactly one of ${WEBHOOK_EVENTS.join(', ')}, without directives.`, 'query');
  }
  const fieldDef = schema.getSubscriptionType()!.getFields()[event];
  return { event, document, args: getArgumentValues(fieldDef, field, {}) };
}

/**
 * What a subscriber to the document would receive for `payload`, or null when the subscription's
 * own arguments leave the event out (another chat's message, say). Run as graphql-ws runs each
 * event: graphql-js `execute` on the subscription with the payload as its root value.
 */
export async function webhookData(
  schema: GraphQLSchema,
  parsed: WebhookDocument,
  payload: Record<string, unknown>,
  contextValue: unknown,
): Promise<Record<string, unknown> | null> {
  if (!selects(parsed, payload)) return null;
  const result = await execute({ schema, document: parsed.document, rootValue: payload, contextValue, variableValues: {} });
  if (result.errors?.length) throw new Error(`the webhook query failed on an event: ${result.errors[0].message}`);
  return (result.data as Record<string, unknown> | null | undefined) ?? null;
}

function selects({ event, args }: WebhookDocument, payload: Record<string, unknown>): boolean {
  switch (event) {
    case 'messageAdded':
      return args.sessionId == null || args.sessionId === payload.sessionId;
    case 'chatSessionUpdated':
      return args.id == null || args.id === payload.id;
    case 'adminPresenceChanged':
      return true;
  }
}
