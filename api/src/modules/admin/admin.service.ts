import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { hashPassword, requireAcceptablePassword } from '../../auth/password';
import type { Viewer } from '../../auth/viewer';
import { appError, badInput, notFound } from '../../errors/app-error';
import type { AppDeps } from '../../app-deps';
import { emailAddress, isUuid, personName } from '../../input/text-rules';
import type { EventStream } from '../../pubsub/event-stream';
import type { AdminPresencePayload } from '../../pubsub/topics';
import { CLOSE_FORBIDDEN } from '../../realtime/close-codes';
import { Admin, AdminRole, AgentStatus } from './admin.entity';
import { toAdminView, type AdminView, type CreateAdminInput, type UpdateAdminInput } from './admin.types';
import { requireChatLimit } from '../settings/settings.service';
import { Team } from '../team/team.entity';
import { findEvery } from '../team/team.service';
import { Router } from '../queue/routing';
import { MANAGERS, requireStaff } from './staff';
import type { AuditTrail } from '../audit/audit-trail';

export class AdminService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'pubsub' | 'revocations' | 'config' | 'presence' | 'sql' | 'logger' | 'outbox'>,
    private readonly audit: AuditTrail,
  ) {}

  /** Forked on first use: many operations (a send, above all) never touch it. */
  private get em(): EntityManager {
    return this.entityManager();
  }

  /** Every role: an AGENT needs its colleagues' names to transfer a chat. */
  async list(viewer: Viewer | null): Promise<AdminView[]> {
    await requireStaff(this.em, viewer);
    const admins = await this.em.find(Admin, {}, { orderBy: { name: 'asc', id: 'asc' } });
    return admins.map(toAdminView);
  }

  async create(viewer: Viewer | null, input: CreateAdminInput): Promise<AdminView> {
    await requireStaff(this.em, viewer, MANAGERS);
    const email = emailAddress(input.email);
    const name = personName(input.name);
    requireAcceptablePassword(input.password, 'password');
    if (await this.em.count(Admin, { email })) throw duplicateEmail();
    const admin = this.em.create(Admin, {
      email,
      name,
      passwordHash: await hashPassword(input.password),
      role: input.role ?? AdminRole.AGENT,
      disabled: false,
      status: AgentStatus.ONLINE,
      createdAt: new Date(),
    });
    this.audit.record(this.em, { action: 'agent.create', targetType: 'AGENT', targetId: admin.id, details: { role: admin.role } });
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw duplicateEmail();
      throw error;
    }
    return toAdminView(admin);
  }

  /**
   * An agent's login email is for agents (and for the agent signing in, whose request has no
   * viewer yet); a visitor sees its agent's name only, over HTTP and in subscription events alike.
   */
  emailSeenBy(viewer: Viewer | null, admin: AdminView): string | null {
    return viewer?.role === 'CUSTOMER' ? null : admin.email;
  }

  /**
   * Role, limit, name, teams and whether the agent may sign in. Disabling revokes its tokens through
   * the revocation feed (every instance refuses them at once), closes its sockets with 4403 and
   * hands its open chats back to their queues. A new role or new teams apply to the agent's next request; its sockets reconnect (1012), since
   * what an open subscription delivers was decided under the old ones.
   */
  async update(viewer: Viewer | null, id: string, input: UpdateAdminInput): Promise<AdminView> {
    const caller = await requireStaff(this.em, viewer);
    if (caller.role !== AdminRole.ADMIN && !(id === caller.adminId && onlyRenames(input))) {
      throw appError('FORBIDDEN', 'Only an ADMIN may change agents; you may change your own name.');
    }
    const name = input.name == null ? undefined : personName(input.name);
    const limit = input.maxConcurrentChats == null ? input.maxConcurrentChats : requireChatLimit(input.maxConcurrentChats, 'maxConcurrentChats');
    const { admin, disabledNow, roleChanged, teamsChanged } = await this.em.transactional(async (em) => {
      // Two admins demoting each other at once must not both see the other one left.
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', ['admin-roles']);
      const target = isUuid(id) ? await em.findOne(Admin, id) : null;
      if (!target) throw notFound('Agent');
      const teamsChanged = input.teamIds ? await this.setTeams(em, target.id, input.teamIds) : false;
      const was = { name: target.name, maxConcurrentChats: target.maxConcurrentChats };
      const wasDisabled = target.disabled;
      const wasRole = target.role;
      const wasActiveAdmin = target.role === AdminRole.ADMIN && !target.disabled;
      if (name !== undefined) target.name = name;
      if (input.role) target.role = input.role;
      if (limit !== undefined) target.maxConcurrentChats = limit;
      if (input.disabled != null) target.disabled = input.disabled;
      const stillActiveAdmin = target.role === AdminRole.ADMIN && !target.disabled;
      if (wasActiveAdmin && !stillActiveAdmin) await this.requireAnotherAdmin(em, target.id);
      const fields = [
        ...(target.name !== was.name ? ['name'] : []),
        ...(target.maxConcurrentChats !== was.maxConcurrentChats ? ['maxConcurrentChats'] : []),
        ...(teamsChanged ? ['teamIds'] : []),
      ];
      this.recordUpdate(em, target, { fields, wasRole, wasDisabled });
      return {
        admin: target,
        disabledNow: target.disabled && !wasDisabled,
        roleChanged: target.role !== wasRole,
        teamsChanged,
      };
    });
    if (disabledNow) {
      await this.signOutEverywhere(admin.id);
      // Its visitors are not left with nobody: their chats wait again, for someone else.
      await new Router(this.deps, this.audit)
        .handBackChatsOf(admin.id)
        .catch((error) => this.deps.logger.error({ err: error, adminId: admin.id }, "handing back a disabled agent's chats failed"));
    } else if (roleChanged || teamsChanged) await this.deps.pubsub.publish('ADMIN_ROLE_CHANGED', { adminId: admin.id });
    // AUTO: a larger limit or other teams may give the agent room for waiting chats.
    if (!disabledNow && (limit !== undefined || teamsChanged)) await this.fillSlots(admin.id);
    return toAdminView(admin);
  }

  /** One event per kind of change: a role change and a disable are looked for on their own. */
  private recordUpdate(em: EntityManager, target: Admin, was: { fields: string[]; wasRole: AdminRole; wasDisabled: boolean }) {
    const about = { targetType: 'AGENT', targetId: target.id } as const;
    if (was.fields.length) this.audit.record(em, { action: 'agent.update', ...about, details: { fields: was.fields } });
    if (target.role !== was.wasRole) this.audit.record(em, { action: 'agent.role_change', ...about, details: { from: was.wasRole, to: target.role } });
    if (target.disabled !== was.wasDisabled) this.audit.record(em, { action: target.disabled ? 'agent.disable' : 'agent.enable', ...about });
  }

  /** Replaces the agent's teams; true when they changed. */
  private async setTeams(em: EntityManager, adminId: string, teamIds: string[]): Promise<boolean> {
    const teams = await findEvery(em, Team, teamIds, 'teamIds', 'teams');
    const wanted = new Set(teams.map((team) => team.id));
    const before = await em.execute<{ team_id: string }[]>('select team_id from team_member where admin_id = ?', [adminId]);
    if (before.length === wanted.size && before.every((row) => wanted.has(row.team_id))) return false;
    await em.execute('delete from team_member where admin_id = ?', [adminId]);
    if (wanted.size) {
      await em.execute('insert into team_member (team_id, admin_id) select unnest(array[?]::uuid[]), ?', [[...wanted], adminId]);
    }
    return true;
  }

  private async requireAnotherAdmin(em: EntityManager, changedId: string) {
    const others = await em.count(Admin, { role: AdminRole.ADMIN, disabled: false, id: { $ne: changedId } });
    if (others === 0) throw badInput('The desk needs at least one active ADMIN: make another agent ADMIN first.', 'role');
  }

  private async signOutEverywhere(adminId: string) {
    await this.deps.revocations.revokeAdminTokens({
      adminId,
      issuedBefore: Date.now() / 1000,
      keptTokenId: '',
      ttlSeconds: this.deps.config.auth.adminTokenTtlSeconds,
    });
    await this.deps.pubsub.publish('ADMIN_TOKENS_REVOKED', { adminId, keptTokenId: '', closeCode: CLOSE_FORBIDDEN });
  }

  /** ONLINE or AWAY; OFFLINE is what an agent without a console is, never a choice. */
  async setMyStatus(viewer: Viewer | null, status: AgentStatus): Promise<AdminView> {
    const { adminId } = await requireStaff(this.em, viewer);
    if (status === AgentStatus.OFFLINE) throw badInput('Choose ONLINE or AWAY; you are OFFLINE when no console is open.', 'status');
    const admin = await this.em.findOneOrFail(Admin, adminId);
    if (admin.status !== status) {
      admin.status = status;
      await this.em.flush();
      const online = await this.deps.presence.isOnline(adminId);
      await this.deps.pubsub.publish('ADMIN_PRESENCE_CHANGED', { adminId, online, status: online ? status : AgentStatus.OFFLINE });
      if (status === AgentStatus.ONLINE) await this.fillSlots(adminId);
    }
    return toAdminView(admin);
  }

  /** The change is stored whatever routing makes of it: a failure there is logged, not returned. */
  private async fillSlots(adminId: string): Promise<void> {
    await new Router(this.deps).fillAgent(adminId).catch((error) => this.deps.logger.error({ err: error, adminId }, 'routing to an agent failed'));
  }

  /** OFFLINE while no console of the agent is connected, else what it chose. */
  async statusOf(admin: AdminView): Promise<AgentStatus> {
    return (await this.deps.presence.isOnline(admin.id)) ? admin.chosenStatus : AgentStatus.OFFLINE;
  }

  async subscribeToPresence(viewer: Viewer | null): Promise<EventStream<AdminPresencePayload>> {
    await requireStaff(this.em, viewer);
    return this.deps.pubsub.subscribe('ADMIN_PRESENCE_CHANGED');
  }
}

/** The one change an agent may make to itself: its name, for its profile. */
const onlyRenames = (input: UpdateAdminInput) =>
  input.role == null && input.disabled == null && input.maxConcurrentChats === undefined && input.teamIds == null;

const duplicateEmail = () => badInput('An agent with this email already exists.', 'email');
