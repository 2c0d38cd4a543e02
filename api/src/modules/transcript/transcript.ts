import type { EntityManager } from '@mikro-orm/postgresql';
import type { ChatSession } from '../chat-session/chat-session.entity';
import { Customer } from '../customer/customer.entity';
import type { TranscriptVariant } from '../file/file-links';
import { Message } from '../message/message.entity';
import { currentSettings } from '../settings/settings.service';
import { transcriptText } from './transcript.text';

const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

export interface Transcript {
  customer: Customer;
  filename: string;
  text: string;
}

/** A chat's transcript as text, in the desk's time zone; the customer's copy without the notes. */
export async function readTranscript(em: EntityManager, session: ChatSession, variant: TranscriptVariant): Promise<Transcript> {
  const [customer, messages, settings] = await Promise.all([
    em.findOneOrFail(Customer, session.customer.id),
    em.find(Message, { session: session.id, ...(variant === 'customer' ? { internal: false } : {}) }, { populate: ['file'], orderBy: { id: 'asc' } }),
    currentSettings(em),
  ]);
  const text = transcriptText({
    customerName: customer.name,
    startedAt: session.createdAt,
    timeZone: settings.businessHours?.timezone || DEFAULT_TIME_ZONE,
    lines: messages.map((message) => ({
      sender: message.sender,
      senderName: message.senderName,
      text: message.text,
      filename: message.file?.getEntity().filename ?? null,
      internal: message.internal,
      createdAt: message.createdAt,
    })),
  });
  return { customer, text, filename: `transkrip-${session.createdAt.toISOString().slice(0, 10)}-${session.id.slice(0, 8)}.txt` };
}
