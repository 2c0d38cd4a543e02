import type { Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { ChatSession } from '../chat-session/chat-session.entity';

export const MAX_LABEL_NAME_LENGTH = 40;

@Entity({ tableName: 'label' })
// "NIB" and "nib" are one label to the agents filtering by it.
@Index({ name: 'label_name_lower_unique', expression: 'create unique index "label_name_lower_unique" on "label" (lower("name"))' })
export class Label {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: MAX_LABEL_NAME_LENGTH })
  name!: string;

  /** `#RRGGBB`. */
  @Property({ type: 'string', length: 7 })
  color!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** A label on a chat; removing either removes the pair. */
@Entity({ tableName: 'chat_session_label' })
// The label filter looks chats up by label.
@Index({ properties: ['label'] })
export class ChatSessionLabel {
  @ManyToOne(() => ChatSession, { primary: true, ref: true, deleteRule: 'cascade' })
  chatSession!: Ref<ChatSession>;

  @ManyToOne(() => Label, { primary: true, ref: true, deleteRule: 'cascade' })
  label!: Ref<Label>;
}
