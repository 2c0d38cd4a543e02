import type { AppDeps } from '../../app-deps';
import { isMessageId } from '../../input/text-rules';
import { MessageSender } from '../message/message.entity';

export const OFFLINE_REPLY_MAIL_JOB = 'offline-reply-mail';
/** With the default MAIL_RETRY_DELAY_SECONDS, about 30 s, 1 min, 2 min … up to an hour between tries: an SMTP server down for a while still gets the mail. */
const RETRY_LIMIT = 8;
const LONGEST_RETRY_DELAY_SECONDS = 60 * 60;

interface OfflineReplyMail {
  messageId: string;
}

interface ReplyRow {
  text: string | null;
  filename: string | null;
  sender_name: string | null;
  customer_name: string;
  email: string | null;
}

// Read when the job runs, not when it is queued: a reply to an address the agent has since
// corrected goes to the new one, and an internal note or a visitor's message is never mailed.
const REPLY = `
select m.text, f.filename, m.sender_name, c.name as customer_name, c.email
  from message m
  join chat_session s on s.id = m.session_id
  join customer c on c.id = s.customer_id
  left join file_attachment f on f.id = m.file_id
 where m.id = ? and s.offline and not m.internal and m.sender = ?`;

/**
 * Queues the email of an agent's reply in a chat left through the offline form, once per message
 * (the job id is derived from it) however often it is asked. Without SMTP_URL nothing is queued:
 * the visitor reads the reply in the widget. A failure to queue is logged, never the sender's error.
 */
export async function queueOfflineReplyMail(deps: Pick<AppDeps, 'jobs' | 'mailer' | 'logger'>, messageId: string): Promise<void> {
  if (!deps.mailer) return;
  try {
    await deps.jobs.enqueue<OfflineReplyMail>(OFFLINE_REPLY_MAIL_JOB, { messageId }, { once: messageId });
  } catch (error) {
    deps.logger.error({ err: error, messageId }, 'could not queue the email of an offline reply');
  }
}

export async function defineOfflineReplyMail(deps: Pick<AppDeps, 'jobs' | 'mailer' | 'orm' | 'config'>): Promise<void> {
  const { mailer } = deps;
  if (!mailer) return;
  await deps.jobs.define<OfflineReplyMail>(
    OFFLINE_REPLY_MAIL_JOB,
    async ({ messageId }) => {
      if (!isMessageId(messageId)) return;
      const [reply] = await deps.orm.em.fork().getConnection().execute<ReplyRow[]>(REPLY, [messageId, MessageSender.ADMIN]);
      if (!reply?.email) return;
      await mailer.send({ to: reply.email, ...replyMail(reply, deps.config.widget.widgetTitle) });
    },
    { limit: RETRY_LIMIT, delaySeconds: deps.config.mail.retryDelaySeconds, maxDelaySeconds: LONGEST_RETRY_DELAY_SECONDS },
  );
}

function replyMail(reply: ReplyRow, deskName: string): { subject: string; text: string } {
  const said = reply.text ?? `(mengirim berkas: ${reply.filename ?? 'berkas'})`;
  return {
    subject: `Balasan untuk pesan Anda - ${deskName}`,
    text: [
      `Halo ${reply.customer_name},`,
      '',
      `${reply.sender_name ?? 'Tim kami'} membalas pesan yang Anda tinggalkan:`,
      '',
      said,
      '',
      'Untuk melanjutkan percakapan, buka kembali obrolan di situs kami. Email ini dikirim otomatis; balasan ke email ini tidak kami terima.',
      '',
      deskName,
    ].join('\n'),
  };
}
