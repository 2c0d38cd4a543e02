import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { ListCannedResponsesQuery, type ListedCannedResponse } from './canned-page';

const DeleteCannedResponseMutation = graphql(`
  mutation DeleteCannedResponse($id: ID!) {
    deleteCannedResponse(id: $id)
  }
`);

export function DeleteCannedDialog({ response, onClose }: { response: ListedCannedResponse | null; onClose(): void }) {
  const { t } = useI18n();
  const [deleteResponse, { loading }] = useMutation(DeleteCannedResponseMutation, {
    refetchQueries: [ListCannedResponsesQuery],
    awaitRefetchQueries: true,
  });
  return (
    <ConfirmDialog
      open={Boolean(response)}
      title={response ? t('canned.deleteTitle', { shortcut: response.shortcut }) : ''}
      confirmLabel={t('teams.deleteConfirm')}
      busy={loading}
      onConfirm={() => (response ? deleteResponse({ variables: { id: response.id } }) : Promise.resolve())}
      onClose={onClose}
    >
      {null}
    </ConfirmDialog>
  );
}
