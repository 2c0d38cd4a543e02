import { resolveConfig, type BuildEnv, type AdminConfig } from './runtime-config';

// Kept apart from runtime-config.ts: `import.meta.env` exists only in the Vite build.
let cached: AdminConfig | undefined;

export function adminConfig(): AdminConfig {
  cached ??= resolveConfig(window.LivechatOSSAdminConfig, import.meta.env as BuildEnv, window.location.href);
  return cached;
}
