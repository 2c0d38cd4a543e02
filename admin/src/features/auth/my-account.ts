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
      teams {
        id
      }
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
  teams?: { id: string }[];
}

/**
 * The signed-in agent as the API sees it now: its role decides the screens, its status the
 * alerts. Admins are normalised by id, so a presence event or an edit updates it in place.
 */
export function useMyAccount(): MyAccount {
  const stored = useMe();
  const { data } = useQuery(GetMyAccountQuery, { fetchPolicy: 'cache-first' });
  return data?.me ?? stored;
}

/**
 * Reads the account again whenever the socket (re)connects: the first read may come before
 * this console's socket made the agent ONLINE, and a role change reconnects the socket.
 */
export function useFreshMyAccount(): void {
  const { monitor } = useAuth();
  const { refetch } = useQuery(GetMyAccountQuery, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  useEffect(
    () =>
      monitor.subscribe(() => {
        if (monitor.getState() === 'connected') void refetch();
      }),
    [monitor, refetch],
  );
}

/** Takes new chats: ONLINE, or not yet told otherwise while this console is open. */
export const isAvailable = (me: MyAccount): boolean => Boolean(me.status) && me.status !== 'AWAY';
