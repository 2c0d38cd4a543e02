import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { ListLabelsQuery as ListLabelsData } from '../../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Dialog } from '../shell/dialog';
import { EditDeleteCell } from '../shell/row-actions';
import { ConfirmDialog } from '../shell/confirm-dialog';
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
  const [editing, setEditing] = useState<ListedLabel | null>(null);
  const [deleting, setDeleting] = useState<ListedLabel | null>(null);
  const labels = data?.labels ?? [];
  return (
    <main className="page" id="main" tabIndex={-1}>
      <h1>{t('labels.title')}</h1>
      <div className="agents-layout">
        <section className="card" aria-labelledby="labels-list-title">
          <h2 id="labels-list-title">{t('labels.list')}</h2>
          {loading && !data && <p>{t('app.loading')}</p>}
          {data && labels.length === 0 && <p className="muted">{t('labels.none')}</p>}
          {labels.length > 0 && (
            <div className="table-scroll">
              <table className="agents-table">
                <thead>
                  <tr>
                    <th scope="col">{t('labels.name')}</th>
                    <th scope="col">{t('labels.color')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('agents.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {labels.map((label) => (
                    <tr key={label.id} data-label-name={label.name}>
                      <td>
                        <LabelChip label={label} />
                      </td>
                      <td>
                        <code>{label.color}</code>
                      </td>
                      <EditDeleteCell
                        name={label.name}
                        deleteNamed={t('labels.deleteNamed', { name: label.name })}
                        onEdit={() => setEditing(label)}
                        onDelete={() => setDeleting(label)}
                      />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section className="card" aria-labelledby="labels-create-title">
          <h2 id="labels-create-title">{t('labels.create')}</h2>
          <LabelForm />
        </section>
      </div>
      <Dialog
        open={Boolean(editing)}
        title={editing ? t('labels.editTitle', { name: editing.name }) : ''}
        onClose={() => setEditing(null)}
      >
        {editing && <LabelForm key={editing.id} label={editing} onDone={() => setEditing(null)} />}
      </Dialog>
      <DeleteLabelDialog label={deleting} onClose={() => setDeleting(null)} />
    </main>
  );
}

/** Deleting a label takes it off every chat; it is confirmed first. */
function DeleteLabelDialog({ label, onClose }: { label: ListedLabel | null; onClose(): void }) {
  const { t } = useI18n();
  const [deleteLabel, { loading }] = useMutation(DeleteLabelMutation, {
    refetchQueries: [ListLabelsQuery],
    awaitRefetchQueries: true,
  });
  return (
    <ConfirmDialog
      open={Boolean(label)}
      title={label ? t('labels.deleteTitle', { name: label.name }) : ''}
      confirmLabel={t('teams.deleteConfirm')}
      busy={loading}
      onConfirm={() => (label ? deleteLabel({ variables: { id: label.id } }) : Promise.resolve())}
      onClose={onClose}
    >
      <p>{t('labels.deleteBody')}</p>
    </ConfirmDialog>
  );
}
