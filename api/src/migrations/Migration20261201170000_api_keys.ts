import { Migration } from '@mikro-orm/migrations';

export class Migration20261201170000_api_keys extends Migration {

  override name = 'Migration20261201170000_api_keys';

  override up(): void | Promise<void> {
    this.addSql(`create table "api_key" ("id" uuid not null, "name" varchar(100) not null, "scopes" text[] not null default '{}', "secret_hash" varchar(64) not null, "prefix" varchar(16) not null, "created_by_id" uuid null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "api_key" add constraint "api_key_scopes_check" check ("scopes" <@ array['READ_CHATS', 'WRITE_MESSAGES', 'MANAGE_CUSTOMERS', 'READ_REPORTS']::text[]);`);
    this.addSql(`alter table "api_key" add constraint "api_key_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(`alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "admin" ("id") on update cascade on delete set null;`);
    // A bot's messages (sent with a key): no agent wrote them, so they never count as a reply.
    this.addSql(`alter type "message_sender" add value if not exists 'BOT';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "api_key" cascade;`);
    // PostgreSQL cannot drop an enum value: BOT stays in message_sender.
  }

}
