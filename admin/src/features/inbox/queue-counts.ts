import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { queueFilter, type Queue } from './session-list-cache';

export const GetQueueCountsQuery = graphql(`
  query GetQueueCounts(
    $waiting: ChatSessionFilter!
    $mine: ChatSessionFilter!
    $active: ChatSessionFilter!
    $closed: ChatSessionFilter!
    $countOnly: Int!
  ) {
    waiting: chatSessions(filter: $waiting, first: $countOnly) {
      totalCount
    }
    mine: chatSessions(filter: $mine, first: $countOnly) {
      totalCount
    }
    active: chatSessions(filter: $active, first: $countOnly) {
      totalCount
    }
    closed: chatSessions(filter: $closed, first: $countOnly) {
      totalCount
    }
  }
`);

export const queueCountVariables = {
  waiting: queueFilter('waiting'),
  mine: queueFilter('mine'),
  active: queueFilter('active'),
  closed: queueFilter('closed'),
  countOnly: 0,
};

/** The four queues' sizes; kept fresh by the live session feed, which refetches them. */
export function useQueueCounts(): Partial<Record<Queue, number>> {
  const { data } = useQuery(GetQueueCountsQuery, { variables: queueCountVariables, fetchPolicy: 'cache-and-network' });
  if (!data) return {};
  return {
    waiting: data.waiting.totalCount,
    mine: data.mine.totalCount,
    active: data.active.totalCount,
    closed: data.closed.totalCount,
  };
}
