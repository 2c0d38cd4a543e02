import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer } from '../../auth/guards';
import type { Viewer } from '../../auth/viewer';
import { appError, badInput } from '../../errors/app-error';
import { messageText } from '../../input/text-rules';
import type { ChatSessionPayload } from '../../pubsub/topics';
import { ChatSession, ChatSessionStatus } from '../chat-session/chat-session.entity';
import type { ChatSessionService } from '../chat-session/chat-session.service';
import { toChatSessionPayload } from '../chat-session/chat-session.types';

export const MIN_RATING = 1;
export const MAX_RATING = 5;
export const MAX_RATING_COMMENT_LENGTH = 1000;
const MAX_DAYS = 365;

export interface RatingSummary {
  averageRating: number | null;
  ratingCount: number;
}

/** A blank comment is no comment; otherwise the rules of a message's text, up to 1000 characters. */
function ratingComment(value: string | null | undefined): string | null {
  if (value == null || !value.trim()) return null;
  const text = messageText(value, 'comment');
  if ([...text].length > MAX_RATING_COMMENT_LENGTH) {
    throw badInput(`The comment is longer than ${MAX_RATING_COMMENT_LENGTH} characters.`, 'comment');
  }
  return text;
}

export class RatingService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly chatSessions: ChatSessionService,
  ) {}

  private get em(): EntityManager {
    return this.entityManager();
  }

  /**
   * The visitor rates its own closed chat, once. The rating is written by one conditional UPDATE
   * (closed and not rated yet), so of two calls at once exactly one stores it.
   */
  async rate(viewer: Viewer | null, id: string, rating: number, comment: string | null | undefined): Promise<ChatSessionPayload> {
    const signedIn = requireViewer(viewer);
    if (signedIn.role !== 'CUSTOMER') throw appError('FORBIDDEN', 'Only the visitor of a chat may rate it.');
    const session = await this.chatSessions.findVisible(signedIn, id);
    if (!Number.isInteger(rating) || rating < MIN_RATING || rating > MAX_RATING) {
      throw badInput(`The rating is a whole number from ${MIN_RATING} to ${MAX_RATING}.`, 'rating');
    }
    const text = ratingComment(comment);
    const stored = await this.em.nativeUpdate(
      ChatSession,
      { id: session.id, status: ChatSessionStatus.CLOSED, rating: null },
      { rating, ratingComment: text, ratedAt: new Date() },
    );
    const current = (await this.em.refresh(session)) ?? session;
    if (!stored) {
      if (current.status !== ChatSessionStatus.CLOSED) {
        throw appError('BAD_USER_INPUT', 'A chat can be rated once it is closed.', { reason: 'NOT_CLOSED' });
      }
      throw appError('BAD_USER_INPUT', 'This chat has been rated already.', { reason: 'ALREADY_RATED' });
    }
    return this.chatSessions.publishUpdate(toChatSessionPayload(current));
  }

  private summaries = new Map<number, Promise<RatingSummary>>();

  /** Closed chats rated in the last `days` days; one query per request for both figures. */
  summary(days: number): Promise<RatingSummary> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
      throw badInput(`\`days\` must be between 1 and ${MAX_DAYS}.`, 'days');
    }
    let summary = this.summaries.get(days);
    if (!summary) this.summaries.set(days, (summary = this.summarize(days)));
    return summary;
  }

  private async summarize(days: number): Promise<RatingSummary> {
    const [row] = await this.em.getConnection().execute<{ average: string | null; count: string }[]>(
      `select avg(rating)::float8 as average, count(*) as count from chat_session
        where rating is not null and status = 'CLOSED' and rated_at > now() - make_interval(days => ?)`,
      [days],
    );
    return { averageRating: row.average === null ? null : Number(row.average), ratingCount: Number(row.count) };
  }
}
