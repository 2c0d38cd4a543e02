import { GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import pino from 'pino';
import type { Viewer } from '../auth/viewer';
import { sharedOperation, SharedResults } from './shared-results';

const agent = (adminId: string): Viewer => ({ role: 'ADMIN', adminId, tokenId: `token-${adminId}`, expiresAt: 0 });
type ViewerContext = { viewer: Viewer | null };
const whoReads = (context: ViewerContext) => (context.viewer?.role === 'ADMIN' ? context.viewer.adminId : 'nobody');

const Reading = new GraphQLObjectType<unknown, ViewerContext>({
  name: 'Reading',
  fields: {
    text: { type: GraphQLString, resolve: () => 'same for everyone' },
    signedFor: { type: GraphQLString, extensions: { resolvedPerViewer: true }, resolve: (_root, _args, context) => whoReads(context) },
    /** Reads who the viewer is without saying so: the mistake the reduced viewer catches. */
    unmarked: { type: GraphQLString, resolve: (_root, _args, context) => whoReads(context) },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { reading: { type: Reading, resolve: (root) => root } } }),
});

const results = new SharedResults((viewer) => ({ viewer }), (error) => error.toJSON(), pino({ level: 'silent' }));
const payloadsFor = (query: string) => {
  const event = {};
  const document = parse(query);
  return ['a', 'b'].map((id) => JSON.parse(results.payloadFor(event, sharedOperation({ schema, document }, agent(id), '127.0.0.1')) as string));
};

describe('who shares a subscription result', () => {
  it('shares a result without viewer-dependent fields among the agents', () => {
    const [first, second] = payloadsFor('{ reading { text } }');
    expect(first).toEqual({ data: { reading: { text: 'same for everyone' } } });
    expect(second).toEqual(first);
  });

  it('resolves a field marked @ResolvedPerViewer for each agent (a signed link went to every agent)', () => {
    const [first, second] = payloadsFor('{ reading { text signedFor } }');
    expect(first.data.reading.signedFor).toBe('a');
    expect(second.data.reading.signedFor).toBe('b');
  });

  it('finds the marked field through a fragment', () => {
    const [, second] = payloadsFor('{ reading { ...Parts } } fragment Parts on Reading { signedFor }');
    expect(second.data.reading.signedFor).toBe('b');
  });

  it("fails an unmarked field that reads who the viewer is, instead of handing one agent's answer to the other", () => {
    const [first, second] = payloadsFor('{ reading { unmarked } }');
    for (const payload of [first, second]) {
      expect(payload.data.reading.unmarked).toBeNull();
      expect(payload.errors[0].message).toMatch(/ResolvedPerViewer/);
    }
  });
});
