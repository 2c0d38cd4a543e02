import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';

const OnAdminPresenceChangedSubscription = graphql(`
  subscription OnAdminPresenceChanged {
    adminPresenceChanged {
      online
      status
      admin {
        id
        online
        status
      }
    }
  }
`);

/**
 * Keeps every agent's status live. Admins are normalised by id, so writing the event into the
 * cache updates the agent list, the transfer picker, the header's switch and the conversation
 * header at once.
 */
export function useAdminPresence(): void {
  useSubscription(OnAdminPresenceChangedSubscription);
}
