import { Migration } from '@mikro-orm/migrations';

export class Migration20261201170210_audit_reads extends Migration {

  override name = 'Migration20261201170210_audit_reads';

  override up(): void | Promise<void> {
    this.addSql(`alter table "audit_event" add "read_hour" timestamptz null;`);
    // One customer.read per agent, customer and hour, whichever instance inserts it first.
    this.addSql(`create unique index "audit_event_read_once" on "audit_event" ("actor_id", "target_id", "read_hour") where "read_hour" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "audit_event_read_once";`);
    this.addSql(`alter table "audit_event" drop column "read_hour";`);
  }

}
