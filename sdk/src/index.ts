export { createLivechatClient, LivechatError, type LivechatClient, type LivechatClientOptions, type TypedDocument } from './client';
export { verifyWebhook, WebhookVerificationError, type VerifyWebhookOptions, type WebhookEvent, type WebhookHeaders } from './webhook-signature';
export * from './generated/graphql';
