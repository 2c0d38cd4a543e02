import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';

@Entity({ tableName: 'customer' })
// Trigram indexes serve the inbox search (ILIKE '%text%'); the initial migration creates them
// only where pg_trgm can be installed.
@Index({ name: 'customer_name_trgm_index', expression: 'create index "customer_name_trgm_index" on "customer" using gin ("name" gin_trgm_ops)' })
@Index({ name: 'customer_email_trgm_index', expression: 'create index "customer_email_trgm_index" on "customer" using gin ("email" gin_trgm_ops)' })
export class Customer {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 254, nullable: true })
  email: string | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  phone: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** What the desk knows of the visitor (NIB, NPWP, company): a flat map of text, see customer-attributes.ts. */
  @Property({ type: 'json', default: '{}' })
  attributes: CustomerAttributes = {};
}

export type CustomerAttributes = Record<string, string>;
