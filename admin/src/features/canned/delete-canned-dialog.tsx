import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../../app/errors';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { Dialog } from '../shell/dialog';
import { FormOutcome } from '../shell/form-field';
import { ListCannedResponsesQuery, type ListedCannedResponse } from './canned-page';

const DeleteCannedResponseMutation = graphql(`
  mutation DeleteCannedResponse($id: ID!) {
    deleteCannedResponse(id: $id)
  }
`);

export function DeleteCannedDialog({ response, onClose }: { response: ListedCannedResponse | null; onClose(): void }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [deleteResponse, { loading }] = useMutation(DeleteCannedResponseMutation, {
    refetchQueries: [ListCannedResponsesQuery],
    awaitRefetchQueries: true,
  });
  const close = () => {
    setError(null);
    onClose();
  };
  return (
    <Dialog open={Boolean(response)} title={response ? t('canned.deleteTitle', { shortcut: response.shortcut }) : ''} onClose={close}>
      <FormOutcome error={error} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={close} autoFocus>
          {t('conversation.cancel')}
        </button>
        <button
          type="button"
          className="button danger"
          disabled={loading}
          onClick={async () => {
            if (!response) return;
            try {
              await deleteResponse({ variables: { id: response.id } });
              close();
            } catch (failure) {
              setError(describeError(failure, t));
            }
          }}
        >
          {t('teams.deleteConfirm')}
        </button>
      </div>
    </Dialog>
  );
}
