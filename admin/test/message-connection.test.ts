import type { Reference } from '@apollo/client';
import {
  compareMessageIds,
  mergeMessageConnections,
  type StoredMessageConnection,
} from '../src/features/conversation/message-connection';

const ref = (id: string): Reference => ({ __ref: `Message:${id}` });
const idOf = (edge: { node: Reference }) => edge.node.__ref.slice('Message:'.length);
const page = (ids: string[], pageInfo: Partial<StoredMessageConnection['pageInfo']> = {}, cursors = true) => ({
  edges: ids.map((id) => ({ cursor: cursors ? `c${id}` : '', node: ref(id) })),
  pageInfo: { hasPreviousPage: false, hasNextPage: false, startCursor: null, endCursor: null, ...pageInfo },
});
const ids = (connection: StoredMessageConnection) => connection.edges.map(idOf);

describe('mergeMessageConnections', () => {
  it('orders message ids numerically, not as text', () => {
    expect(['10', '9', '100', '11'].sort(compareMessageIds)).toEqual(['9', '10', '11', '100']);
  });

  it('keeps the first page and its hasPreviousPage', () => {
    const merged = mergeMessageConnections(undefined, page(['8', '9', '10'], { hasPreviousPage: true }), idOf);
    expect(ids(merged)).toEqual(['8', '9', '10']);
    expect(merged.pageInfo).toMatchObject({ hasPreviousPage: true, startCursor: 'c8', endCursor: 'c10' });
  });

  it('puts an older page before, and takes its hasPreviousPage', () => {
    const first = mergeMessageConnections(undefined, page(['8', '9', '10'], { hasPreviousPage: true }), idOf);
    const merged = mergeMessageConnections(first, page(['5', '6', '7'], { hasPreviousPage: false }), idOf);
    expect(ids(merged)).toEqual(['5', '6', '7', '8', '9', '10']);
    expect(merged.pageInfo).toMatchObject({ hasPreviousPage: false, startCursor: 'c5', endCursor: 'c10' });
  });

  it('adds live messages once, and keeps endCursor on the newest fetched one so a catch-up asks for them', () => {
    const first = mergeMessageConnections(undefined, page(['8', '9']), idOf);
    const live = mergeMessageConnections(first, page(['10', '11'], {}, false), idOf);
    const again = mergeMessageConnections(live, page(['11'], {}, false), idOf);
    expect(ids(again)).toEqual(['8', '9', '10', '11']);
    expect(again.pageInfo.endCursor).toBe('c9');
  });

  it('lets a catch-up page fill in cursors of live messages without doubling them', () => {
    const live = mergeMessageConnections(mergeMessageConnections(undefined, page(['8']), idOf), page(['9', '10'], {}, false), idOf);
    const caughtUp = mergeMessageConnections(live, page(['9', '10', '11'], { hasPreviousPage: true }), idOf);
    expect(ids(caughtUp)).toEqual(['8', '9', '10', '11']);
    expect(caughtUp.edges.map((edge) => edge.cursor)).toEqual(['c8', 'c9', 'c10', 'c11']);
    expect(caughtUp.pageInfo).toMatchObject({ endCursor: 'c11', hasPreviousPage: false });
  });
});
