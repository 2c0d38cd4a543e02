import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ChatSession } from '../chat-session/chat-session.entity';

@Entity({ tableName: 'file_attachment' })
export class FileAttachment {
  /** Also the name in storage: the client's filename never reaches the file system. */
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => ChatSession, { ref: true, deleteRule: 'cascade' })
  @Index()
  session!: Ref<ChatSession>;

  /** Display-only metadata, with path separators and control characters removed. */
  @Property({ type: 'string', length: 255 })
  filename!: string;

  /** Judged from the bytes, never from what the client declared. */
  @Property({ type: 'string', length: 100 })
  mimeType!: string;

  @Property({ type: 'bigint' })
  size!: number;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
