import { graphql } from '../../../test/gql';
import { createAgent, loginAdmin, type Actor } from '../../../test/support/actors';
import { queryRows } from '../../../test/support/database';
import { waitForValue } from '../../../test/support/live';
import { SendMessage } from '../../../test/support/operations';
import { createQueueAgent, createTeam, dataOf, queuedChat, setRouting, SetMyStatus } from '../../../test/support/queue';
import { connectSocket, errorCode, graphqlRequest, startTestApp, useTestApp, type SocketClient, type TestApp } from '../../../test/support/test-app';
import { DEFAULT_OFFLINE_MESSAGE, deskOpening, type BusinessHours } from '../business-hours/business-hours';

graphql(`
  fragment DeskHours on Settings {
    offlineMessage
    businessHours {
      timezone
      holidays
      days {
        weekday
        opens
        closes
      }
    }
  }
`);

const DeskSettings = graphql(`
  query DeskSettings {
    settings {
      ...DeskHours
    }
  }
`);

const UpdateDeskHours = graphql(`
  mutation UpdateDeskHours($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      ...DeskHours
    }
  }
`);

const DeskOpening = graphql(`
  query DeskOpening {
    widgetConfig {
      open
      nextOpenAt
      timezone
      offlineMessage
      online
      agentsAvailable
    }
  }
`);

const LeaveOfflineMessage = graphql(`
  mutation LeaveOfflineMessage($input: LeaveOfflineMessageInput!) {
    leaveOfflineMessage(input: $input) {
      token
      customer {
        id
        name
        email
        phone
      }
      chatSession {
        id
        status
        offline
        team {
          id
        }
        messages {
          edges {
            node {
              sender
              text
            }
          }
        }
      }
    }
  }
`);

const OfflineChat = graphql(`
  query OfflineChat($id: ID!) {
    chatSession(id: $id) {
      id
      status
      offline
      assignedAdmin {
        id
      }
      messages {
        edges {
          node {
            sender
            text
          }
        }
      }
    }
  }
`);

const OfflineInbox = graphql(`
  query OfflineInbox($filter: ChatSessionFilter) {
    chatSessions(filter: $filter) {
      edges {
        node {
          id
          offline
        }
      }
    }
  }
`);

const handle = useTestApp();
const url = () => handle.app.httpUrl;
const sockets: SocketClient[] = [];
afterEach(async () => {
  await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
});

let admin: Actor;
beforeAll(async () => {
  admin = await loginAdmin(url());
});

const form = { name: 'Siti Rahma', email: 'siti@contoh.id', phone: '+62 812 3456 7890', message: 'Bagaimana cara mengurus NIB?' };
const countOf = async (table: string) => Number((await queryRows<{ count: string }>(handle.db.url, `select count(*) from ${table}`))[0].count);
const ALWAYS_OPEN: BusinessHours = {
  timezone: 'Asia/Jakarta',
  days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map((weekday) => ({ weekday: weekday as never, opens: '00:00', closes: '24:00' })),
  holidays: [],
};
const setHours = async (businessHours: BusinessHours) => dataOf(await graphqlRequest(url(), UpdateDeskHours, { input: { businessHours } }, admin.token));

describe('Settings.businessHours and offlineMessage', () => {
  it('default to Asia/Jakarta, Monday to Friday 08:00 to 16:00, and the Indonesian text', async () => {
    const { settings } = dataOf(await graphqlRequest(url(), DeskSettings, {}, admin.token));
    expect(settings.businessHours.timezone).toBe('Asia/Jakarta');
    expect(settings.businessHours.holidays).toEqual([]);
    expect(settings.businessHours.days).toEqual(
      ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((weekday) => ({ weekday, opens: '08:00', closes: '16:00' })),
    );
    expect(settings.offlineMessage).toBe(DEFAULT_OFFLINE_MESSAGE);
  });

  it('are changed by an ADMIN, holidays sorted once each, and an empty text brings the default back', async () => {
    const businessHours = { timezone: 'Asia/Jayapura', days: [{ weekday: 'FRIDAY' as const, opens: '22:00', closes: '06:00' }], holidays: ['2027-01-01', '2026-12-25', '2027-01-01'] };
    const changed = dataOf(await graphqlRequest(url(), UpdateDeskHours, { input: { businessHours, offlineMessage: '  Kami libur dulu.  ' } }, admin.token)).updateSettings;
    expect(changed.businessHours).toEqual({ ...businessHours, holidays: ['2026-12-25', '2027-01-01'] });
    expect(changed.offlineMessage).toBe('Kami libur dulu.');
    expect(dataOf(await graphqlRequest(url(), DeskOpening, {})).widgetConfig.offlineMessage).toBe('Kami libur dulu.');
    const reset = dataOf(await graphqlRequest(url(), UpdateDeskHours, { input: { offlineMessage: '' } }, admin.token)).updateSettings;
    expect(reset.offlineMessage).toBe(DEFAULT_OFFLINE_MESSAGE);
    expect(reset.businessHours.timezone).toBe('Asia/Jayapura');
  });

  it('refuse bad hours with BAD_USER_INPUT on the field, and store nothing', async () => {
    await setHours(ALWAYS_OPEN);
    const refusals = [
      [{ businessHours: { ...ALWAYS_OPEN, timezone: 'Mars/Olympus' } }, 'businessHours.timezone'],
      [{ businessHours: { ...ALWAYS_OPEN, days: [{ weekday: 'MONDAY', opens: '08:00', closes: '25:00' }] } }, 'businessHours.days.0.closes'],
      [{ businessHours: { ...ALWAYS_OPEN, holidays: ['2026-13-01'] } }, 'businessHours.holidays.0'],
      [{ businessHours: ALWAYS_OPEN, offlineMessage: 'x'.repeat(501) }, 'offlineMessage'],
    ] as const;
    for (const [input, field] of refusals) {
      const refused = await graphqlRequest(url(), UpdateDeskHours, { input: input as never }, admin.token);
      expect([errorCode(refused), refused.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    }
    const { settings } = dataOf(await graphqlRequest(url(), DeskSettings, {}, admin.token));
    expect(settings.businessHours).toEqual(ALWAYS_OPEN);
  });

  it('are read by every agent role and changed by an ADMIN only', async () => {
    const agent = await createAgent(url(), admin, 'jam-agen@example.com', 'Agen Jam', 'AGENT');
    expect(dataOf(await graphqlRequest(url(), DeskSettings, {}, agent.token)).settings.businessHours.timezone).toBeTruthy();
    const refused = await graphqlRequest(url(), UpdateDeskHours, { input: { businessHours: { ...ALWAYS_OPEN, days: [] } } }, agent.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(dataOf(await graphqlRequest(url(), DeskSettings, {}, admin.token)).settings.businessHours.days).toHaveLength(7);
  });
});

describe('WidgetConfig.open, nextOpenAt and agentsAvailable', () => {
  it('follow the business hours', async () => {
    await setHours(ALWAYS_OPEN);
    expect(dataOf(await graphqlRequest(url(), DeskOpening, {})).widgetConfig).toMatchObject({ open: true, nextOpenAt: null, timezone: 'Asia/Jakarta' });
    await setHours({ ...ALWAYS_OPEN, days: [] });
    expect(dataOf(await graphqlRequest(url(), DeskOpening, {})).widgetConfig).toMatchObject({ open: false, nextOpenAt: null });
    // Closed today and tomorrow in Jayapura: the next opening is the day after, at 08:00 WIT.
    const now = new Date();
    const weekdayIn = (offsetDays: number) =>
      new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Jayapura', weekday: 'long' }).format(new Date(now.getTime() + offsetDays * 86_400_000)).toUpperCase();
    const hours: BusinessHours = { timezone: 'Asia/Jayapura', days: [{ weekday: weekdayIn(2) as never, opens: '08:00', closes: '16:00' }], holidays: [] };
    await setHours(hours);
    const config = dataOf(await graphqlRequest(url(), DeskOpening, {})).widgetConfig;
    expect(config.open).toBe(false);
    expect(config.nextOpenAt).toBe(deskOpening(hours, now).nextOpenAt?.toISOString());
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Jayapura', hour: '2-digit', minute: '2-digit' }).format(new Date(config.nextOpenAt!))).toBe('08:00');
  });

  it('counts as available only an agent connected with the status ONLINE', async () => {
    expect(dataOf(await graphqlRequest(url(), DeskOpening, {})).widgetConfig).toMatchObject({ online: false, agentsAvailable: false });
    const agent = await createAgent(url(), admin, 'hadir@example.com', 'Agen Hadir', 'AGENT');
    const socket = connectSocket(handle.app.wsUrl, agent.token);
    sockets.push(socket);
    await socket.connected;
    await waitForValue(() => handle.app.deps.presence.isOnline(agent.id), true);
    expect(dataOf(await graphqlRequest(url(), DeskOpening, {})).widgetConfig).toMatchObject({ online: true, agentsAvailable: true });
    dataOf(await graphqlRequest(url(), SetMyStatus, { status: 'AWAY' }, agent.token));
    expect(dataOf(await graphqlRequest(url(), DeskOpening, {})).widgetConfig).toMatchObject({ online: true, agentsAvailable: false });
  });
});

describe('leaveOfflineMessage', () => {
  it('makes an anonymous visitor a customer with a WAITING chat flagged offline, which the agents list and answer', async () => {
    const left = dataOf(await graphqlRequest(url(), LeaveOfflineMessage, { input: form })).leaveOfflineMessage;
    expect(left.token).toEqual(expect.any(String));
    expect(left.customer).toMatchObject({ name: 'Siti Rahma', email: 'siti@contoh.id', phone: '+62 812 3456 7890' });
    expect(left.chatSession).toMatchObject({ status: 'WAITING', offline: true, team: null });
    expect(left.chatSession.messages.edges.map(({ node }) => node)).toEqual([{ sender: 'CUSTOMER', text: form.message }]);

    const inbox = dataOf(await graphqlRequest(url(), OfflineInbox, { filter: { status: 'WAITING' } }, admin.token)).chatSessions.edges;
    expect(inbox.map(({ node }) => node)).toContainEqual({ id: left.chatSession.id, offline: true });

    // The agent's reply, when the desk is back, is what the visitor reads with its token.
    dataOf(await graphqlRequest(url(), SendMessage, { input: { sessionId: left.chatSession.id, text: 'Silakan daftar di OSS.' } }, admin.token));
    const read = dataOf(await graphqlRequest(url(), OfflineChat, { id: left.chatSession.id }, left.token!)).chatSession!;
    expect(read).toMatchObject({ status: 'ACTIVE', offline: true, assignedAdmin: { id: admin.id } });
    expect(read.messages.edges.map(({ node }) => node.text)).toEqual([form.message, 'Silakan daftar di OSS.']);
  });

  it("puts a signed-in visitor's message in its open chat, in the topic's queue, with its profile from the form", async () => {
    const team = await createTeam(url(), admin, 'Perizinan');
    const first = dataOf(await graphqlRequest(url(), LeaveOfflineMessage, { input: { ...form, email: 'dua@contoh.id', teamId: team } })).leaveOfflineMessage;
    expect(first.chatSession.team).toEqual({ id: team });
    const again = dataOf(
      await graphqlRequest(url(), LeaveOfflineMessage, { input: { name: 'Siti R.', email: 'siti.r@contoh.id', message: 'Masih menunggu.' } }, first.token!),
    ).leaveOfflineMessage;
    expect(again.token).toBeNull();
    expect(again.customer).toMatchObject({ id: first.customer.id, name: 'Siti R.', email: 'siti.r@contoh.id', phone: '+62 812 3456 7890' });
    expect(again.chatSession.id).toBe(first.chatSession.id);
    expect(again.chatSession.messages.edges.map(({ node }) => node.text)).toEqual([form.message, 'Masih menunggu.']);
  });

  it('goes to an ONLINE agent at once under AUTO routing, like any new chat', async () => {
    const team = await createTeam(url(), admin, 'Otomatis');
    const agent = await createQueueAgent(url(), admin, 'otomatis@example.com', { limit: 2, teamIds: [team] });
    const socket = connectSocket(handle.app.wsUrl, agent.token);
    sockets.push(socket);
    await socket.connected;
    await waitForValue(() => handle.app.deps.presence.isOnline(agent.id), true);
    await setRouting(url(), admin, { routingMode: 'AUTO' });
    try {
      const left = dataOf(await graphqlRequest(url(), LeaveOfflineMessage, { input: { ...form, email: 'auto@contoh.id', teamId: team } })).leaveOfflineMessage;
      const assigneeOf = async () => (await queuedChat(url(), admin.token, left.chatSession.id)).assignedAdmin?.id ?? null;
      expect(await waitForValue(assigneeOf, agent.id)).toBe(agent.id);
    } finally {
      await setRouting(url(), admin, { routingMode: 'MANUAL' });
    }
  });

  it.each([
    ['no name', { ...form, name: '  ' }, 'name'],
    ['no email', { ...form, email: '' }, 'email'],
    ['a bad email', { ...form, email: 'siti@' }, 'email'],
    ['a bad phone', { ...form, phone: 'call me' }, 'phone'],
    ['an empty message', { ...form, message: ' \u200b ' }, 'message'],
    ['a message too long', { ...form, message: 'a'.repeat(5001) }, 'message'],
    ['a team that is no topic', { ...form, teamId: '00000000-0000-0000-0000-000000000000' }, 'teamId'],
  ])('refuses %s with BAD_USER_INPUT on the field, storing nothing', async (_what, input, field) => {
    const before = await Promise.all(['customer', 'chat_session', 'message'].map(countOf));
    const refused = await graphqlRequest(url(), LeaveOfflineMessage, { input });
    expect([errorCode(refused), refused.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    expect(await Promise.all(['customer', 'chat_session', 'message'].map(countOf))).toEqual(before);
  });

  it('is FORBIDDEN to agents', async () => {
    const before = await countOf('chat_session');
    expect(errorCode(await graphqlRequest(url(), LeaveOfflineMessage, { input: form }, admin.token))).toBe('FORBIDDEN');
    expect(await countOf('chat_session')).toBe(before);
  });
});

describe('leaveOfflineMessage under the abuse limits', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp(handle.db.url, { SESSION_RATE_LIMIT: '2' }, { rateLimits: true });
  });
  afterAll(async () => {
    await limited?.close();
  });

  it('counts against the per-IP allowance of new chats and visitors, with retryAfter', async () => {
    const send = (index: number) => graphqlRequest(limited.httpUrl, LeaveOfflineMessage, { input: { ...form, email: `batas${index}@contoh.id` } });
    expect(errorCode(await send(1))).toBeUndefined();
    expect(errorCode(await send(2))).toBeUndefined();
    const before = await countOf('customer');
    const refused = await send(3);
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.extensions?.retryAfter).toEqual(expect.any(Number));
    expect(await countOf('customer')).toBe(before);
  });
});
