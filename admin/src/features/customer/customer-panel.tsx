import { Fragment, useEffect, useRef, useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useMyAccount } from '../auth/my-account';
import { useI18n } from '../i18n/i18n';
import { mayOpen } from '../shell/access';
import { BlockCustomerDialog, UnblockButton } from './customer-blocking';
import { CustomerChats } from './customer-chats';
import { CustomerDataActions } from './customer-data-actions';
import { CustomerProfileForm } from './customer-profile-form';

export const CustomerPanelFragment = graphql(`
  fragment CustomerPanel_customer on Customer {
    id
    name
    email
    phone
    createdAt
    attributes
    externalId
    verified
    blocked
    blockedReason
    erased
  }
`);

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
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  // Another chat opened in the same panel starts from its own profile, not from a half-done edit.
  useEffect(() => setEditing(false), [customer.id]);
  const [blocking, setBlocking] = useState(false);
  const me = useMyAccount();
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
      {customer.erased ? (
        <p className="notice" role="status">
          {t('personalData.erased')}
        </p>
      ) : editing ? (
        <CustomerProfileForm customer={customer} onDone={stopEditing} />
      ) : (
        <>
          <dl>
            <dt>{t('customer.name')}</dt>
            <dd>
              {customer.name}
              {customer.verified && <span className="tag verified">{t('customer.verified')}</span>}
            </dd>
            {customer.externalId && (
              <>
                <dt>{t('customer.externalId')}</dt>
                <dd>
                  <code>{customer.externalId}</code>
                </dd>
              </>
            )}
            <dt>{t('customer.email')}</dt>
            <dd>{customer.email ? <a href={`mailto:${customer.email}`}>{customer.email}</a> : t('customer.unknown')}</dd>
            <dt>{t('customer.phone')}</dt>
            <dd>{customer.phone ? <a href={`tel:${customer.phone}`}>{customer.phone}</a> : t('customer.unknown')}</dd>
            <dt>{t('customer.firstSeen')}</dt>
            <dd>
              <time dateTime={customer.createdAt}>{formatDateTime(customer.createdAt, 'datetime')}</time>
            </dd>
            {Object.entries(customer.attributes).map(([key, value]) => (
              <Fragment key={key}>
                <dt>{key}</dt>
                <dd>{String(value)}</dd>
              </Fragment>
            ))}
          </dl>
          {customer.blocked && (
            <p className="notice" role="status">
              {customer.blockedReason ? t('customer.blockedBecause', { reason: customer.blockedReason }) : t('customer.blocked')}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button small" ref={editButton} onClick={() => setEditing(true)}>
              {t('customer.edit')}
            </button>
            {!customer.blocked && (
              <button type="button" className="button small danger" onClick={() => setBlocking(true)}>
                {t('customer.block')}
              </button>
            )}
            {customer.blocked && mayOpen(me.role, 'blocked') && <UnblockButton customerId={customer.id} name={customer.name} />}
          </div>
          {me.role === 'ADMIN' && <CustomerDataActions customer={customer} />}
        </>
      )}
      <BlockCustomerDialog customer={blocking ? customer : null} onClose={() => setBlocking(false)} />
      <CustomerChats customerId={customer.id} currentSessionId={props.currentSessionId} />
    </aside>
  );
}
