import { graphql } from '../../../test/gql';
import { expectNothingStored } from '../../../test/security/hostile';
import { createAgent, loginAdmin, registerCustomer, startSession, type Actor } from '../../../test/support/actors';
import { OnChatSessionUpdated, SendMessage } from '../../../test/support/operations';
import { provedLive, waitForValue } from '../../../test/support/live';
import { queuedChat } from '../../../test/support/queue';
import {
  connectSocket,
  createTestDatabase,
  graphqlRequest,
  startTestApp,
  subscribe,
  TEST_REDIS_URL,
  uniqueRedisPrefix,
  type GraphQLResponse,
  type TestApp,
  type TestDatabase,
} from '../../../test/support/test-app';
import { identityHash } from './identity';

const SECRET = 'identity-secret-of-the-host-site-0123456789';

const BlockCustomer = graphql(`
  mutation BlockCustomer($id: ID!, $reason: String) {
    blockCustomer(id: $id, reason: $reason) {
      id
      blocked
      blockedAt
      blockedReason
    }
  }
`);

const UnblockCustomer = graphql(`
  mutation UnblockCustomer($id: ID!) {
    unblockCustomer(id: $id) {
      id
      blocked
      blockedReason
    }
  }
`);

const ListBlockedCustomers = graphql(`
  query ListBlockedCustomers($first: Int, $after: String) {
    blockedCustomers(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          blockedReason
        }
      }
    }
  }
`);

const OwnChat = graphql(`
  query BlockingOwnChat($id: ID!) {
    chatSession(id: $id) {
      id
    }
  }
`);

const RegisterAgain = graphql(`
  mutation BlockingRegisterAgain($input: RegisterCustomerInput!) {
    registerCustomer(input: $input) {
      token
      customer {
        id
      }
    }
  }
`);

// Two instances on one database and one Redis: a block on A must hold on B at once.
let db: TestDatabase;
let a: TestApp;
let b: TestApp;
let admin: Actor;
beforeAll(async () => {
  db = await createTestDatabase();
  const shared = { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: uniqueRedisPrefix(), IDENTITY_SECRET: SECRET };
  a = await startTestApp(db.url, shared);
  b = await startTestApp(db.url, shared);
  admin = await loginAdmin(a.httpUrl);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await db?.drop();
});

const extensionsOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions as { code?: string; reason?: string } | undefined;
const BLOCKED = expect.objectContaining({ code: 'FORBIDDEN', reason: 'BLOCKED' });

it('refuses a blocked visitor on every instance at once over HTTP, closes its open socket with 4403 and refuses a new one', async () => {
  const visitor = await registerCustomer(a.httpUrl, 'Pengganggu');
  const sessionId = await startSession(a.httpUrl, visitor, 'Halo');
  const socketOnB = connectSocket(b.wsUrl, visitor.token);
  const updates = subscribe(socketOnB, OnChatSessionUpdated, { id: sessionId });
  // The socket is live before the block: it hears a message of its own chat.
  await provedLive(updates, async () => {
    await graphqlRequest(b.httpUrl, SendMessage, { input: { sessionId, text: 'penanda' } }, visitor.token);
    return (event) => event.chatSessionUpdated.id === sessionId;
  });
  expect((await graphqlRequest(b.httpUrl, OwnChat, { id: sessionId }, visitor.token)).data?.chatSession?.id).toBe(sessionId);

  const blocked = await graphqlRequest(a.httpUrl, BlockCustomer, { id: visitor.id, reason: 'Mengirim pesan kasar' }, admin.token);
  expect(blocked.data?.blockCustomer).toMatchObject({ id: visitor.id, blocked: true, blockedReason: 'Mengirim pesan kasar' });

  const [onA, onB] = await Promise.all([
    graphqlRequest(a.httpUrl, SendMessage, { input: { sessionId, text: 'masih di sini' } }, visitor.token),
    graphqlRequest(b.httpUrl, OwnChat, { id: sessionId }, visitor.token),
  ]);
  expect([extensionsOf(onA), extensionsOf(onB)]).toEqual([BLOCKED, BLOCKED]);
  expect((await socketOnB.closed).code).toBe(4403);
  const fresh = connectSocket(a.wsUrl, visitor.token);
  expect((await fresh.closed).code).toBe(4403);
});

it('refuses a new registration from the blocked browser (its stored token) and from its verified id, storing nothing', async () => {
  const externalId = 'user-diblokir';
  const signed = { name: 'Pengguna', externalId, identityHash: identityHash(SECRET, externalId) };
  const registered = await graphqlRequest(a.httpUrl, RegisterAgain, { input: signed });
  const visitor = { id: registered.data!.registerCustomer.customer.id, token: registered.data!.registerCustomer.token };
  await graphqlRequest(a.httpUrl, BlockCustomer, { id: visitor.id }, admin.token);

  const fromBrowser = await expectNothingStored(b, () => graphqlRequest(b.httpUrl, RegisterAgain, { input: { name: 'Nama Baru' } }, visitor.token));
  expect(extensionsOf(fromBrowser)).toEqual(BLOCKED);
  const fromOtherDevice = await expectNothingStored(b, () => graphqlRequest(b.httpUrl, RegisterAgain, { input: { ...signed, name: 'Nama Baru' } }));
  expect(extensionsOf(fromOtherDevice)).toEqual(BLOCKED);
  // A browser without the token is a stranger: it may register, as a new visitor.
  expect((await graphqlRequest(b.httpUrl, RegisterAgain, { input: { name: 'Orang Lain' } })).data?.registerCustomer.customer.id).not.toBe(visitor.id);
});

it('lists blocked visitors for the console, and unblocking restores the same token on every instance', async () => {
  const first = await registerCustomer(a.httpUrl, 'Diblokir Satu');
  const second = await registerCustomer(a.httpUrl, 'Diblokir Dua');
  await graphqlRequest(a.httpUrl, BlockCustomer, { id: first.id, reason: 'spam' }, admin.token);
  await graphqlRequest(a.httpUrl, BlockCustomer, { id: second.id }, admin.token);

  const page = await graphqlRequest(b.httpUrl, ListBlockedCustomers, { first: 1 }, admin.token);
  expect(page.data?.blockedCustomers.edges.map((edge) => edge.node)).toEqual([{ id: second.id, name: 'Diblokir Dua', blockedReason: null }]);
  expect(page.data?.blockedCustomers.pageInfo.hasNextPage).toBe(true);
  const next = await graphqlRequest(b.httpUrl, ListBlockedCustomers, { first: 1, after: page.data!.blockedCustomers.pageInfo.endCursor }, admin.token);
  expect(next.data?.blockedCustomers.edges[0]?.node).toEqual({ id: first.id, name: 'Diblokir Satu', blockedReason: 'spam' });

  const unblocked = await graphqlRequest(b.httpUrl, UnblockCustomer, { id: first.id }, admin.token);
  expect(unblocked.data?.unblockCustomer).toEqual({ id: first.id, blocked: false, blockedReason: null });
  for (const app of [a, b]) expect((await graphqlRequest(app.httpUrl, RegisterAgain, { input: { name: 'Kembali' } }, first.token)).data).toBeTruthy();
  expect(await startSession(b.httpUrl, first, 'Saya kembali')).toBeTruthy();
  const socket = connectSocket(a.wsUrl, first.token);
  await socket.connected;
  await socket.dispose();
  const after = await graphqlRequest(a.httpUrl, ListBlockedCustomers, {}, admin.token);
  expect(after.data?.blockedCustomers.edges.map((edge) => edge.node.id)).not.toContain(first.id);
});

it('lets an AGENT block only a visitor of a chat it may see, and only ADMIN and SUPERVISOR unblock or list', async () => {
  const agent = await createAgent(a.httpUrl, admin, 'agen-blokir@example.com', 'Agen Blokir', 'AGENT');
  const supervisor = await createAgent(a.httpUrl, admin, 'supervisor-blokir@example.com', 'Supervisor Blokir', 'SUPERVISOR');
  const unseen = await registerCustomer(a.httpUrl, 'Belum Menulis');
  const refused = await graphqlRequest(a.httpUrl, BlockCustomer, { id: unseen.id }, agent.token);
  expect(extensionsOf(refused)?.code).toBe('NOT_FOUND');

  const visitor = await registerCustomer(a.httpUrl, 'Menulis');
  await startSession(a.httpUrl, visitor, 'Halo agen');
  expect((await graphqlRequest(a.httpUrl, BlockCustomer, { id: visitor.id, reason: 'kasar' }, agent.token)).data?.blockCustomer.blocked).toBe(true);
  expect(extensionsOf(await graphqlRequest(a.httpUrl, UnblockCustomer, { id: visitor.id }, agent.token))?.code).toBe('FORBIDDEN');
  expect(extensionsOf(await graphqlRequest(a.httpUrl, ListBlockedCustomers, {}, agent.token))?.code).toBe('FORBIDDEN');
  const other = await registerCustomer(a.httpUrl, 'Pengunjung Lain');
  expect(extensionsOf(await graphqlRequest(a.httpUrl, BlockCustomer, { id: visitor.id }, other.token))?.code).toBe('FORBIDDEN');
  expect(extensionsOf(await graphqlRequest(a.httpUrl, BlockCustomer, { id: visitor.id, reason: 'x'.repeat(501) }, supervisor.token))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  expect((await graphqlRequest(a.httpUrl, UnblockCustomer, { id: visitor.id }, supervisor.token)).data?.unblockCustomer.blocked).toBe(false);
});

it("closes the blocked visitor's open chats, waiting or assigned, and announces it", async () => {
  const visitor = await registerCustomer(a.httpUrl, 'Spam');
  const waiting = await startSession(a.httpUrl, visitor, 'Beli pengikut murah!');
  const assigned = await startSession(a.httpUrl, visitor, 'Promo!');
  await graphqlRequest(a.httpUrl, SendMessage, { input: { sessionId: assigned, text: 'Ada yang bisa dibantu?' } }, admin.token);
  expect(await queuedChat(a.httpUrl, admin.token, assigned)).toMatchObject({ status: 'ACTIVE', assignedAdmin: { id: admin.id } });
  const desk = connectSocket(b.wsUrl, admin.token);
  const updates = subscribe(desk, OnChatSessionUpdated, { id: assigned });
  await provedLive(updates, async () => {
    await graphqlRequest(a.httpUrl, SendMessage, { input: { sessionId: assigned, text: 'penanda' } }, admin.token);
    return (event) => event.chatSessionUpdated.id === assigned;
  });

  await graphqlRequest(a.httpUrl, BlockCustomer, { id: visitor.id, reason: 'spam' }, admin.token);

  for (const id of [waiting, assigned]) expect((await queuedChat(b.httpUrl, admin.token, id)).status).toBe('CLOSED');
  const lastStatus = async () => updates.events.at(-1)?.chatSessionUpdated.status;
  expect(await waitForValue(lastStatus, 'CLOSED')).toBe('CLOSED');
  await desk.dispose();
});
