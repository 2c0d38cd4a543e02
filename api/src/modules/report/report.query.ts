import type { EntityManager } from '@mikro-orm/postgresql';
import { ReportGrouping, type ReportRowNode } from './report.types';

/** What the rows without a key are called, in the desk's language (the console translates them). */
export const UNKEYED_LABELS: Record<Exclude<ReportGrouping, ReportGrouping.DAY>, string> = {
  [ReportGrouping.AGENT]: 'Belum ditugaskan',
  [ReportGrouping.TEAM]: 'Tanpa tim',
  [ReportGrouping.LABEL]: 'Tanpa label',
};
export const TOTALS_LABEL = 'Total';

/**
 * The chats of each group, keyed. DAY starts from every day of the range, so a day without
 * chats is a row of zeros; the others join each chat to its agent, team or labels (a chat with two
 * labels is in both groups).
 */
const KEYED: Record<ReportGrouping, string> = {
  [ReportGrouping.DAY]: `
    select to_char(d.day, 'YYYY-MM-DD') as key, to_char(d.day, 'YYYY-MM-DD') as label, f.*
      from tz, generate_series(date_trunc('day', ?::timestamptz at time zone tz.name),
                               ?::timestamptz at time zone tz.name - interval '1 microsecond',
                               interval '1 day') as d(day)
      left join figures f on f.day = d.day::date`,
  [ReportGrouping.AGENT]: `
    select a.id::text as key, coalesce(a.name, '${UNKEYED_LABELS.AGENT}') as label, f.*
      from figures f left join admin a on a.id = f.assigned_admin_id`,
  [ReportGrouping.TEAM]: `
    select t.id::text as key, coalesce(t.name, '${UNKEYED_LABELS.TEAM}') as label, f.*
      from figures f left join team t on t.id = f.team_id`,
  [ReportGrouping.LABEL]: `
    select l.id::text as key, coalesce(l.name, '${UNKEYED_LABELS.LABEL}') as label, f.*
      from figures f
      left join chat_session_label cl on cl.chat_session_id = f.id
      left join label l on l.id = cl.label_id`,
};

const ORDER: Record<ReportGrouping, string> = {
  [ReportGrouping.DAY]: 'r.key',
  [ReportGrouping.AGENT]: 'r.key is null, lower(r.label), r.key',
  [ReportGrouping.TEAM]: 'r.key is null, lower(r.label), r.key',
  [ReportGrouping.LABEL]: 'r.key is null, lower(r.label), r.key',
};

/** The same figures for a group and for the totals; `percentile_cont` and `avg` skip the nulls. */
const AGGREGATES = `
  count(id)::int as chats,
  coalesce(sum(messages), 0)::int as messages,
  percentile_cont(0.5) within group (order by first_response) as first_response_median,
  percentile_cont(0.9) within group (order by first_response) as first_response_p90,
  count(first_response)::int as first_response_count,
  percentile_cont(0.5) within group (order by resolution) as resolution_median,
  percentile_cont(0.9) within group (order by resolution) as resolution_p90,
  count(resolution)::int as resolution_count,
  avg(rating)::float8 as average_rating,
  count(rating)::int as rating_count`;

/**
 * One statement per report. The time zone is read from the settings row inside it; a chat is in
 * the range by its creation, and counts once a visitor wrote in it (as the inbox lists chats).
 * Only CUSTOMER and ADMIN messages that are not notes count: what is not named here (SYSTEM,
 * BOT, any sender added later) is left out, and so a response is only an agent's.
 */
const statement = (groupBy: ReportGrouping) => `
  with tz as (
    select coalesce(nullif(business_hours->>'timezone', ''), 'Asia/Jakarta') as name from settings where id = 1
  ),
  figures as (
    select s.id, s.assigned_admin_id, s.team_id, s.rating,
           date_trunc('day', s.created_at at time zone (select name from tz))::date as day,
           count(*) filter (where m.sender in ('CUSTOMER', 'ADMIN')) as messages,
           extract(epoch from min(m.created_at) filter (where m.sender = 'ADMIN' and m.created_at >= s.created_at) - s.created_at)::float8 as first_response,
           case when s.status = 'CLOSED' then extract(epoch from s.closed_at - s.created_at)::float8 end as resolution
      from chat_session s
      -- No message of a chat predates it: the range's start bounds the messages read too.
      left join message m on m.session_id = s.id and not m.internal and m.created_at >= ?
     where s.created_at >= ? and s.created_at < ? and s.last_message_at is not null
     group by s.id
  ),
  keyed as (${KEYED[groupBy]})
  select r.*, tz.name as timezone
    from (
      select false as total, key, label, ${AGGREGATES} from keyed group by key, label
      union all
      select true as total, null, '${TOTALS_LABEL}', ${AGGREGATES} from figures
    ) r, tz
   order by r.total, ${ORDER[groupBy]}`;

interface ReportSqlRow {
  total: boolean;
  key: string | null;
  label: string;
  chats: number;
  messages: number;
  first_response_median: number | null;
  first_response_p90: number | null;
  first_response_count: number;
  resolution_median: number | null;
  resolution_p90: number | null;
  resolution_count: number;
  average_rating: number | null;
  rating_count: number;
  timezone: string;
}

export interface ReportFigures {
  timezone: string;
  rows: ReportRowNode[];
  totals: ReportRowNode;
}

export async function queryReport(em: EntityManager, from: Date, to: Date, groupBy: ReportGrouping): Promise<ReportFigures> {
  const range = [from.toISOString(), to.toISOString()];
  const values = [range[0], ...range, ...(groupBy === ReportGrouping.DAY ? range : [])];
  const sqlRows = await em.getConnection().execute<ReportSqlRow[]>(statement(groupBy), values);
  const rows = sqlRows.map(toRow);
  return { timezone: sqlRows[0].timezone, rows: rows.filter((_row, index) => !sqlRows[index].total), totals: rows.at(-1)! };
}

const toRow = (row: ReportSqlRow): ReportRowNode => ({
  key: row.key,
  label: row.label,
  chats: row.chats,
  messages: row.messages,
  firstResponseSeconds: { median: row.first_response_median, p90: row.first_response_p90, count: row.first_response_count },
  resolutionSeconds: { median: row.resolution_median, p90: row.resolution_p90, count: row.resolution_count },
  averageRating: row.average_rating,
  ratingCount: row.rating_count,
});
