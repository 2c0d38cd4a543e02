import { Migration } from '@mikro-orm/migrations';

export class Migration20261201133148_message_search extends Migration {

  override name = 'Migration20261201133148_message_search';

  override up(): void | Promise<void> {
    this.addSql(`create index "message_text_search_index" on "message" using gin ((to_tsvector('indonesian', coalesce("text", '')) || to_tsvector('english', coalesce("text", ''))));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "message_text_search_index";`);
  }

}
