import type { AdminRole } from '../../gql/graphql';
import type { Route } from './router';

export type Page = Route['page'];

/**
 * The screens each role works with, as the contract shares out the work: a SUPERVISOR watches
 * the desk (reports, the agents' load) without managing it; an AGENT has its inbox and account.
 * The API refuses the rest anyway; this only keeps screens that could not work out of sight.
 */
const PAGES: Record<AdminRole, readonly Page[]> = {
  ADMIN: ['inbox', 'search', 'dashboard', 'agents', 'teams', 'labels', 'canned', 'blocked', 'settings', 'integrations', 'audit', 'account'],
  SUPERVISOR: ['inbox', 'search', 'dashboard', 'agents', 'labels', 'canned', 'blocked', 'account'],
  AGENT: ['inbox', 'search', 'account'],
};

/** What any signed-in agent may open before its role is known. */
const ALWAYS: readonly Page[] = ['inbox', 'search', 'account'];

export const mayOpen = (role: AdminRole | undefined, page: Page): boolean =>
  (role ? PAGES[role] : ALWAYS).includes(page);

/** Creating, editing and disabling agents, teams and settings. */
export const managesDesk = (role: AdminRole | undefined): boolean => role === 'ADMIN';
