import { Migration } from '@mikro-orm/migrations';

export class Migration20261201114116_teams extends Migration {

  override name = 'Migration20261201114116_teams';

  override up(): void | Promise<void> {
    this.addSql(`create type "routing_mode" as enum ('MANUAL', 'AUTO');`);
    this.addSql(`create table "settings" ("id" int not null default 1, "routing_mode" "routing_mode" not null default 'MANUAL', "default_max_concurrent_chats" int not null default 5, primary key ("id"));`);
    this.addSql(`insert into "settings" ("id") values (1);`);

    this.addSql(`create table "team" ("id" uuid not null, "name" varchar(60) not null, "show_in_widget" boolean not null default false, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create unique index "team_name_lower_unique" on "team" (lower("name"));`);

    this.addSql(`create table "team_member" ("team_id" uuid not null, "admin_id" uuid not null, primary key ("team_id", "admin_id"));`);

    this.addSql(`alter table "admin" add "last_assigned_at" timestamptz null;`);

    this.addSql(`alter table "chat_session" add "team_id" uuid null, add "queued_at" timestamptz null, add "first_assigned_at" timestamptz null;`);
    // A chat joined the queue with its first message; without the exact time, its start is the best guess.
    this.addSql(`update "chat_session" set "queued_at" = "created_at" where "last_message_at" is not null;`);
    this.addSql(`alter table "chat_session" add constraint "chat_session_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "chat_session_status_team_id_queued_at_id_index" on "chat_session" ("status", "team_id", "queued_at", "id");`);

    this.addSql(`alter table "settings" add constraint "settings_default_max_concurrent_chats_range" check (default_max_concurrent_chats >= 1 and default_max_concurrent_chats <= 100);`);
    this.addSql(`alter table "settings" add constraint "settings_single_row" check (id = 1);`);

    this.addSql(`alter table "team_member" add constraint "team_member_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "team_member" add constraint "team_member_admin_id_foreign" foreign key ("admin_id") references "admin" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "chat_session" drop constraint "chat_session_team_id_foreign";`);
    this.addSql(`alter table "team_member" drop constraint "team_member_team_id_foreign";`);

    this.addSql(`drop table if exists "settings" cascade;`);
    this.addSql(`drop table if exists "team" cascade;`);
    this.addSql(`drop table if exists "team_member" cascade;`);

    this.addSql(`alter table "admin" drop column "last_assigned_at";`);

    this.addSql(`drop index "chat_session_status_team_id_queued_at_id_index";`);
    this.addSql(`alter table "chat_session" drop column "team_id", drop column "queued_at", drop column "first_assigned_at";`);

    this.addSql(`drop type "routing_mode";`);
  }

}
