import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ListLabelsQuery as ListLabelsData } from '../../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { CatalogPage, DeleteEntryDialog } from '../shell/catalog-page';
import { LabelChip } from './label-chip';
import { LabelForm } from './label-form';

export const ListLabelsQuery = graphql(`
  query ListLabels {
    labels {
      id
      name
      color
    }
  }
`);

const DeleteLabelMutation = graphql(`
  mutation DeleteLabel($id: ID!) {
    deleteLabel(id: $id)
  }
`);

export type ListedLabel = ListLabelsData['labels'][number];

/** ADMIN and SUPERVISOR: the labels agents put on chats. */
export default function LabelsPage() {
  const { t } = useI18n();
  const { data, loading } = useQuery(ListLabelsQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <CatalogPage
      id="labels"
      texts={{ title: t('labels.title'), list: t('labels.list'), none: t('labels.none'), create: t('labels.create') }}
      entries={data?.labels}
      loading={loading}
      columns={[
        { header: t('labels.name'), cell: (label) => <LabelChip label={label} /> },
        { header: t('labels.color'), cell: (label) => <code>{label.color}</code> },
      ]}
      nameOf={(label) => label.name}
      rowData={(label) => ({ 'data-label-name': label.name })}
      deleteNamed={(label) => t('labels.deleteNamed', { name: label.name })}
      editTitle={(label) => t('labels.editTitle', { name: label.name })}
      form={(label, onDone) => <LabelForm label={label} onDone={onDone} />}
      deleteDialog={(label, onClose) => (
        // Deleting a label takes it off every chat.
        <DeleteEntryDialog
          entryId={label?.id ?? null}
          title={label ? t('labels.deleteTitle', { name: label.name }) : ''}
          mutation={DeleteLabelMutation}
          refetch={ListLabelsQuery}
          onClose={onClose}
        >
          <p>{t('labels.deleteBody')}</p>
        </DeleteEntryDialog>
      )}
    />
  );
}
