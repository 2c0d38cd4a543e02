import { Migration } from '@mikro-orm/migrations';

export class Migration20261201170100_webhooks extends Migration {

  override name = 'Migration20261201170100_webhooks';

  override up(): void | Promise<void> {
    this.addSql(`create table "webhook" ("id" uuid not null, "name" varchar(80) not null, "url" varchar(2048) not null, "query" text not null, "event" varchar(32) not null, "secret" varchar(128) not null, "active" boolean not null default true, "created_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "webhook_pkey" primary key ("id"));`);
    this.addSql(`alter table "webhook" add constraint "webhook_created_by_id_foreign" foreign key ("created_by_id") references "admin" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "webhook_event_index" on "webhook" ("event");`);

    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "webhook_id" uuid not null, "event" varchar(32) not null, "body" text not null, "status" varchar(16) not null default 'PENDING', "attempts" int not null default 0, "last_status_code" int null, "last_error" varchar(500) null, "next_attempt_at" timestamptz null, "created_at" timestamptz not null, "delivered_at" timestamptz null, constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_webhook_id_foreign" foreign key ("webhook_id") references "webhook" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "webhook_delivery_webhook_id_created_at_index" on "webhook_delivery" ("webhook_id", "created_at");`);

    // Written in the transaction of the event it reports; a dispatch job turns it into deliveries and removes it.
    this.addSql(`create table "outbox_event" ("id" bigserial primary key, "event" varchar(32) not null, "payload" jsonb not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "outbox_event_created_at_index" on "outbox_event" ("created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "outbox_event" cascade;`);
    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
    this.addSql(`drop table if exists "webhook" cascade;`);
  }

}
