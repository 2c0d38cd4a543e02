import { Migration } from '@mikro-orm/migrations';

export class Migration20261125200507_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "chat_session_status" as enum ('WAITING', 'ACTIVE', 'CLOSED');`);
    this.addSql(`create type "message_sender" as enum ('CUSTOMER', 'ADMIN', 'SYSTEM');`);
    this.addSql(`create table "admin" ("id" uuid not null, "email" varchar(254) not null, "name" varchar(100) not null, "password_hash" varchar(255) not null, "created_at" timestamptz not null, constraint "admin_pkey" primary key ("id"));`);
    this.addSql(`alter table "admin" add constraint "admin_email_unique" unique ("email");`);

    this.addSql(`create table "customer" ("id" uuid not null, "name" varchar(100) not null, "email" varchar(254) null, "phone" varchar(32) null, "created_at" timestamptz not null, constraint "customer_pkey" primary key ("id"));`);

    this.addSql(`create table "chat_session" ("id" uuid not null, "customer_id" uuid not null, "assigned_admin_id" uuid null, "status" "chat_session_status" not null default 'WAITING', "created_at" timestamptz not null, "closed_at" timestamptz null, "last_message_at" timestamptz null, constraint "chat_session_pkey" primary key ("id"));`);
    this.addSql(`create index "chat_session_customer_id_created_at_index" on "chat_session" ("customer_id", "created_at");`);
    this.addSql(`create index "chat_session_assigned_admin_id_status_created_at_index" on "chat_session" ("assigned_admin_id", "status", "created_at");`);
    this.addSql(`create index "chat_session_status_created_at_id_index" on "chat_session" ("status", "created_at", "id");`);
    this.addSql(`create index "chat_session_created_at_id_index" on "chat_session" ("created_at", "id");`);

    this.addSql(`create table "message" ("id" bigserial primary key, "session_id" uuid not null, "sender" "message_sender" not null, "sender_admin_id" uuid null, "sender_name" varchar(100) null, "text" text null, "client_message_id" varchar(100) null, "created_at" timestamptz not null);`);
    this.addSql(`create index "message_sender_admin_id_index" on "message" ("sender_admin_id");`);
    this.addSql(`create index "message_session_id_id_index" on "message" ("session_id", "id");`);
    this.addSql(`alter table "message" add constraint "message_session_id_client_message_id_unique" unique ("session_id", "client_message_id");`);

    this.addSql(`alter table "chat_session" add constraint "chat_session_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "chat_session" add constraint "chat_session_assigned_admin_id_foreign" foreign key ("assigned_admin_id") references "admin" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "message" add constraint "message_session_id_foreign" foreign key ("session_id") references "chat_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "message" add constraint "message_sender_admin_id_foreign" foreign key ("sender_admin_id") references "admin" ("id") on update cascade on delete set null;`);

    // Customer search is ILIKE '%text%', which only a trigram index can serve. pg_trgm needs a
    // privileged role to install; without it the migration goes on and search scans.
    this.addSql(`do $$ begin
      create extension if not exists pg_trgm;
    exception when insufficient_privilege or undefined_file then
      raise notice 'pg_trgm is not available: customer search will not use an index';
    end $$;`);
    this.addSql(`do $$ begin
      if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        create index "customer_name_trgm_index" on "customer" using gin ("name" gin_trgm_ops);
        create index "customer_email_trgm_index" on "customer" using gin ("email" gin_trgm_ops);
      end if;
    end $$;`);
  }

}
