import type { EntityManager } from '@mikro-orm/postgresql';
import { requireStaffOrKey, SUPERVISORS } from '../admin/staff';
import type { Viewer } from '../../auth/viewer';
import { badInput } from '../../errors/app-error';
import type { DailyMessageCountNode } from './stats.types';

const MAX_DAYS = 90;

/** Dashboard figures, each computed by one SQL query. */
export class StatsService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly timeZone: string,
  ) {}

  /** Forked on first use: many operations (a send, above all) never touch it. */
  private get em(): EntityManager {
    return this.entityManager();
  }

  /** ADMIN and SUPERVISOR: reports are not an AGENT's. */
  async authorize(viewer: Viewer | null): Promise<Record<string, never>> {
    await requireStaffOrKey(this.em, viewer, 'stats', SUPERVISORS);
    return {};
  }

  private openSessions?: Promise<{ active: number; waiting: number }>;

  /**
   * Both counts come from one query, made once per request however many fields ask. A chat counts
   * from its first message on, as the inbox lists it.
   */
  sessionsByStatus(): Promise<{ active: number; waiting: number }> {
    this.openSessions ??= this.countOpenSessions();
    return this.openSessions;
  }

  private async countOpenSessions(): Promise<{ active: number; waiting: number }> {
    const [row] = await this.em.getConnection().execute<{ active: string; waiting: string }[]>(
      `select count(*) filter (where status = 'ACTIVE') as active, count(*) filter (where status = 'WAITING') as waiting
         from chat_session where status <> 'CLOSED' and last_message_at is not null`,
    );
    return { active: Number(row.active), waiting: Number(row.waiting) };
  }

  async messagesPerDay(days: number): Promise<DailyMessageCountNode[]> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
      throw badInput(`\`days\` must be between 1 and ${MAX_DAYS}.`, 'days');
    }
    const rows = await this.em.getConnection().execute<{ date: string; count: string }[]>(
      `with today as (select (now() at time zone ?)::date as day),
            days as (select generate_series(today.day - (? - 1), today.day, interval '1 day')::date as day from today)
       select to_char(days.day, 'YYYY-MM-DD') as date, count(message.id) as count
         from days
         left join message
           on message.created_at >= (days.day::timestamp at time zone ?)
          and message.created_at < ((days.day + 1)::timestamp at time zone ?)
        group by days.day
        order by days.day`,
      [this.timeZone, days, this.timeZone, this.timeZone],
    );
    return rows.map((row) => ({ date: row.date, count: Number(row.count) }));
  }

  /** From a session's first customer message to the first agent reply after it; an internal note is no reply. */
  async averageFirstResponseSeconds(): Promise<number | null> {
    const [row] = await this.em.getConnection().execute<{ seconds: string | null }[]>(
      `select avg(extract(epoch from first_reply.at - first_question.at)) as seconds
         from (select session_id, min(created_at) as at from message where sender = 'CUSTOMER' group by session_id) first_question
         cross join lateral (
           select min(reply.created_at) as at from message reply
            where reply.session_id = first_question.session_id and reply.sender = 'ADMIN' and not reply.internal
              and reply.created_at >= first_question.at
         ) first_reply
        where first_reply.at is not null`,
    );
    return row.seconds === null ? null : Number(row.seconds);
  }
}
