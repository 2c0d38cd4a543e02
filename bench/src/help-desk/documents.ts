/**
 * The GraphQL documents of the help-desk mix, as the widget (widget/src/operations.ts) and the
 * console (admin/src/features/inbox, conversation, agents) send them, fragments spelled out: the
 * selection is what the API resolves for every event, so it is part of what is measured.
 */

const CONVERSATION_MESSAGE = 'id sessionId sender senderName text createdAt clientMessageId file { id filename mimeType size url }';
const CONVERSATION_SESSION =
  'id status assignedAdmin { name } queuePosition estimatedWaitSeconds customerLastReadMessageId agentLastReadMessageId unreadCount';

/** The widget: its three subscriptions, its send and its typing. */
export const VISITOR = {
  messageAdded: `subscription OnMessageAdded($sessionId: ID!) { messageAdded(sessionId: $sessionId) { ${CONVERSATION_MESSAGE} } }`,
  typingChanged: 'subscription OnTypingChanged($sessionId: ID!) { typingChanged(sessionId: $sessionId) { sender senderName isTyping } }',
  chatSessionUpdated: `subscription OnChatSessionUpdated($id: ID!) { chatSessionUpdated(id: $id) { ${CONVERSATION_SESSION} } }`,
  send: `mutation SendMessage($input: SendMessageInput!) { sendMessage(input: $input) { ${CONVERSATION_MESSAGE} } }`,
  typing: 'mutation SetTyping($sessionId: ID!, $isTyping: Boolean!) { setTyping(sessionId: $sessionId, isTyping: $isTyping) }',
  register: 'mutation RegisterCustomer($input: RegisterCustomerInput!) { registerCustomer(input: $input) { token customer { id } } }',
  start: `mutation StartChatSession($input: StartChatSessionInput) { startChatSession(input: $input) { ${CONVERSATION_SESSION} } }`,
};

const MESSAGE_BUBBLE = 'id sender senderName text internal createdAt clientMessageId file { id filename mimeType size url }';
const SESSION_ROW =
  'id status offline createdAt queuedAt lastMessageAt unreadCount customer { id name email } assignedAdmin { id name } team { id name } ' +
  'labels { id name color } lastMessage { id text sender senderName createdAt file { id filename } }';
const READ_RECEIPTS = 'id customerLastReadMessageId agentLastReadMessageId unreadCount';

/** The console: the inbox feed, presence and mentions (always open), and each open chat's messages. */
export const AGENT = {
  inbox:
    'subscription OnChatSessionUpdated { chatSessionUpdated { id status createdAt queuedAt customer { id name email phone attributes } ' +
    `assignedAdmin { id } team { id } labels { id } ${SESSION_ROW} ${READ_RECEIPTS} rating ratingComment } }`,
  presence: 'subscription OnAdminPresenceChanged { adminPresenceChanged { online status admin { id online status } } }',
  mentioned: 'subscription OnMentioned { mentioned { sessionId sessionStatus mentionedBy customerName message { id text } } }',
  messageAdded: `subscription OnMessageAdded($sessionId: ID!) { messageAdded(sessionId: $sessionId) { id sessionId clientMessageId createdAt sender ${MESSAGE_BUBBLE} } }`,
  send: `mutation SendMessage($input: SendMessageInput!) { sendMessage(input: $input) { id sessionId clientMessageId createdAt sender ${MESSAGE_BUBBLE} } }`,
  typing: VISITOR.typing,
  take: 'mutation AssignChatSession($id: ID!) { assignChatSession(id: $id) { id status assignedAdmin { id } } }',
};
