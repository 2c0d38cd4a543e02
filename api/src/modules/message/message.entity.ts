import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Admin } from '../admin/admin.entity';
import { ChatSession } from '../chat-session/chat-session.entity';
import { FileAttachment } from '../file/file.entity';

/** The text's words under both stemmers: Indonesian ("perizinan" → "izin") and English. */
export const MESSAGE_TEXT_SEARCH_VECTOR = `to_tsvector('indonesian', coalesce("text", '')) || to_tsvector('english', coalesce("text", ''))`;

export enum MessageSender {
  CUSTOMER = 'CUSTOMER',
  ADMIN = 'ADMIN',
  SYSTEM = 'SYSTEM',
  /** Sent with an API key (a bot, a CRM): never an agent's reply. */
  BOT = 'BOT',
}

/**
 * The id is a bigint sequence: it orders a session's messages and doubles as the catch-up
 * cursor, so `messages(after:)` is one index range scan.
 */
@Entity({ tableName: 'message' })
@Index({ properties: ['session', 'id'] })
// Stats count messages per day.
@Index({ properties: ['createdAt'] })
@Index({
  name: 'message_search_vector_index',
  expression: 'create index "message_search_vector_index" on "message" using gin ("search_vector")',
})
// A report reads who sent each message of its chats, and when, from this index alone.
@Index({
  name: 'message_session_id_report_index',
  expression: 'create index "message_session_id_report_index" on "message" ("session_id") include ("sender", "created_at") where not "internal"',
})
@Unique({ properties: ['session', 'clientMessageId'] })
export class Message {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => ChatSession, { ref: true, deleteRule: 'cascade' })
  session!: Ref<ChatSession>;

  @Enum({ items: () => MessageSender, nativeEnumName: 'message_sender' })
  sender!: MessageSender;

  @ManyToOne(() => Admin, { ref: true, nullable: true, deleteRule: 'set null', index: true })
  senderAdmin: Ref<Admin> | null = null;

  /** The sender's name when the message was sent, so reading history needs no join. */
  @Property({ type: 'string', length: 100, nullable: true })
  senderName: string | null = null;

  @Property({ type: 'text', nullable: true })
  text: string | null = null;

  @ManyToOne(() => FileAttachment, { ref: true, nullable: true, deleteRule: 'set null', index: true })
  file: Ref<FileAttachment> | null = null;

  /** A private note between agents: never shown to the customer, and it changes nothing about the chat. */
  @Property({ type: 'boolean', default: false })
  internal: boolean = false;

  @Property({ type: 'string', length: 100, nullable: true })
  clientMessageId: string | null = null;

  /**
   * What searchMessages matches and ranks on, kept by PostgreSQL as the text is written: ranking
   * a common word's matches would otherwise parse every matching text twice again.
   */
  @Property({ columnType: 'tsvector', generated: `(${MESSAGE_TEXT_SEARCH_VECTOR}) stored`, nullable: true, lazy: true, hidden: true })
  searchVector?: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
