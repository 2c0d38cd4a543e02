import { Migration } from '@mikro-orm/migrations';

export class Migration20261201160000_identity_blocking extends Migration {

  override name = 'Migration20261201160000_identity_blocking';

  override up(): void | Promise<void> {
    this.addSql(`alter table "customer" add "external_id" varchar(200) null, add "verified" boolean not null default false, add "blocked_at" timestamptz null, add "blocked_reason" varchar(500) null, add "blocked_by_id" uuid null;`);
    this.addSql(`alter table "customer" add constraint "customer_external_id_unique" unique ("external_id");`);
    this.addSql(`alter table "customer" add constraint "customer_blocked_by_id_foreign" foreign key ("blocked_by_id") references "admin" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "customer_blocked_at_index" on "customer" ("blocked_at") where "blocked_at" is not null;`);
    this.addSql(`alter table "settings" add "identity_required" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "settings" drop column "identity_required";`);
    this.addSql(`drop index "customer_blocked_at_index";`);
    this.addSql(`alter table "customer" drop constraint "customer_blocked_by_id_foreign";`);
    this.addSql(`alter table "customer" drop constraint "customer_external_id_unique";`);
    this.addSql(`alter table "customer" drop column "external_id", drop column "verified", drop column "blocked_at", drop column "blocked_reason", drop column "blocked_by_id";`);
  }

}
