import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../app/errors';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { Dialog } from '../shell/dialog';
import { FormOutcome } from '../shell/form-field';

const ExportCustomerDataMutation = graphql(`
  mutation ExportCustomerData($id: ID!) {
    exportCustomerData(id: $id) {
      url
      expiresAt
    }
  }
`);

const EraseCustomerMutation = graphql(`
  mutation EraseCustomer($id: ID!) {
    eraseCustomer(id: $id)
  }
`);

/**
 * ADMIN: a person's data under UU PDP. "Ekspor data" downloads the JSON the API signs a link to;
 * "Hapus data pelanggan" erases the person for good after a confirmation.
 */
export function CustomerDataActions(props: { customer: { id: string; name: string } }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [exportData, exporting] = useMutation(ExportCustomerDataMutation);
  return (
    <>
      <div className="dialog-actions">
        <button
          type="button"
          className="button small"
          disabled={exporting.loading}
          onClick={async () => {
            setError(null);
            try {
              const { data } = await exportData({ variables: { id: props.customer.id } });
              if (data) download(data.exportCustomerData.url);
            } catch (failure) {
              setError(describeError(failure, t));
            }
          }}
        >
          {t('personalData.export')}
        </button>
        <button type="button" className="button small danger" onClick={() => setConfirming(true)}>
          {t('personalData.erase')}
        </button>
      </div>
      <FormOutcome error={error} />
      <EraseCustomerDialog customer={confirming ? props.customer : null} onClose={() => setConfirming(false)} />
    </>
  );
}

function EraseCustomerDialog(props: { customer: { id: string; name: string } | null; onClose(): void }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  // Every query showing the person (the panel, the inbox, the chat) reads it again: it is a tombstone now.
  const [erase, { loading }] = useMutation(EraseCustomerMutation, { refetchQueries: 'active', awaitRefetchQueries: true });
  const title = t('personalData.eraseTitle', { name: props.customer?.name ?? '' });
  const close = () => {
    setError(null);
    props.onClose();
  };
  return (
    <Dialog open={props.customer !== null} title={title} onClose={close}>
      <form
        aria-label={title}
        onSubmit={async (event) => {
          event.preventDefault();
          try {
            await erase({ variables: { id: props.customer!.id } });
            close();
          } catch (failure) {
            setError(describeError(failure, t));
          }
        }}
      >
        <p>{t('personalData.eraseBody')}</p>
        <FormOutcome error={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={close}>
            {t('conversation.cancel')}
          </button>
          <button type="submit" className="button danger" disabled={loading}>
            {t('personalData.eraseConfirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The API answers the signed link with an attachment, so following it saves the file and leaves the console open. */
function download(url: string) {
  const link = document.createElement('a');
  link.href = url;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
