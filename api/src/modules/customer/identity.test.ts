import { graphql } from '../../../test/gql';
import { expectNothingStored } from '../../../test/security/hostile';
import { loginAdmin, registerCustomer, startSession } from '../../../test/support/actors';
import { SendMessage, StartChatSession } from '../../../test/support/operations';
import { multipartRequest } from '../../../test/support/upload';
import { graphqlRequest, startTestApp, useTestApp, type GraphQLResponse } from '../../../test/support/test-app';
import { identityHash } from './identity';

const SECRET = 'identity-secret-of-the-host-site-0123456789';
const sign = (externalId: string) => identityHash(SECRET, externalId);

const RegisterVerified = graphql(`
  mutation RegisterVerified($input: RegisterCustomerInput!) {
    registerCustomer(input: $input) {
      token
      customer {
        id
        name
        email
        phone
        externalId
        verified
        blocked
      }
    }
  }
`);

const WhoAmI = graphql(`
  query IdentityWhoAmI($id: ID!) {
    chatSession(id: $id) {
      id
      customer {
        id
        verified
        externalId
      }
    }
  }
`);

const SetIdentityRequired = graphql(`
  mutation SetIdentityRequired($required: Boolean!) {
    updateSettings(input: { identityRequired: $required }) {
      identityRequired
    }
  }
`);

const LeaveOffline = graphql(`
  mutation IdentityLeaveOffline($input: LeaveOfflineMessageInput!) {
    leaveOfflineMessage(input: $input) {
      token
    }
  }
`);

const WidgetIdentityRequired = graphql(`
  query WidgetIdentityRequired {
    widgetConfig {
      identityRequired
    }
  }
`);

const SendFile = graphql(`
  mutation IdentitySendFile($input: SendFileMessageInput!) {
    sendFileMessage(input: $input) {
      id
    }
  }
`);

const handle = useTestApp({ IDENTITY_SECRET: SECRET });
const url = () => handle.app.httpUrl;
const reasonOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions as { code?: string; reason?: string } | undefined;

const registerAs = (externalId: string, hash: string, profile: { name?: string; email?: string; phone?: string } = {}) =>
  graphqlRequest(url(), RegisterVerified, { input: { name: profile.name ?? 'Siti Rahma', email: profile.email, phone: profile.phone, externalId, identityHash: hash } });

it('gives a verified customer for a good hash, the same one on a second device, with the profile the host site sent last', async () => {
  const laptop = await registerAs('user-1001', sign('user-1001'), { name: 'Siti Rahma', email: 'siti@contoh.id' });
  expect(laptop.data?.registerCustomer.customer).toMatchObject({ externalId: 'user-1001', verified: true, blocked: false, email: 'siti@contoh.id' });

  const phone = await registerAs('user-1001', sign('user-1001'), { name: 'Siti R.', email: 'siti.baru@contoh.id', phone: '+62 812 3456 7890' });
  expect(phone.data?.registerCustomer.customer).toEqual({
    id: laptop.data!.registerCustomer.customer.id,
    name: 'Siti R.',
    email: 'siti.baru@contoh.id',
    phone: '+62 812 3456 7890',
    externalId: 'user-1001',
    verified: true,
    blocked: false,
  });
  expect(phone.data!.registerCustomer.token).not.toBe(laptop.data!.registerCustomer.token);

  // Both devices' tokens speak for the one customer: a chat started on one is the other's too.
  const sessionId = await startSession(url(), { id: '', token: laptop.data!.registerCustomer.token }, 'Halo dari laptop');
  const seenFromPhone = await graphqlRequest(url(), WhoAmI, { id: sessionId }, phone.data!.registerCustomer.token);
  expect(seenFromPhone.data?.chatSession?.customer).toEqual({ id: laptop.data!.registerCustomer.customer.id, verified: true, externalId: 'user-1001' });
});

it('never merges customers by email: not a plain visitor with it, not another verified id with it', async () => {
  const plain = await registerCustomer(url(), 'Andi', 'andi@contoh.id');
  const verified = await registerAs('user-2001', sign('user-2001'), { name: 'Andi', email: 'andi@contoh.id' });
  const other = await registerAs('user-2002', sign('user-2002'), { name: 'Andi', email: 'andi@contoh.id' });
  const ids = [plain.id, verified.data!.registerCustomer.customer.id, other.data!.registerCustomer.customer.id];
  expect(new Set(ids).size).toBe(3);
});

it('refuses a bad hash and a hash replayed for another id with FORBIDDEN, storing nothing', async () => {
  await registerAs('user-3001', sign('user-3001'), { name: 'Korban' });
  const bad = await expectNothingStored(handle.app, () => registerAs('user-3001', 'ab'.repeat(32), { name: 'Penyusup' }));
  expect(reasonOf(bad)).toEqual(expect.objectContaining({ code: 'FORBIDDEN', reason: 'IDENTITY_INVALID' }));

  const replayed = await expectNothingStored(handle.app, () => registerAs('user-3001', sign('user-3002'), { name: 'Penyusup' }));
  expect(reasonOf(replayed)).toEqual(expect.objectContaining({ code: 'FORBIDDEN', reason: 'IDENTITY_INVALID' }));
  const missing = await expectNothingStored(handle.app, () =>
    graphqlRequest(url(), RegisterVerified, { input: { name: 'Penyusup', externalId: 'user-3001' } }),
  );
  expect(reasonOf(missing)).toEqual(expect.objectContaining({ code: 'FORBIDDEN', reason: 'IDENTITY_INVALID' }));

  // The victim's profile is as it was.
  const again = await registerAs('user-3001', sign('user-3001'), { name: 'Korban' });
  expect(again.data?.registerCustomer.customer.name).toBe('Korban');
});

it('refuses an externalId longer than 200 characters as BAD_USER_INPUT on the field', async () => {
  const long = 'x'.repeat(201);
  const refused = await expectNothingStored(handle.app, () => registerAs(long, sign(long)));
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'externalId' });
  const longest = 'y'.repeat(200);
  expect((await registerAs(longest, sign(longest))).data?.registerCustomer.customer.verified).toBe(true);
});

it('refuses an externalId with IDENTITY_NOT_CONFIGURED where the server has no IDENTITY_SECRET', async () => {
  const unconfigured = await startTestApp(handle.db.url);
  try {
    const refused = await graphqlRequest(unconfigured.httpUrl, RegisterVerified, {
      input: { name: 'Siti', externalId: 'user-4001', identityHash: sign('user-4001') },
    });
    expect(reasonOf(refused)).toEqual(expect.objectContaining({ code: 'FORBIDDEN', reason: 'IDENTITY_NOT_CONFIGURED' }));
    expect(refused.errors?.[0]?.message).toMatch(/IDENTITY_SECRET/);
  } finally {
    await unconfigured.close();
  }
});

describe('with identityRequired', () => {
  let admin: { token: string };
  beforeAll(async () => {
    admin = await loginAdmin(url());
  });
  afterAll(async () => {
    await graphqlRequest(url(), SetIdentityRequired, { required: false }, admin.token);
  });

  it('lets only verified visitors start, send and leave offline messages, and tells the widget', async () => {
    const unverified = await registerCustomer(url(), 'Tamu');
    const openBefore = await startSession(url(), unverified, 'Halo sebelum aturan');
    const verified = (await registerAs('user-5001', sign('user-5001'))).data!.registerCustomer;
    // A marker: the same unverified visitor may send before the setting is on.
    expect((await graphqlRequest(url(), SendMessage, { input: { sessionId: openBefore, text: 'masih boleh' } }, unverified.token)).data).toBeTruthy();

    const turnedOn = await graphqlRequest(url(), SetIdentityRequired, { required: true }, admin.token);
    expect(turnedOn.data?.updateSettings.identityRequired).toBe(true);
    expect((await graphqlRequest(url(), WidgetIdentityRequired, {})).data?.widgetConfig.identityRequired).toBe(true);

    const start = await expectNothingStored(handle.app, () => graphqlRequest(url(), StartChatSession, { input: { message: 'Halo' } }, unverified.token));
    expect(reasonOf(start)).toEqual(expect.objectContaining({ code: 'FORBIDDEN', reason: 'IDENTITY_REQUIRED' }));
    const send = await expectNothingStored(handle.app, () =>
      graphqlRequest(url(), SendMessage, { input: { sessionId: openBefore, text: 'Halo lagi' } }, unverified.token),
    );
    expect(reasonOf(send)).toEqual(expect.objectContaining({ code: 'FORBIDDEN', reason: 'IDENTITY_REQUIRED' }));
    const file = await expectNothingStored(handle.app, () =>
      multipartRequest(url(), SendFile, { input: { sessionId: openBefore, file: null } }, 'variables.input.file', { content: new TextEncoder().encode('halo'), filename: 'catatan.txt', type: 'text/plain' }, { token: unverified.token }),
    );
    expect(reasonOf(file)).toEqual(expect.objectContaining({ code: 'FORBIDDEN', reason: 'IDENTITY_REQUIRED' }));
    const offline = await expectNothingStored(handle.app, () =>
      graphqlRequest(url(), LeaveOffline, { input: { name: 'Tamu', email: 'tamu@contoh.id', message: 'Tolong hubungi saya' } }),
    );
    expect(reasonOf(offline)).toEqual(expect.objectContaining({ code: 'FORBIDDEN', reason: 'IDENTITY_REQUIRED' }));

    const sessionId = await startSession(url(), { id: verified.customer.id, token: verified.token }, 'Halo, saya masuk');
    expect((await graphqlRequest(url(), SendMessage, { input: { sessionId, text: 'Lanjut' } }, verified.token)).data?.sendMessage).toBeTruthy();
    // Agents are not visitors: they still answer the unverified visitor's earlier chat.
    expect((await graphqlRequest(url(), SendMessage, { input: { sessionId: openBefore, text: 'Kami di sini' } }, admin.token)).data?.sendMessage).toBeTruthy();
  });
});
