import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { getFragmentData, graphql } from '../../gql';
import { describeError, isNotFound } from '../../app/errors';
import { useAuth, useMe } from '../auth/auth-session';
import { CustomerPanel } from '../customer/customer-panel';
import { useI18n } from '../i18n/i18n';
import type { Queue } from '../inbox/session-list-cache';
import { PersonIcon } from '../shell/icons';
import { routeHref } from '../shell/router';
import { Composer } from './composer';
import { ChatRating, TranscriptLink } from './chat-rating';
import { ConversationActions } from './conversation-actions';
import { LabelPicker } from '../labels/label-picker';
import { appendMessages } from './message-cache';
import { useMessageInView } from './message-in-view';
import { Bubble, MessageBubble } from './message-bubble';
import { useOutgoingMessages } from './outgoing';
import { lastReadReplyId, newestCustomerMessageId, ReadReceiptsFragment, useMarkRead } from './read-receipts';
import { useCustomerTyping, useOwnTyping } from './typing';

export const GetConversationQuery = graphql(`
  query GetConversation($id: ID!, $last: Int, $before: String, $first: Int, $after: String) {
    chatSession(id: $id) {
      id
      status
      offline
      createdAt
      customer {
        id
        name
        ...CustomerPanel_customer
      }
      assignedAdmin {
        id
        name
        online
      }
      team {
        id
        name
      }
      ...ConversationActions_session
      ...ChatRating_session
      ...LabelPicker_session
      ...ReadReceipts_session
      messages(last: $last, before: $before, first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            clientMessageId
            createdAt
            sender
            internal
            ...MessageBubble_message
          }
        }
        pageInfo {
          hasPreviousPage
          hasNextPage
          startCursor
          endCursor
        }
      }
    }
  }
`);

const OnMessageAddedSubscription = graphql(`
  subscription OnMessageAdded($sessionId: ID!) {
    messageAdded(sessionId: $sessionId) {
      id
      sessionId
      clientMessageId
      createdAt
      sender
      ...MessageBubble_message
    }
  }
`);

const PAGE_SIZE = 30;
const CATCH_UP_PAGE_SIZE = 100;
const NEAR_EDGE_PX = 80;

export default function ConversationView({ sessionId, queue }: { sessionId: string; queue: Queue }) {
  const { t } = useI18n();
  const client = useApolloClient();
  const { monitor } = useAuth();
  const me = useMe();
  const { data, loading, error, fetchMore, refetch } = useQuery(GetConversationQuery, {
    variables: { id: sessionId, last: PAGE_SIZE },
  });
  const session = data?.chatSession;
  const connection = session?.messages;
  const outgoing = useOutgoingMessages(sessionId);
  const [customerTyping, clearCustomerTyping] = useCustomerTyping(sessionId);
  const ownTyping = useOwnTyping(sessionId, session?.status !== 'CLOSED');

  useSubscription(OnMessageAddedSubscription, {
    variables: { sessionId },
    onData: ({ data: event }) => {
      const message = event.data?.messageAdded;
      if (!message) return;
      appendMessages(client.cache, sessionId, [message.id]);
      if (message.sender === 'CUSTOMER') clearCustomerTyping();
    },
  });

  // What came in while this view was closed or the socket was down: everything after the newest
  // fetched cursor, page by page. Live duplicates are merged away by id in the cache.
  const catchingUp = useRef(false);
  const catchUp = useCallback(async () => {
    if (catchingUp.current) return;
    catchingUp.current = true;
    try {
      for (let page = 0; page < 50; page++) {
        const current = client.cache.readQuery({
          query: GetConversationQuery,
          variables: { id: sessionId, last: PAGE_SIZE },
        });
        const after = current?.chatSession?.messages.pageInfo.endCursor ?? null;
        const result = await fetchMore({
          variables: { last: null, before: null, first: CATCH_UP_PAGE_SIZE, after },
        });
        if (!result.data?.chatSession?.messages.pageInfo.hasNextPage) break;
      }
    } catch {
      // The next reconnect tries again.
    } finally {
      catchingUp.current = false;
    }
  }, [client, fetchMore, sessionId]);

  const loaded = Boolean(session);
  useEffect(() => {
    if (loaded) void catchUp();
  }, [loaded, catchUp]);
  const retryLoad = useCallback(() => void refetch().catch(() => {}), [refetch]);
  // Back online: what came in meanwhile, or the whole view when it could not load at all, and
  // the replies that could not be sent.
  const onReconnect = useRef(() => {});
  onReconnect.current = () => {
    if (loaded) void catchUp();
    else retryLoad();
    outgoing.retryFailed();
  };
  useEffect(() => monitor.onReconnect(() => onReconnect.current()), [monitor]);

  const edges = connection?.edges ?? [];
  const receipts = session ? getFragmentData(ReadReceiptsFragment, session) : undefined;
  const shown = edges.map((edge) => edge.node);
  useMarkRead(sessionId, newestCustomerMessageId(shown), receipts?.agentLastReadMessageId);
  const readReplyId = lastReadReplyId(shown, receipts?.customerLastReadMessageId);

  const stored = new Set(edges.map((edge) => edge.node.clientMessageId).filter((id): id is string => Boolean(id)));
  const pending = outgoing.items.filter((item) => !stored.has(item.clientMessageId));
  // A send whose answer was lost but whose message arrived live is done: forget its pending copy.
  const settled = outgoing.items.length - pending.length;
  useEffect(() => {
    if (settled > 0) outgoing.forget(stored);
  });

  const panelId = useId();
  const [panelOpen, setPanelOpen] = useState(false);
  const panelToggle = useRef<HTMLButtonElement>(null);
  const closePanel = useCallback(() => {
    setPanelOpen(false);
    panelToggle.current?.focus();
  }, []);

  const scroller = useRef<HTMLDivElement>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const anchor = useRef<{ height: number; top: number } | null>(null);
  const stickToBottom = useRef(true);

  const loadOlder = useCallback(async () => {
    if (!connection?.pageInfo.hasPreviousPage || loadingOlder || !connection.pageInfo.startCursor) return;
    const element = scroller.current;
    if (element) anchor.current = { height: element.scrollHeight, top: element.scrollTop };
    setLoadingOlder(true);
    try {
      await fetchMore({
        variables: { last: PAGE_SIZE, before: connection.pageInfo.startCursor, first: null, after: null },
      });
    } finally {
      setLoadingOlder(false);
    }
  }, [connection, fetchMore, loadingOlder]);

  useMessageInView(scroller, GetConversationQuery, sessionId, connection);

  const itemCount = edges.length + pending.length;
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    if (anchor.current) {
      // Older messages went in above: keep the ones being read where they were.
      element.scrollTop = element.scrollHeight - anchor.current.height + anchor.current.top;
      anchor.current = null;
    } else if (stickToBottom.current) {
      element.scrollTop = element.scrollHeight;
    }
  }, [itemCount, customerTyping]);

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    stickToBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_EDGE_PX;
    if (element.scrollTop < NEAR_EDGE_PX) void loadOlder();
  };

  if (loading && !session) return <p className="empty centered">{t('app.loading')}</p>;
  if (error && !session && !isNotFound(error)) {
    // Most often the API cannot be reached: say so, and load again by itself once it can.
    return (
      <div className="empty centered" role="alert" data-load-failed>
        <p>{describeError(error, t)}</p>
        <button type="button" className="button" onClick={retryLoad}>
          {t('conversation.retryLoad')}
        </button>
      </div>
    );
  }
  if (!session) return <p className="empty centered">{t('conversation.notFound')}</p>;

  const closed = session.status === 'CLOSED';
  return (
    <div className="conversation">
      <div className="conversation-main">
        <header className="conversation-header">
          <a className="back-link" href={routeHref({ page: 'inbox', queue })}>
            <span aria-hidden="true">←</span>
            <span className="visually-hidden">{t('conversation.back')}</span>
          </a>
          <div className="conversation-title">
            <h2>{session.customer.name}</h2>
            <p className="muted">
              <span className="status-badge" data-status={session.status}>
                {t(`status.${session.status}`)}
              </span>{' '}
              {session.offline && (
                <span className="row-offline" title={t('inbox.offlineHint')}>
                  {t('inbox.offline')}
                </span>
              )}{' '}
              <span className="assignee">
                {session.assignedAdmin
                  ? t('conversation.assignedTo', { name: session.assignedAdmin.name })
                  : t('conversation.unassigned')}
              </span>
              {session.team && (
                <>
                  {' '}
                  <span className="row-team" data-team={session.team.name}>
                    {session.team.name}
                  </span>
                </>
              )}
            </p>
            <LabelPicker session={session} />
            <ChatRating session={session} />
          </div>
          <TranscriptLink session={session} />
          <ConversationActions session={session} queue={queue} />
          <button
            type="button"
            ref={panelToggle}
            className="button customer-toggle"
            aria-expanded={panelOpen}
            aria-controls={panelId}
            onClick={() => setPanelOpen((open) => !open)}
          >
            <PersonIcon />
            <span className="customer-toggle-label">{t('customer.show')}</span>
          </button>
        </header>
        <div
          className="messages"
          ref={scroller}
          onScroll={onScroll}
          role="log"
          aria-label={t('conversation.history')}
          tabIndex={0}
        >
          {connection?.pageInfo.hasPreviousPage && (
            <button type="button" className="button ghost small older" onClick={() => void loadOlder()}>
              {loadingOlder ? t('conversation.loadingOlder') : t('conversation.loadOlder')}
            </button>
          )}
          <ol className="message-list">
            {edges.map(({ node }) => (
              <MessageBubble key={node.id} message={node} read={node.id === readReplyId} />
            ))}
            {pending.map((item) => (
              <Bubble
                key={item.clientMessageId}
                content={{ sender: 'ADMIN', senderName: me.name, text: item.text, internal: item.internal, createdAt: item.createdAt }}
                delivery={item.status}
                error={item.error}
                onRetry={() => outgoing.retry(item)}
              >
                {item.file && (
                  <p className="upload-progress">
                    {t('conversation.uploading', {
                      name: item.file.name,
                      percent: Math.round((item.progress ?? 0) * 100),
                    })}
                    <progress max={1} value={item.progress ?? 0} aria-label={item.file.name} />
                  </p>
                )}
              </Bubble>
            ))}
          </ol>
          <p className="typing-indicator" aria-live="polite">
            {customerTyping && !closed ? t('conversation.typing', { name: session.customer.name }) : ''}
          </p>
        </div>
        {closed ? (
          <p className="closed-notice" role="status">
            {t('conversation.closedNotice')}
          </p>
        ) : (
          <Composer
            onSend={(text, internal) => outgoing.send(text, undefined, internal)}
            onInput={ownTyping.onInput}
            onStopTyping={ownTyping.stop}
            customerName={session.customer.name}
            onSendFile={(file, caption) => outgoing.send(caption, file)}
          />
        )}
      </div>
      <CustomerPanel
        customer={session.customer}
        currentSessionId={session.id}
        id={panelId}
        open={panelOpen}
        onClose={closePanel}
      />
    </div>
  );
}
