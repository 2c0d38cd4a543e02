import { Migration } from '@mikro-orm/migrations';

export class Migration20261201150030_business_hours extends Migration {

  override name = 'Migration20261201150030_business_hours';

  override up(): void | Promise<void> {
    this.addSql(`alter table "settings" add "business_hours" jsonb not null default '{"timezone":"Asia/Jakarta","days":[{"weekday":"MONDAY","opens":"08:00","closes":"16:00"},{"weekday":"TUESDAY","opens":"08:00","closes":"16:00"},{"weekday":"WEDNESDAY","opens":"08:00","closes":"16:00"},{"weekday":"THURSDAY","opens":"08:00","closes":"16:00"},{"weekday":"FRIDAY","opens":"08:00","closes":"16:00"}],"holidays":[]}', add "offline_message" text null;`);
    this.addSql(`alter table "chat_session" add "offline" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "chat_session" drop column "offline";`);
    this.addSql(`alter table "settings" drop column "business_hours", drop column "offline_message";`);
  }

}
