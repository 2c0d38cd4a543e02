import { randomUUID } from 'node:crypto';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import { requireViewer } from '../../auth/guards';
import { requireKeyScope } from '../api-key/api-scope';
import type { Viewer } from '../../auth/viewer';
import { appError, badInput } from '../../errors/app-error';
import type { AppDeps } from '../../app-deps';
import { clientMessageId as parseClientMessageId, messageText } from '../../input/text-rules';
import type { FilePayload, MessagePayload } from '../../pubsub/topics';
import type { ChatSessionService } from '../chat-session/chat-session.service';
import type { MessageService } from '../message/message.service';
import { cleanFilename, filenameForType, isAllowedType, sniffFileType } from './file-type-check';
import type { SendFileMessageInput } from './file.types';
import { requireIdentityWhereRequired } from '../customer/identity';

export class FileService {
  constructor(
    private readonly deps: Pick<AppDeps, 'config' | 'storage' | 'fileLinks' | 'logger' | 'sql'>,
    private readonly chatSessions: ChatSessionService,
    private readonly messages: MessageService,
  ) {}

  /**
   * Checks the upload completely (size, emptiness, type from its bytes) before anything is kept;
   * a refused or interrupted upload leaves no row, no file and no event. Each upload is logged
   * with what is known of it (never its name or bytes) and how it ended.
   */
  async sendFileMessage(viewer: Viewer | null, input: SendFileMessageInput): Promise<MessagePayload> {
    const facts: UploadFacts = {};
    try {
      const message = await this.receiveAndStore(viewer, input, facts);
      this.deps.logger.info({ ...facts, outcome: message.file?.id === facts.fileId ? 'stored' : 'retry' }, 'file upload');
      return message;
    } catch (error) {
      const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
      this.deps.logger.info({ ...facts, outcome: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR' }, 'file upload');
      throw error;
    }
  }

  private async receiveAndStore(viewer: Viewer | null, input: SendFileMessageInput, facts: UploadFacts): Promise<MessagePayload> {
    const signedIn = requireViewer(viewer);
    if (signedIn.role === 'API_KEY') requireKeyScope(signedIn, 'sendFileMessage');
    await requireIdentityWhereRequired(this.deps.sql, signedIn);
    const caption = input.caption == null || input.caption.trim() === '' ? null : messageText(input.caption, 'caption');
    const clientMessageId = parseClientMessageId(input.clientMessageId);
    const session = await this.chatSessions.findVisible(viewer, input.sessionId, 'sendFileMessage');
    facts.sessionId = session.id;
    const upload = await this.receive(input.file);
    const earlier = clientMessageId ? await this.messages.findByClientMessageId(session.id, clientMessageId) : null;
    if (earlier) {
      upload.createReadStream().resume();
      return earlier;
    }
    const content = await this.readUpload(upload);
    facts.size = content.length;
    const sniffed = await sniffFileType(content);
    facts.mimeType = sniffed?.mimeType ?? 'unrecognised';
    if (!sniffed || !isAllowedType(sniffed.mimeType, this.deps.config.uploads.allowedTypes)) {
      throw appError('UNSUPPORTED_FILE_TYPE', 'This type of file cannot be sent.', {
        allowedTypes: this.deps.config.uploads.allowedTypes,
      });
    }
    const file: FilePayload = {
      id: randomUUID(),
      filename: filenameForType(cleanFilename(upload.filename), sniffed),
      mimeType: sniffed.mimeType,
      size: content.length,
    };
    facts.fileId = file.id;
    await this.deps.storage.put(file.id, content);
    try {
      const { message } = await this.messages.store(signedIn, session.id, { text: caption, file, clientMessageId });
      if (message.file?.id !== file.id) await this.deps.storage.remove(file.id); // a concurrent retry won
      return message;
    } catch (error) {
      await this.deps.storage.remove(file.id);
      throw error;
    }
  }

  urlFor(fileId: string, viewer: Viewer | null): string {
    return this.deps.fileLinks.urlFor(fileId, requireViewer(viewer));
  }

  /**
   * graphql-upload rejects the upload itself when its part never comes or the multipart body
   * cannot be parsed; that is the client's request, not a server fault.
   */
  private async receive(file: Promise<FileUpload>): Promise<FileUpload> {
    try {
      return await file;
    } catch (error) {
      throw this.uploadFailure(error);
    }
  }

  private async readUpload(upload: FileUpload): Promise<Buffer> {
    const limit = this.deps.config.uploads.maxFileSize;
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of upload.createReadStream()) {
        size += (chunk as Buffer).length;
        if (size > limit) throw tooLarge(limit);
        chunks.push(chunk as Buffer);
      }
    } catch (error) {
      throw this.uploadFailure(error);
    }
    if (size === 0) throw badInput('The file is empty.', 'file');
    return Buffer.concat(chunks, size);
  }

  private uploadFailure(error: unknown): unknown {
    if ((error as { status?: number }).status === 413) return tooLarge(this.deps.config.uploads.maxFileSize);
    if ((error as { extensions?: { code?: string } }).extensions?.code) return error;
    return badInput('The file did not arrive completely. Please send it again.', 'file');
  }
}

/** What an upload's log line says: `size` in bytes and `mimeType` as sniffed, once they are known. */
interface UploadFacts {
  sessionId?: string;
  fileId?: string;
  size?: number;
  mimeType?: string;
}

const tooLarge = (limit: number) =>
  appError('FILE_TOO_LARGE', `The file is larger than ${describeSize(limit)}.`, { maxFileSize: limit });

/** `10 MB`, `64 KB`, `1.5 MB`: a limit under 1 MB must not read as "0 MB". */
function describeSize(bytes: number): string {
  const [amount, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'bytes'];
  return `${Number(amount.toFixed(1))} ${unit}`;
}
