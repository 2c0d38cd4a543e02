import { useApolloClient, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useId, useMemo, useRef, useState } from 'react';
import { describeError } from '../../app/errors';
import { graphql } from '../../gql';
import type { ListChatSessionsQuery as ListData } from '../../gql/graphql';
import { useMyAccount } from '../auth/my-account';
import { useI18n } from '../i18n/i18n';
import { useDebounced } from '../shell/debounced';
import { routeHref } from '../shell/router';
import { useSessionEvents, type SessionEvent } from './live-sessions';
import { useQueueCounts } from './queue-counts';
import { SessionRow } from './session-row';
import { TakeNextButton } from './take-next';
import { LabelFilter } from '../labels/label-filter';
import { InboxShortcuts } from '../shortcuts/inbox-shortcuts';
import { applyLiveUpdate, byLastActivity, listOrder, matchesFilter, queueFilter, QUEUES, type ListOrder, type Queue } from './session-list-cache';

const ConversationView = lazy(() => import('../conversation/conversation-view'));

export const ListChatSessionsQuery = graphql(`
  query ListChatSessions($filter: ChatSessionFilter, $first: Int!, $after: String) {
    chatSessions(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          createdAt
          queuedAt
          lastMessageAt
          ...SessionRow_session
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;

export default function InboxPage({ queue, sessionId }: { queue: Queue; sessionId?: string }) {
  const { t } = useI18n();
  const me = useMyAccount();
  const viewer = useMemo(
    () => ({ id: me.id, role: me.role, teamIds: me.teams?.map((team) => team.id) }),
    [me.id, me.role, me.teams],
  );
  const client = useApolloClient();
  const counts = useQueueCounts();
  const [searchInput, setSearchInput] = useState('');
  const search = useDebounced(searchInput, SEARCH_DELAY_MS);
  const [labelId, setLabelId] = useState('');
  const filter = useMemo(() => ({ ...queueFilter(queue, search), labelIds: labelId ? [labelId] : null }), [queue, search, labelId]);
  const variables = useMemo(() => ({ filter, first: PAGE_SIZE }), [filter]);
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(ListChatSessionsQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const list = (data ?? previousData)?.chatSessions;
  const edges = useMemo(
    () => (list && queue === 'mine' ? byLastActivity(list.edges) : list?.edges),
    [list, queue],
  );
  const listId = useId();

  useSessionEvents((session) => {
    if (!session) {
      void refetch();
      return;
    }
    client.cache.updateQuery({ query: ListChatSessionsQuery, variables }, (current) =>
      current ? withLiveSession(current, session, matchesFilter(session, filter, viewer), listOrder(filter)) : current,
    );
  });

  const loadingMore = useRef(false);
  const loadMore = async () => {
    if (!list?.pageInfo.hasNextPage || loadingMore.current) return;
    loadingMore.current = true;
    try {
      await fetchMore({ variables: { after: list.pageInfo.endCursor } });
    } finally {
      loadingMore.current = false;
    }
  };
  const sentinel = useInfiniteScroll(loadMore);

  return (
    <div className={`inbox${sessionId ? ' has-conversation' : ''}`}>
      <section className="inbox-list" aria-labelledby={`${listId}-title`}>
        <h1 id={`${listId}-title`} className="visually-hidden">
          {t('inbox.title')}
        </h1>
        <nav aria-label={t('inbox.queues')}>
          <ul className="queue-tabs">
            {QUEUES.map((name) => (
              <li key={name}>
                <a
                  href={routeHref({ page: 'inbox', queue: name })}
                  aria-current={name === queue ? 'page' : undefined}
                  className="queue-tab"
                  data-queue={name}
                >
                  <span>{t(`inbox.queue.${name}`)}</span>
                  <span className="count">
                    {counts[name] ?? '…'}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <TakeNextButton waiting={counts.waiting} />
        <div className="search">
          <label htmlFor={`${listId}-search`} className="visually-hidden">
            {t('inbox.search')}
          </label>
          <input
            id={`${listId}-search`}
            type="search"
            placeholder={t('inbox.search')}
            value={searchInput}
            onChange={(e) => setSearchInput(e.target.value)}
          />
        </div>
        <LabelFilter value={labelId} onChange={setLabelId} />
        <NotificationPrompt />
        {list && list.edges.length === 0 && !loading && <p className="empty">{t('inbox.empty')}</p>}
        <ul className="session-list" aria-busy={loading}>
          {edges?.map(({ node }) => (
            <SessionRow
              key={node.id}
              session={node}
              selected={node.id === sessionId}
              href={routeHref({ page: 'inbox', queue, sessionId: node.id })}
            />
          ))}
        </ul>
        {list?.pageInfo.hasNextPage && (
          <button ref={sentinel} type="button" className="button ghost wide" onClick={() => void loadMore()}>
            {t('inbox.loadMore')}
          </button>
        )}
        {!list && loading && <p className="empty">{t('app.loading')}</p>}
        {!list && !loading && error && (
          <p className="empty" role="alert">
            {describeError(error, t)}
          </p>
        )}
      </section>
      <InboxShortcuts sessionIds={edges?.map(({ node }) => node.id) ?? []} queue={queue} />
      <section className="inbox-conversation">
        {sessionId ? (
          <Suspense fallback={<p className="empty">{t('app.loading')}</p>}>
            <ConversationView key={sessionId} sessionId={sessionId} queue={queue} />
          </Suspense>
        ) : (
          <p className="empty centered">{t('inbox.pickConversation')}</p>
        )}
      </section>
    </div>
  );
}

function withLiveSession(current: ListData, session: SessionEvent, matches: boolean, order: ListOrder): ListData {
  type Edge = ListData['chatSessions']['edges'][number];
  const { edges, delta } = applyLiveUpdate<Edge>(
    current.chatSessions.edges,
    current.chatSessions.pageInfo.hasNextPage,
    session,
    matches,
    order,
    () => ({ __typename: 'ChatSessionEdge', cursor: '', node: session as unknown as Edge['node'] }),
  );
  if (delta === 0 && edges === current.chatSessions.edges) return current;
  return {
    ...current,
    chatSessions: { ...current.chatSessions, edges, totalCount: current.chatSessions.totalCount + delta },
  };
}

/** Calls `onVisible` whenever the returned element scrolls into view. */
function useInfiniteScroll(onVisible: () => void) {
  const latest = useRef(onVisible);
  latest.current = onVisible;
  const observer = useRef<IntersectionObserver | null>(null);
  return (element: HTMLElement | null) => {
    observer.current?.disconnect();
    if (!element) return;
    observer.current = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) latest.current();
    });
    observer.current.observe(element);
  };
}

function NotificationPrompt() {
  const { t } = useI18n();
  const [permission, setPermission] = useState(() =>
    typeof Notification === 'undefined' ? 'denied' : Notification.permission,
  );
  if (permission !== 'default') return null;
  return (
    <button
      type="button"
      className="button ghost wide small"
      onClick={() => void Notification.requestPermission().then(setPermission)}
    >
      {t('inbox.notify.enable')}
    </button>
  );
}
