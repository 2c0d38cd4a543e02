import type { ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics for one app instance; each instance has its own registry. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const metrics = {
    registry,
    httpRequests: new Histogram({
      name: 'livechat_http_request_duration_seconds',
      help: 'HTTP requests by method, route and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    operations: new Histogram({
      name: 'livechat_graphql_operation_duration_seconds',
      help: 'GraphQL operations by name, type and outcome',
      labelNames: ['operation', 'type', 'outcome'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    operationsInFlight: new Gauge({
      name: 'livechat_graphql_operations_in_flight',
      help: 'HTTP GraphQL operations started and not yet answered (an upload counts while its file arrives)',
      registers: [registry],
    }),
    openSockets: new Gauge({ name: 'livechat_websockets_open', help: 'Open WebSocket connections', registers: [registry] }),
    activeSubscriptions: new Gauge({
      name: 'livechat_subscriptions_active',
      help: 'Active GraphQL subscriptions',
      registers: [registry],
    }),
    messagesStored: new Counter({ name: 'livechat_messages_stored_total', help: 'Messages stored', registers: [registry] }),
    jobRuns: new Counter({
      name: 'livechat_jobs_total',
      help: 'Background job runs on this instance, by job and outcome',
      labelNames: ['job', 'outcome'] as const,
      registers: [registry],
    }),
    webhookDeliveries: new Counter({
      name: 'livechat_webhook_deliveries_total',
      help: 'Webhook delivery attempts on this instance, by outcome: delivered (a 2xx), retried (another attempt is scheduled), failed (given up after 24 h)',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    publishFailures: new Counter({
      name: 'livechat_pubsub_publish_failures_total',
      help: 'Events that could not be published',
      registers: [registry],
    }),
  };
  return metrics;
}

export type Metrics = ReturnType<typeof createMetrics>;

export function metricsHandler(metrics: Metrics): RequestHandler {
  return async (_req, res) => {
    res.set('Content-Type', metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

/**
 * Labels a request with the route that served it (`/files/:id`, or the `/graphql` mount), never
 * with its raw path: every path a scanner tries would otherwise become a series of its own.
 */
export function httpMetricsMiddleware(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    timeHttpRequest(metrics, req.method, res, () => req.route?.path ?? (req.baseUrl || 'unmatched'));
    next();
  };
}

export function timeHttpRequest(metrics: Metrics, method: string, res: ServerResponse, route: () => string): void {
  const stop = metrics.httpRequests.startTimer({ method });
  res.on('finish', () => stop({ route: route(), status: res.statusCode }));
}

/**
 * Times every HTTP GraphQL operation and logs its name and duration. It logs neither variables
 * nor headers, so no password, token or message text reaches the logs at info level.
 */
export function operationMetricsPlugin(metrics: Metrics, recordOperation: OperationRecorder): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      metrics.operationsInFlight.inc();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          metrics.operationsInFlight.dec();
          recordOperation(operationName, operation?.operation ?? 'invalid', Boolean(errors?.length), started, rootFieldsOf(operation));
        },
      };
    },
  };
}

export type OperationRecorder = (
  name: string | null | undefined,
  type: string,
  failed: boolean,
  started: bigint,
  /** What an operation without a name is logged as (its metrics label stays `anonymous`). */
  rootFields?: readonly string[],
) => void;

/** `widgetConfig`, `...Fragment`: the top-level selections of an operation, as written. */
export function rootFieldsOf(operation: OperationDefinitionNode | undefined | null): string[] {
  return (operation?.selectionSet.selections ?? []).map((selection) =>
    selection.kind === Kind.FIELD
      ? selection.name.value
      : selection.kind === Kind.FRAGMENT_SPREAD
        ? `...${selection.name.value}`
        : `... on ${selection.typeCondition?.name.value ?? operation!.operation}`,
  );
}

/**
 * Times an operation (over HTTP or the WebSocket) and logs its name and duration. It logs neither
 * variables nor headers, so no password, token or message text reaches the logs at info level.
 */
export function createOperationRecorder(metrics: Metrics, logger: Logger): OperationRecorder {
  const label = boundedOperationLabel();
  return (name, type, failed, started, rootFields = []) => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const labels = { operation: label(name), type, outcome: failed ? 'error' : 'ok' };
    metrics.operations.observe(labels, seconds);
    const logged = !name && rootFields.length > 0 ? boundedRootFields(rootFields) : labels.operation;
    logger.info({ ...labels, operation: logged, durationMs: Math.round(seconds * 1000) }, 'graphql operation');
  };
}

const MAX_OPERATION_LABELS = 200;
const MAX_ROOT_FIELDS_LOGGED = 10;

/** `{ widgetConfig registerCustomer }`; names are GraphQL names (at most a few dozen characters each). */
function boundedRootFields(fields: readonly string[]): string {
  const shown = fields.slice(0, MAX_ROOT_FIELDS_LOGGED).map((field) => field.slice(0, 64));
  return `{ ${shown.join(' ')}${fields.length > shown.length ? ' …' : ''} }`;
}

/** Operation names come from clients: keep the label set small enough for Prometheus. */
function boundedOperationLabel() {
  const seen = new Set<string>();
  return (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'invalid';
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATION_LABELS) return 'other';
    seen.add(name);
    return name;
  };
}
