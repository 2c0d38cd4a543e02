import type { AppDeps } from '../../app-deps';
import { isUuid } from '../../input/text-rules';
import { ChatSession } from '../chat-session/chat-session.entity';
import { readTranscript } from './transcript';

export const TRANSCRIPT_MAIL_JOB = 'transcript-mail';
const RETRIES = { limit: 8, delaySeconds: 30, maxDelaySeconds: 60 * 60 };
/** Asking again within this long queues no second email. */
const ONCE_PER_SECONDS = 60;

interface TranscriptMail {
  sessionId: string;
}

/** Queues the customer's copy to the customer's email, once per chat a minute however often it is asked. */
export async function queueTranscriptMail(deps: Pick<AppDeps, 'jobs'>, sessionId: string, now = Date.now()): Promise<void> {
  const window = Math.floor(now / 1000 / ONCE_PER_SECONDS);
  await deps.jobs.enqueue<TranscriptMail>(TRANSCRIPT_MAIL_JOB, { sessionId }, { once: `${sessionId}:${window}` });
}

// Read when the job runs: the address the customer has then, and never a note (the customer's copy).
export async function defineTranscriptMail(deps: Pick<AppDeps, 'jobs' | 'mailer' | 'orm' | 'config'>): Promise<void> {
  const { mailer } = deps;
  if (!mailer) return;
  await deps.jobs.define<TranscriptMail>(
    TRANSCRIPT_MAIL_JOB,
    async ({ sessionId }) => {
      if (!isUuid(sessionId)) return;
      const em = deps.orm.em.fork();
      const session = await em.findOne(ChatSession, sessionId);
      if (!session) return;
      const { customer, text } = await readTranscript(em, session, 'customer');
      if (!customer.email) return;
      const deskName = deps.config.widget.widgetTitle;
      await mailer.send({
        to: customer.email,
        subject: `Transkrip percakapan Anda - ${deskName}`,
        text: [`Halo ${customer.name},`, '', 'Berikut transkrip percakapan Anda dengan kami.', '', text, deskName].join('\n'),
      });
    },
    RETRIES,
  );
}
