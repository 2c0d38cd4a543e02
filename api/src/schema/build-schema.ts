import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AdminResolver } from '../modules/admin/admin.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { ChatSessionResolver } from '../modules/chat-session/chat-session.resolver';
import { CustomerResolver } from '../modules/customer/customer.resolver';
import { FileResolver } from '../modules/file/file.resolver';
import { StatsResolver } from '../modules/stats/stats.resolver';
import { MessageResolver } from '../modules/message/message.resolver';
import { WidgetConfigResolver } from '../modules/widget-config/widget-config.resolver';
import { SettingsResolver } from '../modules/settings/settings.resolver';
import { TeamResolver } from '../modules/team/team.resolver';
import { ChatSessionLabelsResolver, LabelResolver } from '../modules/label/label.resolver';
import { QueueResolver } from '../modules/queue/queue.resolver';
import { CannedResponseResolver } from '../modules/canned-response/canned-response.resolver';
import { SearchResolver } from '../modules/search/search.resolver';
import { OfflineMessageResolver } from '../modules/offline-message/offline-message.resolver';
import { RatingResolver, RatingStatsResolver } from '../modules/rating/rating.resolver';
import { TranscriptResolver } from '../modules/transcript/transcript.resolver';
import { RetentionResolver } from '../modules/retention/retention.resolver';
import { PersonalDataResolver } from '../modules/personal-data/personal-data.resolver';
import { WebhookResolver } from '../modules/webhook/webhook.resolver';
import { ReportResolver } from '../modules/report/report.resolver';
import { AuditActorResolver, AuditLogResolver } from '../modules/audit/audit.resolver';
import { ApiKeyResolver } from '../modules/api-key/api-key.resolver';
import { AdminTwoFactorResolver, TwoFactorResolver } from '../modules/two-factor/two-factor.resolver';

export const resolvers = [
  AuthResolver,
  AdminResolver,
  CustomerResolver,
  ChatSessionResolver,
  MessageResolver,
  FileResolver,
  StatsResolver,
  WidgetConfigResolver,
  TeamResolver,
  LabelResolver,
  ChatSessionLabelsResolver,
  SettingsResolver,
  QueueResolver,
  CannedResponseResolver,
  SearchResolver,
  OfflineMessageResolver,
  RatingResolver,
  RatingStatsResolver,
  TranscriptResolver,
  RetentionResolver,
  PersonalDataResolver,
  WebhookResolver,
  ReportResolver,
  AuditLogResolver,
  AuditActorResolver,
  ApiKeyResolver,
  TwoFactorResolver,
  AdminTwoFactorResolver,
] as const;

/**
 * Every subscription here has its own `subscribe` function, which checks access and then
 * subscribes on the app's PubSub. type-graphql still insists on a pubSub option, so it gets one
 * that says so if anything ever reaches it.
 */
const unusedPubSub = {
  publish() {
    throw new Error('Publish through the PubSub of the app context, not through type-graphql.');
  },
  subscribe(): AsyncIterable<unknown> {
    throw new Error('Subscriptions declare their own subscribe function.');
  },
};

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, pubSub: unusedPubSub });
}
