import { graphql } from '../gql';

export const Login = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      admin {
        id
        email
        name
      }
    }
  }
`);

export const Logout = graphql(`
  mutation Logout {
    logout
  }
`);

export const Me = graphql(`
  query Me {
    me {
      id
      email
      name
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
        email
        phone
        createdAt
      }
    }
  }
`);

export const StartChatSession = graphql(`
  mutation StartChatSession($input: StartChatSessionInput) {
    startChatSession(input: $input) {
      id
      status
      lastMessageAt
      customer {
        id
        name
      }
    }
  }
`);

export const SendMessage = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      id
      sessionId
      sender
      senderName
      text
      clientMessageId
      createdAt
    }
  }
`);

export const SetTyping = graphql(`
  mutation SetTyping($sessionId: ID!, $isTyping: Boolean!) {
    setTyping(sessionId: $sessionId, isTyping: $isTyping)
  }
`);

export const GetChatSession = graphql(`
  query GetChatSession($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    chatSession(id: $id) {
      id
      status
      closedAt
      assignedAdmin {
        id
        name
      }
      messages(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            id
            text
            sender
          }
        }
      }
    }
  }
`);

export const ListChatSessions = graphql(`
  query ListChatSessions($filter: ChatSessionFilter, $first: Int, $after: String) {
    chatSessions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          status
          customer {
            id
            name
            email
          }
          assignedAdmin {
            id
            name
          }
          lastMessage {
            id
            text
          }
        }
      }
    }
  }
`);

export const AssignChatSession = graphql(`
  mutation AssignChatSession($id: ID!, $adminId: ID) {
    assignChatSession(id: $id, adminId: $adminId) {
      id
      status
      assignedAdmin {
        id
      }
    }
  }
`);

export const CloseChatSession = graphql(`
  mutation CloseChatSession($id: ID!) {
    closeChatSession(id: $id) {
      id
      status
      closedAt
    }
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
    }
  }
`);

export const OnMessageAdded = graphql(`
  subscription OnMessageAdded($sessionId: ID!) {
    messageAdded(sessionId: $sessionId) {
      id
      sessionId
      sender
      senderName
      text
      clientMessageId
    }
  }
`);

export const OnTypingChanged = graphql(`
  subscription OnTypingChanged($sessionId: ID!) {
    typingChanged(sessionId: $sessionId) {
      sessionId
      sender
      isTyping
    }
  }
`);

export const OnChatSessionUpdated = graphql(`
  subscription OnChatSessionUpdated($id: ID) {
    chatSessionUpdated(id: $id) {
      id
      status
      assignedAdmin {
        id
      }
      customer {
        name
      }
    }
  }
`);

export const CreateAdmin = graphql(`
  mutation CreateAdmin($input: CreateAdminInput!) {
    createAdmin(input: $input) {
      id
      email
      name
      online
    }
  }
`);

export const ChangePassword = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);
