import { Migration } from '@mikro-orm/migrations';

export class Migration20261201170500_reports extends Migration {

  override name = 'Migration20261201170500_reports';

  override up(): void | Promise<void> {
    this.addSql(`create index "message_session_id_report_index" on "message" ("session_id") include ("sender", "created_at") where not "internal";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "message_session_id_report_index";`);
  }

}
