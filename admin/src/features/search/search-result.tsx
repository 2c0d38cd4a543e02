import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { ChatSessionStatus } from '../../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { Queue } from '../inbox/session-list-cache';
import { routeHref } from '../shell/router';
import { MarkedText } from './marked-text';

export const SearchResultFragment = graphql(`
  fragment SearchResult_edge on MessageSearchEdge {
    highlight
    node {
      id
      text
      internal
      createdAt
    }
    session {
      id
      status
      customer {
        id
        name
      }
      assignedAdmin {
        id
        name
      }
      team {
        id
        name
      }
    }
  }
`);

/** The inbox queue a chat is listed in for this agent, so the link opens it where it lives. */
export function queueOf(session: { status: ChatSessionStatus; assignedAdmin?: { id: string } | null }, myId: string): Queue {
  if (session.status === 'CLOSED') return 'closed';
  if (session.status === 'WAITING') return 'waiting';
  return session.assignedAdmin?.id === myId ? 'mine' : 'active';
}

export function SearchResult(props: { edge: FragmentType<typeof SearchResultFragment>; myId: string }) {
  const { t, formatDateTime } = useI18n();
  const { highlight, node: message, session } = getFragmentData(SearchResultFragment, props.edge);
  const href = routeHref({ page: 'inbox', queue: queueOf(session, props.myId), sessionId: session.id, messageId: message.id });
  return (
    <li className="search-result" data-message-id={message.id}>
      <a href={href}>
        <span className="row-top">
          <span className="row-name">{session.customer.name}</span>
          <time dateTime={message.createdAt} className="row-time">
            {formatDateTime(message.createdAt)}
          </time>
        </span>
        <span className="search-result-meta">
          <span className="status-badge" data-status={session.status}>
            {t(`status.${session.status}`)}
          </span>
          {session.team && (
            <span className="row-team" data-team={session.team.name}>
              {session.team.name}
            </span>
          )}
          <span className="row-agent">
            {session.assignedAdmin
              ? t('conversation.assignedTo', { name: session.assignedAdmin.name })
              : t('conversation.unassigned')}
          </span>
          {message.internal && <span className="note-tag">{t('conversation.internalNote')}</span>}
        </span>
        <span className="search-result-text">{highlight === null ? message.text : <MarkedText highlight={highlight} />}</span>
      </a>
    </li>
  );
}
