import { ConfigError, DEFAULT_JWT_SECRET, DEVELOPMENT_ADMIN_PASSWORD, loadConfig } from './config';

describe('loadConfig', () => {
  it('uses the contract defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8000);
    expect(config.database.url).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.uploads).toEqual({
      dir: './uploads',
      maxFileSize: 10485760,
      allowedTypes: ['image/jpeg', 'image/png', 'image/gif', 'application/pdf', 'application/msword', 'text/plain'],
    });
    expect(config.messageRateLimitPerMinute).toBe(60);
    expect(config.introspection).toBe(true);
    expect(config.websocket).toEqual({ connectionInitTimeoutMs: 10_000, maxSocketsPerIp: 100 });
    expect(config.widget).toEqual({
      widgetTitle: 'Bantuan OSS Perizinan',
      welcomeMessage: 'Selamat datang! Bagaimana kami bisa membantu perizinan berusaha Anda?',
      primaryColor: '#3B82F6',
      position: 'bottom-right',
      allowFileUpload: true,
    });
    expect(config.seedAdmin).toBe(true);
  });

  it('parses lists and flags', () => {
    const config = loadConfig({ CORS_ORIGIN: 'https://a.example, https://b.example', GRAPHQL_INTROSPECTION: 'false', MESSAGE_RATE_LIMIT: '0' });
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.introspection).toBe(false);
    expect(config.messageRateLimitPerMinute).toBe(0);
  });

  it('reads the rate limits, on by default, and TRUST_PROXY, off by default', () => {
    expect(loadConfig({}).rateLimits).toEqual({
      loginFailuresPerIpPerHour: 30,
      loginFailuresBeforeLockout: 5,
      loginLockoutSeconds: { first: 60, longest: 3600 },
      codeFailuresBeforeLockout: 5,
      sessionsPerIpPerMinute: 20,
      messagesPerSenderPerMinute: 60,
      typingPerSecond: 5,
    });
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
  });

  it('sweeps the queues every minute unless ROUTING_SWEEP_CRON says otherwise', () => {
    expect(loadConfig({}).jobs).toMatchObject({ routingSweepCron: '* * * * *' });
    expect(loadConfig({ ROUTING_SWEEP_CRON: '*/5 * * * *' }).jobs).toMatchObject({ routingSweepCron: '*/5 * * * *' });
  });

  it('sends no email without SMTP_URL, and takes only an smtp:// or smtps:// URL', () => {
    expect(loadConfig({}).mail).toEqual({ smtpUrl: undefined, from: 'Bantuan OSS Perizinan <no-reply@localhost>', retryDelaySeconds: 30 });
    expect(loadConfig({ SMTP_URL: 'smtps://user:secret@mail.example:465', MAIL_FROM: 'Desk <desk@example.id>', MAIL_RETRY_DELAY_SECONDS: '5' }).mail).toEqual({
      smtpUrl: 'smtps://user:secret@mail.example:465',
      from: 'Desk <desk@example.id>',
      retryDelaySeconds: 5,
    });
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL: must start with smtp:\/\/ or smtps:\/\//);
  });

  it('reads the WebSocket limits; 0 sockets per IP turns that cap off', () => {
    const config = loadConfig({ WS_CONNECTION_INIT_TIMEOUT_MS: '250', WS_MAX_SOCKETS_PER_IP: '0' });
    expect(config.websocket).toEqual({ connectionInitTimeoutMs: 250, maxSocketsPerIp: 0 });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ MAX_FILE_SIZE: '-1' }, 'MAX_FILE_SIZE'],
    [{ WIDGET_POSITION: 'top-left' }, 'WIDGET_POSITION'],
    [{ WIDGET_PRIMARY_COLOR: 'blue' }, 'WIDGET_PRIMARY_COLOR'],
    [{ TRUST_PROXY: 'nginx' }, 'TRUST_PROXY'],
    [{ LOGIN_RATE_LIMIT: '-1' }, 'LOGIN_RATE_LIMIT'],
    [{ WS_CONNECTION_INIT_TIMEOUT_MS: '0' }, 'WS_CONNECTION_INIT_TIMEOUT_MS'],
    [{ WS_MAX_SOCKETS_PER_IP: '-1' }, 'WS_MAX_SOCKETS_PER_IP'],
    [{ ROUTING_SWEEP_CRON: 'every minute' }, 'ROUTING_SWEEP_CRON'],
  ])('fails fast on %j, naming the variable', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('refuses to run production with the default or a short JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: DEFAULT_JWT_SECRET })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short-secret' })).toThrow(/JWT_SECRET/);
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), PUBLIC_URL: 'https://chat.example' });
    expect(config.isProduction).toBe(true);
    expect(config.seedAdmin).toBe(false);
  });

  // File links pointed at localhost in production when it was left out.
  it('refuses to run production without PUBLIC_URL, naming it', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(/PUBLIC_URL/);
    expect(loadConfig({ JWT_SECRET: 'x'.repeat(40) }).publicUrl).toBeUndefined();
  });

  // The seeded admin's development password, known to everyone, was also seeded in production.
  it('seeds the first admin in production only with a SEED_ADMIN_PASSWORD that is not a common one', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), PUBLIC_URL: 'https://chat.example', SEED_ADMIN: 'true' };
    expect(() => loadConfig(production)).toThrow(/SEED_ADMIN_PASSWORD/);
    expect(() => loadConfig({ ...production, SEED_ADMIN_PASSWORD: DEVELOPMENT_ADMIN_PASSWORD })).toThrow(/SEED_ADMIN_PASSWORD: .*most common/);
    expect(() => loadConfig({ ...production, SEED_ADMIN_PASSWORD: 'short' })).toThrow(/SEED_ADMIN_PASSWORD/);
    expect(loadConfig({ ...production, SEED_ADMIN_PASSWORD: 'gunung-rinjani-3726' }).seedAdminPassword).toBe('gunung-rinjani-3726');
    expect(loadConfig({ ...production, SEED_ADMIN: 'false' }).seedAdmin).toBe(false);
    expect(loadConfig({}).seedAdminPassword).toBe(DEVELOPMENT_ADMIN_PASSWORD);
  });

  it('migrates on start unless MIGRATE_ON_START=false', () => {
    expect(loadConfig({}).database.migrateOnStart).toBe(true);
    expect(loadConfig({ MIGRATE_ON_START: 'false' }).database.migrateOnStart).toBe(false);
    expect(() => loadConfig({ MIGRATE_ON_START: 'later' })).toThrow(/MIGRATE_ON_START/);
  });
});
