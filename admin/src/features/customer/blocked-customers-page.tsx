import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useI18n } from '../i18n/i18n';
import { UnblockButton } from './customer-blocking';

const ListBlockedCustomersQuery = graphql(`
  query ListBlockedCustomers($first: Int, $after: String) {
    blockedCustomers(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          externalId
          blockedAt
          blockedReason
        }
      }
    }
  }
`);

const PAGE_SIZE = 50;

/** ADMIN and SUPERVISOR: the visitors blocked from the widget, newest first, each with Unblock. */
export default function BlockedCustomersPage() {
  const { t, formatDateTime } = useI18n();
  const { data, loading, refetch, fetchMore } = useQuery(ListBlockedCustomersQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const list = data?.blockedCustomers;
  const rows = list?.edges.map((edge) => edge.node) ?? [];
  return (
    <main className="page" id="main" tabIndex={-1}>
      <h1>{t('blocked.title')}</h1>
      <section className="card" aria-labelledby="blocked-list-title">
        <h2 id="blocked-list-title">{t('blocked.list', { count: list?.totalCount ?? 0 })}</h2>
        {rows.length === 0 ? (
          <p className="empty">{loading ? t('app.loading') : t('blocked.none')}</p>
        ) : (
          <div className="table-scroll">
            <table className="agents-table">
              <thead>
                <tr>
                  <th scope="col">{t('customer.name')}</th>
                  <th scope="col">{t('customer.email')}</th>
                  <th scope="col">{t('blocked.reason')}</th>
                  <th scope="col">{t('blocked.since')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('blocked.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((customer) => (
                  <tr key={customer.id} data-customer-name={customer.name}>
                    <td>
                      {customer.name}
                      {customer.externalId && <span className="tag">{customer.externalId}</span>}
                    </td>
                    <td>{customer.email ?? t('customer.unknown')}</td>
                    <td>{customer.blockedReason ?? t('customer.unknown')}</td>
                    <td>{customer.blockedAt && <time dateTime={customer.blockedAt}>{formatDateTime(customer.blockedAt, 'datetime')}</time>}</td>
                    <td>
                      <UnblockButton customerId={customer.id} name={customer.name} onDone={() => void refetch()} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {list?.pageInfo.hasNextPage && (
          <button
            type="button"
            className="button"
            onClick={() =>
              void fetchMore({
                variables: { after: list.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  blockedCustomers: {
                    ...fetchMoreResult.blockedCustomers,
                    edges: [...previous.blockedCustomers.edges, ...fetchMoreResult.blockedCustomers.edges],
                  },
                }),
              })
            }
          >
            {t('blocked.more')}
          </button>
        )}
      </section>
    </main>
  );
}
