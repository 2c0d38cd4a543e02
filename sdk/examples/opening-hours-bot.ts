// A bot that answers "jam buka" (opening hours) questions in every chat, with an API key that has
// the READ_CHATS and WRITE_MESSAGES scopes. Its replies appear as `sender: BOT` under the key's name.
import { createLivechatClient, OnMessageAddedDocument, SendMessageDocument, WidgetConfigDocument } from '@livechat-oss/sdk';

const ASKS_OPENING_HOURS = /\b(jam\s*(buka|operasional|layanan|kerja)|buka\s*jam\s*berapa|opening\s*hours)\b/i;

export interface OpeningHoursBot {
  /** Ends the subscription and closes the socket. */
  stop(): Promise<void>;
}

export function startOpeningHoursBot(options: { url: string; apiKey: string }): OpeningHoursBot {
  const client = createLivechatClient(options);
  const messages = client.subscribe(OnMessageAddedDocument, {});

  const answer = async (sessionId: string, questionId: string) => {
    const { widgetConfig } = await client.request(WidgetConfigDocument);
    const text = widgetConfig.open
      ? 'Meja bantuan sedang buka: agen kami akan segera membalas.'
      : `Meja bantuan sedang tutup. Kami buka lagi ${formatOpening(widgetConfig.nextOpenAt, widgetConfig.timezone)}.`;
    // The question's id makes the reply idempotent: a redelivered event does not answer twice.
    await client.request(SendMessageDocument, { input: { sessionId, text, clientMessageId: `jam-buka-${questionId}` } });
  };

  const loop = (async () => {
    for await (const { messageAdded } of messages) {
      if (messageAdded.sender === 'CUSTOMER' && ASKS_OPENING_HOURS.test(messageAdded.text ?? '')) {
        await answer(messageAdded.sessionId, messageAdded.id).catch((error) => console.error('jam buka bot:', error));
      }
    }
  })();

  return {
    async stop() {
      await messages.return?.();
      await client.close();
      await loop;
    },
  };
}

function formatOpening(nextOpenAt: string | null | undefined, timeZone: string) {
  if (!nextOpenAt) return 'pada hari kerja berikutnya';
  return new Intl.DateTimeFormat('id-ID', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(nextOpenAt));
}
