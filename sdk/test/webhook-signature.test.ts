import { createHmac } from 'node:crypto';
import { verifyWebhook, WebhookVerificationError } from '../src';

const secret = 'whsec_test_secret';
const body = JSON.stringify({ id: 'evt-1', event: 'messageAdded', createdAt: '2026-12-01T10:00:00.000Z', data: { messageAdded: { id: 'm1' } } });
const now = new Date('2026-12-01T10:00:05.000Z');
const timestamp = String(Math.floor(now.getTime() / 1000) - 5);
const sign = (key: string, text: string, at = timestamp) => createHmac('sha256', key).update(`evt-1.${at}.${text}`).digest('hex');
const headers = (signature: string, at = timestamp) => ({
  'livechat-webhook-id': 'evt-1',
  'livechat-webhook-timestamp': at,
  'livechat-webhook-signature': signature,
});

describe('verifyWebhook', () => {
  it('returns the event of a delivery signed with the secret, from Node headers or fetch Headers', () => {
    expect(verifyWebhook({ secret, headers: headers(`v1=${sign(secret, body)}`), body, now }).data).toEqual({ messageAdded: { id: 'm1' } });
    const fetchHeaders = new Headers(headers(`v1=${sign(secret, body)}`));
    expect(verifyWebhook({ secret, headers: fetchHeaders, body: Buffer.from(body), now }).id).toBe('evt-1');
  });

  it('accepts any one of several signatures, as during a secret rotation', () => {
    expect(verifyWebhook({ secret, headers: headers(`v1=${sign('old', body)} v1=${sign(secret, body)}`), body, now }).event).toBe('messageAdded');
  });

  it.each([
    ['a changed body', () => ({ headers: headers(`v1=${sign(secret, body)}`), body: body.replace('m1', 'm2') })],
    ['another secret', () => ({ headers: headers(`v1=${sign('someone-else', body)}`), body })],
    ['a signature of the wrong length', () => ({ headers: headers('v1=abcd'), body })],
    ['no signature header', () => ({ headers: { 'livechat-webhook-id': 'evt-1', 'livechat-webhook-timestamp': timestamp }, body })],
    ['a replay older than the tolerance', () => {
      const old = String(Math.floor(now.getTime() / 1000) - 3600);
      return { headers: headers(`v1=${sign(secret, body, old)}`, old), body };
    }],
  ])('refuses %s', (_, delivery) => {
    expect(() => verifyWebhook({ secret, now, ...delivery() })).toThrow(WebhookVerificationError);
  });
});
