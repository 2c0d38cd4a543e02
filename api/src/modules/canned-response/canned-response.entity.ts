import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';

export const MAX_SHORTCUT_LENGTH = 30;
export const MAX_CANNED_TITLE_LENGTH = 80;
export const MAX_CANNED_TEXT_LENGTH = 2000;

/** A reply agents insert by its shortcut; `{{customer.name}}` and `{{agent.name}}` stay in the text until it is used. */
@Entity({ tableName: 'canned_response' })
export class CannedResponse {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'string', length: MAX_SHORTCUT_LENGTH })
  shortcut!: string;

  @Property({ type: 'string', length: MAX_CANNED_TITLE_LENGTH })
  title!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
