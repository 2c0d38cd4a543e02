import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-deps';
import type { Viewer } from '../../auth/viewer';
import type { EventStream } from '../../pubsub/event-stream';
import type { MentionPayload, MessagePayload } from '../../pubsub/topics';
import { Admin } from '../admin/admin.entity';
import { requireStaff, staffMaySee } from '../admin/staff';
import { ChatSession } from '../chat-session/chat-session.entity';

/**
 * `@` and an agent's name, as the console's picker writes it: case-insensitive, spaces allowed, the
 * longest name that fits, and it ends where the name does (not inside a longer word). An `@` inside
 * a word (an email address) names nobody. Disabled agents are never named.
 */
export function mentionedIn<Agent extends { name: string }>(text: string, agents: Agent[]): Agent[] {
  const lower = text.toLocaleLowerCase();
  const longestFirst = agents
    .map((agent) => ({ agent, name: agent.name.toLocaleLowerCase() }))
    .sort((a, b) => b.name.length - a.name.length);
  const named = new Set<Agent>();
  for (let at = lower.indexOf('@'); at >= 0; at = lower.indexOf('@', at + 1)) {
    if (at > 0 && WORD.test(lower.charAt(at - 1))) continue;
    const rest = lower.slice(at + 1);
    const match = longestFirst.find(({ name }) => rest.startsWith(name) && !WORD.test(rest.charAt(name.length)));
    if (match) named.add(match.agent);
  }
  return [...named];
}

const WORD = /[\p{L}\p{N}_]/u;

/**
 * A note that names agents tells each of them (never its author), on their own topic. Whether an
 * agent may open the chat is decided when the event reaches it, where the agent is known: a mention
 * grants nothing, and an agent is not alerted to a chat it cannot open.
 */
export class Mentions {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'pubsub'>,
  ) {}

  async notify(note: MessagePayload, authorId: string): Promise<void> {
    if (!note.text?.includes('@')) return;
    const em = this.entityManager();
    const agents = await em.find(Admin, { disabled: false, id: { $ne: authorId } }, { fields: ['id', 'name'] });
    const named = mentionedIn(note.text, agents);
    if (named.length === 0) return;
    const session = await em.findOne(ChatSession, note.sessionId, { populate: ['customer'], refresh: true });
    if (!session) return;
    const payload: MentionPayload = {
      message: note,
      session: {
        id: session.id,
        status: session.status,
        assignedAdminId: session.assignedAdmin?.id ?? null,
        teamId: session.team?.id ?? null,
      },
      customerName: session.customer.getEntity().name,
    };
    await Promise.all(named.map((agent) => this.deps.pubsub.publish('AGENT_MENTIONED', payload, agent.id)));
  }

  async subscribe(viewer: Viewer | null): Promise<EventStream<MentionPayload>> {
    const staff = await requireStaff(this.entityManager(), viewer);
    return this.deps.pubsub.subscribe('AGENT_MENTIONED', staff.adminId).filter((event) => staffMaySee(staff, event.session));
  }
}
