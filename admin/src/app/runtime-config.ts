export interface AdminConfig {
  /** The GraphQL endpoint over HTTP, e.g. https://api.example/graphql. */
  apiUrl: string;
  /** The graphql-ws endpoint; derived from apiUrl when not given. */
  wsUrl: string;
  /** How often the waiting-chat alert repeats while a chat waits; 30 s unless set. */
  waitingAlertIntervalMs: number;
}

declare global {
  interface Window {
    LivechatOSSAdminConfig?: Partial<AdminConfig>;
  }
}

export type BuildEnv = { VITE_API_URL?: string; VITE_WS_URL?: string };

export const DEFAULT_API_URL = 'http://localhost:8000/graphql';
export const DEFAULT_WAITING_ALERT_INTERVAL_MS = 30_000;

/** The page's runtime config (`/config.js`) wins over build-time env, which wins over the default. */
export function resolveConfig(
  runtime: Partial<AdminConfig> | undefined,
  env: BuildEnv,
  pageUrl: string,
): AdminConfig {
  const apiUrl = new URL(runtime?.apiUrl || env.VITE_API_URL || DEFAULT_API_URL, pageUrl).toString();
  const wsUrl = runtime?.wsUrl || env.VITE_WS_URL || apiUrl.replace(/^http/, 'ws');
  const interval = Number(runtime?.waitingAlertIntervalMs);
  return {
    apiUrl,
    wsUrl: new URL(wsUrl, pageUrl.replace(/^http/, 'ws')).toString(),
    waitingAlertIntervalMs: interval > 0 ? interval : DEFAULT_WAITING_ALERT_INTERVAL_MS,
  };
}
