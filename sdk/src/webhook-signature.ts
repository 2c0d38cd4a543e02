import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a webhook POST carries in its body. */
export interface WebhookEvent<Data = Record<string, unknown>> {
  id: string;
  event: string;
  createdAt: string;
  data: Data;
}

export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
  }
}

/** Headers as Node's `IncomingMessage.headers`, a fetch `Headers`, or a plain record. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface VerifyWebhookOptions {
  /** The webhook's `secret`, as the console shows it. */
  secret: string;
  headers: WebhookHeaders;
  /** The request body exactly as received: verify before parsing, since re-serialised JSON differs. */
  body: string | Buffer;
  /** How old a delivery may be, against replays (default 5 minutes); `Infinity` turns it off. */
  toleranceSeconds?: number;
  now?: Date;
}

const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

/**
 * Checks `Livechat-Webhook-Signature: v1=<hex HMAC-SHA256(secret, "<id>.<timestamp>.<body>")>` and
 * the timestamp's age, then returns the parsed event. Throws a `WebhookVerificationError` otherwise.
 * A retried delivery keeps its id: store the ids you have handled to act once on each.
 */
export function verifyWebhook<Data = Record<string, unknown>>(options: VerifyWebhookOptions): WebhookEvent<Data> {
  const id = header(options.headers, 'livechat-webhook-id');
  const timestamp = header(options.headers, 'livechat-webhook-timestamp');
  const signatures = header(options.headers, 'livechat-webhook-signature');
  if (!id || !timestamp || !signatures) throw new WebhookVerificationError('missing Livechat-Webhook-* headers');
  const body = typeof options.body === 'string' ? options.body : options.body.toString('utf8');
  const expected = createHmac('sha256', options.secret).update(`${id}.${timestamp}.${body}`).digest();
  const matches = signatures
    .split(/[\s,]+/)
    .filter((part) => part.startsWith('v1='))
    .some((part) => {
      const given = Buffer.from(part.slice(3), 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
  if (!matches) throw new WebhookVerificationError('signature does not match');
  const sentAt = Number(timestamp) * 1000;
  const tolerance = (options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS) * 1000;
  if (!Number.isFinite(sentAt) || Math.abs((options.now ?? new Date()).getTime() - sentAt) > tolerance) {
    throw new WebhookVerificationError('timestamp outside the tolerance');
  }
  return JSON.parse(body) as WebhookEvent<Data>;
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : value;
}
