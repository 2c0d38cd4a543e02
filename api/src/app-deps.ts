import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { RevocationStore } from './auth/revocation';
import type { TokenSigner } from './auth/tokens';
import type { Config } from './config/config';
import type { Sql } from './db/sql';
import type { JobQueue } from './jobs/job-queue';
import type { Mailer } from './mail/mailer';
import type { FileLinks } from './modules/file/file-links';
import type { FileStorage } from './modules/file/file.storage';
import type { ExportLinks } from './modules/personal-data/export-links';
import type { Presence } from './modules/presence/presence';
import type { Metrics } from './observability/metrics';
import type { PubSub } from './pubsub/pubsub';
import type { RateLimits } from './rate-limit/rate-limits';
import type { Outbox } from './modules/webhook/outbox-relay';

/**
 * What lives as long as the process and is shared by every request. A module of its own, so that
 * services can take it without importing the request context that builds them.
 */
export interface AppDeps {
  config: Config;
  orm: MikroORM;
  sql: Sql;
  pubsub: PubSub;
  tokens: TokenSigner;
  revocations: RevocationStore;
  presence: Presence;
  storage: FileStorage;
  fileLinks: FileLinks;
  exportLinks: ExportLinks;
  metrics: Metrics;
  rateLimits: RateLimits;
  jobs: JobQueue;
  /** Null without SMTP_URL. */
  mailer: Mailer | null;
  /** Hands committed outbox rows to the webhook dispatch job. */
  outbox: Outbox;
  /** The app's schema (built after the deps): webhook documents are validated and run against it. */
  graphqlSchema: () => GraphQLSchema;
  logger: Logger;
}
