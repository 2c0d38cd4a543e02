import { isAllowedFile, narrowTypes } from './file-types';
import type { GetWidgetConfigQuery } from './gql/graphql';
import { deskStateOf, UNKNOWN_DESK, type DeskState } from './offline-desk';

export type Locale = 'id' | 'en';
export type Position = 'bottom-right' | 'bottom-left';
export type ServerWidgetConfig = GetWidgetConfigQuery['widgetConfig'];
/** A team the visitor may ask for in the pre-chat form. */
export type Topic = ServerWidgetConfig['topics'][number];

/** What an embedding page may set in `window.LivechatOSSConfig`; `maxFileSize` is in megabytes. */
export interface PageConfig {
  apiUrl?: string;
  websocketUrl?: string;
  widgetTitle?: string;
  welcomeMessage?: string;
  primaryColor?: string;
  position?: Position;
  allowFileUpload?: boolean;
  maxFileSize?: number;
  allowedFileTypes?: string[];
  locale?: Locale;
  /** The host site's signed-in user, signed on its server: the visitor skips the form and is verified. */
  identity?: PageIdentity;
  /** Shown instead of the form when the desk chats only with signed-in users and the page has none. */
  identityPrompt?: string;
}

export interface PageIdentity {
  externalId: string;
  name: string;
  email?: string;
  phone?: string;
  /** hex(HMAC-SHA256(IDENTITY_SECRET, externalId)), computed by the host site's server. */
  hash: string;
}

/** What the widget shows and enforces: the server's widgetConfig with the page's config over it. */
export interface DisplayConfig {
  widgetTitle: string;
  welcomeMessage: string;
  primaryColor: string;
  position: Position;
  allowFileUpload: boolean;
  /** In bytes. */
  maxFileSize: number;
  /** MIME types and families (`image/*`): the server's, narrowed by the page's. */
  allowedFileTypes: string[];
  /** Unknown (null) until the server has answered. */
  online: boolean | null;
  /** The server's alone: a page cannot invent a team. Empty means no topic picker. */
  topics: Topic[];
  /** The desk's business hours and agents, the server's alone; see offline-desk.ts. */
  desk: DeskState;
  /** The server's alone: only verified visitors (`PageConfig.identity`) may chat. */
  identityRequired: boolean;
  /** The page's sign-in prompt; null: the widget's own words. */
  identityPrompt: string | null;
}

export interface Endpoints {
  graphqlUrl: string;
  websocketUrl: string;
}

const MEGABYTE = 1024 * 1024;

/** The contract's defaults, used until (or if ever) the server's widgetConfig arrives. */
export const DEFAULT_DISPLAY_CONFIG: DisplayConfig = {
  widgetTitle: 'Bantuan OSS Perizinan',
  welcomeMessage: 'Selamat datang! Bagaimana kami bisa membantu perizinan berusaha Anda?',
  primaryColor: '#3B82F6',
  position: 'bottom-right',
  allowFileUpload: true,
  maxFileSize: 10 * MEGABYTE,
  allowedFileTypes: ['image/jpeg', 'image/png', 'image/gif', 'application/pdf', 'application/msword', 'text/plain'],
  online: null,
  topics: [],
  desk: UNKNOWN_DESK,
  identityRequired: false,
  identityPrompt: null,
};

const COLOR = /^(#[0-9a-f]{3,8}|(rgb|hsl)a?\([\d\s.,%/+-]+\)|[a-z]{3,30})$/i;
const nonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Keeps only the known keys, each of the right type: the page's config is someone else's code,
 * and a wrong value must fall back to the server's setting rather than break the widget.
 */
export function readPageConfig(raw: unknown): PageConfig {
  if (!raw || typeof raw !== 'object') return {};
  const source = raw as Record<string, unknown>;
  const config: PageConfig = {};
  for (const key of ['apiUrl', 'websocketUrl', 'widgetTitle', 'welcomeMessage'] as const) {
    if (nonEmptyString(source[key])) config[key] = (source[key] as string).trim();
  }
  if (nonEmptyString(source.primaryColor) && COLOR.test(source.primaryColor.trim())) {
    config.primaryColor = source.primaryColor.trim();
  }
  if (source.position === 'bottom-right' || source.position === 'bottom-left') config.position = source.position;
  if (typeof source.allowFileUpload === 'boolean') config.allowFileUpload = source.allowFileUpload;
  const maxFileSize = Number(source.maxFileSize);
  if (source.maxFileSize != null && Number.isFinite(maxFileSize) && maxFileSize > 0) config.maxFileSize = maxFileSize;
  if (Array.isArray(source.allowedFileTypes)) {
    config.allowedFileTypes = source.allowedFileTypes.filter(nonEmptyString).map((type) => type.trim().toLowerCase());
  }
  if (source.locale === 'id' || source.locale === 'en') config.locale = source.locale;
  if (nonEmptyString(source.identityPrompt)) config.identityPrompt = source.identityPrompt.trim();
  const identity = readIdentity(source.identity);
  if (identity) config.identity = identity;
  return config;
}

function readIdentity(raw: unknown): PageIdentity | null {
  if (!raw || typeof raw !== 'object') return null;
  const source = raw as Record<string, unknown>;
  if (!nonEmptyString(source.externalId) || !nonEmptyString(source.hash)) return null;
  const optional = (value: unknown) => (nonEmptyString(value) ? value.trim() : undefined);
  return {
    externalId: source.externalId,
    hash: source.hash.trim(),
    name: optional(source.name) ?? source.externalId,
    ...(optional(source.email) ? { email: optional(source.email) } : {}),
    ...(optional(source.phone) ? { phone: optional(source.phone) } : {}),
  };
}

/**
 * The page wins over the server, and the server over the contract's defaults; file types are the
 * exception: the page may narrow the server's, never widen them, since the server decides.
 */
export function mergeConfig(page: PageConfig, server: ServerWidgetConfig | null): DisplayConfig {
  const base: DisplayConfig = server
    ? {
        ...server,
        position: server.position === 'bottom-left' ? 'bottom-left' : 'bottom-right',
        allowedFileTypes: server.allowedFileTypes.map((type) => type.toLowerCase()),
        desk: deskStateOf(server),
        identityPrompt: null,
      }
    : DEFAULT_DISPLAY_CONFIG;
  return {
    widgetTitle: page.widgetTitle ?? base.widgetTitle,
    welcomeMessage: page.welcomeMessage ?? base.welcomeMessage,
    primaryColor: page.primaryColor ?? base.primaryColor,
    position: page.position ?? base.position,
    allowFileUpload: page.allowFileUpload ?? base.allowFileUpload,
    maxFileSize: page.maxFileSize != null ? Math.round(page.maxFileSize * MEGABYTE) : base.maxFileSize,
    allowedFileTypes: narrowTypes(base.allowedFileTypes, page.allowedFileTypes),
    online: base.online,
    topics: base.topics,
    desk: base.desk,
    identityRequired: base.identityRequired,
    identityPrompt: page.identityPrompt ?? null,
  };
}

/**
 * `apiUrl` is the API's origin (a trailing `/graphql` is tolerated); `websocketUrl` may be given
 * as http(s) and becomes ws(s), on `/graphql`. Without `apiUrl` the page's own origin is used.
 */
export function endpoints(page: PageConfig, pageOrigin: string): Endpoints {
  const graphqlUrl = graphqlPath(new URL(page.apiUrl ?? pageOrigin, pageOrigin));
  const socket = new URL(page.websocketUrl ?? graphqlUrl, pageOrigin);
  socket.protocol = socket.protocol === 'https:' || socket.protocol === 'wss:' ? 'wss:' : 'ws:';
  return { graphqlUrl, websocketUrl: graphqlPath(socket) };
}

function graphqlPath(url: URL): string {
  const path = url.pathname.replace(/\/+$/, '');
  url.pathname = path.endsWith('/graphql') ? path : `${path}/graphql`;
  url.hash = '';
  return url.toString();
}

export type FileProblem = 'too-large' | 'type';

/** Checked before uploading, so the visitor hears at once; the server still decides. */
export function fileProblem(file: { name: string; size: number; type: string }, config: DisplayConfig): FileProblem | null {
  if (file.size > config.maxFileSize) return 'too-large';
  return isAllowedFile(file, config.allowedFileTypes) ? null : 'type';
}
