import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ListCannedResponsesQuery as ListCannedResponsesData } from '../../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { CatalogPage, DeleteEntryDialog } from '../shell/catalog-page';
import { CannedForm } from './canned-form';

export const ListCannedResponsesQuery = graphql(`
  query ListCannedResponses {
    cannedResponses {
      id
      shortcut
      title
      text
    }
  }
`);

const DeleteCannedResponseMutation = graphql(`
  mutation DeleteCannedResponse($id: ID!) {
    deleteCannedResponse(id: $id)
  }
`);

export type ListedCannedResponse = ListCannedResponsesData['cannedResponses'][number];

/** ADMIN and SUPERVISOR: the replies agents insert in the composer by typing "/" and a shortcut. */
export default function CannedPage() {
  const { t } = useI18n();
  const { data, loading } = useQuery(ListCannedResponsesQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <CatalogPage
      id="canned"
      texts={{
        title: t('canned.title'),
        intro: t('canned.intro'),
        list: t('canned.list'),
        none: t('canned.none'),
        create: t('canned.create'),
      }}
      entries={data?.cannedResponses}
      loading={loading}
      columns={[
        { header: t('canned.shortcut'), cell: (response) => `/${response.shortcut}` },
        { header: t('canned.titleField'), cell: (response) => response.title },
        { header: t('canned.text'), cell: (response) => response.text, className: 'canned-text' },
      ]}
      nameOf={(response) => `/${response.shortcut}`}
      rowData={(response) => ({ 'data-shortcut': response.shortcut })}
      deleteNamed={(response) => t('teams.deleteNamed', { name: `/${response.shortcut}` })}
      editTitle={(response) => t('canned.editTitle', { shortcut: response.shortcut })}
      form={(response, onDone) => <CannedForm response={response} onDone={onDone} />}
      deleteDialog={(response, onClose) => (
        <DeleteEntryDialog
          entryId={response?.id ?? null}
          title={response ? t('canned.deleteTitle', { shortcut: response.shortcut }) : ''}
          mutation={DeleteCannedResponseMutation}
          refetch={ListCannedResponsesQuery}
          onClose={onClose}
        />
      )}
    />
  );
}
