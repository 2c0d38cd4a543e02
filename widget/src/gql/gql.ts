/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation LeaveOfflineMessage($input: LeaveOfflineMessageInput!) {\n    leaveOfflineMessage(input: $input) {\n      token\n      chatSession {\n        id\n      }\n    }\n  }\n": typeof types.LeaveOfflineMessageDocument,
    "\n  fragment Conversation_message on Message {\n    id\n    sessionId\n    sender\n    senderName\n    text\n    createdAt\n    clientMessageId\n    file {\n      id\n      filename\n      mimeType\n      size\n      url\n    }\n  }\n": typeof types.Conversation_MessageFragmentDoc,
    "\n  fragment Conversation_session on ChatSession {\n    id\n    status\n    assignedAdmin {\n      name\n    }\n    queuePosition\n    estimatedWaitSeconds\n    customerLastReadMessageId\n    agentLastReadMessageId\n    unreadCount\n  }\n": typeof types.Conversation_SessionFragmentDoc,
    "\n  query GetWidgetConfig {\n    widgetConfig {\n      widgetTitle\n      welcomeMessage\n      primaryColor\n      position\n      allowFileUpload\n      maxFileSize\n      allowedFileTypes\n      online\n      topics {\n        teamId\n        name\n      }\n      open\n      nextOpenAt\n      agentsAvailable\n      offlineMessage\n      identityRequired\n    }\n  }\n": typeof types.GetWidgetConfigDocument,
    "\n  mutation RegisterCustomer($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      token\n      customer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RegisterCustomerDocument,
    "\n  mutation StartChatSession($input: StartChatSessionInput, $last: Int!) {\n    startChatSession(input: $input) {\n      ...Conversation_session\n      messages(last: $last) {\n        edges {\n          cursor\n          node {\n            ...Conversation_message\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.StartChatSessionDocument,
    "\n  query GetRecentMessages($id: ID!, $last: Int!, $before: String) {\n    chatSession(id: $id) {\n      ...Conversation_session\n      messages(last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            ...Conversation_message\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.GetRecentMessagesDocument,
    "\n  query GetMessagesAfter($id: ID!, $after: String!, $first: Int!) {\n    chatSession(id: $id) {\n      ...Conversation_session\n      messages(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...Conversation_message\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.GetMessagesAfterDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...Conversation_message\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation SendFileMessage($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      ...Conversation_message\n    }\n  }\n": typeof types.SendFileMessageDocument,
    "\n  mutation MarkChatSessionRead($id: ID!, $messageId: ID!) {\n    markChatSessionRead(id: $id, messageId: $messageId) {\n      ...Conversation_session\n    }\n  }\n": typeof types.MarkChatSessionReadDocument,
    "\n  mutation SetTyping($sessionId: ID!, $isTyping: Boolean!) {\n    setTyping(sessionId: $sessionId, isTyping: $isTyping)\n  }\n": typeof types.SetTypingDocument,
    "\n  subscription OnMessageAdded($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      ...Conversation_message\n    }\n  }\n": typeof types.OnMessageAddedDocument,
    "\n  subscription OnTypingChanged($sessionId: ID!) {\n    typingChanged(sessionId: $sessionId) {\n      sender\n      senderName\n      isTyping\n    }\n  }\n": typeof types.OnTypingChangedDocument,
    "\n  subscription OnChatSessionUpdated($id: ID!) {\n    chatSessionUpdated(id: $id) {\n      ...Conversation_session\n    }\n  }\n": typeof types.OnChatSessionUpdatedDocument,
    "\n  query GetChatRating($id: ID!) {\n    chatSession(id: $id) {\n      id\n      rating\n      transcriptUrl\n      canEmailTranscript\n    }\n  }\n": typeof types.GetChatRatingDocument,
    "\n  mutation RateChatSession($id: ID!, $rating: Int!, $comment: String) {\n    rateChatSession(id: $id, rating: $rating, comment: $comment) {\n      id\n      rating\n    }\n  }\n": typeof types.RateChatSessionDocument,
    "\n  mutation EmailTranscript($id: ID!) {\n    emailTranscript(id: $id)\n  }\n": typeof types.EmailTranscriptDocument,
};
const documents: Documents = {
    "\n  mutation LeaveOfflineMessage($input: LeaveOfflineMessageInput!) {\n    leaveOfflineMessage(input: $input) {\n      token\n      chatSession {\n        id\n      }\n    }\n  }\n": types.LeaveOfflineMessageDocument,
    "\n  fragment Conversation_message on Message {\n    id\n    sessionId\n    sender\n    senderName\n    text\n    createdAt\n    clientMessageId\n    file {\n      id\n      filename\n      mimeType\n      size\n      url\n    }\n  }\n": types.Conversation_MessageFragmentDoc,
    "\n  fragment Conversation_session on ChatSession {\n    id\n    status\n    assignedAdmin {\n      name\n    }\n    queuePosition\n    estimatedWaitSeconds\n    customerLastReadMessageId\n    agentLastReadMessageId\n    unreadCount\n  }\n": types.Conversation_SessionFragmentDoc,
    "\n  query GetWidgetConfig {\n    widgetConfig {\n      widgetTitle\n      welcomeMessage\n      primaryColor\n      position\n      allowFileUpload\n      maxFileSize\n      allowedFileTypes\n      online\n      topics {\n        teamId\n        name\n      }\n      open\n      nextOpenAt\n      agentsAvailable\n      offlineMessage\n      identityRequired\n    }\n  }\n": types.GetWidgetConfigDocument,
    "\n  mutation RegisterCustomer($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      token\n      customer {\n        id\n        name\n      }\n    }\n  }\n": types.RegisterCustomerDocument,
    "\n  mutation StartChatSession($input: StartChatSessionInput, $last: Int!) {\n    startChatSession(input: $input) {\n      ...Conversation_session\n      messages(last: $last) {\n        edges {\n          cursor\n          node {\n            ...Conversation_message\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n": types.StartChatSessionDocument,
    "\n  query GetRecentMessages($id: ID!, $last: Int!, $before: String) {\n    chatSession(id: $id) {\n      ...Conversation_session\n      messages(last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            ...Conversation_message\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n": types.GetRecentMessagesDocument,
    "\n  query GetMessagesAfter($id: ID!, $after: String!, $first: Int!) {\n    chatSession(id: $id) {\n      ...Conversation_session\n      messages(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...Conversation_message\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.GetMessagesAfterDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...Conversation_message\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation SendFileMessage($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      ...Conversation_message\n    }\n  }\n": types.SendFileMessageDocument,
    "\n  mutation MarkChatSessionRead($id: ID!, $messageId: ID!) {\n    markChatSessionRead(id: $id, messageId: $messageId) {\n      ...Conversation_session\n    }\n  }\n": types.MarkChatSessionReadDocument,
    "\n  mutation SetTyping($sessionId: ID!, $isTyping: Boolean!) {\n    setTyping(sessionId: $sessionId, isTyping: $isTyping)\n  }\n": types.SetTypingDocument,
    "\n  subscription OnMessageAdded($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      ...Conversation_message\n    }\n  }\n": types.OnMessageAddedDocument,
    "\n  subscription OnTypingChanged($sessionId: ID!) {\n    typingChanged(sessionId: $sessionId) {\n      sender\n      senderName\n      isTyping\n    }\n  }\n": types.OnTypingChangedDocument,
    "\n  subscription OnChatSessionUpdated($id: ID!) {\n    chatSessionUpdated(id: $id) {\n      ...Conversation_session\n    }\n  }\n": types.OnChatSessionUpdatedDocument,
    "\n  query GetChatRating($id: ID!) {\n    chatSession(id: $id) {\n      id\n      rating\n      transcriptUrl\n      canEmailTranscript\n    }\n  }\n": types.GetChatRatingDocument,
    "\n  mutation RateChatSession($id: ID!, $rating: Int!, $comment: String) {\n    rateChatSession(id: $id, rating: $rating, comment: $comment) {\n      id\n      rating\n    }\n  }\n": types.RateChatSessionDocument,
    "\n  mutation EmailTranscript($id: ID!) {\n    emailTranscript(id: $id)\n  }\n": types.EmailTranscriptDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveOfflineMessage($input: LeaveOfflineMessageInput!) {\n    leaveOfflineMessage(input: $input) {\n      token\n      chatSession {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').LeaveOfflineMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Conversation_message on Message {\n    id\n    sessionId\n    sender\n    senderName\n    text\n    createdAt\n    clientMessageId\n    file {\n      id\n      filename\n      mimeType\n      size\n      url\n    }\n  }\n"): typeof import('./graphql').Conversation_MessageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Conversation_session on ChatSession {\n    id\n    status\n    assignedAdmin {\n      name\n    }\n    queuePosition\n    estimatedWaitSeconds\n    customerLastReadMessageId\n    agentLastReadMessageId\n    unreadCount\n  }\n"): typeof import('./graphql').Conversation_SessionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetWidgetConfig {\n    widgetConfig {\n      widgetTitle\n      welcomeMessage\n      primaryColor\n      position\n      allowFileUpload\n      maxFileSize\n      allowedFileTypes\n      online\n      topics {\n        teamId\n        name\n      }\n      open\n      nextOpenAt\n      agentsAvailable\n      offlineMessage\n      identityRequired\n    }\n  }\n"): typeof import('./graphql').GetWidgetConfigDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterCustomer($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      token\n      customer {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartChatSession($input: StartChatSessionInput, $last: Int!) {\n    startChatSession(input: $input) {\n      ...Conversation_session\n      messages(last: $last) {\n        edges {\n          cursor\n          node {\n            ...Conversation_message\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StartChatSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetRecentMessages($id: ID!, $last: Int!, $before: String) {\n    chatSession(id: $id) {\n      ...Conversation_session\n      messages(last: $last, before: $before) {\n        edges {\n          cursor\n          node {\n            ...Conversation_message\n          }\n        }\n        pageInfo {\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GetRecentMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetMessagesAfter($id: ID!, $after: String!, $first: Int!) {\n    chatSession(id: $id) {\n      ...Conversation_session\n      messages(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...Conversation_message\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GetMessagesAfterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...Conversation_message\n    }\n  }\n"): typeof import('./graphql').SendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendFileMessage($input: SendFileMessageInput!) {\n    sendFileMessage(input: $input) {\n      ...Conversation_message\n    }\n  }\n"): typeof import('./graphql').SendFileMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkChatSessionRead($id: ID!, $messageId: ID!) {\n    markChatSessionRead(id: $id, messageId: $messageId) {\n      ...Conversation_session\n    }\n  }\n"): typeof import('./graphql').MarkChatSessionReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTyping($sessionId: ID!, $isTyping: Boolean!) {\n    setTyping(sessionId: $sessionId, isTyping: $isTyping)\n  }\n"): typeof import('./graphql').SetTypingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnMessageAdded($sessionId: ID!) {\n    messageAdded(sessionId: $sessionId) {\n      ...Conversation_message\n    }\n  }\n"): typeof import('./graphql').OnMessageAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnTypingChanged($sessionId: ID!) {\n    typingChanged(sessionId: $sessionId) {\n      sender\n      senderName\n      isTyping\n    }\n  }\n"): typeof import('./graphql').OnTypingChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnChatSessionUpdated($id: ID!) {\n    chatSessionUpdated(id: $id) {\n      ...Conversation_session\n    }\n  }\n"): typeof import('./graphql').OnChatSessionUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetChatRating($id: ID!) {\n    chatSession(id: $id) {\n      id\n      rating\n      transcriptUrl\n      canEmailTranscript\n    }\n  }\n"): typeof import('./graphql').GetChatRatingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateChatSession($id: ID!, $rating: Int!, $comment: String) {\n    rateChatSession(id: $id, rating: $rating, comment: $comment) {\n      id\n      rating\n    }\n  }\n"): typeof import('./graphql').RateChatSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailTranscript($id: ID!) {\n    emailTranscript(id: $id)\n  }\n"): typeof import('./graphql').EmailTranscriptDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
