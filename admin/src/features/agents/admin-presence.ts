import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';

const OnAdminPresenceChangedSubscription = graphql(`
  subscription OnAdminPresenceChanged {
    adminPresenceChanged {
      online
      admin {
        id
        online
      }
    }
  }
`);

/**
 * Keeps every agent's online dot live. Admins are normalised by id, so writing the event into
 * the cache updates the agent list, the transfer picker and the conversation header at once.
 */
export function useAdminPresence(): void {
  useSubscription(OnAdminPresenceChangedSubscription);
}
