import { UniqueConstraintViolationException, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-deps';
import type { Viewer } from '../../auth/viewer';
import { badInput, notFound } from '../../errors/app-error';
import { isUuid, personName } from '../../input/text-rules';
import { Admin } from '../admin/admin.entity';
import { MANAGERS, requireStaff, requireStaffOrKey } from '../admin/staff';
import { ChatSession, ChatSessionStatus } from '../chat-session/chat-session.entity';
import { toChatSessionPayload, updateEvents } from '../chat-session/chat-session.types';
import { QueuePositions } from '../queue/queue-positions';
import { Router } from '../queue/routing';
import { MAX_TEAM_NAME_LENGTH, Team } from './team.entity';
import type { AuditTrail } from '../audit/audit-trail';
import { toTeamView, type CreateTeamInput, type TeamView, type UpdateTeamInput, type WidgetTopicNode } from './team.types';

/**
 * Every one of `ids` (duplicates allowed), or BAD_USER_INPUT on `field` naming what is unknown:
 * a list with one wrong id stores nothing.
 */
export async function findEvery<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  ids: readonly string[],
  field: string,
  what: string,
): Promise<T[]> {
  const unique = [...new Set(ids)];
  const found = unique.every(isUuid) && unique.length ? await em.find(entity, { id: { $in: unique } } as never) : [];
  if (found.length !== unique.length) throw badInput(`Some ${what} do not exist (any more): reload and choose again.`, field);
  return found;
}

/**
 * An agent's sockets reconnect (as on a role change) when its teams change, since what its open
 * subscriptions deliver was decided under the old ones.
 */
export async function teamsChangedFor(deps: Pick<AppDeps, 'pubsub'>, adminIds: Iterable<string>): Promise<void> {
  await Promise.all([...new Set(adminIds)].map((adminId) => deps.pubsub.publish('ADMIN_ROLE_CHANGED', { adminId })));
}

export class TeamService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'pubsub' | 'sql' | 'presence' | 'logger' | 'outbox'>,
    private readonly audit: AuditTrail,
  ) {}

  private get em(): EntityManager {
    return this.entityManager();
  }

  /** Every role: an AGENT needs them to transfer a chat. */
  async list(viewer: Viewer | null): Promise<TeamView[]> {
    await requireStaffOrKey(this.em, viewer, 'teams');
    const teams = await this.em.find(Team, {}, { orderBy: { name: 'asc', id: 'asc' } });
    return teams.map(toTeamView);
  }

  /** Public: the widget offers these before the visitor has a token. */
  async topics(): Promise<WidgetTopicNode[]> {
    const teams = await this.em.find(Team, { showInWidget: true }, { orderBy: { name: 'asc', id: 'asc' } });
    return teams.map((team) => ({ teamId: team.id, name: team.name }));
  }

  async create(viewer: Viewer | null, input: CreateTeamInput): Promise<TeamView> {
    await requireStaff(this.em, viewer, MANAGERS);
    const name = teamName(input.name);
    const members = input.memberIds ? await findEvery(this.em, Admin, input.memberIds, 'memberIds', 'agents') : [];
    await this.requireFreeName(name);
    const team = this.em.create(Team, { name, showInWidget: input.showInWidget ?? false, createdAt: new Date() });
    team.members.set(members);
    this.audit.record(this.em, {
      action: 'team.create',
      targetType: 'TEAM',
      targetId: team.id,
      details: { name, showInWidget: team.showInWidget, memberIds: members.map((member) => member.id) },
    });
    await this.flushNamed();
    await teamsChangedFor(this.deps, members.map((member) => member.id));
    return toTeamView(team);
  }

  async update(viewer: Viewer | null, id: string, input: UpdateTeamInput): Promise<TeamView> {
    await requireStaff(this.em, viewer, MANAGERS);
    const name = input.name == null ? undefined : teamName(input.name);
    const members = input.memberIds ? await findEvery(this.em, Admin, input.memberIds, 'memberIds', 'agents') : undefined;
    const team = await this.find(id, ['members']);
    if (name !== undefined && name !== team.name) await this.requireFreeName(name, team.id);
    const fields = [
      ...(name !== undefined && name !== team.name ? ['name'] : []),
      ...(input.showInWidget != null && input.showInWidget !== team.showInWidget ? ['showInWidget'] : []),
    ];
    if (name !== undefined) team.name = name;
    if (input.showInWidget != null) team.showInWidget = input.showInWidget;
    const changed: string[] = [];
    const membership: Record<string, string[]> = {};
    if (members) {
      const before = new Set(team.members.getIdentifiers<string>());
      const after = new Set(members.map((member) => member.id));
      membership.removedMemberIds = [...before].filter((memberId) => !after.has(memberId));
      membership.addedMemberIds = [...after].filter((memberId) => !before.has(memberId));
      changed.push(...membership.removedMemberIds, ...membership.addedMemberIds);
      if (changed.length) fields.push('memberIds');
      team.members.set(members);
    }
    if (fields.length) this.audit.record(this.em, { action: 'team.update', targetType: 'TEAM', targetId: team.id, details: { fields, ...membership } });
    await this.flushNamed();
    await teamsChangedFor(this.deps, changed);
    return toTeamView(team);
  }

  /** Its open chats join the queue of chats without a team, at their place (the database sets their team to null). */
  async delete(viewer: Viewer | null, id: string): Promise<boolean> {
    await requireStaff(this.em, viewer, MANAGERS);
    const team = await this.find(id, ['members']);
    const memberIds = team.members.getIdentifiers<string>();
    const open = await this.em.find(ChatSession, { team: team.id, status: { $ne: ChatSessionStatus.CLOSED } });
    const moved = open.map((session) => ({ ...toChatSessionPayload(session), teamId: null }));
    this.em.remove(team);
    this.audit.record(this.em, { action: 'team.delete', targetType: 'TEAM', targetId: team.id, details: { name: team.name, memberIds } });
    await this.em.flush();
    const positions = new QueuePositions(this.deps);
    const placed = await Promise.all(moved.map((session) => positions.withPlace(session)));
    await Promise.all(
      placed.flatMap(updateEvents).map(({ topic, payload, key }) => this.deps.pubsub.publish(topic, payload, key)),
    );
    await teamsChangedFor(this.deps, memberIds);
    // Its waiting chats took their places in the queue without a team, in order.
    const router = new Router(this.deps, this.audit);
    for (const session of moved) await router.afterChange({ ...session, teamId: team.id }, session);
    return true;
  }

  private async find(id: string, populate: 'members'[] = []): Promise<Team> {
    const team = isUuid(id) ? await this.em.findOne(Team, id, { populate }) : null;
    if (!team) throw notFound('Team');
    return team;
  }

  private async requireFreeName(name: string, exceptId?: string): Promise<void> {
    const [row] = await this.em
      .getConnection()
      .execute<{ taken: boolean }[]>('select exists (select 1 from team where lower(name) = lower(?) and id <> ?) as taken', [
        name,
        exceptId ?? '00000000-0000-0000-0000-000000000000',
      ]);
    if (row?.taken) throw duplicateName();
  }

  /** Two admins naming two teams alike at once: the unique index refuses the second. */
  private async flushNamed(): Promise<void> {
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw duplicateName();
      throw error;
    }
  }
}

const teamName = (value: string) => personName(value, 'name', MAX_TEAM_NAME_LENGTH);
const duplicateName = () => badInput('A team with this name already exists.', 'name');
