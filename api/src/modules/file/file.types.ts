import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { GraphQLUpload } from '../../http/upload';
import type { FilePayload } from '../../pubsub/topics';
import type { FileAttachment } from './file.entity';

@ObjectType('FileAttachment')
export class FileAttachmentNode implements FilePayload {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  filename!: string;

  @Field(() => String, { description: 'Judged from the bytes, not from what the sender declared.' })
  mimeType!: string;

  @Field(() => Int, { description: 'In bytes.' })
  size!: number;
}

@InputType()
export class SendFileMessageInput {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => GraphQLUpload)
  file!: Promise<FileUpload>;

  @Field(() => String, { nullable: true })
  caption?: string | null;

  @Field(() => String, { nullable: true })
  clientMessageId?: string | null;
}

export const toFilePayload = (file: FileAttachment): FilePayload => ({
  id: file.id,
  filename: file.filename,
  mimeType: file.mimeType,
  size: Number(file.size),
});
