import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { ListCannedResponsesQuery as ListCannedResponsesData } from '../../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Dialog } from '../shell/dialog';
import { CannedForm } from './canned-form';
import { DeleteCannedDialog } from './delete-canned-dialog';

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

export type ListedCannedResponse = ListCannedResponsesData['cannedResponses'][number];

/** ADMIN and SUPERVISOR: the replies agents insert in the composer by typing "/" and a shortcut. */
export default function CannedPage() {
  const { t } = useI18n();
  const { data, loading } = useQuery(ListCannedResponsesQuery, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<ListedCannedResponse | null>(null);
  const [deleting, setDeleting] = useState<ListedCannedResponse | null>(null);
  const responses = data?.cannedResponses ?? [];
  return (
    <main className="page" id="main" tabIndex={-1}>
      <h1>{t('canned.title')}</h1>
      <p className="muted">{t('canned.intro')}</p>
      <div className="agents-layout">
        <section className="card" aria-labelledby="canned-list-title">
          <h2 id="canned-list-title">{t('canned.list')}</h2>
          {loading && !data && <p>{t('app.loading')}</p>}
          {data && responses.length === 0 && <p className="muted">{t('canned.none')}</p>}
          {responses.length > 0 && (
            <div className="table-scroll">
              <table className="agents-table">
                <thead>
                  <tr>
                    <th scope="col">{t('canned.shortcut')}</th>
                    <th scope="col">{t('canned.titleField')}</th>
                    <th scope="col">{t('canned.text')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('agents.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {responses.map((response) => (
                    <tr key={response.id} data-shortcut={response.shortcut}>
                      <td>/{response.shortcut}</td>
                      <td>{response.title}</td>
                      <td className="canned-text">{response.text}</td>
                      <td className="row-actions">
                        <button
                          type="button"
                          className="button small"
                          aria-label={t('agents.editNamed', { name: `/${response.shortcut}` })}
                          onClick={() => setEditing(response)}
                        >
                          {t('agents.edit')}
                        </button>
                        <button
                          type="button"
                          className="button small danger"
                          aria-label={t('teams.deleteNamed', { name: `/${response.shortcut}` })}
                          onClick={() => setDeleting(response)}
                        >
                          {t('teams.delete')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section className="card" aria-labelledby="canned-create-title">
          <h2 id="canned-create-title">{t('canned.create')}</h2>
          <CannedForm />
        </section>
      </div>
      <Dialog
        open={Boolean(editing)}
        title={editing ? t('canned.editTitle', { shortcut: editing.shortcut }) : ''}
        onClose={() => setEditing(null)}
      >
        {editing && <CannedForm key={editing.id} response={editing} onDone={() => setEditing(null)} />}
      </Dialog>
      <DeleteCannedDialog response={deleting} onClose={() => setDeleting(null)} />
    </main>
  );
}
