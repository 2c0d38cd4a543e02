import { Client } from 'pg';
import { graphql } from './gql';
import { createAgent, loginAdmin, registerCustomer, type Actor } from './support/actors';
import { parseCsv, reportRowAsCsv as asCsv } from './support/csv';
import { createTeam } from './support/queue';
import { errorCode, graphqlRequest, useTestApp } from './support/test-app';

const GetReport = graphql(`
  query GetReport($from: DateTimeISO!, $to: DateTimeISO!, $groupBy: ReportGrouping!) {
    report(from: $from, to: $to, groupBy: $groupBy) {
      from
      to
      groupBy
      timezone
      csvUrl
      rows {
        ...ReportFigures
      }
      totals {
        ...ReportFigures
      }
    }
  }

  fragment ReportFigures on ReportRow {
    key
    label
    chats
    messages
    firstResponseSeconds {
      median
      p90
      count
    }
    resolutionSeconds {
      median
      p90
      count
    }
    averageRating
    ratingCount
  }
`);

const SetTimeZone = graphql(`
  mutation SetReportTimeZone($input: UpdateSettingsInput!) {
    updateSettings(input: $input) {
      businessHours {
        timezone
      }
    }
  }
`);

const CreateReportLabel = graphql(`
  mutation CreateReportLabel($input: CreateLabelInput!) {
    createLabel(input: $input) {
      id
    }
  }
`);

const CreateReportKey = graphql(`
  mutation CreateReportKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
      }
    }
  }
`);

const RevokeReportKey = graphql(`
  mutation RevokeReportKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
    }
  }
`);

const DemoteAdmin = graphql(`
  mutation DemoteReportReader($id: ID!, $input: UpdateAdminInput!) {
    updateAdmin(id: $id, input: $input) {
      id
      role
    }
  }
`);

let pg: Client;
// Before useTestApp's, so that this client is closed before its database is dropped (hooks run in order).
afterAll(async () => {
  await pg?.end();
});
const handle = useTestApp();
const url = () => handle.app.httpUrl;
let admin: Actor;
let sari: Actor;
let budi: Actor;
const ids = {} as Record<'pajak' | 'perizinan' | 'nib' | 'mendesak', string>;

// The range is three calendar days in WIB (UTC+7): 9, 10 and 11 November 2026. In WIT (UTC+9)
// the same instants run from 02:00 on the 9th to 02:00 on the 12th.
const FROM = '2026-11-08T17:00:00.000Z';
const TO = '2026-11-11T17:00:00.000Z';
const PAJAK = 'Pajak & Retribusi – Daerah';
const MENDESAK = 'Mendesak, "prioritas"';

type Sender = 'CUSTOMER' | 'ADMIN' | 'SYSTEM' | 'BOT' | 'NOTE';

interface FixtureChat {
  createdAt: string;
  agent?: Actor;
  team?: string;
  labels?: string[];
  /** Seconds after creation. */
  messages: [Sender, number][];
  closedAfter?: number;
  rating?: number;
}

async function insertChat(chat: FixtureChat): Promise<string> {
  const created = new Date(chat.createdAt);
  const after = (seconds: number) => new Date(created.getTime() + seconds * 1000);
  const { rows: customers } = await pg.query(`insert into customer (id, name, created_at) values (gen_random_uuid(), 'Pelanggan', $1) returning id`, [created]);
  const written = chat.messages.filter(([sender]) => sender !== 'NOTE').map(([, seconds]) => seconds);
  const status = chat.closedAfter !== undefined ? 'CLOSED' : chat.agent ? 'ACTIVE' : 'WAITING';
  const { rows } = await pg.query(
    `insert into chat_session (id, customer_id, assigned_admin_id, team_id, status, created_at, queued_at, last_message_at, closed_at, rating, rated_at)
     values (gen_random_uuid(), $1, $2, $3, $4, $5, $5, $6, $7, $8, $7) returning id`,
    [
      customers[0].id,
      chat.agent?.id ?? null,
      chat.team ?? null,
      status,
      created,
      written.length ? after(Math.max(...written)) : null,
      chat.closedAfter === undefined ? null : after(chat.closedAfter),
      chat.rating ?? null,
    ],
  );
  const sessionId: string = rows[0].id;
  for (const [sender, seconds] of chat.messages) {
    const byAgent = sender === 'ADMIN' || sender === 'NOTE';
    await pg.query(
      `insert into message (session_id, sender, sender_admin_id, sender_name, text, internal, created_at) values ($1, $2, $3, $4, 'pesan', $5, $6)`,
      [sessionId, byAgent ? 'ADMIN' : sender, byAgent ? (chat.agent ?? { id: admin.id }).id : null, sender === 'BOT' ? 'Bot OSS' : null, sender === 'NOTE', after(seconds)],
    );
  }
  for (const label of chat.labels ?? []) {
    await pg.query(`insert into chat_session_label (chat_session_id, label_id) values ($1, $2)`, [sessionId, label]);
  }
  return sessionId;
}

beforeAll(async () => {
  pg = new Client({ connectionString: handle.db.url });
  await pg.connect();
  // What API keys send; the enum may not have it yet in this checkout's migrations.
  await pg.query(`alter type message_sender add value if not exists 'BOT'`);
  admin = await loginAdmin(url());
  sari = await createAgent(url(), admin, 'sari@example.com', 'Sari Dewi', 'AGENT');
  budi = await createAgent(url(), admin, 'budi@example.com', 'Budi Santoso', 'AGENT');
  ids.pajak = await createTeam(url(), admin, PAJAK);
  ids.perizinan = await createTeam(url(), admin, 'Perizinan');
  for (const [key, name] of [['nib', 'NIB'], ['mendesak', MENDESAK]] as const) {
    const created = await graphqlRequest(url(), CreateReportLabel, { input: { name, color: '#2563EB' } }, admin.token);
    ids[key] = created.data!.createLabel.id;
  }

  // A: 23:30 WIB on the 9th, 01:30 WIT on the 10th. A system message, a bot's and a note come
  // before the agent's reply at 40 s; none of them is a response, and only 3 messages count.
  await insertChat({
    createdAt: '2026-11-09T16:30:00Z',
    agent: sari,
    team: ids.perizinan,
    labels: [ids.nib, ids.mendesak],
    messages: [['CUSTOMER', 0], ['SYSTEM', 5], ['BOT', 10], ['NOTE', 20], ['ADMIN', 40], ['CUSTOMER', 60]],
    closedAfter: 600,
    rating: 5,
  });
  // B: 21:00 WIB and 23:00 WIT on the 9th; answered at 100 s, still open, no team.
  await insertChat({ createdAt: '2026-11-09T14:00:00Z', agent: sari, labels: [ids.nib], messages: [['CUSTOMER', 0], ['ADMIN', 100]] });
  // C and H on the 10th in both zones.
  await insertChat({
    createdAt: '2026-11-10T03:00:00Z',
    agent: budi,
    team: ids.pajak,
    messages: [['CUSTOMER', 0], ['ADMIN', 30], ['CUSTOMER', 50], ['ADMIN', 70]],
    closedAfter: 1200,
    rating: 3,
  });
  await insertChat({
    createdAt: '2026-11-10T05:00:00Z',
    agent: budi,
    team: ids.pajak,
    messages: [['CUSTOMER', 0], ['ADMIN', 220]],
    closedAfter: 3000,
    rating: 4,
  });
  // D: 22:30 WIB on the 11th, 00:30 WIT on the 12th; waiting, never answered but by the system.
  await insertChat({ createdAt: '2026-11-11T15:30:00Z', team: ids.perizinan, labels: [ids.mendesak], messages: [['CUSTOMER', 0], ['SYSTEM', 3]] });

  // Outside: just before `from`, exactly at `to`, and a chat nobody wrote in.
  await insertChat({ createdAt: '2026-11-08T16:59:59Z', agent: sari, messages: [['CUSTOMER', 0], ['ADMIN', 1]], closedAfter: 2, rating: 1 });
  await insertChat({ createdAt: TO, agent: budi, messages: [['CUSTOMER', 0], ['ADMIN', 1]] });
  await insertChat({ createdAt: '2026-11-10T06:00:00Z', messages: [] });
});

async function setTimeZone(timezone: string) {
  const days = (['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const).map((weekday) => ({ weekday, opens: '08:00', closes: '16:00' }));
  const response = await graphqlRequest(url(), SetTimeZone, { input: { businessHours: { timezone, days, holidays: [] } } }, admin.token);
  expect(response.data?.updateSettings.businessHours.timezone).toBe(timezone);
}

async function report(groupBy: 'DAY' | 'AGENT' | 'TEAM' | 'LABEL', token = admin.token, range = { from: FROM, to: TO }) {
  const response = await graphqlRequest(url(), GetReport, { ...range, groupBy }, token);
  expect(response.errors).toBeUndefined();
  return response.data!.report;
}

const seconds = (value: number | null) => (value === null ? null : expect.closeTo(value, 9));
type Figures = [chats: number, messages: number, firstResponse: (number | null)[], resolution: (number | null)[], rating: number | null, ratings: number];

/** A row as computed by hand: the durations as [median, p90, count]. */
function row(key: string | null, label: string, [chats, messages, first, resolution, averageRating, ratingCount]: Figures) {
  return {
    key,
    label,
    chats,
    messages,
    firstResponseSeconds: { median: seconds(first[0]), p90: seconds(first[1]), count: first[2] },
    resolutionSeconds: { median: seconds(resolution[0]), p90: seconds(resolution[1]), count: resolution[2] },
    averageRating: seconds(averageRating),
    ratingCount,
  };
}

const NONE = [null, null, 0];
// First responses 30, 40, 100, 220 s: median (40 + 100) / 2, p90 at 0.9 × 3 = 2.7: 100 + 0.7 × 120.
// Resolutions 600, 1200, 3000 s: p90 at 1.8: 1200 + 0.8 × 1800.
const TOTALS = row(null, 'Total', [5, 12, [70, 184, 4], [1200, 2640, 3], 4, 3]);
// Sari's chats A and B; Budi's C and H.
const SARI: Figures = [2, 5, [70, 94, 2], [600, 600, 1], 5, 1];
const BUDI: Figures = [2, 6, [125, 201, 2], [2100, 2820, 2], 3.5, 2];
const D_ONLY: Figures = [1, 1, NONE, NONE, null, 0];

describe('report', () => {
  it('counts days in WIB: a chat at 23:30 belongs to that day, and the chats outside [from, to) or never written in are left out', async () => {
    const shown = await report('DAY');

    expect(shown).toMatchObject({ from: FROM, to: TO, groupBy: 'DAY', timezone: 'Asia/Jakarta' });
    expect(shown.rows).toEqual([
      row('2026-11-09', '2026-11-09', SARI),
      row('2026-11-10', '2026-11-10', BUDI),
      row('2026-11-11', '2026-11-11', D_ONLY),
    ]);
    expect(shown.totals).toEqual(TOTALS);
  });

  it('counts the same chats on other days in WIT, each day of the range listed, an empty one with zeros', async () => {
    await setTimeZone('Asia/Jayapura');
    try {
      const shown = await report('DAY');

      expect(shown.timezone).toBe('Asia/Jayapura');
      expect(shown.rows).toEqual([
        row('2026-11-09', '2026-11-09', [1, 2, [100, 100, 1], NONE, null, 0]),
        // A, C and H: first responses 30, 40, 220 (p90 at 1.8: 40 + 0.8 × 180).
        row('2026-11-10', '2026-11-10', [3, 9, [40, 184, 3], [1200, 2640, 3], 4, 3]),
        row('2026-11-11', '2026-11-11', [0, 0, NONE, NONE, null, 0]),
        row('2026-11-12', '2026-11-12', D_ONLY),
      ]);
      expect(shown.totals).toEqual(TOTALS);
    } finally {
      await setTimeZone('Asia/Jakarta');
    }
  });

  it('groups by the assigned agent, the unassigned chats last', async () => {
    const shown = await report('AGENT');

    expect(shown.rows).toEqual([row(budi.id, 'Budi Santoso', BUDI), row(sari.id, 'Sari Dewi', SARI), row(null, 'Belum ditugaskan', D_ONLY)]);
    expect(shown.totals).toEqual(TOTALS);
  });

  it('groups by team, the chats without one last', async () => {
    const shown = await report('TEAM');

    expect(shown.rows).toEqual([
      row(ids.pajak, PAJAK, BUDI),
      row(ids.perizinan, 'Perizinan', [2, 4, [40, 40, 1], [600, 600, 1], 5, 1]),
      row(null, 'Tanpa tim', [1, 2, [100, 100, 1], NONE, null, 0]),
    ]);
  });

  it('groups by label, counting a chat with two labels in both, so the rows add up to more than the totals', async () => {
    const shown = await report('LABEL');

    expect(shown.rows).toEqual([
      row(ids.mendesak, MENDESAK, [2, 4, [40, 40, 1], [600, 600, 1], 5, 1]),
      row(ids.nib, 'NIB', SARI),
      row(null, 'Tanpa label', BUDI),
    ]);
    expect(shown.rows.reduce((sum, each) => sum + each.chats, 0)).toBe(6);
    expect(shown.totals).toEqual(TOTALS);
  });

  it('lets a SUPERVISOR read reports; an AGENT and a visitor get FORBIDDEN, an anonymous caller UNAUTHENTICATED', async () => {
    const supervisor = await createAgent(url(), admin, 'supervisor@example.com', 'Supervisor', 'SUPERVISOR');
    const customer = await registerCustomer(url(), 'Pengunjung');
    const variables = { from: FROM, to: TO, groupBy: 'AGENT' as const };

    expect((await report('AGENT', supervisor.token)).totals).toEqual(TOTALS);
    expect(errorCode(await graphqlRequest(url(), GetReport, variables, sari.token))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(url(), GetReport, variables, customer.token))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(url(), GetReport, variables))).toBe('UNAUTHENTICATED');
  });

  it('lets an API key with READ_REPORTS read reports and download their CSV until it is revoked; a key without it gets FORBIDDEN', async () => {
    const createKey = async (name: string, scopes: ('READ_REPORTS' | 'READ_CHATS')[]) =>
      (await graphqlRequest(url(), CreateReportKey, { input: { name, scopes } }, admin.token)).data!.createApiKey;
    const reports = await createKey('Dasbor kantor', ['READ_REPORTS']);
    const chats = await createKey('Sinkron CRM', ['READ_CHATS']);

    const shown = await report('TEAM', reports.secret);
    expect(shown.totals).toEqual(TOTALS);
    const refused = await graphqlRequest(url(), GetReport, { from: FROM, to: TO, groupBy: 'TEAM' }, chats.secret);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].extensions?.reason).toBe('MISSING_SCOPE');

    const records = parseCsv((await (await fetch(shown.csvUrl)).text()).slice(1));
    expect(records.slice(1)).toEqual([...shown.rows, shown.totals].map(asCsv));
    expect((await graphqlRequest(url(), RevokeReportKey, { id: reports.apiKey.id }, admin.token)).errors).toBeUndefined();
    expect((await fetch(shown.csvUrl)).status).toBe(403);
  });

  it.each([
    ['from equal to to', { from: FROM, to: FROM }],
    ['from after to', { from: TO, to: FROM }],
    ['more than 366 days', { from: '2025-11-01T00:00:00.000Z', to: '2026-11-02T00:00:01.000Z' }],
    ['a date that is none', { from: '2026-13-01T00:00:00.000Z', to: TO }],
  ])('refuses %s with BAD_USER_INPUT', async (_case, range) => {
    const response = await graphqlRequest(url(), GetReport, { ...range, groupBy: 'DAY' }, admin.token);

    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.data ?? null).toBeNull();
  });

  it('takes a range of exactly 366 days, one row a day', async () => {
    const shown = await report('DAY', admin.token, { from: '2025-11-10T17:00:00.000Z', to: '2026-11-11T17:00:00.000Z' });

    expect(shown.rows).toHaveLength(366);
    expect(shown.rows.at(-1)).toEqual(row('2026-11-11', '2026-11-11', D_ONLY));
    expect(shown.totals).toEqual(row(null, 'Total', [6, 14, [40, 172, 5], [900, 2460, 4], 3.25, 4]));
  });
});

describe('csvUrl', () => {
  it.each(['DAY', 'AGENT', 'TEAM', 'LABEL'] as const)('downloads the rows of %s, then the totals, field by field as the API answered them', async (groupBy) => {
    const shown = await report(groupBy);

    const response = await fetch(shown.csvUrl);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="laporan-${groupBy.toLowerCase()}-2026-11-09-2026-11-11.csv"`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(header).toEqual([
      'key',
      'label',
      'chats',
      'messages',
      'firstResponseSeconds.median',
      'firstResponseSeconds.p90',
      'firstResponseSeconds.count',
      'resolutionSeconds.median',
      'resolutionSeconds.p90',
      'resolutionSeconds.count',
      'averageRating',
      'ratingCount',
    ]);
    expect(records).toEqual([...shown.rows, shown.totals].map(asCsv));
    expect(records.length).toBeGreaterThan(3);
  });

  it('quotes a name with a comma and quotes, and keeps its Indonesian letters as UTF-8', async () => {
    const text = await (await fetch((await report('LABEL')).csvUrl)).text();

    expect(text).toContain(`\r\n${ids.mendesak},"Mendesak, ""prioritas""",2,`);
    const teams = await (await fetch((await report('TEAM')).csvUrl)).text();
    expect(teams).toContain(`\r\n${ids.pajak},${PAJAK},2,6,`);
  });

  it('refuses a link whose range or grouping was changed, or whose signature was, with 403 and no rows', async () => {
    const link = new URL((await report('AGENT')).csvUrl);
    const good = await fetch(link);
    expect(good.status).toBe(200);

    for (const [name, value] of [
      ['groupBy', 'LABEL'],
      ['from', '2026-11-01T00:00:00.000Z'],
      ['to', '2026-11-30T00:00:00.000Z'],
      ['r', `ADMIN:${sari.id}`],
      ['e', String(Number(link.searchParams.get('e')) + 300)],
      ['s', `${link.searchParams.get('s')!.slice(0, -2)}AA`],
    ]) {
      const tampered = new URL(link);
      tampered.searchParams.set(name, value);
      const response = await fetch(tampered);
      expect({ name, status: response.status }).toEqual({ name, status: 403 });
      expect(await response.text()).not.toContain('Total');
    }
  });

  it('refuses an expired link', async () => {
    const signedAnHourAgo = handle.app.deps.fileLinks.reportUrlFor(
      { from: new Date(FROM), to: new Date(TO), groupBy: 'DAY' },
      { role: 'ADMIN', adminId: admin.id, tokenId: 'test', expiresAt: 0 },
      Date.now() - 60 * 60 * 1000,
    );
    const fresh = handle.app.deps.fileLinks.reportUrlFor(
      { from: new Date(FROM), to: new Date(TO), groupBy: 'DAY' },
      { role: 'ADMIN', adminId: admin.id, tokenId: 'test', expiresAt: 0 },
    );

    expect((await fetch(fresh)).status).toBe(200);
    const expired = await fetch(signedAnHourAgo);
    expect(expired.status).toBe(403);
    expect(await expired.json()).toEqual({ error: 'link expired' });
  });

  it("refuses the link of a SUPERVISOR made an AGENT since, since reports are no longer the reader's", async () => {
    const supervisor = await createAgent(url(), admin, 'pengawas@example.com', 'Pengawas', 'SUPERVISOR');
    const link = (await report('DAY', supervisor.token)).csvUrl;
    expect((await fetch(link)).status).toBe(200);

    const demoted = await graphqlRequest(url(), DemoteAdmin, { id: supervisor.id, input: { role: 'AGENT' } }, admin.token);
    expect(demoted.data?.updateAdmin.role).toBe('AGENT');

    expect((await fetch(link)).status).toBe(403);
  });
});
