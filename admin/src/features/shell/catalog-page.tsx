import type { DocumentNode, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Fragment, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { ConfirmDialog } from './confirm-dialog';
import { Dialog } from './dialog';
import { EditDeleteCell } from './row-actions';

export interface CatalogColumn<T> {
  header: string;
  cell(entry: T): ReactNode;
  className?: string;
  /** Marks the cell for tests and styles, e.g. `data-members`. */
  data?: string;
}

interface CatalogTexts {
  title: string;
  intro?: string;
  list: string;
  none: string;
  create: string;
}

/**
 * The layout the desk's catalogs share (teams, labels, canned replies): a table of entries with
 * Edit and Delete on each row, a form to create one beside it, and the same form in a dialog to
 * edit one.
 */
export function CatalogPage<T extends { id: string }>(props: {
  /** Prefixes the section ids, e.g. `teams`. */
  id: string;
  texts: CatalogTexts;
  entries: T[] | undefined;
  loading: boolean;
  columns: CatalogColumn<T>[];
  /** The entry's name in the row's button labels and the edit dialog's title. */
  nameOf(entry: T): string;
  rowData(entry: T): Record<`data-${string}`, string>;
  deleteNamed(entry: T): string;
  editTitle(entry: T): string;
  /** The create form without an entry, the edit form with one. */
  form(entry?: T, onDone?: () => void): ReactNode;
  deleteDialog(entry: T | null, onClose: () => void): ReactNode;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<T | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const entries = props.entries ?? [];
  return (
    <main className="page" id="main" tabIndex={-1}>
      <h1>{props.texts.title}</h1>
      {props.texts.intro && <p className="muted">{props.texts.intro}</p>}
      <div className="agents-layout">
        <section className="card" aria-labelledby={`${props.id}-list-title`}>
          <h2 id={`${props.id}-list-title`}>{props.texts.list}</h2>
          {props.loading && !props.entries && <p>{t('app.loading')}</p>}
          {props.entries && entries.length === 0 && <p className="muted">{props.texts.none}</p>}
          {entries.length > 0 && (
            <div className="table-scroll">
              <table className="agents-table">
                <thead>
                  <tr>
                    {props.columns.map((column) => (
                      <th scope="col" key={column.header}>
                        {column.header}
                      </th>
                    ))}
                    <th scope="col">
                      <span className="visually-hidden">{t('agents.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.id} {...props.rowData(entry)}>
                      {props.columns.map((column) => (
                        <td key={column.header} className={column.className} {...(column.data ? { [column.data]: '' } : {})}>
                          {column.cell(entry)}
                        </td>
                      ))}
                      <EditDeleteCell
                        name={props.nameOf(entry)}
                        deleteNamed={props.deleteNamed(entry)}
                        onEdit={() => setEditing(entry)}
                        onDelete={() => setDeleting(entry)}
                      />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section className="card" aria-labelledby={`${props.id}-create-title`}>
          <h2 id={`${props.id}-create-title`}>{props.texts.create}</h2>
          {props.form()}
        </section>
      </div>
      <Dialog open={Boolean(editing)} title={editing ? props.editTitle(editing) : ''} onClose={() => setEditing(null)}>
        {editing && <Fragment key={editing.id}>{props.form(editing, () => setEditing(null))}</Fragment>}
      </Dialog>
      {props.deleteDialog(deleting, () => setDeleting(null))}
    </main>
  );
}

/** Confirms, then deletes one entry of a catalog by id and waits for the list to be read again. */
export function DeleteEntryDialog(props: {
  entryId: string | null;
  title: string;
  mutation: TypedDocumentNode<unknown, { id: string }>;
  refetch: DocumentNode;
  onClose(): void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const [deleteEntry, { loading }] = useMutation(props.mutation, {
    refetchQueries: [props.refetch],
    awaitRefetchQueries: true,
  });
  const { entryId } = props;
  return (
    <ConfirmDialog
      open={Boolean(entryId)}
      title={props.title}
      confirmLabel={t('teams.deleteConfirm')}
      busy={loading}
      onConfirm={() => (entryId ? deleteEntry({ variables: { id: entryId } }) : Promise.resolve())}
      onClose={props.onClose}
    >
      {props.children ?? null}
    </ConfirmDialog>
  );
}
