import { Migration } from '@mikro-orm/migrations';

export class Migration20261201150010_read_receipts extends Migration {

  override name = 'Migration20261201150010_read_receipts';

  override up(): void | Promise<void> {
    this.addSql(`alter table "chat_session" add "customer_last_read_message_id" bigint null, add "agent_last_read_message_id" bigint null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "chat_session" drop column "customer_last_read_message_id", drop column "agent_last_read_message_id";`);
  }

}
