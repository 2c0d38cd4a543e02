import { graphql } from './gql';

export const GetChatRating = graphql(`
  query GetChatRating($id: ID!) {
    chatSession(id: $id) {
      id
      rating
      transcriptUrl
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
