import { Migration } from '@mikro-orm/migrations';

export class Migration20261201153000_message_search_vector extends Migration {

  override name = 'Migration20261201153000_message_search_vector';

  override up(): void | Promise<void> {
    this.addSql(`drop index "message_text_search_index";`);
    this.addSql(`alter table "message" add "search_vector" tsvector generated always as (to_tsvector('indonesian', coalesce("text", '')) || to_tsvector('english', coalesce("text", ''))) stored null;`);
    this.addSql(`create index "message_search_vector_index" on "message" using gin ("search_vector");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "message_search_vector_index";`);
    this.addSql(`alter table "message" drop column "search_vector";`);
    this.addSql(`create index "message_text_search_index" on "message" using gin ((to_tsvector('indonesian', coalesce("text", '')) || to_tsvector('english', coalesce("text", ''))));`);
  }

}
