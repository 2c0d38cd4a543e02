import { CronExpressionParser } from 'cron-parser';
import proxyAddr from 'proxy-addr';
import { z } from 'zod';
import { passwordProblem } from '../auth/password';

export const DEFAULT_JWT_SECRET = 'livechat-oss-development-secret-change-me';
/** The seeded admin's password outside production, printed by `npm start`. */
export const DEVELOPMENT_ADMIN_PASSWORD = 'password123';
const MIN_PRODUCTION_SECRET_LENGTH = 32;

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((value) => ['true', '1', 'yes', 'on'].includes(value));

const commaList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

const cronExpression = z.string().refine((value) => {
  try {
    CronExpressionParser.parse(value);
    return true;
  } catch {
    return false;
  }
}, 'must be a cron expression, such as "* * * * *" (every minute)');

/**
 * Which hops in front of the API may say who the client is (X-Forwarded-For): `false` (none: the
 * peer's address is the client), `true` (every hop), a hop count, or addresses and subnets
 * (`loopback`, `10.0.0.0/8`, ...), as Express's `trust proxy` takes them.
 */
const trustProxy = z
  .string()
  .transform((value): boolean | number | string[] => {
    if (['true', 'false'].includes(value)) return value === 'true';
    if (/^\d+$/.test(value)) return Number(value);
    return value.split(',').map((item) => item.trim()).filter(Boolean);
  })
  .refine((value) => !Array.isArray(value) || compilesAsTrust(value), 'must be true, false, a hop count, or addresses/subnets');

function compilesAsTrust(addresses: string[]): boolean {
  try {
    proxyAddr.compile(addresses);
    return true;
  } catch {
    return false;
  }
}

const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgres:// or postgresql://');
const redisUrl = z.string().refine((value) => /^rediss?:\/\//.test(value), 'must start with redis:// or rediss://');
const smtpUrl = z.string().url().refine((value) => /^smtps?:\/\//.test(value), 'must start with smtp:// or smtps://, like smtp://user:password@mail.example:587');

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(8000),
    HOST: z.string().default('0.0.0.0'),
    PUBLIC_URL: z.string().url().optional(),
    TRUST_PROXY: trustProxy.default(false),
    DATABASE_URL: postgresUrl.optional(),
    MIGRATE_ON_START: booleanFlag.default(true),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
    EMBEDDED_DB_DIR: z.string().default('.data/postgres'),
    EMBEDDED_DB_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    REDIS_URL: redisUrl.optional(),
    PRESENCE_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    ROUTING_SWEEP_CRON: cronExpression.default('* * * * *'),
    // 19:30 UTC is 02:30 in Jakarta: the desk's quietest hour.
    RETENTION_CRON: cronExpression.default('30 19 * * *'),
    REDIS_PREFIX: z.string().regex(/^[\w:.-]*$/).default('livechat:'),
    JWT_SECRET: z.string().min(1).default(DEFAULT_JWT_SECRET),
    ADMIN_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(12 * 60 * 60),
    CUSTOMER_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(30 * 24 * 60 * 60),
    ACCOUNT_RECHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    CORS_ORIGIN: commaList.default(['*']),
    UPLOAD_DIR: z.string().default('./uploads'),
    MAX_FILE_SIZE: z.coerce.number().int().positive().default(10 * 1024 * 1024),
    ALLOWED_FILE_TYPES: commaList.default([
      'image/jpeg',
      'image/png',
      'image/gif',
      'application/pdf',
      'application/msword',
      'text/plain',
    ]),
    MESSAGE_RATE_LIMIT: z.coerce.number().int().min(0).default(60),
    LOGIN_RATE_LIMIT: z.coerce.number().int().min(0).default(30),
    LOGIN_LOCKOUT_AFTER: z.coerce.number().int().min(0).default(5),
    TWO_FACTOR_LOCKOUT_AFTER: z.coerce.number().int().min(0).default(5),
    TOTP_ENCRYPTION_KEY: z.string().min(32, 'must be at least 32 characters, like the output of `openssl rand -hex 32`').optional(),
    SESSION_RATE_LIMIT: z.coerce.number().int().min(0).default(20),
    TYPING_RATE_LIMIT: z.coerce.number().int().min(0).default(5),
    GRAPHQL_INTROSPECTION: booleanFlag.default(true),
    WS_CONNECTION_INIT_TIMEOUT_MS: z.coerce.number().int().min(1).max(600_000).default(10_000),
    WS_MAX_SOCKETS_PER_IP: z.coerce.number().int().min(0).default(100),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SEED_ADMIN: booleanFlag.optional(),
    SEED_ADMIN_PASSWORD: z.string().optional(),
    WIDGET_TITLE: z.string().min(1).default('Bantuan OSS Perizinan'),
    WIDGET_WELCOME_MESSAGE: z
      .string()
      .default('Selamat datang! Bagaimana kami bisa membantu perizinan berusaha Anda?'),
    WIDGET_PRIMARY_COLOR: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #3B82F6')
      .default('#3B82F6'),
    WIDGET_POSITION: z.enum(['bottom-right', 'bottom-left']).default('bottom-right'),
    WIDGET_ALLOW_FILE_UPLOAD: booleanFlag.default(true),
    SMTP_URL: smtpUrl.optional(),
    MAIL_FROM: z.string().min(3).default('Bantuan OSS Perizinan <no-reply@localhost>'),
    MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    IDENTITY_SECRET: z.string().min(16, 'must be at least 16 characters, like the output of `openssl rand -hex 32`').optional(),
    TRUSTED_DOCUMENTS: z.enum(['off', 'customers', 'all']).optional(),
    TRUSTED_DOCUMENTS_MANIFESTS: commaList.optional(),
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: booleanFlag.default(false),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    WEBHOOK_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
    JOB_MONITOR_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(600).default(60),
    FAULT_DIE_AFTER_STORING_MESSAGE: booleanFlag.default(false),
  })
  .superRefine((env, ctx) => {
    if (env.FAULT_DIE_AFTER_STORING_MESSAGE && env.NODE_ENV !== 'test') {
      ctx.addIssue({ code: 'custom', path: ['FAULT_DIE_AFTER_STORING_MESSAGE'], message: 'is a fault for tests: NODE_ENV=test only' });
    }
    if (env.NODE_ENV !== 'production') return;
    if (env.JWT_SECRET === DEFAULT_JWT_SECRET || env.JWT_SECRET.length < MIN_PRODUCTION_SECRET_LENGTH) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: `set a random secret of at least ${MIN_PRODUCTION_SECRET_LENGTH} characters in production`,
      });
    }
    if (!env.PUBLIC_URL) {
      // Without it every file link would point at localhost.
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'set the address browsers reach the API at in production' });
    }
    if (env.SEED_ADMIN) {
      // The development password is public: a production desk seeds its first admin with its own.
      const problem = env.SEED_ADMIN_PASSWORD ? passwordProblem(env.SEED_ADMIN_PASSWORD)?.message : 'set the first admin\'s password when SEED_ADMIN=true in production';
      if (problem) ctx.addIssue({ code: 'custom', path: ['SEED_ADMIN_PASSWORD'], message: problem });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  port: number;
  host: string;
  /** Where clients reach this API (behind a proxy, the proxy's URL); file links start with it. */
  publicUrl?: string;
  /** Express's `trust proxy`: which hops' X-Forwarded-For names the client (for per-IP limits). */
  trustProxy: boolean | number | string[];
  database: {
    url?: string;
    poolSize: number;
    embeddedDir: string;
    embeddedPort: number;
    /** false: the API refuses to start on pending migrations, which only `npm run db:migrate` applies. */
    migrateOnStart: boolean;
  };
  redisUrl?: string;
  /** Prefixes every Redis key and channel, so several deployments can share one Redis. */
  redisPrefix: string;
  /** How long an agent stays online after its instance stops renewing (a crash, say). */
  presenceLeaseSeconds: number;
  jobs: {
    /** When AUTO routing looks again for waiting chats beside free slots that no change routed. */
    routingSweepCron: string;
    /** How often the queue looks for jobs whose instance died mid-run (expired), to run them again. */
    monitorIntervalSeconds: number;
  };
  retention: {
    /** When (UTC) the retention job deletes what `Settings.retentionDays` no longer keeps. */
    cron: string;
  };
  auth: {
    jwtSecret: string;
    adminTokenTtlSeconds: number;
    customerTokenTtlSeconds: number;
    /** How long an account known to exist is taken to, and how often open sockets' accounts are re-checked. */
    accountRecheckSeconds: number;
    /**
     * What the key that encrypts agents' TOTP secrets at rest is derived from: TOTP_ENCRYPTION_KEY,
     * else JWT_SECRET. Changing it makes the stored secrets unreadable (recovery codes still work).
     */
    totpKeyMaterial: string;
  };
  corsOrigins: string[];
  uploads: { dir: string; maxFileSize: number; allowedTypes: string[] };
  messageRateLimitPerMinute: number;
  /** Abuse limits; a 0 turns that limit off. See rate-limit/rate-limits.ts. */
  rateLimits: RateLimitSettings;
  introspection: boolean;
  websocket: {
    /** A socket that sends no connection_init within this time is closed with 4408. */
    connectionInitTimeoutMs: number;
    /**
     * Open sockets one client IP may hold; 0 turns the cap off. An office behind one NAT address
     * has an agent console (one socket a tab) per agent and a widget per visitor, hence 100.
     */
    maxSocketsPerIp: number;
  };
  logLevel: Env['LOG_LEVEL'];
  /** Whether the default admin is created at start (development defaults, never production). */
  seedAdmin: boolean;
  /** Its password: SEED_ADMIN_PASSWORD, which production requires, else the development one. */
  seedAdminPassword: string;
  widget: {
    widgetTitle: string;
    welcomeMessage: string;
    primaryColor: string;
    position: Env['WIDGET_POSITION'];
    allowFileUpload: boolean;
  };
  mail: {
    /** Without it the API sends no email: visitors read replies in the widget alone. */
    smtpUrl?: string;
    /** The From of every email, `Name <address>`. */
    from: string;
    /** A refused email is tried again after this long, then about twice as long each time, up to an hour. */
    retryDelaySeconds: number;
  };
  /** Signs host sites' user ids (`hex(HMAC-SHA256(secret, externalId))`); without it no visitor is verified. */
  identitySecret?: string;
  trustedDocuments: {
    /** Who may send only the clients' registered documents: nobody (`off`), visitors and anonymous callers, or agents too. */
    mode: 'off' | 'customers' | 'all';
    /** The clients' persisted-documents.json files; unset, the ones codegen writes in this repository. */
    manifests?: string[];
  };
  webhooks: {
    /** Lets webhook URLs reach loopback and private addresses (tests, a receiver on the same network). */
    allowPrivateNetworks: boolean;
    /** A delivery that has no 2xx answer within this long failed and is retried. */
    timeoutMs: number;
    /** The first retry waits about this long, each next one about twice as long (with jitter), up to an hour. */
    retryDelaySeconds: number;
  };
  /** Faults a test injects into a child process; refused outside NODE_ENV=test. */
  faults: {
    /** The process kills itself right after a message is committed, before it is announced. */
    dieAfterStoringMessage: boolean;
  };
}

export interface RateLimitSettings {
  /** Failed logins one client IP may make in an hour; then login refuses that IP until the hour is over. */
  loginFailuresPerIpPerHour: number;
  /** Failed logins in a row for one email from one IP before a lockout (reset by a successful login). */
  loginFailuresBeforeLockout: number;
  /** The first lockout lasts `first` seconds; each next one twice as long, up to `longest`. */
  loginLockoutSeconds: { first: number; longest: number };
  /** Wrong two-factor codes in a row for one agent (login, enable, disable) before a lockout as long as login's. */
  codeFailuresBeforeLockout: number;
  /** registerCustomer calls per client IP per minute, and startChatSession calls likewise. */
  sessionsPerIpPerMinute: number;
  /** sendMessage and sendFileMessage together, per sender (agent or visitor), per minute. */
  messagesPerSenderPerMinute: number;
  /** setTyping calls per sender and session per second; the excess is dropped without an error. */
  typingPerSecond: number;
}

const LOGIN_LOCKOUT_SECONDS = { first: 60, longest: 60 * 60 };

export class ConfigError extends Error {}

/** The one place that reads the environment. Throws a ConfigError that names every bad value. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const env = parsed.data;
  const isProduction = env.NODE_ENV === 'production';
  return Object.freeze({
    env: env.NODE_ENV,
    isProduction,
    port: env.PORT,
    host: env.HOST,
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, ''),
    trustProxy: env.TRUST_PROXY,
    database: {
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
      embeddedDir: env.EMBEDDED_DB_DIR,
      embeddedPort: env.EMBEDDED_DB_PORT,
      migrateOnStart: env.MIGRATE_ON_START,
    },
    redisUrl: env.REDIS_URL,
    redisPrefix: env.REDIS_PREFIX,
    presenceLeaseSeconds: env.PRESENCE_LEASE_SECONDS,
    jobs: { routingSweepCron: env.ROUTING_SWEEP_CRON, monitorIntervalSeconds: env.JOB_MONITOR_INTERVAL_SECONDS },
    retention: { cron: env.RETENTION_CRON },
    auth: {
      jwtSecret: env.JWT_SECRET,
      adminTokenTtlSeconds: env.ADMIN_TOKEN_TTL_SECONDS,
      customerTokenTtlSeconds: env.CUSTOMER_TOKEN_TTL_SECONDS,
      accountRecheckSeconds: env.ACCOUNT_RECHECK_SECONDS,
      totpKeyMaterial: env.TOTP_ENCRYPTION_KEY ?? env.JWT_SECRET,
    },
    corsOrigins: env.CORS_ORIGIN,
    uploads: { dir: env.UPLOAD_DIR, maxFileSize: env.MAX_FILE_SIZE, allowedTypes: env.ALLOWED_FILE_TYPES },
    messageRateLimitPerMinute: env.MESSAGE_RATE_LIMIT,
    rateLimits: {
      loginFailuresPerIpPerHour: env.LOGIN_RATE_LIMIT,
      loginFailuresBeforeLockout: env.LOGIN_LOCKOUT_AFTER,
      loginLockoutSeconds: LOGIN_LOCKOUT_SECONDS,
      codeFailuresBeforeLockout: env.TWO_FACTOR_LOCKOUT_AFTER,
      sessionsPerIpPerMinute: env.SESSION_RATE_LIMIT,
      messagesPerSenderPerMinute: env.MESSAGE_RATE_LIMIT,
      typingPerSecond: env.TYPING_RATE_LIMIT,
    },
    introspection: env.GRAPHQL_INTROSPECTION,
    websocket: {
      connectionInitTimeoutMs: env.WS_CONNECTION_INIT_TIMEOUT_MS,
      maxSocketsPerIp: env.WS_MAX_SOCKETS_PER_IP,
    },
    logLevel: env.LOG_LEVEL,
    seedAdmin: env.SEED_ADMIN ?? !isProduction,
    seedAdminPassword: env.SEED_ADMIN_PASSWORD ?? DEVELOPMENT_ADMIN_PASSWORD,
    widget: {
      widgetTitle: env.WIDGET_TITLE,
      welcomeMessage: env.WIDGET_WELCOME_MESSAGE,
      primaryColor: env.WIDGET_PRIMARY_COLOR,
      position: env.WIDGET_POSITION,
      allowFileUpload: env.WIDGET_ALLOW_FILE_UPLOAD,
    },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, retryDelaySeconds: env.MAIL_RETRY_DELAY_SECONDS },
    identitySecret: env.IDENTITY_SECRET,
    trustedDocuments: { mode: env.TRUSTED_DOCUMENTS ?? (isProduction ? 'customers' : 'off'), manifests: env.TRUSTED_DOCUMENTS_MANIFESTS },
    webhooks: {
      allowPrivateNetworks: env.WEBHOOK_ALLOW_PRIVATE_NETWORKS,
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      retryDelaySeconds: env.WEBHOOK_RETRY_DELAY_SECONDS,
    },
    faults: { dieAfterStoringMessage: env.FAULT_DIE_AFTER_STORING_MESSAGE },
  });
}
