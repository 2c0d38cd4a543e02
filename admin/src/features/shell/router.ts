import { useSyncExternalStore } from 'react';
import type { Queue } from '../inbox/session-list-cache';

/**
 * Hash routes (`#/inbox/waiting/<id>`), so the built console works from any static host
 * without rewrite rules.
 */
export type Route =
  | { page: 'inbox'; queue: Queue; sessionId?: string; /** A message to scroll to (`?m=`), e.g. a search hit. */ messageId?: string }
  | { page: 'search'; query?: string }
  | { page: 'dashboard' | 'agents' | 'teams' | 'labels' | 'settings' | 'account' | 'canned' | 'blocked' | 'integrations' | 'audit' };

const QUEUE_NAMES: Queue[] = ['waiting', 'mine', 'active', 'closed'];
const PAGES = ['dashboard', 'agents', 'teams', 'labels', 'settings', 'account', 'canned', 'blocked', 'integrations', 'audit'] as const;

export function parseRoute(hash: string): Route {
  const [path = '', query] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query);
  const [page, ...rest] = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (page === 'search') return { page, query: params.get('q') || undefined };
  const other = PAGES.find((name) => name === page);
  if (other) return { page: other };
  const queue = QUEUE_NAMES.includes(rest[0] as Queue) ? (rest[0] as Queue) : 'waiting';
  return { page: 'inbox', queue, sessionId: rest[1] || undefined, messageId: params.get('m') || undefined };
}

export function routeHref(route: Route): string {
  if (route.page === 'search') return `#/search${route.query ? `?${new URLSearchParams({ q: route.query })}` : ''}`;
  if (route.page !== 'inbox') return `#/${route.page}`;
  const session = route.sessionId ? `/${encodeURIComponent(route.sessionId)}` : '';
  const message = route.sessionId && route.messageId ? `?${new URLSearchParams({ m: route.messageId })}` : '';
  return `#/inbox/${route.queue}${session}${message}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(listener: () => void) {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
