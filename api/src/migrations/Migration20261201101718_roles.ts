import { Migration } from '@mikro-orm/migrations';

export class Migration20261201101718_roles extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "admin_role" as enum ('ADMIN', 'SUPERVISOR', 'AGENT');`);
    this.addSql(`create type "agent_status" as enum ('ONLINE', 'AWAY', 'OFFLINE');`);
    // Every admin so far could do everything: each one stays an ADMIN, and new ones default to AGENT.
    this.addSql(`alter table "admin" add "role" "admin_role" not null default 'ADMIN', add "max_concurrent_chats" int null, add "disabled" boolean not null default false, add "status" "agent_status" not null default 'ONLINE';`);
    this.addSql(`alter table "admin" alter column "role" set default 'AGENT';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "admin" drop column "role", drop column "max_concurrent_chats", drop column "disabled", drop column "status";`);

    this.addSql(`drop type "admin_role";`);
    this.addSql(`drop type "agent_status";`);
  }

}
