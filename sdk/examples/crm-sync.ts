// A CRM sync: a small HTTP server that receives the desk's webhooks, verifies each signature with
// the SDK's helper, and keeps one record per chat (who, how many messages, the last one). Create
// the webhook on the console's Integrasi page with this server's URL and a document such as
//   subscription { messageAdded { id sessionId sender senderName text createdAt } }
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook, WebhookVerificationError } from '@livechat-oss/sdk';

interface MessageAddedData {
  messageAdded: { id: string; sessionId: string; sender: string; senderName: string | null; text: string | null; createdAt: string };
}

export interface CrmRecord {
  sessionId: string;
  messageCount: number;
  lastMessage: string | null;
  lastMessageAt: string;
}

export interface CrmSync {
  url: string;
  records: Map<string, CrmRecord>;
  /** Deliveries refused for a bad or missing signature (each answered 401). */
  rejected: number;
  close(): Promise<void>;
}

export async function startCrmSync(options: { secret: string; port?: number; host?: string }): Promise<CrmSync> {
  const records = new Map<string, CrmRecord>();
  // Deliveries are at least once: a retried one keeps its id, so each id is applied once.
  const applied = new Set<string>();
  const sync: CrmSync = {
    url: '',
    records,
    rejected: 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    try {
      const event = verifyWebhook<MessageAddedData>({ secret: options.secret, headers: request.headers, body: Buffer.concat(chunks) });
      if (!applied.has(event.id) && event.data.messageAdded) {
        applied.add(event.id);
        const message = event.data.messageAdded;
        const record = records.get(message.sessionId);
        // Deliveries run in parallel, so they may arrive out of order: the newest message wins.
        const newer = !record || Date.parse(message.createdAt) >= Date.parse(record.lastMessageAt);
        records.set(message.sessionId, {
          sessionId: message.sessionId,
          messageCount: (record?.messageCount ?? 0) + 1,
          lastMessage: newer ? message.text : record.lastMessage,
          lastMessageAt: newer ? message.createdAt : record.lastMessageAt,
        });
      }
      response.writeHead(204).end();
    } catch (error) {
      if (error instanceof WebhookVerificationError) sync.rejected += 1;
      response.writeHead(error instanceof WebhookVerificationError ? 401 : 500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { address, port } = server.address() as AddressInfo;
  sync.url = `http://${address}:${port}/livechat-webhook`;
  return sync;
}
