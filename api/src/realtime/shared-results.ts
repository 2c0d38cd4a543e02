import {
  execute,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { Logger } from 'pino';
import type { Viewer } from '../auth/viewer';
import { isResolvedPerViewer } from '../schema/resolved-per-viewer';
import type { ContextFor } from './graphql-ws-server';

/** A running subscription's operation, as far as sharing its results goes. */
export interface SharedOperation {
  /** Schema, document, operation name and variables; each event brings its own root and context. */
  args: Omit<ExecutionArgs, 'contextValue' | 'rootValue'>;
  /** Who its events resolve for: the subscriber, or, where the result is shared, its role alone. */
  viewer: Viewer | null;
  clientIp: string;
  /** Subscribers with the same key get the same payload for an event. */
  key: string;
}

const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 0;
const perViewerDocuments = new WeakMap<DocumentNode, boolean>();

/**
 * Who may share a result, decided once, at subscribe time, from the document: viewers of one role
 * share it unless a selected field resolves for each viewer alone (marked @ResolvedPerViewer, a
 * signed link); then each subscriber resolves its own. Documents are shared between sockets by the
 * operation guard's cache, so a document's identity names its text.
 */
export function sharedOperation(args: SharedOperation['args'], viewer: Viewer | null, clientIp: string): SharedOperation {
  let documentId = documentIds.get(args.document);
  if (documentId === undefined) documentIds.set(args.document, (documentId = nextDocumentId++));
  const operationKey = `${documentId}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}`;
  if (!viewer) return { args, viewer, clientIp, key: `${operationKey}|anonymous` };
  if (selectsPerViewerField(args.schema, args.document)) return { args, viewer, clientIp, key: `${operationKey}|${viewer.tokenId}` };
  return { args, viewer: roleOnly(viewer), clientIp, key: `${operationKey}|${viewer.role}` };
}

/** Every field of the document counts, in any of its operations and fragments: a superset is safe. */
function selectsPerViewerField(schema: GraphQLSchema, document: DocumentNode): boolean {
  const known = perViewerDocuments.get(document);
  if (known !== undefined) return known;
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        if (isResolvedPerViewer(typeInfo.getFieldDef())) found = true;
      },
    }),
  );
  perViewerDocuments.set(document, found);
  return found;
}

const IDENTITY_FIELDS = new Set<PropertyKey>(['adminId', 'customerId', 'tokenId', 'expiresAt']);

/**
 * The viewer that a result shared by a whole role resolves with. A field that reads who the viewer
 * is without being marked @ResolvedPerViewer fails here (an error in that field) instead of handing
 * one viewer's answer to the others.
 */
function roleOnly(viewer: Viewer): Viewer {
  return new Proxy({ role: viewer.role } as Viewer, {
    get(target, property, receiver) {
      if (IDENTITY_FIELDS.has(property)) {
        throw new Error(`A field read the viewer's ${String(property)} in a result shared by every ${viewer.role}; mark it @ResolvedPerViewer.`);
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/**
 * The serialized `next` payload of each (event, sharing key), computed once however many sockets
 * subscribe. Every subscriber of a topic is handed the same event object, so the event itself
 * keys the cache and it goes when the event does.
 */
export class SharedResults {
  private readonly payloadsByEvent = new WeakMap<object, Map<string, string | Promise<string>>>();

  constructor(
    private readonly contextFor: ContextFor,
    readonly formatError: (error: GraphQLError) => GraphQLFormattedError,
    private readonly logger: Logger,
  ) {}

  /** JSON of the operation's result for this event; a promise only where a resolver is asynchronous. */
  payloadFor(event: unknown, operation: SharedOperation): string | Promise<string> {
    if (typeof event !== 'object' || event === null) return this.resolve(event, operation);
    let payloads = this.payloadsByEvent.get(event);
    if (!payloads) this.payloadsByEvent.set(event, (payloads = new Map()));
    let payload = payloads.get(operation.key);
    if (payload === undefined) payloads.set(operation.key, (payload = this.resolve(event, operation)));
    return payload;
  }

  serialize(result: ExecutionResult): string {
    return JSON.stringify(result.errors ? { ...result, errors: result.errors.map(this.formatError) } : result);
  }

  /** Each event runs with a fresh context of its own, made lazily: most read nothing but the event. */
  private resolve(event: unknown, operation: SharedOperation): string | Promise<string> {
    try {
      const contextValue = this.contextFor(operation.viewer, operation.clientIp);
      const result = execute({ ...operation.args, rootValue: event, contextValue });
      if (!(result instanceof Promise)) return this.serialize(result);
      return result.then(
        (resolved) => this.serialize(resolved),
        (error: unknown) => this.failed(error),
      );
    } catch (error) {
      return this.failed(error);
    }
  }

  private failed(error: unknown): string {
    this.logger.error({ err: error }, 'a subscription event could not be resolved');
    return JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  }
}
