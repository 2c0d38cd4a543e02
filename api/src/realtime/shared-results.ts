import { execute, type ExecutionArgs, type ExecutionResult, type GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { Viewer } from '../auth/viewer';
import type { AppDeps } from '../app-deps';
import { createContext } from '../http/context';

/** A running subscription's operation, as far as sharing its results goes. */
export interface SharedOperation {
  /** Schema, document, operation name and variables; each event brings its own root and context. */
  args: Omit<ExecutionArgs, 'contextValue' | 'rootValue'>;
  viewer: Viewer | null;
  /** Subscribers with the same key get the same payload for an event without a file... */
  sharedKey: string;
  /** ...and this one for an event with a file, whose link is signed for its reader. */
  personalKey: string;
}

const documentIds = new WeakMap<object, number>();
let nextDocumentId = 0;

/**
 * Who may share a result: all agents alike, each visitor alone, everyone alone where a file's
 * signed link is in it. Documents are shared between sockets by the operation guard's cache, so
 * a document's identity names its text.
 */
export function sharedOperation(args: SharedOperation['args'], viewer: Viewer | null): SharedOperation {
  let documentId = documentIds.get(args.document);
  if (documentId === undefined) documentIds.set(args.document, (documentId = nextDocumentId++));
  const operationKey = `${documentId}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}`;
  const personalKey = `${operationKey}|${viewer ? viewer.tokenId : 'anonymous'}`;
  const sharedKey = viewer?.role === 'ADMIN' ? `${operationKey}|ADMIN` : personalKey;
  return { args, viewer, sharedKey, personalKey };
}

/**
 * The serialized `next` payload of each (event, operation, kind of viewer), computed once however
 * many sockets subscribe. Every subscriber of a topic is handed the same event object, so the
 * event itself keys the cache and it goes when the event does.
 */
export class SharedResults {
  private readonly payloadsByEvent = new WeakMap<object, Map<string, string | Promise<string>>>();

  constructor(
    private readonly deps: AppDeps,
    private readonly formatError: (error: GraphQLError) => GraphQLFormattedError,
    private readonly logger: Logger,
  ) {}

  /** JSON of the operation's result for this event; a promise only where a resolver is asynchronous. */
  payloadFor(event: unknown, operation: SharedOperation): string | Promise<string> {
    if (typeof event !== 'object' || event === null) return this.resolve(event, operation);
    let payloads = this.payloadsByEvent.get(event);
    if (!payloads) this.payloadsByEvent.set(event, (payloads = new Map()));
    const key = 'file' in event && event.file != null ? operation.personalKey : operation.sharedKey;
    let payload = payloads.get(key);
    if (payload === undefined) payloads.set(key, (payload = this.resolve(event, operation)));
    return payload;
  }

  serialize(result: ExecutionResult): string {
    return JSON.stringify(result.errors ? { ...result, errors: result.errors.map(this.formatError) } : result);
  }

  /** Each event runs with a fresh context of its own, made lazily: most read nothing but the event. */
  private resolve(event: unknown, operation: SharedOperation): string | Promise<string> {
    try {
      const result = execute({ ...operation.args, rootValue: event, contextValue: createContext(this.deps, operation.viewer) });
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
