import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { requireViewer } from '../../auth/guards';
import type { Viewer } from '../../auth/viewer';
import { badInput } from '../../errors/app-error';
import { isUuid } from '../../input/text-rules';
import { connection, type ConnectionResult } from '../../pagination/connection.types';
import { decodeCursor, encodeCursor, pageSize } from '../../pagination/cursor';
import type { ChatSessionPayload } from '../../pubsub/topics';
import { requireStaffOrKey, staffSightSql } from '../admin/staff';
import { ChatSession } from '../chat-session/chat-session.entity';
import { toChatSessionPayload } from '../chat-session/chat-session.types';

/** The same cursors as `chatSessions`, whose newest-first order this is. */
const CURSOR_KIND = 'session';

interface Sight {
  sql: string;
  values: unknown[];
}

interface Position {
  createdAt: string;
  id: string;
}

/**
 * `Customer.chatSessions`: a customer's chats that the viewer may see, newest first. Every customer
 * resolved in one request with the same page arguments is served by one query for the page and
 * one for the counts, however many there are.
 */
export class CustomerChatSessions {
  private readonly pages = new Map<string, DataLoader<string, ChatSessionPayload[]>>();
  private counts: DataLoader<string, number> | undefined;
  private viewerSight: Promise<Sight> | undefined;

  constructor(private readonly entityManager: () => EntityManager) {}

  private get em(): EntityManager {
    return this.entityManager();
  }

  async list(
    viewer: Viewer | null,
    customerId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ConnectionResult<ChatSessionPayload>> {
    const limit = pageSize(first, 10);
    const position = after ? decodePosition(after) : null;
    const sight = await this.sightOf(viewer);
    const pageKey = `${limit}|${after ?? ''}`;
    let page = this.pages.get(pageKey);
    if (!page) this.pages.set(pageKey, (page = new DataLoader((ids) => this.loadPages(sight, ids, limit + 1, position))));
    const rows = await page.load(customerId);
    const edges = rows.slice(0, limit).map((node) => ({ cursor: encodeCursor(CURSOR_KIND, `${node.createdAt}|${node.id}`), node }));
    this.counts ??= new DataLoader((ids) => this.loadCounts(sight, ids));
    const counts = this.counts;
    return connection(
      edges,
      {
        hasNextPage: rows.length > limit,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      () => counts.load(customerId),
    );
  }

  /**
   * A visitor sees its own chats; staff the chats they may see, from each chat's first message on
   * (as the inbox lists them).
   */
  private sightOf(viewer: Viewer | null): Promise<Sight> {
    return (this.viewerSight ??= (async () => {
      const signedIn = requireViewer(viewer);
      if (signedIn.role === 'CUSTOMER') return { sql: 's.customer_id = ?', values: [signedIn.customerId] };
      const staff = staffSightSql(await requireStaffOrKey(this.em, signedIn, 'customerChatSessions'));
      return { sql: `s.last_message_at is not null and ${staff.sql}`, values: staff.values };
    })());
  }

  private async loadPages(sight: Sight, customerIds: readonly string[], size: number, position: Position | null) {
    const valid = customerIds.filter(isUuid);
    if (!valid.length) return customerIds.map(() => []);
    const beyond = position ? 'and (s.created_at, s.id) < (?::timestamptz, ?::uuid)' : '';
    const rows = await this.em.getConnection().execute<{ id: string }[]>(
      `select id from (
         select s.id, s.customer_id, s.created_at,
                row_number() over (partition by s.customer_id order by s.created_at desc, s.id desc) as place
           from chat_session s
          where s.customer_id in (?) and ${sight.sql} ${beyond}
       ) page
       where place <= ?`,
      [valid, ...sight.values, ...(position ? [position.createdAt, position.id] : []), size],
    );
    const sessions = rows.length ? await this.em.find(ChatSession, { id: { $in: rows.map((row) => row.id) } }) : [];
    const byCustomer = new Map<string, ChatSessionPayload[]>();
    for (const session of sessions.map(toChatSessionPayload).sort(newestFirst)) {
      byCustomer.set(session.customerId, [...(byCustomer.get(session.customerId) ?? []), session]);
    }
    return customerIds.map((id) => byCustomer.get(id) ?? []);
  }

  private async loadCounts(sight: Sight, customerIds: readonly string[]) {
    const valid = customerIds.filter(isUuid);
    const rows = valid.length
      ? await this.em.getConnection().execute<{ customer_id: string; count: string }[]>(
          `select s.customer_id, count(*) as count from chat_session s where s.customer_id in (?) and ${sight.sql} group by s.customer_id`,
          [valid, ...sight.values],
        )
      : [];
    const byCustomer = new Map(rows.map((row) => [row.customer_id, Number(row.count)]));
    return customerIds.map((id) => byCustomer.get(id) ?? 0);
  }
}

/** ISO times and lowercase uuids both sort as PostgreSQL sorts them when compared as plain strings. */
const newestFirst = (a: ChatSessionPayload, b: ChatSessionPayload) =>
  a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1;

function decodePosition(after: string): Position {
  const [createdAt = '', id = ''] = decodeCursor(CURSOR_KIND, after).split('|');
  if (Number.isNaN(Date.parse(createdAt)) || !isUuid(id)) throw badInput('The cursor is not valid for this list.', 'after');
  return { createdAt, id };
}
