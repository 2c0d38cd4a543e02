import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { describeError } from '../../app/errors';
import { graphql } from '../../gql';
import { useMyAccount } from '../auth/my-account';
import { useI18n } from '../i18n/i18n';
import { useDebounced } from '../shell/debounced';
import { routeHref } from '../shell/router';
import { SearchResult } from './search-result';

export const SearchMessagesQuery = graphql(`
  query SearchMessages($query: String!, $first: Int, $after: String) {
    searchMessages(query: $query, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
        }
        ...SearchResult_edge
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const PAGE_SIZE = 20;
const SEARCH_DELAY_MS = 300;
/** The API refuses longer searches. */
const MAX_QUERY_LENGTH = 200;

/** Every message the agent may see, best match first; a result opens its chat at that message. */
export default function SearchPage({ initialQuery }: { initialQuery: string }) {
  const { t } = useI18n();
  const me = useMyAccount();
  const inputId = useId();
  const [input, setInput] = useState(initialQuery);
  const query = useDebounced(input.trim(), SEARCH_DELAY_MS);
  const { data, loading, error, fetchMore, refetch } = useQuery(SearchMessagesQuery, {
    variables: { query, first: PAGE_SIZE },
    skip: !query,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  // The search stays in the address, so Back from a chat returns to these results.
  useEffect(() => {
    window.history.replaceState(null, '', routeHref({ page: 'search', query: query || undefined }));
    setMoreError(null);
  }, [query]);

  const found = query ? data?.searchMessages : undefined;
  const loadMore = async () => {
    if (!found?.pageInfo.hasNextPage || loadingMore) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({ variables: { after: found.pageInfo.endCursor } });
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <main className="page search-page" id="main" tabIndex={-1}>
      <h1>{t('search.title')}</h1>
      <p className="muted">{t('search.intro')}</p>
      <form className="search-form" role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={inputId}>{t('search.label')}</label>
        <input
          id={inputId}
          type="search"
          value={input}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          onChange={(event) => setInput(event.target.value)}
        />
      </form>
      <section className="card search-results" aria-label={t('search.results')} aria-busy={loading || loadingMore}>
        {!query ? (
          <p className="muted">{t('search.hint')}</p>
        ) : error && !found ? (
          <div role="alert">
            <p>{describeError(error, t)}</p>
            <button type="button" className="button" onClick={() => void refetch().catch(() => {})}>
              {t('search.retry')}
            </button>
          </div>
        ) : !found ? (
          <p className="muted">{t('search.searching')}</p>
        ) : found.edges.length === 0 ? (
          <p className="muted" role="status">
            {t('search.none', { query })}
          </p>
        ) : (
          <>
            <p className="muted" role="status">
              {t('search.count', { count: found.totalCount })}
            </p>
            <ol className="search-list">
              {found.edges.map((edge) => (
                <SearchResult key={edge.node.id} edge={edge} myId={me.id} />
              ))}
            </ol>
            {moreError !== null && (
              <p className="form-error" role="alert">
                {describeError(moreError, t)}
              </p>
            )}
            {found.pageInfo.hasNextPage && (
              <button type="button" className="button" disabled={loadingMore} onClick={() => void loadMore()}>
                {loadingMore ? t('app.loading') : t('search.more')}
              </button>
            )}
          </>
        )}
      </section>
    </main>
  );
}
