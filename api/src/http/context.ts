import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../app-deps';
import type { Viewer } from '../auth/viewer';
import { createActiveChatCountLoader, createAdminLoader } from '../modules/admin/admin.loaders';
import { AuthService } from '../modules/auth/auth.service';
import { ChatSessionService } from '../modules/chat-session/chat-session.service';
import { createUnreadCountLoaders } from '../modules/chat-session/chat-session.loaders';
import { createCustomerLoader } from '../modules/customer/customer.loaders';
import { CustomerService } from '../modules/customer/customer.service';
import { createLastMessageLoader } from '../modules/message/message.loaders';
import { MessageService } from '../modules/message/message.service';
import { AdminService } from '../modules/admin/admin.service';
import { FileService } from '../modules/file/file.service';
import { StatsService } from '../modules/stats/stats.service';
import { WidgetConfigService } from '../modules/widget-config/widget-config.service';
import { SettingsService } from '../modules/settings/settings.service';
import { createAdminTeamsLoader, createTeamLoader, createTeamMembersLoader } from '../modules/team/team.loaders';
import { TeamService } from '../modules/team/team.service';
import { createChatSessionLabelsLoader } from '../modules/label/label.loaders';
import { LabelService } from '../modules/label/label.service';
import { SearchService } from '../modules/search/search.service';
import { QueueService } from '../modules/queue/queue.service';
import { CannedResponseService } from '../modules/canned-response/canned-response.service';
import type { RateLimits } from '../rate-limit/rate-limits';
import { OfflineMessageService } from '../modules/offline-message/offline-message.service';
import { RatingService } from '../modules/rating/rating.service';
import { TranscriptService } from '../modules/transcript/transcript.service';
import { ReportService } from '../modules/report/report.service';
import { AuditTrail, auditActorOf } from '../modules/audit/audit-trail';
import { RetentionService } from '../modules/retention/retention.service';
import { PersonalDataService } from '../modules/personal-data/personal-data.service';
import { WebhookService } from '../modules/webhook/webhook.service';
import { TwoFactorService } from '../modules/two-factor/two-factor.service';
import { AuditLogService } from '../modules/audit/audit-log.service';
import { ApiKeyService } from '../modules/api-key/api-key.service';

const SERVER_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

export type Loaders = ReturnType<typeof createLoaders>;
export type Services = ReturnType<typeof createServices>;

export interface Context {
  viewer: Viewer | null;
  /** The caller's address under TRUST_PROXY, for per-IP limits. */
  clientIp: string;
  rateLimits: RateLimits;
  em: EntityManager;
  loaders: Loaders;
  services: Services;
}

/**
 * One per HTTP request, per WebSocket operation, and per subscription event: never shared. Its
 * parts are made on first use, since most subscription events are served from their payload alone.
 */
export function createContext(deps: AppDeps, viewer: Viewer | null, clientIp = 'unknown'): Context {
  return new RequestContext(deps, viewer, clientIp);
}

/**
 * A class, so that the lazy parts are getters on its prototype: Apollo copies each request's
 * context with Object.assign, which would run own getters and fork an EntityManager, make the
 * loaders and the services for every request, needed or not.
 */
class RequestContext implements Context {
  readonly rateLimits: RateLimits;
  private forked: EntityManager | undefined;
  private madeLoaders: Loaders | undefined;
  private madeServices: Services | undefined;

  constructor(
    private readonly deps: AppDeps,
    readonly viewer: Viewer | null,
    readonly clientIp: string,
  ) {
    this.rateLimits = deps.rateLimits;
  }

  get em(): EntityManager {
    return (this.forked ??= this.deps.orm.em.fork());
  }

  get loaders(): Loaders {
    return (this.madeLoaders ??= createLoaders(() => this.em));
  }

  get services(): Services {
    return (this.madeServices ??= createServices(() => this.em, this.deps, new AuditTrail(() => auditActorOf(this.viewer), this.clientIp)));
  }
}

function createLoaders(em: () => EntityManager) {
  return {
    admin: createAdminLoader(em),
    activeChatCount: createActiveChatCountLoader(em),
    customer: createCustomerLoader(em),
    lastMessage: createLastMessageLoader(em),
    team: createTeamLoader(em),
    teamMembers: createTeamMembersLoader(em),
    adminTeams: createAdminTeamsLoader(em),
    chatSessionLabels: createChatSessionLabelsLoader(em),
    unreadCount: createUnreadCountLoaders(em),
  };
}

function createServices(em: () => EntityManager, deps: AppDeps, audit: AuditTrail) {
  const chatSession = new ChatSessionService(em, deps, audit);
  const message = new MessageService(em, deps, chatSession, audit);
  const team = new TeamService(em, deps, audit);
  const twoFactor = new TwoFactorService(em, deps, audit);
  return {
    auth: new AuthService(em, deps, audit, twoFactor),
    twoFactor,
    admin: new AdminService(em, deps, audit),
    customer: new CustomerService(em, deps, chatSession, audit),
    chatSession,
    message,
    file: new FileService(deps, chatSession, message),
    stats: new StatsService(em, SERVER_TIME_ZONE),
    widgetConfig: new WidgetConfigService(em, deps, team),
    team,
    label: new LabelService(em, chatSession),
    settings: new SettingsService(em, deps, audit),
    queue: new QueueService(em, deps, chatSession, audit),
    cannedResponse: new CannedResponseService(em),
    search: new SearchService(em),
    offlineMessage: new OfflineMessageService(em, deps, chatSession, message),
    rating: new RatingService(em, chatSession),
    transcript: new TranscriptService(em, deps, chatSession),
    webhook: new WebhookService(em, deps, audit),
    report: new ReportService(em, deps),
    presence: deps.presence,
    retention: new RetentionService(em, deps, audit),
    personalData: new PersonalDataService(em, deps, chatSession, audit),
    apiKey: new ApiKeyService(em, deps, audit),
    audit,
    auditLog: new AuditLogService(em),
  };
}
