import { graphql } from './gql';

export const LeaveOfflineMessage = graphql(`
  mutation LeaveOfflineMessage($input: LeaveOfflineMessageInput!) {
    leaveOfflineMessage(input: $input) {
      token
      chatSession {
        id
      }
    }
  }
`);
