import { Migration } from '@mikro-orm/migrations';

export class Migration20261201170200_audit_log extends Migration {

  override name = 'Migration20261201170200_audit_log';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_event" ("id" uuid not null, "at" timestamptz not null, "actor_kind" varchar(16) not null, "actor_id" uuid null, "action" varchar(64) not null, "target_type" varchar(32) null, "target_id" varchar(64) null, "ip" varchar(64) null, "details" jsonb null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at");`);
    this.addSql(`create index "audit_event_actor_id_at_index" on "audit_event" ("actor_id", "at");`);
    this.addSql(`create index "audit_event_target_id_at_index" on "audit_event" ("target_id", "at");`);
    this.addSql(`create index "audit_event_action_at_index" on "audit_event" ("action", "at");`);
    // Append-only for every role the application connects as, the table's owner included: a trigger
    // holds where a REVOKE would not (the app may well connect as the owner or a superuser).
    this.addSql(`create function "audit_event_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger "audit_event_no_update_or_delete" before update or delete on "audit_event" for each row execute function "audit_event_append_only"();`);
    this.addSql(`create trigger "audit_event_no_truncate" before truncate on "audit_event" for each statement execute function "audit_event_append_only"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table "audit_event";`);
    this.addSql(`drop function "audit_event_append_only"();`);
  }

}
