import { Client } from 'pg';
import { now, TimeoutError } from '../infra/time';
import { log } from '../log';
import { summarize, type Summary } from '../stats/summary';
import { graphql, SEEDED_ADMIN } from '../targets/api-target';

const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
/** The console's report section asks exactly this (admin/src/features/dashboard/report-section.tsx). */
const REPORT = `query GetReport($from: DateTimeISO!, $to: DateTimeISO!, $groupBy: ReportGrouping!) {
  report(from: $from, to: $to, groupBy: $groupBy) {
    from to groupBy timezone csvUrl
    rows { ...ReportSection_row }
    totals { ...ReportSection_row }
  }
}
fragment ReportSection_row on ReportRow {
  key label chats messages
  firstResponseSeconds { median p90 count }
  resolutionSeconds { median p90 count }
  averageRating ratingCount
}`;

const GROUPINGS = ['DAY', 'AGENT', 'TEAM', 'LABEL'] as const;
type Grouping = (typeof GROUPINGS)[number];

export interface ReportSettings {
  /** Chats seeded over the last year, each with `messagesPerChat` messages. */
  chats: number;
  messagesPerChat: number;
  agents: number;
  warmup: number;
  /** Reports of the whole year one at a time, the groupings in turn. */
  samples: number;
  maxMs: number;
}

export interface ReportGroupingFigure {
  groupBy: Grouping;
  rows: number;
  latency: Summary;
}

export interface ReportResult {
  chats: number;
  messages: number;
  seedSeconds: number;
  /** `report` over HTTP for a year holding every seeded chat, every grouping (ms). */
  latency: Summary;
  byGrouping: ReportGroupingFigure[];
  /** The same over the last 30 days (about a twelfth of the chats). */
  lastMonth: Summary;
  /** Fetching `csvUrl` of the year's DAY report (ms). */
  csv: Summary;
}

/**
 * Seeds `chats` chats straight into the API's database (INSERT … SELECT over generate_series),
 * then asks the console's `report` over the API's GraphQL HTTP endpoint as the seeded ADMIN: a
 * year holding them all, by each grouping, one at a time; then the last 30 days; then the CSV.
 */
export async function measureReports(base: string, databaseUrl: string, settings: ReportSettings): Promise<ReportResult> {
  const deadline = now() + settings.maxMs;
  const seedStartedAt = now();
  const messages = await seedReportChats(databaseUrl, settings);
  const seedSeconds = (now() - seedStartedAt) / 1000;
  log(`  seeded ${settings.chats.toLocaleString('en-US')} chats, ${messages.toLocaleString('en-US')} messages in ${seedSeconds.toFixed(1)} s`);

  const url = `${base}/graphql`;
  const { login } = await graphql<{ login: { token: string } }>(url, LOGIN, SEEDED_ADMIN);
  const to = new Date();
  const yearAgo = new Date(to.getTime() - 365 * 24 * 60 * 60 * 1000);
  const monthAgo = new Date(to.getTime() - 30 * 24 * 60 * 60 * 1000);
  const ask = async (from: Date, groupBy: Grouping) => {
    const startedAt = now();
    const { report } = await graphql<{ report: { rows: unknown[]; totals: { chats: number }; csvUrl: string } }>(
      url,
      REPORT,
      { from: from.toISOString(), to: to.toISOString(), groupBy },
      login.token,
    );
    return { ms: now() - startedAt, report };
  };

  for (let n = 0; n < settings.warmup; n += 1) await ask(yearAgo, GROUPINGS[n % GROUPINGS.length]!);
  const { report: year } = await ask(yearAgo, 'DAY');
  if (year.totals.chats < settings.chats) throw new Error(`the year's report counts ${year.totals.chats} chats of ${settings.chats} seeded`);

  const samples: { groupBy: Grouping; ms: number; rows: number }[] = [];
  const lastMonth: number[] = [];
  const csv: number[] = [];
  // Each loop takes its share of what time is left, so a slow machine still has every figure.
  const until = (share: number) => now() + (deadline - now()) * share;
  const yearUntil = until(0.6);
  for (let n = 0; n < settings.samples && now() < yearUntil; n += 1) {
    const groupBy = GROUPINGS[n % GROUPINGS.length]!;
    const { ms, report } = await ask(yearAgo, groupBy);
    samples.push({ groupBy, ms, rows: report.rows.length });
  }
  if (samples.length < GROUPINGS.length) throw new TimeoutError(`reports: only ${samples.length} reports of the year within ${settings.maxMs} ms`);
  const monthUntil = until(0.5);
  for (let n = 0; n < settings.samples && now() < monthUntil; n += 1) lastMonth.push((await ask(monthAgo, GROUPINGS[n % GROUPINGS.length]!)).ms);
  for (let n = 0; n < Math.max(4, settings.samples / 4) && now() < deadline; n += 1) {
    const startedAt = now();
    const response = await fetch(year.csvUrl);
    if (!response.ok) throw new Error(`csvUrl answered ${response.status}`);
    await response.arrayBuffer();
    csv.push(now() - startedAt);
  }

  return {
    chats: settings.chats,
    messages,
    seedSeconds: Math.round(seedSeconds * 10) / 10,
    latency: summarize(samples.map((sample) => sample.ms)),
    byGrouping: GROUPINGS.map((groupBy) => {
      const own = samples.filter((sample) => sample.groupBy === groupBy);
      return { groupBy, rows: own[0]?.rows ?? 0, latency: summarize(own.map((sample) => sample.ms)) };
    }),
    lastMonth: summarize(lastMonth),
    csv: summarize(csv),
  };
}

/**
 * `chats` chats spread over the last 360 days (the newest a minute old), most of them closed and
 * rated; agents, five teams and eight labels (a chat has none, one or two). Each chat: the
 * visitor's question, a system line, the agent's first reply after 20 s to about 10 minutes, then
 * turns; every fifth chat also has an internal note. Returns the messages written.
 */
export async function seedReportChats(databaseUrl: string, settings: Pick<ReportSettings, 'chats' | 'messagesPerChat' | 'agents'>): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(
      `create temporary table report_agent on commit drop as
       select n, gen_random_uuid() as id from generate_series(1, $1::int) n`,
      [settings.agents],
    );
    await client.query(
      `insert into admin (id, email, name, password_hash, created_at, role, status)
       select id, 'agen' || n || '@laporan.example', 'Agen Laporan ' || n, 'not-a-hash', now(), 'AGENT', 'OFFLINE' from report_agent`,
    );
    await client.query(
      `create temporary table report_team on commit drop as
       select n, gen_random_uuid() as id from generate_series(1, 5) n`,
    );
    await client.query(`insert into team (id, name, show_in_widget, created_at) select id, 'Tim Laporan ' || n, false, now() from report_team`);
    await client.query(
      `create temporary table report_label on commit drop as
       select n, gen_random_uuid() as id from generate_series(1, 8) n`,
    );
    await client.query(`insert into label (id, name, color, created_at) select id, 'Label Laporan ' || n, '#2563EB', now() from report_label`);
    await client.query(
      `create temporary table report_chat on commit drop as
       select n, gen_random_uuid() as id, gen_random_uuid() as customer_id,
              now() - interval '1 minute' - make_interval(secs => (n::float8 * 360 * 86400 / $1::int)) as at,
              20 + (n * 7919) % 600 as reply_after
       from generate_series(1, $1::int) n`,
      [settings.chats],
    );
    await client.query(`insert into customer (id, name, created_at) select customer_id, 'Pelanggan ' || n, at from report_chat`);
    // One chat in 15 still open, one in 40 never taken; a closed chat rated one time in three.
    await client.query(
      `insert into chat_session (id, customer_id, assigned_admin_id, team_id, status, created_at, queued_at, first_assigned_at,
                                 last_message_at, closed_at, rating, rated_at)
       select c.id, c.customer_id, case when c.n % 40 = 0 then null else a.id end, t.id,
              (case when c.n % 40 = 0 then 'WAITING' when c.n % 15 = 0 then 'ACTIVE' else 'CLOSED' end)::chat_session_status,
              c.at, c.at, case when c.n % 40 = 0 then null else c.at + make_interval(secs => c.reply_after) end,
              c.at + make_interval(secs => c.reply_after + ($1::int) * 60),
              case when c.n % 40 <> 0 and c.n % 15 <> 0 then c.at + make_interval(secs => c.reply_after + ($1::int) * 60 + 300 + (c.n % 50) * 60) end,
              case when c.n % 40 <> 0 and c.n % 15 <> 0 and c.n % 3 = 0 then 1 + (c.n / 3) % 5 end,
              case when c.n % 40 <> 0 and c.n % 15 <> 0 and c.n % 3 = 0 then c.at + interval '2 hours' end
       from report_chat c
       join report_agent a on a.n = 1 + c.n % $2::int
       left join report_team t on t.n = c.n % 6`,
      [settings.messagesPerChat, settings.agents],
    );
    await client.query(
      `insert into chat_session_label (chat_session_id, label_id)
       select c.id, l.id from report_chat c join report_label l on l.n = 1 + c.n % 8 where c.n % 3 <> 0
       union all
       select c.id, l.id from report_chat c join report_label l on l.n = 1 + (c.n / 8) % 8 where c.n % 5 = 0 and (c.n / 8) % 8 <> c.n % 8`,
    );
    // m = 1: the question; 2: a system line; 3: the first reply; then the visitor and the agent in turn.
    const { rowCount } = await client.query(
      `insert into message (session_id, sender, sender_admin_id, sender_name, text, internal, created_at)
       select s.id,
              (case when m = 1 then 'CUSTOMER' when m = 2 then 'SYSTEM' when m % 2 = 1 then 'ADMIN' else 'CUSTOMER' end)::message_sender,
              case when m > 2 and m % 2 = 1 then s.assigned_admin_id end,
              case when m = 2 then null else 'Pengirim' end,
              case when m = 2 then 'Percakapan diteruskan ke agen.' else 'Pesan nomor ' || m end,
              false,
              c.at + case when m = 1 then interval '0' when m = 2 then interval '5 seconds' else make_interval(secs => c.reply_after + (m - 3) * 60) end
       from report_chat c join chat_session s on s.id = c.id
       cross join generate_series(1, $1::int) m
       where m < 3 or s.assigned_admin_id is not null
       union all
       select c.id, 'ADMIN', s.assigned_admin_id, 'Pengirim', 'Catatan internal', true, c.at + interval '10 seconds'
       from report_chat c join chat_session s on s.id = c.id where c.n % 5 = 0 and s.assigned_admin_id is not null`,
      [settings.messagesPerChat],
    );
    await client.query('commit');
    // A year of history has long been vacuumed: the visibility map lets the report read messages from its index alone.
    await client.query('vacuum (analyze) admin, team, label, customer, chat_session, chat_session_label, message');
    return rowCount ?? 0;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
