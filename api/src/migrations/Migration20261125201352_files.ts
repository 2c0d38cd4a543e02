import { Migration } from '@mikro-orm/migrations';

export class Migration20261125201352_files extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "file_attachment" ("id" uuid not null, "session_id" uuid not null, "filename" varchar(255) not null, "mime_type" varchar(100) not null, "size" bigint not null, "created_at" timestamptz not null, constraint "file_attachment_pkey" primary key ("id"));`);
    this.addSql(`create index "file_attachment_session_id_index" on "file_attachment" ("session_id");`);

    this.addSql(`alter table "file_attachment" add constraint "file_attachment_session_id_foreign" foreign key ("session_id") references "chat_session" ("id") on update cascade on delete cascade;`);


    this.addSql(`alter table "message" add column "file_id" uuid null;`);
    this.addSql(`alter table "message" add constraint "message_file_id_foreign" foreign key ("file_id") references "file_attachment" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "message_file_id_index" on "message" ("file_id");`);
    this.addSql(`create index "message_created_at_index" on "message" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "message" drop constraint "message_file_id_foreign";`);

    this.addSql(`drop table if exists "file_attachment" cascade;`);


    this.addSql(`drop index "message_file_id_index";`);
    this.addSql(`drop index "message_created_at_index";`);
    this.addSql(`alter table "message" drop column "file_id";`);
  }

}
