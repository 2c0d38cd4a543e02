import { graphql } from './gql';
import { loginAdmin, registerCustomer, startSession } from './support/actors';
import { createApiKeyFor, revokeApiKey } from './support/api-keys';
import { provedLive } from './support/live';
import { OnChatSessionUpdated, SendMessage } from './support/operations';
import { connectSocket, errorCode, graphqlRequest, subscribe, useTwoTestApps } from './support/test-app';

const KeyChatSessions = graphql(`
  query ApiKeyRevocationChatSessions {
    chatSessions(first: 5) {
      totalCount
    }
  }
`);

describe('revoking an API key on two instances', () => {
  const apps = useTwoTestApps();

  it('stops the key on the other instance at once: its socket closes with 4401 and its next request is UNAUTHENTICATED', async () => {
    const admin = await loginAdmin(apps.a.httpUrl);
    const key = await createApiKeyFor(apps.a.httpUrl, ['READ_CHATS'], { admin });
    const customer = await registerCustomer(apps.b.httpUrl, 'Dewi');
    const sessionId = await startSession(apps.b.httpUrl, customer, 'Halo');

    // Used on B: over HTTP, and with a live subscription on a socket.
    expect(errorCode(await graphqlRequest(apps.b.httpUrl, KeyChatSessions, {}, key.token))).toBeUndefined();
    const socket = connectSocket(apps.b.wsUrl, key.token);
    await socket.connected;
    const updates = subscribe(socket, OnChatSessionUpdated, { id: sessionId });
    let n = 0;
    await provedLive(updates, async () => {
      await graphqlRequest(apps.b.httpUrl, SendMessage, { input: { sessionId, text: `pesan ${(n += 1)}` } }, customer.token);
      return (event) => event.chatSessionUpdated.id === sessionId;
    });

    await revokeApiKey(apps.a.httpUrl, key, admin);

    // No wait: the revocation reached B before A answered.
    const refused = await graphqlRequest(apps.b.httpUrl, KeyChatSessions, {}, key.token);
    expect(refused.status).toBe(401);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect((await socket.closed).code).toBe(4401);
    // And it cannot come back on a new socket.
    const again = connectSocket(apps.b.wsUrl, key.token);
    expect((await again.closed).code).toBe(4401);
  });
});
