import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../app-deps';
import type { Sql } from '../../db/sql';
import type { AuditTrail } from '../audit/audit-trail';

/** Chats deleted in one transaction: a large backlog goes in many short ones, never one long lock. */
export const RETENTION_BATCH_SIZE = 200;
/** How many of the chats a report names (the oldest first). */
export const RETENTION_SAMPLE_SIZE = 50;

export interface RetentionFigures {
  chats: number;
  messages: number;
  files: number;
  bytes: number;
  customers: number;
}

export interface RetentionChat {
  id: string;
  closedAt: Date;
  customerName: string;
}

export interface RetentionReport extends RetentionFigures {
  dryRun: boolean;
  /** Null: retention is off, and nothing goes. */
  retentionDays: number | null;
  /** Chats closed before this go. */
  cutoff: Date | null;
  /** The first chats that go (or went), oldest first. */
  sample: RetentionChat[];
}

const SETTINGS = {
  name: 'livechat_retention_settings',
  text: `select retention_days, now() - make_interval(days => retention_days) as cutoff from settings where id = 1`,
};

/** A chat goes once it is CLOSED and its closedAt is older than the cutoff; open chats always stay. */
const DOOMED_CHAT = `s.status = 'CLOSED' and s.closed_at < $1`;

/**
 * A customer goes once it has no chat left, was created before the cutoff (so a visitor who has
 * just registered and not yet written is kept) and is not blocked (a block must outlive its chats).
 */
const DOOMED_CUSTOMER = `c.created_at < $1 and c.blocked_at is null`;

const DRY_RUN_FIGURES = {
  name: 'livechat_retention_dry_run',
  text: `with doomed as (select s.id from chat_session s where ${DOOMED_CHAT}),
              files as (select f.size from file_attachment f where f.session_id in (select id from doomed))
         select (select count(*) from doomed)::int as chats,
                (select count(*) from message m where m.session_id in (select id from doomed))::int as messages,
                (select count(*) from files)::int as files,
                (select coalesce(sum(size), 0) from files)::float8 as bytes,
                (select count(*) from customer c
                  where ${DOOMED_CUSTOMER}
                    and not exists (select 1 from chat_session s where s.customer_id = c.id and not (${DOOMED_CHAT})))::int as customers`,
};

/** The chats that go, oldest first, with their customers' names (for the report's list). */
const DOOMED_CHATS = `select s.id, s.closed_at, c.name as customer_name
           from chat_session s join customer c on c.id = s.customer_id
          where ${DOOMED_CHAT}
          order by s.closed_at, s.id
          limit $2`;

const SAMPLE = { name: 'livechat_retention_sample', text: DOOMED_CHATS };

/** Locked and skipped when locked: another instance's run (or a change to the chat) keeps its rows. */
const LOCK_CHATS = { name: 'livechat_retention_lock_chats', text: `${DOOMED_CHATS} for update of s skip locked` };

const DELETE_CHATS = {
  name: 'livechat_retention_delete_chats',
  text: `with messages as (delete from message where session_id = any($1::uuid[]) returning 1),
              files as (delete from file_attachment where session_id = any($1::uuid[]) returning id, size),
              chats as (delete from chat_session where id = any($1::uuid[]) returning 1)
         select (select count(*) from chats)::int as chats,
                (select count(*) from messages)::int as messages,
                (select coalesce(array_agg(id::text), '{}') from files) as file_ids,
                (select coalesce(sum(size), 0) from files)::float8 as bytes`,
};

const LOCK_CUSTOMERS = {
  name: 'livechat_retention_lock_customers',
  text: `select c.id from customer c
          where ${DOOMED_CUSTOMER} and not exists (select 1 from chat_session s where s.customer_id = c.id)
          order by c.created_at, c.id
          limit $2
          for update skip locked`,
};

/**
 * Asked again once the rows are locked, in a statement of its own: a chat started (and committed)
 * while the lock was being taken would otherwise go with its customer, by the cascade.
 */
const DELETE_CUSTOMERS = {
  name: 'livechat_retention_delete_customers',
  text: `delete from customer c where c.id = any($1::uuid[]) and not exists (select 1 from chat_session s where s.customer_id = c.id) returning c.id`,
};

interface ChatRow {
  id: string;
  closed_at: Date | string;
  customer_name: string;
}

const NOTHING: RetentionFigures = { chats: 0, messages: 0, files: 0, bytes: 0, customers: 0 };

/**
 * Deletes what `Settings.retentionDays` no longer keeps: CLOSED chats whose closedAt is older,
 * with their messages and files (the rows and the bytes in storage), then the customers left
 * without chats. Safe on any number of instances at once: each batch locks its rows with
 * `for update skip locked`, so a chat is deleted, and counted, by one run only. Every batch's
 * transaction records its own `retention.run` event, so a run stopped midway still accounts for
 * what it deleted.
 */
export class Retention {
  constructor(
    private readonly deps: Pick<AppDeps, 'sql' | 'storage'>,
    private readonly audit: AuditTrail,
  ) {}

  async run(dryRun: boolean): Promise<RetentionReport> {
    const [settings] = await this.deps.sql.run<{ retention_days: number | null; cutoff: Date | string | null }>(SETTINGS, []);
    const retentionDays = settings?.retention_days ?? null;
    // The ORM's pool may hand timestamps back as text.
    const cutoff = settings?.cutoff == null ? null : new Date(settings.cutoff);
    if (retentionDays === null || cutoff === null) return { dryRun, retentionDays: null, cutoff: null, ...NOTHING, sample: [] };
    return dryRun ? this.dryRun(retentionDays, cutoff) : this.delete(retentionDays, cutoff);
  }

  private async dryRun(retentionDays: number, cutoff: Date): Promise<RetentionReport> {
    const [figures] = await this.deps.sql.run<RetentionFigures>(DRY_RUN_FIGURES, [cutoff]);
    const sample = await this.deps.sql.run<ChatRow>(SAMPLE, [cutoff, RETENTION_SAMPLE_SIZE]);
    const report: RetentionReport = { dryRun: true, retentionDays, cutoff, ...figures!, sample: sample.map(toRetentionChat) };
    await this.deps.sql.transaction((run) => this.record(run, report, randomUUID()));
    return report;
  }

  private async delete(retentionDays: number, cutoff: Date): Promise<RetentionReport> {
    const runId = randomUUID();
    const report: RetentionReport = { dryRun: false, retentionDays, cutoff, ...NOTHING, sample: [] };
    let deletedAny = false;
    for (;;) {
      const batch = await this.deps.sql.transaction(async (run) => {
        const rows = await run<ChatRow>(LOCK_CHATS, [cutoff, RETENTION_BATCH_SIZE]);
        if (rows.length === 0) return null;
        const [deleted] = await run<{ chats: number; messages: number; file_ids: string[]; bytes: number }>(DELETE_CHATS, [rows.map((row) => row.id)]);
        const figures = { ...NOTHING, chats: deleted!.chats, messages: deleted!.messages, files: deleted!.file_ids.length, bytes: deleted!.bytes };
        // Before the commit: were it to fail, the rows would stay for the next run, which deletes the bytes again (a no-op).
        await this.removeBytes(deleted!.file_ids);
        await this.record(run, { ...report, ...figures }, runId);
        return { rows, figures };
      });
      if (!batch) break;
      deletedAny = true;
      add(report, batch.figures);
      report.sample.push(...batch.rows.slice(0, RETENTION_SAMPLE_SIZE - report.sample.length).map(toRetentionChat));
    }
    for (;;) {
      const batch = await this.deps.sql.transaction(async (run) => {
        const locked = await run<{ id: string }>(LOCK_CUSTOMERS, [cutoff, RETENTION_BATCH_SIZE]);
        if (locked.length === 0) return null;
        const deleted = await run<{ id: string }>(DELETE_CUSTOMERS, [locked.map((row) => row.id)]);
        if (deleted.length > 0) await this.record(run, { ...report, ...NOTHING, customers: deleted.length }, runId);
        return deleted.length;
      });
      // A locked customer that gained a chat meanwhile is kept, and no longer matches: the loop still ends.
      if (batch === null) break;
      report.customers += batch;
      deletedAny ||= batch > 0;
    }
    // A run that found nothing is recorded once, so the daily job's runs are all in the log.
    if (!deletedAny) await this.deps.sql.transaction((run) => this.record(run, report, runId));
    return report;
  }

  private async removeBytes(fileIds: string[]): Promise<void> {
    for (const id of fileIds) await this.deps.storage.remove(id);
  }

  private record(run: Sql['run'], report: RetentionReport, runId: string): Promise<void> {
    return this.audit.recordWith(run, {
      action: 'retention.run',
      targetType: 'RETENTION',
      details: {
        runId,
        dryRun: report.dryRun,
        retentionDays: report.retentionDays,
        cutoff: report.cutoff?.toISOString() ?? null,
        chats: report.chats,
        messages: report.messages,
        files: report.files,
        bytes: report.bytes,
        customers: report.customers,
      },
    });
  }
}

function add(total: RetentionFigures, part: RetentionFigures): void {
  total.chats += part.chats;
  total.messages += part.messages;
  total.files += part.files;
  total.bytes += part.bytes;
  total.customers += part.customers;
}

const toRetentionChat = (row: ChatRow): RetentionChat => ({ id: row.id, closedAt: new Date(row.closed_at), customerName: row.customer_name });
