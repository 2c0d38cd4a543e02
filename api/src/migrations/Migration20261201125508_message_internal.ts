import { Migration } from '@mikro-orm/migrations';

export class Migration20261201125508_message_internal extends Migration {

  override name = 'Migration20261201125508_message_internal';

  override up(): void | Promise<void> {
    this.addSql(`alter table "message" add "internal" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "message" drop column "internal";`);
  }

}
