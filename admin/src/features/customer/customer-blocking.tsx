import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { describeError } from '../../app/errors';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { Dialog } from '../shell/dialog';
import { FormOutcome } from '../shell/form-field';

/** The API's limit, so the field stops where the server would refuse; the server still decides. */
const MAX_REASON = 500;

const BlockCustomerMutation = graphql(`
  mutation BlockCustomer($id: ID!, $reason: String) {
    blockCustomer(id: $id, reason: $reason) {
      id
      blocked
      blockedAt
      blockedReason
    }
  }
`);

export const UnblockCustomerMutation = graphql(`
  mutation UnblockCustomer($id: ID!) {
    unblockCustomer(id: $id) {
      id
      blocked
      blockedAt
      blockedReason
    }
  }
`);

/** "Blokir pelanggan": a reason for the record, then the visitor's widget stops at once. */
export function BlockCustomerDialog(props: { customer: { id: string; name: string } | null; onClose(): void }) {
  const { t } = useI18n();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [block, { loading }] = useMutation(BlockCustomerMutation);
  const close = () => {
    setReason('');
    setError(null);
    props.onClose();
  };
  return (
    <Dialog open={props.customer !== null} title={t('blocking.title', { name: props.customer?.name ?? '' })} onClose={close}>
      <form
        aria-label={t('blocking.title', { name: props.customer?.name ?? '' })}
        onSubmit={async (event) => {
          event.preventDefault();
          try {
            await block({ variables: { id: props.customer!.id, reason: reason.trim() || null } });
            close();
          } catch (failure) {
            setError(describeError(failure, t));
          }
        }}
      >
        <p>{t('blocking.body')}</p>
        <div className="field">
          <label htmlFor={reasonId}>{t('blocking.reason')}</label>
          <textarea id={reasonId} rows={3} maxLength={MAX_REASON} value={reason} onChange={(event) => setReason(event.target.value)} autoFocus />
        </div>
        <FormOutcome error={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close}>
            {t('conversation.cancel')}
          </button>
          <button type="submit" className="button danger" disabled={loading}>
            {t('blocking.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Lifting a block (ADMIN and SUPERVISOR): the visitor's own token works again. */
export function UnblockButton(props: { customerId: string; name: string; onDone?(): void }) {
  const { t } = useI18n();
  const [unblock, { loading }] = useMutation(UnblockCustomerMutation);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button small"
        aria-label={t('blocking.unblockNamed', { name: props.name })}
        disabled={loading}
        onClick={async () => {
          try {
            setError(null);
            await unblock({ variables: { id: props.customerId } });
            props.onDone?.();
          } catch (failure) {
            setError(describeError(failure, t));
          }
        }}
      >
        {t('blocking.unblock')}
      </button>
      {error && (
        <p className="form-error small" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
