import { graphql } from './gql';

// Everything the widget sends. Documents are plain strings (codegen `documentMode: string`), so no
// graphql runtime ships in the bundle.

export const ConversationMessageFragment = graphql(`
  fragment Conversation_message on Message {
    id
    sessionId
    sender
    senderName
    text
    createdAt
    clientMessageId
    file {
      id
      filename
      mimeType
      size
      url
    }
  }
`);

export const ConversationSessionFragment = graphql(`
  fragment Conversation_session on ChatSession {
    id
    status
    assignedAdmin {
      name
    }
    queuePosition
    estimatedWaitSeconds
    customerLastReadMessageId
    agentLastReadMessageId
    unreadCount
  }
`);

export const GetWidgetConfig = graphql(`
  query GetWidgetConfig {
    widgetConfig {
      widgetTitle
      welcomeMessage
      primaryColor
      position
      allowFileUpload
      maxFileSize
      allowedFileTypes
      online
      topics {
        teamId
        name
      }
      open
      nextOpenAt
      agentsAvailable
      offlineMessage
      identityRequired
    }
  }
`);

export const RegisterCustomer = graphql(`
  mutation RegisterCustomer($input: RegisterCustomerInput!) {
    registerCustomer(input: $input) {
      token
      customer {
        id
        name
      }
    }
  }
`);

export const StartChatSession = graphql(`
  mutation StartChatSession($input: StartChatSessionInput, $last: Int!) {
    startChatSession(input: $input) {
      ...Conversation_session
      messages(last: $last) {
        edges {
          cursor
          node {
            ...Conversation_message
          }
        }
        pageInfo {
          hasPreviousPage
          startCursor
          endCursor
        }
      }
    }
  }
`);

/** The newest page of a session (on resume), or the page before `before` ("earlier messages"). */
export const GetRecentMessages = graphql(`
  query GetRecentMessages($id: ID!, $last: Int!, $before: String) {
    chatSession(id: $id) {
      ...Conversation_session
      messages(last: $last, before: $before) {
        edges {
          cursor
          node {
            ...Conversation_message
          }
        }
        pageInfo {
          hasPreviousPage
          startCursor
          endCursor
        }
      }
    }
  }
`);

/** Exactly what came after `after`: the catch-up after a reconnect. */
export const GetMessagesAfter = graphql(`
  query GetMessagesAfter($id: ID!, $after: String!, $first: Int!) {
    chatSession(id: $id) {
      ...Conversation_session
      messages(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...Conversation_message
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const SendMessage = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      ...Conversation_message
    }
  }
`);

/** Multipart (the GraphQL multipart request spec): `file` travels as the form field the map names. */
export const SendFileMessage = graphql(`
  mutation SendFileMessage($input: SendFileMessageInput!) {
    sendFileMessage(input: $input) {
      ...Conversation_message
    }
  }
`);

/** The visitor has seen the agents' messages up to `messageId` (it only moves forward). */
export const MarkChatSessionRead = graphql(`
  mutation MarkChatSessionRead($id: ID!, $messageId: ID!) {
    markChatSessionRead(id: $id, messageId: $messageId) {
      ...Conversation_session
    }
  }
`);

export const SetTyping = graphql(`
  mutation SetTyping($sessionId: ID!, $isTyping: Boolean!) {
    setTyping(sessionId: $sessionId, isTyping: $isTyping)
  }
`);

export const OnMessageAdded = graphql(`
  subscription OnMessageAdded($sessionId: ID!) {
    messageAdded(sessionId: $sessionId) {
      ...Conversation_message
    }
  }
`);

export const OnTypingChanged = graphql(`
  subscription OnTypingChanged($sessionId: ID!) {
    typingChanged(sessionId: $sessionId) {
      sender
      senderName
      isTyping
    }
  }
`);

export const OnChatSessionUpdated = graphql(`
  subscription OnChatSessionUpdated($id: ID!) {
    chatSessionUpdated(id: $id) {
      ...Conversation_session
    }
  }
`);
