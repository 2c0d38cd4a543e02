import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { DownloadIcon } from '../shell/icons';

export const ChatRatingFragment = graphql(`
  fragment ChatRating_session on ChatSession {
    id
    rating
    ratingComment
    transcriptUrl
  }
`);

const GetTranscriptUrlQuery = graphql(`
  query GetTranscriptUrl($id: ID!) {
    chatSession(id: $id) {
      id
      transcriptUrl
    }
  }
`);

const MAX_RATING = 5;
/** Transcript links expire after 15 minutes: a conversation left open gets a fresh one. */
const LINK_REFRESH_MS = 10 * 60 * 1000;

/** The visitor's rating of the closed chat, as stars and a number, with its comment; nothing before it rates. */
export function ChatRating(props: { session: FragmentType<typeof ChatRatingFragment> }) {
  const { t } = useI18n();
  const session = getFragmentData(ChatRatingFragment, props.session);
  if (session.rating == null) return null;
  return (
    <p className="chat-rating" data-rating={session.rating}>
      <span className="chat-rating-label">{t('rating.label')}</span>{' '}
      <span className="chat-rating-stars" aria-hidden="true">
        {'★'.repeat(session.rating)}
        {'☆'.repeat(MAX_RATING - session.rating)}
      </span>{' '}
      <span className="chat-rating-score">{t('rating.score', { rating: session.rating })}</span>
      {session.ratingComment && <q className="chat-rating-comment">{session.ratingComment}</q>}
    </p>
  );
}

/** The desk's copy of the conversation (notes marked) as a text file. */
export function TranscriptLink(props: { session: FragmentType<typeof ChatRatingFragment> }) {
  const { t } = useI18n();
  const session = getFragmentData(ChatRatingFragment, props.session);
  const client = useApolloClient();
  useEffect(() => {
    // The fresh link lands in the cached session, which re-renders this with it.
    const refresh = setInterval(() => {
      client.query({ query: GetTranscriptUrlQuery, variables: { id: session.id }, fetchPolicy: 'network-only' }).catch(() => undefined);
    }, LINK_REFRESH_MS);
    return () => clearInterval(refresh);
  }, [client, session.id]);
  return (
    <a className="button ghost small transcript-link" href={session.transcriptUrl} download="">
      <DownloadIcon />
      <span className="transcript-label">{t('rating.transcript')}</span>
    </a>
  );
}
