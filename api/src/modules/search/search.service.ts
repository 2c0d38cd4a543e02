import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../auth/viewer';
import { badInput } from '../../errors/app-error';
import { connection } from '../../pagination/connection.types';
import { decodeCursor, encodeCursor, pageSize } from '../../pagination/cursor';
import { requireStaffOrKey, staffSightSql } from '../admin/staff';
import { ChatSession } from '../chat-session/chat-session.entity';
import { toChatSessionPayload } from '../chat-session/chat-session.types';
import { Message } from '../message/message.entity';
import { toMessagePayload } from '../message/message.types';
import type { MessageSearchEdge } from './search.types';

export const MAX_SEARCH_QUERY_LENGTH = 200;
const CURSOR_KIND = 'message-search';

// ts_headline marks matches with these; the text loses them first, so after escaping the excerpt
// each one left is a mark of ours.
const MARK_START = '\u0001';
const MARK_END = '\u0002';


interface Hit {
  id: string;
  rank: string;
  headline: string | null;
}

export class SearchService {
  constructor(private readonly entityManager: () => EntityManager) {}

  private get em(): EntityManager {
    return this.entityManager();
  }

  async searchMessages(viewer: Viewer | null, query: string, first: number | null | undefined, after: string | null | undefined) {
    const staff = await requireStaffOrKey(this.em, viewer, 'searchMessages');
    if (!query.trim()) throw badInput('Type something to search for.', 'query');
    if (query.length > MAX_SEARCH_QUERY_LENGTH) throw badInput(`A search is at most ${MAX_SEARCH_QUERY_LENGTH} characters.`, 'query');
    const size = pageSize(first, 20);
    const position = after ? decodePosition(after) : null;

    const sight = staffSightSql(staff);
    const matches = `
      with search as (select websearch_to_tsquery('indonesian', ?) as indonesian, websearch_to_tsquery('english', ?) as english)
      select m.id, m."text", ts_rank(m.search_vector, search.indonesian || search.english) as rank, search.indonesian, search.english
      from message m join chat_session s on s.id = m.session_id cross join search
      where m.search_vector @@ (search.indonesian || search.english) and ${sight.sql}`;
    const matchValues = [query, query, ...sight.values];

    const rows = await this.em.execute<Hit[]>(
      `select hit.id::text as id, hit.rank::text as rank,
         case when to_tsvector('indonesian', coalesce(hit."text", '')) @@ hit.indonesian
           then ts_headline('indonesian', translate(hit."text", ?, ''), hit.indonesian, ?)
           else ts_headline('english', translate(hit."text", ?, ''), hit.english, ?) end as headline
       from (${matches}) hit
       ${position ? 'where hit.rank < ?::real or (hit.rank = ?::real and hit.id < ?)' : ''}
       order by hit.rank desc, hit.id desc
       limit ?`,
      [
        ...headlineValues(),
        ...headlineValues(),
        ...matchValues,
        ...(position ? [position.rank, position.rank, position.id] : []),
        size + 1,
      ],
    );
    const page = rows.slice(0, size);
    const edges = await this.edgesOf(page);
    return connection(
      edges,
      {
        hasNextPage: rows.length > size,
        hasPreviousPage: position !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      async () => {
        const [row] = await this.em.execute<{ count: string }[]>(`select count(*) as count from (${matches}) hit`, matchValues);
        return Number(row!.count);
      },
    );
  }

  /** The page's messages and chats, each read in one query. */
  private async edgesOf(hits: Hit[]): Promise<MessageSearchEdge[]> {
    if (!hits.length) return [];
    const messages = await this.em.find(Message, { id: { $in: hits.map((hit) => hit.id) } }, { populate: ['file'] });
    const messageById = new Map(messages.map((message) => [String(message.id), message]));
    const sessions = await this.em.find(ChatSession, { id: { $in: [...new Set(messages.map((message) => message.session.id))] } });
    const sessionById = new Map(sessions.map((session) => [session.id, session]));
    return hits.flatMap((hit) => {
      const message = messageById.get(hit.id);
      const session = message && sessionById.get(message.session.id);
      if (!message || !session) return [];
      return [
        {
          cursor: encodeCursor(CURSOR_KIND, `${hit.rank}:${hit.id}`),
          node: toMessagePayload(message),
          session: toChatSessionPayload(session),
          highlight: hit.headline === null ? null : markedHtml(hit.headline),
        },
      ];
    });
  }
}

function headlineValues(): string[] {
  return [MARK_START + MARK_END, `StartSel="${MARK_START}", StopSel="${MARK_END}"`];
}

function decodePosition(after: string): { rank: string; id: string } {
  const match = /^(\d+(?:\.\d+)?(?:e-?\d+)?):(\d{1,19})$/.exec(decodeCursor(CURSOR_KIND, after));
  if (!match) throw badInput('The cursor is not valid for this list.', 'after');
  return { rank: match[1]!, id: match[2]! };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function markedHtml(headline: string): string {
  return headline
    .replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!)
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>');
}
