import { Migration } from '@mikro-orm/migrations';

export class Migration20261201115454_queue_waits extends Migration {

  override name = 'Migration20261201115454_queue_waits';

  override up(): void | Promise<void> {
    this.addSql(`create index "chat_session_team_id_first_assigned_at_index" on "chat_session" ("team_id", "first_assigned_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "chat_session_team_id_first_assigned_at_index";`);
  }

}
