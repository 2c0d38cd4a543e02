import { graphql } from './gql';

export const GetChatRating = graphql(`
  query GetChatRating($id: ID!) {
    chatSession(id: $id) {
      id
      rating
      transcriptUrl
      canEmailTranscript
    }
  }
`);

export const RateChatSession = graphql(`
  mutation RateChatSession($id: ID!, $rating: Int!, $comment: String) {
    rateChatSession(id: $id, rating: $rating, comment: $comment) {
      id
      rating
    }
  }
`);

export const EmailTranscript = graphql(`
  mutation EmailTranscript($id: ID!) {
    emailTranscript(id: $id)
  }
`);
