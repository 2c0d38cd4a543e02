import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { graphql } from '../../gql';
import type { AdminRole, AgentStatus } from '../../gql/graphql';
import { useAuth, useMe } from './auth-session';

export const GetMyAccountQuery = graphql(`
  query GetMyAccount {
    me {
      id
      name
      email
      role
      status
      maxConcurrentChats
      activeChatCount
    }
  }
`);

export interface MyAccount {
  id: string;
  name: string;
  email: string | null;
  /** Unknown until the API has answered: screens limited by role wait for it. */
  role?: AdminRole;
  status?: AgentStatus;
}

/**
 * The signed-in agent as the API sees it now: its role decides the screens, its status the
 * alerts. Admins are normalised by id, so a presence event or an edit updates it in place; a
 * role change reconnects the socket, and the reconnect reads it again.
 */
export function useMyAccount(): MyAccount {
  const stored = useMe();
  const { monitor } = useAuth();
  const { data, refetch } = useQuery(GetMyAccountQuery, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  useEffect(() => monitor.onReconnect(() => void refetch()), [monitor, refetch]);
  return data?.me ?? stored;
}
