import { Migration } from '@mikro-orm/migrations';

export class Migration20261201170400_retention extends Migration {

  override name = 'Migration20261201170400_retention';

  override up(): void | Promise<void> {
    this.addSql(`alter table "settings" add "retention_days" integer null;`);
    this.addSql(`alter table "settings" add constraint "settings_retention_days_range" check (retention_days is null or (retention_days >= 1 and retention_days <= 3650));`);
    this.addSql(`alter table "customer" add "erased_at" timestamptz null;`);
    this.addSql(`create index "chat_session_retention_index" on "chat_session" ("closed_at", "id") where "status" = 'CLOSED';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "chat_session_retention_index";`);
    this.addSql(`alter table "customer" drop column "erased_at";`);
    this.addSql(`alter table "settings" drop constraint "settings_retention_days_range";`);
    this.addSql(`alter table "settings" drop column "retention_days";`);
  }

}
