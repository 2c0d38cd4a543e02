import { Migration } from '@mikro-orm/migrations';

export class Migration20261201150020_customer_attributes extends Migration {

  override name = 'Migration20261201150020_customer_attributes';

  override up(): void | Promise<void> {
    this.addSql(`alter table "customer" add "attributes" jsonb not null default '{}';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "customer" drop column "attributes";`);
  }

}
