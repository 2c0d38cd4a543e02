import { Migration } from '@mikro-orm/migrations';

export class Migration20261201125439_canned_responses extends Migration {

  override name = 'Migration20261201125439_canned_responses';

  override up(): void | Promise<void> {
    this.addSql(`create table "canned_response" ("id" uuid not null, "shortcut" varchar(30) not null, "title" varchar(80) not null, "text" text not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "canned_response" add constraint "canned_response_shortcut_unique" unique ("shortcut");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "canned_response" cascade;`);
  }

}
