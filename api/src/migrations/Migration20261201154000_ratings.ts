import { Migration } from '@mikro-orm/migrations';

export class Migration20261201154000_ratings extends Migration {

  override name = 'Migration20261201154000_ratings';

  override up(): void | Promise<void> {
    this.addSql(`alter table "chat_session" add "rating" smallint null, add "rating_comment" text null, add "rated_at" timestamptz null;`);
    this.addSql(`create index "chat_session_rated_at_index" on "chat_session" ("rated_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "chat_session_rated_at_index";`);
    this.addSql(`alter table "chat_session" drop column "rating", drop column "rating_comment", drop column "rated_at";`);
  }

}
