import 'reflect-metadata';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import cors from 'cors';
import express from 'express';
import Redis from 'ioredis';
import pino, { type Logger } from 'pino';
import { createAccountCheck } from './auth/account';
import { createApiKeyLookup } from './modules/api-key/api-key-lookup';
import { createAuthenticator } from './auth/authenticator';
import { createMemoryRevocationStore, createMirroredRevocationStore } from './auth/revocation';
import { bearerToken, createTokenSigner } from './auth/tokens';
import { DEVELOPMENT_ADMIN_PASSWORD, type Config } from './config/config';
import { openDatabase, type Database } from './db/database';
import { DEFAULT_ADMIN, seedDefaultAdmin } from './db/seed';
import { createSql } from './db/sql';
import { startJobQueue } from './jobs/job-queue';
import { createMailer } from './mail/mailer';
import { defineOfflineReplyMail } from './modules/offline-message/offline-reply-mail';
import { errorResponseBody } from './errors/app-error';
import { createErrorFormatter } from './errors/format-error';
import { clientIpOf, compileTrustProxy } from './http/client-ip';
import type { AppDeps } from './app-deps';
import { createContext, type Context } from './http/context';
import { createDrain } from './http/draining';
import { createJsonGraphqlHandler } from './http/json-graphql';
import { graphqlMiddleware } from './http/graphql-middleware';
import { EXPLORER_ASSETS_PATH, explorerRoutes } from './explorer/explorer';
import { admitHttpRequest } from './trusted-documents/http-request';
import { loadClientManifests } from './trusted-documents/manifest';
import { createTrustedDocuments } from './trusted-documents/trusted-documents';
import { attachWebSocketServer, CLOSE_RECONNECT } from './realtime/websocket';
import { createFileLinks } from './modules/file/file-links';
import { fileDownloadHandler } from './modules/file/file.download';
import { transcriptDownloadHandler } from './modules/transcript/transcript.download';
import { createExportLinks } from './modules/personal-data/export-links';
import { exportDownloadHandler } from './modules/personal-data/export.download';
import { scheduleRetention } from './modules/retention/retention-job';
import { reportDownloadHandler } from './modules/report/report.download';
import { defineTranscriptMail } from './modules/transcript/transcript-mail';
import { createDiskStorage } from './modules/file/file.storage';
import { createLocalPresence, createRedisPresence } from './modules/presence/presence';
import { Router } from './modules/queue/routing';
import { scheduleRoutingSweep } from './modules/queue/routing-sweep';
import { multipartUploads } from './http/upload';
import {
  createMetrics,
  createOperationRecorder,
  httpMetricsMiddleware,
  timeHttpRequest,
  metricsHandler,
  operationMetricsPlugin,
} from './observability/metrics';
import { parseOptions, queryLimitRules } from './http/query-limits';
import { createPubSub } from './pubsub/pubsub';
import { createRateLimits } from './rate-limit/rate-limits';
import { buildAppSchema } from './schema/build-schema';
import type { GraphQLSchema } from 'graphql';
import { defineDeliveryJob } from './modules/webhook/webhook.delivery';
import { createOutbox, reportingPresence } from './modules/webhook/outbox-relay';
import { defineOutboxJobs } from './modules/webhook/webhook.outbox';

const JSON_BODY_LIMIT_BYTES = 100 * 1024;
// main.ts exits by force 10 s after SIGTERM: in-flight requests get 7 s, then Apollo's drain 1 s.
const DRAIN_TIMEOUT_MS = 7_000;
const STOP_GRACE_PERIOD_MS = 1_000;

export interface RunningApp {
  url: string;
  port: number;
  deps: AppDeps;
  database: Database;
  close(): Promise<void>;
}

export async function startApp(config: Config, logger: Logger = pino({ level: config.logLevel })): Promise<RunningApp> {
  const database = await openDatabase(config, logger);
  if (config.seedAdmin && (await seedDefaultAdmin(database.orm.em.fork(), config.seedAdminPassword))) {
    const password = config.seedAdminPassword === DEVELOPMENT_ADMIN_PASSWORD ? DEVELOPMENT_ADMIN_PASSWORD : 'SEED_ADMIN_PASSWORD';
    logger.info(`created the first admin ${DEFAULT_ADMIN.email} / ${password}`);
  }
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : undefined;
  redis?.on('error', (error) => logger.warn({ err: error }, 'redis connection error'));

  const tokens = createTokenSigner(config.auth.jwtSecret, {
    ADMIN: config.auth.adminTokenTtlSeconds,
    CUSTOMER: config.auth.customerTokenTtlSeconds,
  });
  const revocations = redis ? createMirroredRevocationStore(redis, config.redisPrefix, logger) : createMemoryRevocationStore();
  const metrics = createMetrics();
  const presenceReported: Parameters<typeof reportingPresence>[1] = {};
  const pubsub = reportingPresence(
    createPubSub({ url: config.redisUrl, prefix: config.redisPrefix }, logger, () => metrics.publishFailures.inc()),
    presenceReported,
  );
  const presence = redis
    ? createRedisPresence(redis, pubsub, { prefix: config.redisPrefix, leaseSeconds: config.presenceLeaseSeconds, logger })
    : createLocalPresence(pubsub);
  let publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;
  const jobs = await startJobQueue({ url: database.url, logger, metrics, monitorIntervalSeconds: config.jobs.monitorIntervalSeconds });
  let appSchema: GraphQLSchema | undefined;
  const deps: AppDeps = {
    config,
    orm: database.orm,
    sql: createSql(database.orm),
    pubsub,
    tokens,
    revocations,
    presence,
    storage: createDiskStorage(config.uploads.dir),
    fileLinks: createFileLinks(config.auth.jwtSecret, () => publicUrl),
    exportLinks: createExportLinks(config.auth.jwtSecret, () => publicUrl),
    metrics,
    rateLimits: createRateLimits(config.rateLimits, { redis, prefix: config.redisPrefix, logger }),
    jobs,
    outbox: createOutbox({ jobs, logger }),
    graphqlSchema: () => appSchema!,
    mailer: createMailer(config.mail),
    logger,
  };
  await scheduleRoutingSweep(deps);
  await scheduleRetention(deps);
  await defineOfflineReplyMail(deps);
  await defineTranscriptMail(deps);
  presenceReported.current = deps;
  const accounts = createAccountCheck({ orm: database.orm, revocations, pubsub, config, logger });
  const authenticator = createAuthenticator(
    tokens,
    revocations,
    (error) => logger.warn({ err: error }, 'revocation list unavailable; token accepted on its signature'),
    accounts,
    createApiKeyLookup({ orm: database.orm, logger }),
  );
  const recordOperation = createOperationRecorder(metrics, logger);
  const formatError = createErrorFormatter(logger, config.env === 'development');
  const schema = await buildAppSchema();
  const trustedDocuments = createTrustedDocuments(config.trustedDocuments.mode, loadClientManifests(config.trustedDocuments, logger), {
    introspection: config.introspection,
  });
  appSchema = schema;
  await defineOutboxJobs(deps, schema);
  const webhookDeliverer = await defineDeliveryJob(deps);

  const app = express();
  app.disable('x-powered-by');
  const trustProxy = compileTrustProxy(config.trustProxy);
  app.set('trust proxy', trustProxy);
  let serveJsonGraphql: ((req: IncomingMessage, res: ServerResponse) => boolean) | undefined;
  const httpServer = http.createServer((req, res) => {
    if (!serveJsonGraphql?.(req, res)) app(req, res);
  });
  const gateway = attachWebSocketServer({
    httpServer,
    schema,
    contextFor: (viewer, clientIp) => createContext(deps, viewer, clientIp),
    authenticate: (token) => authenticator.authenticate(token),
    presence: deps.presence,
    agentCameOnline: (adminId) => {
      new Router(deps).fillAgent(adminId).catch((error) => logger.error({ err: error, adminId }, 'routing to an agent failed'));
    },
    metrics: deps.metrics,
    config,
    formatError,
    recordOperation,
    trustedDocuments,
    logger,
  });
  // A socket lives for hours: its account is re-checked as often as a request's is trusted.
  const accountRecheck = setInterval(() => {
    accounts.recheck(gateway.viewers()).catch((error) => logger.warn({ err: error }, 'could not re-check the accounts of open sockets'));
  }, config.auth.accountRecheckSeconds * 1000).unref();
  let gatewayClosed: Promise<void> | undefined;
  const closeGateway = () => (gatewayClosed ??= gateway.close());
  const drain = createDrain();
  // They listen until pub/sub closes with the app.
  void Promise.all([
    deps.pubsub.subscribe('TOKEN_REVOKED').listen(({ jti }) => gateway.closeSocketsOfToken(jti)),
    deps.pubsub
      .subscribe('ADMIN_TOKENS_REVOKED')
      .listen(({ adminId, keptTokenId, closeCode }) => gateway.closeSocketsOfAdmin(adminId, keptTokenId, closeCode)),
    deps.pubsub.subscribe('ADMIN_ROLE_CHANGED').listen(({ adminId }) => gateway.closeSocketsOfAdmin(adminId, undefined, CLOSE_RECONNECT)),
    deps.pubsub.subscribe('CUSTOMER_BLOCKED').listen(({ customerId }) => gateway.closeSocketsOfCustomer(customerId)),
  ]).catch((error) => logger.error({ err: error }, 'revocation feeds are not listening'));

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: config.env === 'development',
    // main.ts owns shutdown: Apollo's own signal handler would re-raise the signal mid-drain.
    stopOnTerminationSignals: false,
    validationRules: queryLimitRules({ introspection: config.introspection }),
    parseOptions,
    // Trusted documents resolve APQ hashes from the clients' manifests (admitHttpRequest); a cache
    // that clients write to would let one register its own text under a hash.
    persistedQueries: false,
    plugins: [
      // Responses carry no cache hints; the default plugin would still visit every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's page loads an unpinned script from its CDN; browsers get the bundled explorer instead.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: STOP_GRACE_PERIOD_MS }),
      operationMetricsPlugin(metrics, recordOperation),
      retryableStatusPlugin(),
      { async serverWillStart() { return { drainServer: closeGateway }; } },
    ],
  });
  await apollo.start();

  const browserCors = corsForBrowsers(config.corsOrigins);
  const requestContext = async (req: IncomingMessage, request: HTTPGraphQLRequest) => {
    const viewer = await authenticator.authenticate(bearerToken(req.headers.authorization));
    admitHttpRequest(trustedDocuments, viewer, request);
    return createContext(deps, viewer, clientIpOf(req, trustProxy));
  };

  app.use(httpMetricsMiddleware(metrics));
  app.get('/metrics', metricsHandler(metrics));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const problems = drain.draining ? ['draining'] : await readinessProblems(database, redis);
    res.status(problems.length ? 503 : 200).json({ status: problems.length ? 'unavailable' : 'ready', problems });
  });
  app.use(drain.refuseWhileDraining);
  app.get('/files/:id', fileDownloadHandler(deps));
  app.get('/transcripts/:id', transcriptDownloadHandler(deps));
  app.get('/exports/:id', exportDownloadHandler(deps));
  app.get('/reports/csv', reportDownloadHandler(deps));
  if (config.introspection) {
    // The explorer needs the schema; with introspection off a browser gets what any other client does.
    const explorer = explorerRoutes(logger);
    if (explorer) {
      app.get('/graphql', explorer.page);
      app.get(`${EXPLORER_ASSETS_PATH}/:file`, explorer.assets);
    }
  }
  app.use(
    '/graphql',
    browserCors,
    express.json({ limit: JSON_BODY_LIMIT_BYTES }),
    multipartUploads({ maxFileSize: config.uploads.maxFileSize, maxFiles: 1, maxFieldSize: 100_000 }),
    graphqlMiddleware(apollo, requestContext),
  );
  serveJsonGraphql = createJsonGraphqlHandler({
    apollo,
    admit: (_req, res) => {
      timeHttpRequest(metrics, 'POST', res, () => '/graphql');
      return drain.admit(res);
    },
    cors: browserCors,
    bodyLimitBytes: JSON_BODY_LIMIT_BYTES,
    context: requestContext,
  });

  app.use(requestErrorHandler(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  publicUrl = config.publicUrl ?? `http://localhost:${port}`;
  const url = `http://localhost:${port}/graphql`;
  logger.info({ url, embeddedDatabase: database.embedded, redis: Boolean(redis) }, 'livechat-oss api is ready');

  return {
    url,
    port,
    deps,
    database,
    async close() {
      // Refuse what is new at once (readyz says so too) and let the requests already running
      // finish before anything they need stops.
      const drained = drain.start(DRAIN_TIMEOUT_MS);
      // Presence before the sockets close, while pub/sub can still announce this instance's agents as offline.
      await deps.presence.close().catch((error) => logger.warn({ err: error }, 'could not release presence'));
      clearInterval(accountRecheck);
      await closeGateway(); // 1001: clients reconnect to another instance
      await drained;
      await deps.outbox.close();
      await deps.jobs.close();
      await webhookDeliverer.close();
      deps.mailer?.close();
      await apollo.stop();
      await deps.pubsub.close();
      revocations.close();
      redis?.disconnect();
      await database.close();
    },
  };
}

/**
 * Errors raised before GraphQL runs (a body over the limit, a broken multipart request) still
 * answer in GraphQL's shape with a contract code, not as an HTML page.
 */
function requestErrorHandler(logger: Logger): express.ErrorRequestHandler {
  return (error, _req, res, _next) => {
    const status = Number(error?.status ?? error?.statusCode ?? 500);
    const clientError = status >= 400 && status < 500;
    if (!clientError) logger.error({ err: error }, 'request failed');
    const message = clientError && error.expose !== false ? String(error.message) : 'Internal server error';
    res.status(clientError ? status : 500).json(errorResponseBody(clientError ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR', message));
  };
}

/**
 * A database outage is reported as a retryable INTERNAL_SERVER_ERROR (see formatError); the
 * response then says 503 with Retry-After, which HTTP clients and balancers understand.
 */
function retryableStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
          if (errors?.some((error) => error.extensions?.retryable === true)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '2');
          }
        },
      };
    },
  };
}

/**
 * CORS is a conversation with browsers, and a browser names its Origin on every cross-origin
 * request; integrations and servers send none and skip the work (a measurable share of a send).
 */
function corsForBrowsers(origins: string[]) {
  const handler = cors(corsOptions(origins));
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.headers.origin !== undefined) return handler(req, res, next);
    res.setHeader('Vary', 'Origin');
    next();
  };
}

function corsOptions(origins: string[]): cors.CorsOptions {
  const allowAny = origins.includes('*');
  return {
    origin: allowAny ? true : origins,
    allowedHeaders: ['Content-Type', 'Authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
    methods: ['GET', 'POST', 'OPTIONS'],
    maxAge: 600,
  };
}

async function readinessProblems(database: Database, redis: Redis | undefined): Promise<string[]> {
  const problems: string[] = [];
  const checks: Promise<unknown>[] = [
    withTimeout(database.orm.em.getConnection().execute('select 1'), 2000).catch(() => problems.push('postgres')),
  ];
  if (redis) checks.push(withTimeout(redis.ping(), 2000).catch(() => problems.push('redis')));
  await Promise.all(checks);
  return problems;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref()),
  ]);
}
