import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { useSessionEvents } from '../inbox/live-sessions';
import { MessagePreview } from '../inbox/message-preview';
import type { Queue } from '../inbox/session-list-cache';
import { routeHref } from '../shell/router';

/** The chats of the current chat's customer that the agent may see, newest first. */
const ListCustomerChatsQuery = graphql(`
  query ListCustomerChats($sessionId: ID!, $first: Int, $after: String) {
    chatSession(id: $sessionId) {
      id
      customer {
        id
        chatSessions(first: $first, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              status
              createdAt
              lastMessage {
                id
                text
                file {
                  id
                  filename
                }
              }
            }
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 10;
const QUEUE_OF_STATUS: Record<string, Queue> = { WAITING: 'waiting', ACTIVE: 'active', CLOSED: 'closed' };

/** Every earlier chat of the customer, each a link that opens it; more on request. */
export function CustomerChats({ customerId, currentSessionId }: { customerId: string; currentSessionId: string }) {
  const { t, formatDateTime } = useI18n();
  const { data, fetchMore, refetch, loading } = useQuery(ListCustomerChatsQuery, {
    variables: { sessionId: currentSessionId, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.chatSession?.customer.chatSessions;
  const listed = (page?.edges ?? []).map((edge) => edge.node);
  const earlier = listed.filter((session) => session.id !== currentSessionId);

  // A new chat of this customer, or another of its chats changing status, refreshes the list.
  useSessionEvents((session) => {
    if (session && (session.customer as { id?: string }).id !== customerId) return;
    if (session?.id === currentSessionId) return;
    if (session && listed.some((each) => each.id === session.id && each.status === session.status)) return;
    void refetch();
  });

  const loadMore = () =>
    fetchMore({
      variables: { after: page?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => {
        const before = previous.chatSession?.customer.chatSessions;
        const more = fetchMoreResult.chatSession?.customer.chatSessions;
        if (!previous.chatSession || !before || !more || !fetchMoreResult.chatSession) return previous as typeof fetchMoreResult;
        return {
          ...fetchMoreResult,
          chatSession: {
            ...fetchMoreResult.chatSession,
            customer: { ...fetchMoreResult.chatSession.customer, chatSessions: { ...more, edges: [...before.edges, ...more.edges] } },
          },
        };
      },
    });

  return (
    <section aria-labelledby="customer-chats-title">
      <h3 id="customer-chats-title">{t('customer.sessions')}</h3>
      {earlier.length === 0 ? (
        <p className="muted">{loading && !page ? t('app.loading') : t('customer.noSessions')}</p>
      ) : (
        <ul className="customer-sessions">
          {earlier.map((session) => (
            <li key={session.id}>
              <a
                href={routeHref({ page: 'inbox', queue: QUEUE_OF_STATUS[session.status], sessionId: session.id })}
                data-session-id={session.id}
              >
                <span className="status-badge" data-status={session.status}>
                  {t(`status.${session.status}`)}
                </span>{' '}
                <time dateTime={session.createdAt}>{formatDateTime(session.createdAt, 'date')}</time>
                {session.lastMessage && (
                  <span className="muted">
                    {' — '}
                    <MessagePreview message={session.lastMessage} />
                  </span>
                )}
              </a>
            </li>
          ))}
        </ul>
      )}
      {page?.pageInfo.hasNextPage && (
        <button type="button" className="button small" disabled={loading} onClick={() => void loadMore()}>
          {t('inbox.loadMore')}
        </button>
      )}
    </section>
  );
}
