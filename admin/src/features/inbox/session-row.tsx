import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { LabelChips } from '../labels/label-chip';
import { useClock } from './clock';
import { MessagePreview } from './message-preview';
import { waitingSince } from './session-list-cache';

export const SessionRowFragment = graphql(`
  fragment SessionRow_session on ChatSession {
    id
    status
    offline
    createdAt
    queuedAt
    lastMessageAt
    unreadCount
    customer {
      id
      name
      email
    }
    assignedAdmin {
      id
      name
    }
    team {
      id
      name
    }
    labels {
      id
      name
      color
    }
    lastMessage {
      id
      text
      sender
      senderName
      createdAt
      file {
        id
        filename
      }
    }
  }
`);

export function SessionRow(props: {
  session: FragmentType<typeof SessionRowFragment>;
  href: string;
  selected: boolean;
}) {
  const { t, formatDateTime } = useI18n();
  const session = getFragmentData(SessionRowFragment, props.session);
  const unread = !props.selected && session.unreadCount > 0;
  const when = session.lastMessageAt ?? session.createdAt;
  return (
    <li className={`session-row${props.selected ? ' selected' : ''}${unread ? ' unread' : ''}`}>
      <a href={props.href} aria-current={props.selected ? 'page' : undefined} data-session-id={session.id}>
        <span className="row-top">
          <span className="row-name">
            {session.customer.name}
            {session.offline && (
              <span className="row-offline" title={t('inbox.offlineHint')}>
                {t('inbox.offline')}
              </span>
            )}
          </span>
          <span className="row-end">
            {unread && (
              <span className="unread-badge" role="img" aria-label={t('inbox.unreadCount', { count: session.unreadCount })}>
                {session.unreadCount > 99 ? '99+' : session.unreadCount}
              </span>
            )}
            <time dateTime={when} className="row-time">
              {formatDateTime(when, isToday(when) ? 'time' : 'datetime')}
            </time>
          </span>
        </span>
        <span className="row-preview">
          {session.lastMessage?.sender === 'ADMIN' && <span className="row-sender">{session.lastMessage.senderName}: </span>}
          <MessagePreview message={session.lastMessage} />
        </span>
        <LabelChips labels={session.labels} />
        <span className="row-agent">
          {session.team && (
            <span className="row-team" data-team={session.team.name}>
              {session.team.name}
            </span>
          )}
          {session.assignedAdmin ? session.assignedAdmin.name : t('inbox.unassigned')}
          {session.status === 'WAITING' && <Waited since={waitingSince(session)} />}
        </span>
      </a>
    </li>
  );
}

/** How long the visitor has waited, kept current while the list is on screen. */
function Waited({ since }: { since: string }) {
  const { t, formatDuration } = useI18n();
  const now = useClock();
  return (
    <span className="row-waited" data-waited>
      {' · '}
      {t('inbox.waited', { duration: formatDuration(Math.max(0, now - Date.parse(since))) })}
    </span>
  );
}

function isToday(iso: string): boolean {
  return new Date(iso).toDateString() === new Date().toDateString();
}
