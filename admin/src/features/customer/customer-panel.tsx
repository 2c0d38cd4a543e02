import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { MessagePreview } from '../inbox/message-preview';
import type { Queue } from '../inbox/session-list-cache';
import { routeHref } from '../shell/router';

export const CustomerPanelFragment = graphql(`
  fragment CustomerPanel_customer on Customer {
    id
    name
    email
    phone
    createdAt
  }
`);

/** The customer's other sessions, newest first. */
const ListCustomerSessionsQuery = graphql(`
  query ListCustomerSessions($filter: ChatSessionFilter, $first: Int) {
    chatSessions(filter: $filter, first: $first) {
      edges {
        node {
          id
          status
          createdAt
          customer {
            id
          }
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
`);

const QUEUE_OF_STATUS: Record<string, Queue> = { WAITING: 'waiting', ACTIVE: 'active', CLOSED: 'closed' };

/**
 * Beside the conversation on a wide screen; on a narrower one a drawer over it, opened from
 * the conversation's header (`open`) and closed with its button or Escape.
 */
export function CustomerPanel(props: {
  customer: FragmentType<typeof CustomerPanelFragment>;
  currentSessionId: string;
  id: string;
  open: boolean;
  onClose(): void;
}) {
  const { t, formatDateTime } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const { open } = props;
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  const customer = getFragmentData(CustomerPanelFragment, props.customer);
  const { data } = useQuery(ListCustomerSessionsQuery, {
    variables: { filter: { customerId: customer.id }, first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const earlier = (data?.chatSessions.edges ?? [])
    .map((edge) => edge.node)
    .filter((session) => session.id !== props.currentSessionId);
  return (
    <aside
      className={`customer-panel${open ? ' open' : ''}`}
      id={props.id}
      aria-labelledby="customer-panel-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) props.onClose();
      }}
    >
      <div className="customer-panel-head">
        <h2 id="customer-panel-title" ref={heading} tabIndex={-1}>
          {t('customer.title')}
        </h2>
        <button type="button" className="button ghost small panel-close" onClick={props.onClose}>
          {t('customer.hide')}
        </button>
      </div>
      <dl>
        <dt>{t('customer.name')}</dt>
        <dd>{customer.name}</dd>
        <dt>{t('customer.email')}</dt>
        <dd>{customer.email ? <a href={`mailto:${customer.email}`}>{customer.email}</a> : t('customer.unknown')}</dd>
        <dt>{t('customer.phone')}</dt>
        <dd>{customer.phone ? <a href={`tel:${customer.phone}`}>{customer.phone}</a> : t('customer.unknown')}</dd>
        <dt>{t('customer.firstSeen')}</dt>
        <dd>
          <time dateTime={customer.createdAt}>{formatDateTime(customer.createdAt, 'datetime')}</time>
        </dd>
      </dl>
      <h3>{t('customer.sessions')}</h3>
      {earlier.length === 0 ? (
        <p className="muted">{t('customer.noSessions')}</p>
      ) : (
        <ul className="customer-sessions">
          {earlier.map((session) => (
            <li key={session.id}>
              <a href={routeHref({ page: 'inbox', queue: QUEUE_OF_STATUS[session.status], sessionId: session.id })}>
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
    </aside>
  );
}
