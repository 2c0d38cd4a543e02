import { createHash } from 'node:crypto';
import { graphql } from './gql';
import { expectNothingStored } from './security/hostile';
import { createAgent, loginAdmin, registerCustomer, startSession, type Actor } from './support/actors';
import { createApiKeyFor, CreateApiKey, RevokeApiKey } from './support/api-keys';
import { countOrmQueries } from './support/orm-queries';
import { OnMessageAdded, SendMessage } from './support/operations';
import { provedLive } from './support/live';
import { connectSocket, errorCode, graphqlRequest, subscribe, TEST_REDIS_URL, uniqueRedisPrefix, useTestApp } from './support/test-app';

const ListApiKeys = graphql(`
  query ApiKeysList {
    apiKeys {
      id
      name
      scopes
      prefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

const KeyChatSessions = graphql(`
  query ApiKeysChatSessions {
    chatSessions(first: 50) {
      totalCount
      edges {
        node {
          id
          status
          labels {
            id
          }
          customer {
            id
            name
          }
        }
      }
    }
  }
`);

const KeyChatSession = graphql(`
  query ApiKeysChatSession($id: ID!) {
    chatSession(id: $id) {
      id
      status
      assignedAdmin {
        id
        email
      }
      messages(first: 50) {
        edges {
          node {
            id
            sender
            senderName
            text
            internal
          }
        }
      }
    }
  }
`);

const KeyStats = graphql(`
  query ApiKeysStats {
    stats {
      waitingSessions
      averageFirstResponseSeconds
    }
  }
`);

const KeyUpdateCustomer = graphql(`
  mutation ApiKeysUpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
    updateCustomer(id: $id, input: $input) {
      id
      name
    }
  }
`);

const KeyBlockedCustomers = graphql(`
  query ApiKeysBlockedCustomers {
    blockedCustomers {
      totalCount
    }
  }
`);

const KeySearch = graphql(`
  query ApiKeysSearch($query: String!) {
    searchMessages(query: $query) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const KeyTeamsAndLabels = graphql(`
  query ApiKeysTeamsAndLabels {
    teams {
      id
    }
    labels {
      id
    }
  }
`);

const KeyAdmins = graphql(`
  query ApiKeysAdmins {
    admins {
      id
    }
  }
`);

const KeySettings = graphql(`
  query ApiKeysSettings {
    settings {
      routingMode
    }
  }
`);

const KeyCreateTeam = graphql(`
  mutation ApiKeysCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
    }
  }
`);

const KeyMe = graphql(`
  query ApiKeysMe {
    me {
      id
    }
  }
`);

const KeyLogout = graphql(`
  mutation ApiKeysLogout {
    logout
  }
`);

const KeyClose = graphql(`
  mutation ApiKeysClose($id: ID!) {
    closeChatSession(id: $id) {
      id
    }
  }
`);

const KeyAssign = graphql(`
  mutation ApiKeysAssign($id: ID!, $adminId: ID) {
    assignChatSession(id: $id, adminId: $adminId) {
      id
    }
  }
`);

const KeyTyping = graphql(`
  mutation ApiKeysTyping($sessionId: ID!) {
    setTyping(sessionId: $sessionId, isTyping: true)
  }
`);

const SecretOfListedKey = `query ApiKeysSecretField { apiKeys { id secret } }`;

const ALL_SCOPES = ['READ_CHATS', 'WRITE_MESSAGES', 'MANAGE_CUSTOMERS', 'READ_REPORTS'] as const;

describe('API keys', () => {
  const handle = useTestApp({ REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: uniqueRedisPrefix() });
  const url = () => handle.app.httpUrl;
  let admin: Actor;
  let supervisor: Actor;
  let agent: Actor;
  let customer: Actor;
  let sessionId: string;

  const rows = (sql: string, params: unknown[] = []) => handle.app.deps.orm.em.fork().getConnection().execute(sql, params);

  beforeAll(async () => {
    admin = await loginAdmin(url());
    supervisor = await createAgent(url(), admin, 'supervisor@example.com', 'Supervisor', 'SUPERVISOR');
    agent = await createAgent(url(), admin, 'agent@example.com', 'Agen', 'AGENT');
    customer = await registerCustomer(url(), 'Siti Aminah', 'siti@example.com');
    sessionId = await startSession(url(), customer, 'Bagaimana cara mengurus NIB?');
  });

  describe('who may manage keys', () => {
    it('lets an ADMIN create, list and revoke keys, and shows the secret once', async () => {
      const created = await graphqlRequest(url(), CreateApiKey, { input: { name: 'CRM', scopes: ['READ_CHATS'] } }, admin.token);
      const { secret, apiKey } = created.data!.createApiKey;
      expect(secret).toMatch(/^lco_[A-Za-z0-9_-]{43}$/);
      expect(apiKey).toMatchObject({ name: 'CRM', scopes: ['READ_CHATS'], prefix: secret.slice(0, 12), lastUsedAt: null, revokedAt: null });

      const listed = await graphqlRequest(url(), ListApiKeys, {}, admin.token);
      expect(listed.data!.apiKeys.find((key) => key.id === apiKey.id)).toMatchObject({ prefix: secret.slice(0, 12) });
      expect(JSON.stringify(listed.data)).not.toContain(secret);
      // The list cannot carry it: the type has no such field.
      expect(errorCode(await graphqlRequest(url(), SecretOfListedKey, {}, admin.token))).toBe('GRAPHQL_VALIDATION_FAILED');

      const revoked = await graphqlRequest(url(), RevokeApiKey, { id: apiKey.id }, admin.token);
      expect(revoked.data!.revokeApiKey.revokedAt).not.toBeNull();
    });

    it('stores only the hash of the secret', async () => {
      const key = await createApiKeyFor(url(), ['READ_CHATS'], { admin, name: 'Hashed' });
      const [row] = await rows('select * from api_key where id = ?', [key.id]);
      expect(row.secret_hash).toBe(createHash('sha256').update(key.token).digest('hex'));
      expect(JSON.stringify(row)).not.toContain(key.token.slice(12));
    });

    it.each([
      ['SUPERVISOR', () => supervisor],
      ['AGENT', () => agent],
      ['a customer', () => customer],
    ])('refuses %s with FORBIDDEN, storing nothing', async (_role, who) => {
      const before = await rows('select count(*)::int as n from api_key');
      const created = await graphqlRequest(url(), CreateApiKey, { input: { name: 'No', scopes: ['READ_CHATS'] } }, who().token);
      expect(errorCode(created)).toBe('FORBIDDEN');
      expect(await rows('select count(*)::int as n from api_key')).toEqual(before);
      expect(errorCode(await graphqlRequest(url(), ListApiKeys, {}, who().token))).toBe('FORBIDDEN');
      const key = await createApiKeyFor(url(), [], { admin });
      expect(errorCode(await graphqlRequest(url(), RevokeApiKey, { id: key.id }, who().token))).toBe('FORBIDDEN');
      const [row] = await rows('select revoked_at from api_key where id = ?', [key.id]);
      expect(row.revoked_at).toBeNull();
    });

    it('refuses anonymous callers with UNAUTHENTICATED, and a key with every scope with FORBIDDEN', async () => {
      expect(errorCode(await graphqlRequest(url(), ListApiKeys, {}))).toBe('UNAUTHENTICATED');
      const key = await createApiKeyFor(url(), [...ALL_SCOPES], { admin });
      const made = await graphqlRequest(url(), CreateApiKey, { input: { name: 'Child', scopes: ['READ_CHATS'] } }, key.token);
      expect(made.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_FOR_API_KEYS' });
      expect(errorCode(await graphqlRequest(url(), ListApiKeys, {}, key.token))).toBe('FORBIDDEN');
    });

    it('refuses a bad name with BAD_USER_INPUT', async () => {
      const created = await graphqlRequest(url(), CreateApiKey, { input: { name: '   ', scopes: [] } }, admin.token);
      expect(created.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    });
  });

  describe('authentication', () => {
    it('answers an unknown key with UNAUTHENTICATED, on HTTP and on the socket (4401)', async () => {
      const response = await graphqlRequest(url(), KeyStats, {}, 'lco_thisKeyWasNeverMade0000000000000000000000');
      expect(response.status).toBe(401);
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
      const socket = connectSocket(handle.app.wsUrl, 'lco_thisKeyWasNeverMade0000000000000000000000');
      expect((await socket.closed).code).toBe(4401);
    });

    it('stops a revoked key at once', async () => {
      const key = await createApiKeyFor(url(), ['READ_REPORTS'], { admin });
      expect(errorCode(await graphqlRequest(url(), KeyStats, {}, key.token))).toBeUndefined();
      await graphqlRequest(url(), RevokeApiKey, { id: key.id }, admin.token);
      expect(errorCode(await graphqlRequest(url(), KeyStats, {}, key.token))).toBe('UNAUTHENTICATED');
    });

    it('keeps lastUsedAt with at most one write for twenty requests', async () => {
      const key = await createApiKeyFor(url(), ['READ_REPORTS'], { admin });
      const lastUsed = async () => (await graphqlRequest(url(), ListApiKeys, {}, admin.token)).data!.apiKeys.find((k) => k.id === key.id)!.lastUsedAt;
      expect(await lastUsed()).toBeNull();
      const { queries } = await countOrmQueries(
        handle.app.deps.orm,
        async () => {
          for (let i = 0; i < 20; i += 1) expect(errorCode(await graphqlRequest(url(), KeyStats, {}, key.token))).toBeUndefined();
          // The write is not waited for by the request: wait for it here, within the count.
          for (let tries = 0; (await lastUsed()) === null; tries += 1) {
            if (tries > 100) throw new Error('lastUsedAt was never written');
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        },
        /^update "api_key"/i,
      );
      expect(queries).toBe(1);
      expect(Date.parse((await lastUsed())!)).toBeGreaterThan(Date.now() - 60_000);
    });
  });

  describe('scopes', () => {
    it('refuses a key without scopes everything, storing nothing', async () => {
      const key = await createApiKeyFor(url(), [], { admin });
      await expectNothingStored(handle.app, async () => {
        for (const response of [
          await graphqlRequest(url(), KeyChatSessions, {}, key.token),
          await graphqlRequest(url(), KeyChatSession, { id: sessionId }, key.token),
          await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'Halo dari bot' } }, key.token),
          await graphqlRequest(url(), KeyUpdateCustomer, { id: customer.id, input: { name: 'Diubah' } }, key.token),
          await graphqlRequest(url(), KeyStats, {}, key.token),
          await graphqlRequest(url(), KeyTeamsAndLabels, {}, key.token),
        ]) {
          expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MISSING_SCOPE' });
        }
      });
    });

    it('READ_CHATS reads every chat with its notes, and nothing else', async () => {
      await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'Catatan internal untuk tim', internal: true } }, admin.token);
      const key = await createApiKeyFor(url(), ['READ_CHATS'], { admin });

      const list = await graphqlRequest(url(), KeyChatSessions, {}, key.token);
      expect(list.data!.chatSessions.edges.map((edge) => edge.node.id)).toContain(sessionId);
      const chat = await graphqlRequest(url(), KeyChatSession, { id: sessionId }, key.token);
      expect(chat.data!.chatSession!.messages.edges.map((edge) => edge.node)).toContainEqual(
        expect.objectContaining({ text: 'Catatan internal untuk tim', internal: true }),
      );
      expect(errorCode(await graphqlRequest(url(), KeySearch, { query: 'NIB' }, key.token))).toBeUndefined();
      expect(errorCode(await graphqlRequest(url(), KeyTeamsAndLabels, {}, key.token))).toBeUndefined();

      await expectNothingStored(handle.app, async () => {
        const refused = [
          await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'Tidak boleh' } }, key.token),
          await graphqlRequest(url(), KeyStats, {}, key.token),
          await graphqlRequest(url(), KeyUpdateCustomer, { id: customer.id, input: { name: 'Diubah' } }, key.token),
        ];
        for (const response of refused) expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MISSING_SCOPE' });
        for (const response of [
          await graphqlRequest(url(), KeyClose, { id: sessionId }, key.token),
          await graphqlRequest(url(), KeyAssign, { id: sessionId, adminId: agent.id }, key.token),
          await graphqlRequest(url(), KeyTyping, { sessionId }, key.token),
        ]) {
          expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_FOR_API_KEYS' });
        }
      });
      const [session] = await rows('select status from chat_session where id = ?', [sessionId]);
      expect(session.status).toBe('WAITING');
    });

    it('READ_CHATS follows a chat live over the socket', async () => {
      const key = await createApiKeyFor(url(), ['READ_CHATS'], { admin });
      const socket = connectSocket(handle.app.wsUrl, key.token);
      try {
        await socket.connected;
        const messages = subscribe(socket, OnMessageAdded, { sessionId });
        let n = 0;
        await provedLive(messages, async () => {
          const text = `penanda ${(n += 1)}`;
          await graphqlRequest(url(), SendMessage, { input: { sessionId, text } }, customer.token);
          return (event) => event.messageAdded.text === text;
        });
        expect(messages.errors).toEqual([]);
      } finally {
        await socket.dispose();
      }
    });

    it('WRITE_MESSAGES sends as BOT under the key\'s name, without taking the waiting chat or counting as a reply', async () => {
      const visitor = await registerCustomer(url(), 'Andi');
      const waiting = await startSession(url(), visitor, 'Kapan kantor buka?');
      const key = await createApiKeyFor(url(), ['WRITE_MESSAGES'], { admin, name: 'Bot Jam Buka' });
      const stats = async () => (await graphqlRequest(url(), KeyStats, {}, admin.token)).data!.stats;
      const firstResponseBefore = (await stats()).averageFirstResponseSeconds;

      const sent = await graphqlRequest(url(), SendMessage, { input: { sessionId: waiting, text: 'Kantor buka 08.00–16.00.' } }, key.token);
      expect(sent.data!.sendMessage).toMatchObject({ sender: 'BOT', senderName: 'Bot Jam Buka', text: 'Kantor buka 08.00–16.00.' });
      const [row] = await rows('select sender, sender_name, sender_admin_id from message where id = ?', [sent.data!.sendMessage.id]);
      expect(row).toEqual({ sender: 'BOT', sender_name: 'Bot Jam Buka', sender_admin_id: null });
      const [afterBot] = await rows('select status, assigned_admin_id from chat_session where id = ?', [waiting]);
      expect(afterBot).toEqual({ status: 'WAITING', assigned_admin_id: null });
      expect((await stats()).averageFirstResponseSeconds).toBe(firstResponseBefore);

      // An agent's reply does both, so the two checks above could have failed.
      await graphqlRequest(url(), SendMessage, { input: { sessionId: waiting, text: 'Saya bantu.' } }, admin.token);
      const [afterAgent] = await rows('select status, assigned_admin_id from chat_session where id = ?', [waiting]);
      expect(afterAgent).toEqual({ status: 'ACTIVE', assigned_admin_id: admin.id });
      expect((await stats()).averageFirstResponseSeconds).not.toBeNull();
    });

    it('WRITE_MESSAGES writes no notes, reads no chats, and is refused a closed chat', async () => {
      const key = await createApiKeyFor(url(), ['WRITE_MESSAGES'], { admin });
      const visitor = await registerCustomer(url(), 'Rina');
      const chat = await startSession(url(), visitor, 'Halo');
      await expectNothingStored(handle.app, async () => {
        const note = await graphqlRequest(url(), SendMessage, { input: { sessionId: chat, text: 'Catatan', internal: true } }, key.token);
        expect(errorCode(note)).toBe('FORBIDDEN');
        expect(errorCode(await graphqlRequest(url(), KeyChatSessions, {}, key.token))).toBe('FORBIDDEN');
        expect(errorCode(await graphqlRequest(url(), KeyChatSession, { id: chat }, key.token))).toBe('FORBIDDEN');
      });
      await graphqlRequest(url(), KeyClose, { id: chat }, admin.token);
      await expectNothingStored(handle.app, async () => {
        expect(errorCode(await graphqlRequest(url(), SendMessage, { input: { sessionId: chat, text: 'Terlambat' } }, key.token))).toBe('SESSION_CLOSED');
      });
    });

    it('MANAGE_CUSTOMERS edits visitors, and nothing else', async () => {
      const key = await createApiKeyFor(url(), ['MANAGE_CUSTOMERS'], { admin });
      const updated = await graphqlRequest(url(), KeyUpdateCustomer, { id: customer.id, input: { name: 'Siti A.' } }, key.token);
      expect(updated.data!.updateCustomer.name).toBe('Siti A.');
      expect(errorCode(await graphqlRequest(url(), KeyBlockedCustomers, {}, key.token))).toBeUndefined();
      await expectNothingStored(handle.app, async () => {
        expect(errorCode(await graphqlRequest(url(), KeyChatSessions, {}, key.token))).toBe('FORBIDDEN');
        expect(errorCode(await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'x' } }, key.token))).toBe('FORBIDDEN');
      });
    });

    it('READ_REPORTS reads the stats, and nothing else', async () => {
      const key = await createApiKeyFor(url(), ['READ_REPORTS'], { admin });
      expect((await graphqlRequest(url(), KeyStats, {}, key.token)).data!.stats.waitingSessions).toBeGreaterThanOrEqual(1);
      expect(errorCode(await graphqlRequest(url(), KeyChatSessions, {}, key.token))).toBe('FORBIDDEN');
      expect(errorCode(await graphqlRequest(url(), KeyUpdateCustomer, { id: customer.id, input: { name: 'x' } }, key.token))).toBe('FORBIDDEN');
    });

    it('gives no scope what people manage: agents, settings, teams, sign-in', async () => {
      const key = await createApiKeyFor(url(), [...ALL_SCOPES], { admin });
      await expectNothingStored(handle.app, async () => {
        for (const response of [
          await graphqlRequest(url(), KeyAdmins, {}, key.token),
          await graphqlRequest(url(), KeySettings, {}, key.token),
          await graphqlRequest(url(), KeyCreateTeam, { input: { name: 'Tim Bot' } }, key.token),
          await graphqlRequest(url(), KeyMe, {}, key.token),
          await graphqlRequest(url(), KeyLogout, {}, key.token),
        ]) {
          expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_FOR_API_KEYS' });
        }
      });
      // Logging out was refused: the key still works.
      expect(errorCode(await graphqlRequest(url(), KeyStats, {}, key.token))).toBeUndefined();
    });
  });
});
