import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125200507_initial } from './Migration20261125200507_initial';
import { Migration20261125201352_files } from './Migration20261125201352_files';
import { Migration20261201101718_roles } from './Migration20261201101718_roles';
import { Migration20261201114116_teams } from './Migration20261201114116_teams';
import { Migration20261201115454_queue_waits } from './Migration20261201115454_queue_waits';
import { Migration20261201125357_labels } from './Migration20261201125357_labels';
import { Migration20261201125439_canned_responses } from './Migration20261201125439_canned_responses';
import { Migration20261201125508_message_internal } from './Migration20261201125508_message_internal';
import { Migration20261201133148_message_search } from './Migration20261201133148_message_search';
import { Migration20261201150010_read_receipts } from './Migration20261201150010_read_receipts';
import { Migration20261201150020_customer_attributes } from './Migration20261201150020_customer_attributes';
import { Migration20261201150030_business_hours } from './Migration20261201150030_business_hours';
import { Migration20261201153000_message_search_vector } from './Migration20261201153000_message_search_vector';
import { Migration20261201154000_ratings } from './Migration20261201154000_ratings';
import { Migration20261201160000_identity_blocking } from './Migration20261201160000_identity_blocking';
import { Migration20261201170100_webhooks } from './Migration20261201170100_webhooks';
import { Migration20261201170000_api_keys } from './Migration20261201170000_api_keys';
import { Migration20261201170200_audit_log } from './Migration20261201170200_audit_log';
import { Migration20261201170210_audit_reads } from './Migration20261201170210_audit_reads';
import { Migration20261201170300_two_factor } from './Migration20261201170300_two_factor';
import { Migration20261201170400_retention } from './Migration20261201170400_retention';
import { Migration20261201170500_reports } from './Migration20261201170500_reports';

/**
 * Every migration, oldest first, under the name it is recorded by in `mikro_orm_migrations`. The
 * list is explicit because MikroORM 7 loads migration files with an ES `import()`, which neither
 * `node -r @swc-node/register` nor Jest can hand a TypeScript file to: add each new migration here
 * (a test fails when a file in this folder is missing from the list).
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125200507_initial', class: Migration20261125200507_initial },
  { name: 'Migration20261125201352_files', class: Migration20261125201352_files },
  { name: 'Migration20261201101718_roles', class: Migration20261201101718_roles },
  { name: 'Migration20261201114116_teams', class: Migration20261201114116_teams },
  { name: 'Migration20261201115454_queue_waits', class: Migration20261201115454_queue_waits },
  { name: 'Migration20261201125357_labels', class: Migration20261201125357_labels },
  { name: 'Migration20261201125439_canned_responses', class: Migration20261201125439_canned_responses },
  { name: 'Migration20261201125508_message_internal', class: Migration20261201125508_message_internal },
  { name: 'Migration20261201133148_message_search', class: Migration20261201133148_message_search },
  { name: 'Migration20261201150010_read_receipts', class: Migration20261201150010_read_receipts },
  { name: 'Migration20261201150020_customer_attributes', class: Migration20261201150020_customer_attributes },
  { name: 'Migration20261201150030_business_hours', class: Migration20261201150030_business_hours },
  { name: 'Migration20261201153000_message_search_vector', class: Migration20261201153000_message_search_vector },
  { name: 'Migration20261201154000_ratings', class: Migration20261201154000_ratings },
  { name: 'Migration20261201160000_identity_blocking', class: Migration20261201160000_identity_blocking },
  { name: 'Migration20261201170000_api_keys', class: Migration20261201170000_api_keys },
  { name: 'Migration20261201170100_webhooks', class: Migration20261201170100_webhooks },
  { name: 'Migration20261201170200_audit_log', class: Migration20261201170200_audit_log },
  { name: 'Migration20261201170210_audit_reads', class: Migration20261201170210_audit_reads },
  { name: 'Migration20261201170300_two_factor', class: Migration20261201170300_two_factor },
  { name: 'Migration20261201170400_retention', class: Migration20261201170400_retention },
  { name: 'Migration20261201170500_reports', class: Migration20261201170500_reports },
];
