import { Migration } from '@mikro-orm/migrations';

export class Migration20261201125357_labels extends Migration {

  override name = 'Migration20261201125357_labels';

  override up(): void | Promise<void> {
    this.addSql(`create table "label" ("id" uuid not null, "name" varchar(40) not null, "color" varchar(7) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create unique index "label_name_lower_unique" on "label" (lower("name"));`);

    this.addSql(`create table "chat_session_label" ("chat_session_id" uuid not null, "label_id" uuid not null, primary key ("chat_session_id", "label_id"));`);
    this.addSql(`create index "chat_session_label_label_id_index" on "chat_session_label" ("label_id");`);

    this.addSql(`alter table "chat_session_label" add constraint "chat_session_label_chat_session_id_foreign" foreign key ("chat_session_id") references "chat_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "chat_session_label" add constraint "chat_session_label_label_id_foreign" foreign key ("label_id") references "label" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "chat_session_label" drop constraint "chat_session_label_label_id_foreign";`);

    this.addSql(`drop table if exists "label" cascade;`);
    this.addSql(`drop table if exists "chat_session_label" cascade;`);
  }

}
