import { Migration } from '@mikro-orm/migrations';

export class Migration20261201170300_two_factor extends Migration {

  override name = 'Migration20261201170300_two_factor';

  override up(): void | Promise<void> {
    // Secrets are AES-256-GCM ciphertext (modules/two-factor/secret-box.ts), never the base32 text.
    this.addSql(`create table "admin_two_factor" ("admin_id" uuid not null, "secret" text null, "pending_secret" text null, "enabled_at" timestamptz null, "last_used_step" int null, primary key ("admin_id"));`);
    this.addSql(`alter table "admin_two_factor" add constraint "admin_two_factor_admin_id_foreign" foreign key ("admin_id") references "admin" ("id") on update cascade on delete cascade;`);
    this.addSql(`create table "admin_recovery_code" ("id" uuid not null, "admin_id" uuid not null, "code_hash" varchar(64) not null, "used_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "admin_recovery_code" add constraint "admin_recovery_code_admin_id_code_hash_unique" unique ("admin_id", "code_hash");`);
    this.addSql(`alter table "admin_recovery_code" add constraint "admin_recovery_code_admin_id_foreign" foreign key ("admin_id") references "admin" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "admin_recovery_code" cascade;`);
    this.addSql(`drop table if exists "admin_two_factor" cascade;`);
  }

}
