import type { PubSubEvent } from '../../pubsub/pubsub';
import type { MessagePayload } from '../../pubsub/topics';

/**
 * A stored message's announcement: on its chat's topic, and on the topic of every chat (agents'
 * and API keys' `messageAdded` without a session id), then whatever else changed with it.
 */
export function messageEvents(message: MessagePayload, alongside: PubSubEvent[] = []): PubSubEvent[] {
  return [
    { topic: 'MESSAGE_ADDED', payload: message, key: message.sessionId },
    { topic: 'MESSAGE_ADDED', payload: message },
    ...alongside,
  ];
}
