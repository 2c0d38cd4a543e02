import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-deps';
import { requireViewer } from '../../auth/guards';
import type { Viewer } from '../../auth/viewer';
import { appError } from '../../errors/app-error';
import type { ChatSessionService } from '../chat-session/chat-session.service';
import { Customer } from '../customer/customer.entity';
import { queueTranscriptMail } from './transcript-mail';

export class TranscriptService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'fileLinks' | 'mailer' | 'jobs'>,
    private readonly chatSessions: ChatSessionService,
  ) {}

  /** False without SMTP_URL: this desk emails nothing. */
  get mailSent(): boolean {
    return this.deps.mailer !== null;
  }

  /** For a chat the viewer was already shown: the link is signed for its reader and its copy. */
  urlFor(viewer: Viewer, sessionId: string): string {
    return this.deps.fileLinks.transcriptUrlFor(sessionId, viewer);
  }

  /**
   * The customer's copy (never the notes) to the customer's email, for the customer or an agent who
   * may see the chat. Sent in the background and retried; refused without SMTP_URL or an address.
   */
  async email(viewer: Viewer | null, id: string): Promise<boolean> {
    const session = await this.chatSessions.findVisible(requireViewer(viewer), id);
    if (!this.mailSent) {
      throw appError('BAD_USER_INPUT', 'This desk sends no email.', { reason: 'MAIL_NOT_CONFIGURED' });
    }
    const customer = await this.entityManager().findOneOrFail(Customer, session.customer.id);
    if (!customer.email) throw appError('BAD_USER_INPUT', 'The customer has given no email address.', { reason: 'NO_EMAIL' });
    await queueTranscriptMail(this.deps, session.id);
    return true;
  }
}
