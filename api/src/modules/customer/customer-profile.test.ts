import { graphql } from '../../../test/gql';
import { createAgent, loginAdmin, registerCustomer, startSession, type Actor } from '../../../test/support/actors';
import { AssignChatSession, CloseChatSession, ListChatSessions } from '../../../test/support/operations';
import { countOrmQueries } from '../../../test/support/orm-queries';
import { connectSocket, errorCode, graphqlRequest, subscribe, useTestApp } from '../../../test/support/test-app';

const UpdateCustomer = graphql(`
  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
    updateCustomer(id: $id, input: $input) {
      id
      name
      email
      phone
      attributes
    }
  }
`);

const GetCustomerChats = graphql(`
  query GetCustomerChats($id: ID!, $first: Int, $after: String) {
    chatSession(id: $id) {
      id
      customer {
        id
        name
        attributes
        chatSessions(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              status
            }
          }
        }
      }
    }
  }
`);

const ListCustomersChats = graphql(`
  query ListCustomersChats($first: Int) {
    chatSessions(first: $first) {
      edges {
        node {
          id
          customer {
            id
            chatSessions(first: 2) {
              totalCount
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
`);

const OnProfileChanged = graphql(`
  subscription OnProfileChanged {
    chatSessionUpdated {
      id
      customer {
        id
        name
        attributes
      }
    }
  }
`);

const handle = useTestApp();
const url = () => handle.app.httpUrl;
let admin: Actor;
let agent: Actor;

beforeAll(async () => {
  admin = await loginAdmin(url());
  agent = await createAgent(url(), admin, 'agen.profil@example.com', 'Agen Profil', 'AGENT');
});

interface StoredCustomer {
  name: string;
  email: string | null;
  phone: string | null;
  attributes: Record<string, string>;
}

async function stored(id: string): Promise<StoredCustomer> {
  const [row] = await handle.app.deps.orm.em
    .fork()
    .getConnection()
    .execute<StoredCustomer[]>('select name, email, phone, attributes from customer where id = ?', [id]);
  return row!;
}

/** A visitor with a chat that has a message, waiting, so that every agent sees it. */
async function visitorWithChat(name = 'Budi Santoso', email?: string) {
  const customer = await registerCustomer(url(), name, email);
  const sessionId = await startSession(url(), customer, 'Halo, saya mau tanya NIB');
  return { customer, sessionId };
}

const update = (id: string, input: Record<string, unknown>, token = admin.token) =>
  graphqlRequest(url(), UpdateCustomer, { id, input }, token);

describe('updateCustomer', () => {
  it('changes the name, email, phone and attributes, tidied as registerCustomer tidies them', async () => {
    const { customer } = await visitorWithChat();
    const response = await update(customer.id, {
      name: '  Budi   S. ',
      email: ' Budi@Example.CO.ID ',
      phone: '+62 812-0000-1111',
      attributes: { ' NIB ': ' 9120001234567 ', NPWP: '01.234.567.8-901.000', Perusahaan: 'PT Maju Jaya' },
    });
    expect(response.errors).toBeUndefined();
    const expected = {
      name: 'Budi S.',
      email: 'budi@example.co.id',
      phone: '+62 812-0000-1111',
      attributes: { NIB: '9120001234567', NPWP: '01.234.567.8-901.000', Perusahaan: 'PT Maju Jaya' },
    };
    expect(response.data?.updateCustomer).toEqual({ id: customer.id, ...expected });
    expect(await stored(customer.id)).toEqual(expected);
  });

  it('leaves what the input leaves out, merges attributes, and removes a key given an empty value or null', async () => {
    const { customer } = await visitorWithChat('Siti Aminah', 'siti@example.com');
    await update(customer.id, { attributes: { NIB: '111', NPWP: '222', Kota: 'Bandung' } });

    const renamed = await update(customer.id, { name: 'Siti A.' });
    expect(renamed.data?.updateCustomer).toMatchObject({ name: 'Siti A.', email: 'siti@example.com' });
    expect((await stored(customer.id)).attributes).toEqual({ NIB: '111', NPWP: '222', Kota: 'Bandung' });

    const changed = await update(customer.id, { attributes: { NIB: '333', NPWP: '  ', Kota: null, KBLI: '62019' } });
    expect(changed.data?.updateCustomer.attributes).toEqual({ NIB: '333', KBLI: '62019' });
    expect(await stored(customer.id)).toEqual({ name: 'Siti A.', email: 'siti@example.com', phone: null, attributes: { NIB: '333', KBLI: '62019' } });

    const cleared = await update(customer.id, { email: null, phone: '' });
    expect(cleared.data?.updateCustomer).toMatchObject({ email: null, phone: null, attributes: { NIB: '333', KBLI: '62019' } });
  });

  it('accepts the limits themselves: 30 keys, a 40-character key, a 500-character value', async () => {
    const { customer } = await visitorWithChat();
    const attributes = Object.fromEntries(Array.from({ length: 29 }, (_, n) => [`kunci${n}`, `nilai ${n}`]));
    attributes['k'.repeat(40)] = 'é'.repeat(500);
    const response = await update(customer.id, { attributes });
    expect(response.errors).toBeUndefined();
    expect(Object.keys((await stored(customer.id)).attributes)).toHaveLength(30);
  });

  it('keeps "__proto__" as an ordinary key', async () => {
    const { customer } = await visitorWithChat();
    const response = await update(customer.id, { attributes: JSON.parse('{"__proto__":"x","NIB":"1"}') });
    expect(response.errors).toBeUndefined();
    expect((await stored(customer.id)).attributes).toEqual(JSON.parse('{"__proto__":"x","NIB":"1"}'));
  });

  const tooMany = Object.fromEntries(Array.from({ length: 31 }, (_, n) => [`kunci${n}`, 'x']));
  it.each([
    ['an empty name', { name: '' }, 'name', undefined],
    ['a null name', { name: null }, 'name', undefined],
    ['a name over 100 characters', { name: 'a'.repeat(101) }, 'name', undefined],
    ['a bad email', { email: 'budi@' }, 'email', undefined],
    ['a bad phone', { phone: 'call me' }, 'phone', undefined],
    ['more than 30 attributes', { attributes: tooMany }, 'attributes', undefined],
    ['an attribute without a name', { attributes: { '  ': 'x' } }, 'attributes', ''],
    ['a 41-character attribute name', { attributes: { ['k'.repeat(41)]: 'x' } }, 'attributes', 'k'.repeat(41)],
    ['a 501-character value', { attributes: { NIB: 'x'.repeat(501) } }, 'attributes', 'NIB'],
    ['a number as a value', { attributes: { NIB: 123 } }, 'attributes', 'NIB'],
    ['an object as a value', { attributes: { Alamat: { kota: 'Bandung' } } }, 'attributes', 'Alamat'],
    ['a list as a value', { attributes: { KBLI: ['62019'] } }, 'attributes', 'KBLI'],
    ['a control character in a value', { attributes: { NIB: 'a\u0007b' } }, 'attributes', 'NIB'],
    ['a NUL in an attribute name', { attributes: { 'N\u0000IB': 'x' } }, 'attributes', 'N\u0000IB'],
    ['a key given twice once trimmed', { attributes: { NIB: '1', ' NIB': '2' } }, 'attributes', 'NIB'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and stores nothing of the input', async (_case, bad, field, key) => {
    const { customer } = await visitorWithChat('Rina Wati', 'rina@example.com');
    await update(customer.id, { attributes: { NPWP: '222' } });
    const before = await stored(customer.id);
    // A valid change beside the bad one: it is not stored either.
    const response = await update(customer.id, { name: 'Nama Baru', attributes: { Kota: 'Medan' }, ...bad });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe(field);
    if (key !== undefined) expect(response.errors?.[0]?.extensions?.key).toBe(key);
    expect(await stored(customer.id)).toEqual(before);
  });

  it('is FORBIDDEN to visitors, even for themselves, and asks anonymous callers to sign in', async () => {
    const { customer } = await visitorWithChat();
    const before = await stored(customer.id);
    expect(errorCode(await update(customer.id, { name: 'Saya Sendiri' }, customer.token))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(url(), UpdateCustomer, { id: customer.id, input: { name: 'Anonim' } }))).toBe('UNAUTHENTICATED');
    expect(await stored(customer.id)).toEqual(before);
  });

  it("lets an AGENT edit the visitor of a chat it may see, and is NOT_FOUND for any other", async () => {
    const { customer: seen } = await visitorWithChat('Dewi Lestari');
    expect((await update(seen.id, { name: 'Dewi L.' }, agent.token)).data?.updateCustomer.name).toBe('Dewi L.');

    // Taken by a colleague: out of the AGENT's sight, so is its visitor.
    const { customer: taken, sessionId } = await visitorWithChat('Andi Wijaya');
    await graphqlRequest(url(), AssignChatSession, { id: sessionId, adminId: admin.id }, admin.token);
    const before = await stored(taken.id);
    expect(errorCode(await update(taken.id, { name: 'Andi W.' }, agent.token))).toBe('NOT_FOUND');
    // A visitor who never wrote is not in any agent's inbox yet.
    const silent = await registerCustomer(url(), 'Diam Saja');
    expect(errorCode(await update(silent.id, { name: 'Diam' }, agent.token))).toBe('NOT_FOUND');
    expect(await stored(taken.id)).toEqual(before);
    expect((await stored(silent.id)).name).toBe('Diam Saja');
    // The ADMIN may edit both.
    expect((await update(taken.id, { name: 'Andi W.' })).data?.updateCustomer.name).toBe('Andi W.');
    expect((await update(silent.id, { name: 'Diam' })).data?.updateCustomer.name).toBe('Diam');
  });

  it('is NOT_FOUND for an unknown or malformed id', async () => {
    expect(errorCode(await update('00000000-0000-4000-8000-000000000000', { name: 'X' }))).toBe('NOT_FOUND');
    expect(errorCode(await update('bukan-id', { name: 'X' }))).toBe('NOT_FOUND');
  });

  it("announces the change on chatSessionUpdated for the visitor's open chat, to other consoles", async () => {
    const { customer, sessionId } = await visitorWithChat('Joko Susilo');
    const socket = connectSocket(handle.app.wsUrl, agent.token);
    await socket.connected;
    const updates = subscribe(socket, OnProfileChanged, {});
    try {
      const profileChange = (event: (typeof updates.events)[number]) =>
        event.chatSessionUpdated.id === sessionId && event.chatSessionUpdated.customer.attributes['NIB'] === '9120009876543';
      // Sent again until one arrives: nothing tells a client when the server has started listening.
      for (let attempt = 0; attempt < 20 && !updates.events.some(profileChange); attempt += 1) {
        await update(customer.id, { name: 'Joko S.', attributes: { NIB: '9120009876543' } });
        await updates.waitFor(updates.events.length + 1, 250).catch(() => undefined);
      }
      expect(updates.events.find(profileChange)?.chatSessionUpdated.customer).toEqual({
        id: customer.id,
        name: 'Joko S.',
        attributes: { NIB: '9120009876543' },
      });
    } finally {
      await socket.dispose();
    }
  });
});

describe('Customer.chatSessions', () => {
  /** A visitor with a closed chat, a chat taken by the ADMIN (closed too), and an open waiting one. */
  async function returningVisitor() {
    const customer = await registerCustomer(url(), 'Wati Kembali');
    const first = await startSession(url(), customer, 'Chat pertama');
    await graphqlRequest(url(), CloseChatSession, { id: first }, admin.token);
    const second = await startSession(url(), customer, 'Chat kedua');
    await graphqlRequest(url(), AssignChatSession, { id: second }, admin.token);
    await graphqlRequest(url(), CloseChatSession, { id: second }, admin.token);
    const third = await startSession(url(), customer, 'Chat ketiga');
    return { customer, ids: [third, second, first] };
  }

  const chatsOf = async (sessionId: string, token: string, first?: number, after?: string) =>
    graphqlRequest(url(), GetCustomerChats, { id: sessionId, first, after }, token);

  it('lists every earlier chat for staff, newest first, page by page', async () => {
    const { ids } = await returningVisitor();
    const page1 = (await chatsOf(ids[0]!, admin.token, 2)).data?.chatSession?.customer.chatSessions;
    expect(page1?.edges.map((edge) => edge.node.id)).toEqual(ids.slice(0, 2));
    expect(page1).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const page2 = (await chatsOf(ids[0]!, admin.token, 2, page1!.pageInfo.endCursor!)).data?.chatSession?.customer.chatSessions;
    expect(page2?.edges.map((edge) => edge.node.id)).toEqual(ids.slice(2));
    expect(page2?.pageInfo.hasNextPage).toBe(false);
  });

  it('shows an AGENT only the chats it may see, and a visitor only its own', async () => {
    const { customer, ids } = await returningVisitor();
    // The AGENT sees the waiting chat (the closed ones were the ADMIN's, or nobody's).
    const forAgent = (await chatsOf(ids[0]!, agent.token)).data?.chatSession?.customer.chatSessions;
    expect(forAgent?.edges.map((edge) => edge.node.id)).toEqual([ids[0]]);
    expect(forAgent?.totalCount).toBe(1);
    // The visitor sees all three of its chats.
    const forVisitor = (await chatsOf(ids[0]!, customer.token)).data?.chatSession?.customer.chatSessions;
    expect(forVisitor?.edges.map((edge) => edge.node.id)).toEqual(ids);
    // Another visitor cannot reach this one's chats at all.
    const stranger = await registerCustomer(url(), 'Orang Lain');
    expect(errorCode(await chatsOf(ids[0]!, stranger.token))).toBe('NOT_FOUND');
  });

  it('refuses a cursor of another kind', async () => {
    const { ids } = await returningVisitor();
    expect(errorCode(await chatsOf(ids[0]!, admin.token, 2, 'bm90LWEtY3Vyc29y'))).toBe('BAD_USER_INPUT');
  });

  it("loads every listed customer's chats in batches, not per row", async () => {
    await returningVisitor();
    await returningVisitor();
    const countQueries = async (first: number) => {
      const { result, queries } = await countOrmQueries(handle.app.deps.orm, () =>
        graphqlRequest(url(), ListCustomersChats, { first }, admin.token),
      );
      expect(result.errors).toBeUndefined();
      return queries;
    };
    const forOne = await countQueries(1);
    const forAll = await countQueries(50);
    expect(forOne).toBeGreaterThan(0);
    expect(forAll).toBe(forOne);
    const listed = await graphqlRequest(url(), ListChatSessions, { first: 50 }, admin.token);
    expect(listed.data?.chatSessions.edges.length).toBeGreaterThan(2);
  });
});
