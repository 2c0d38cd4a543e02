import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { requireAdmin } from '../../auth/guards';
import { hashPassword, requireAcceptablePassword } from '../../auth/password';
import type { Viewer } from '../../auth/viewer';
import { badInput } from '../../errors/app-error';
import type { AppDeps } from '../../app-deps';
import { emailAddress, personName } from '../../input/text-rules';
import type { EventStream } from '../../pubsub/event-stream';
import type { AdminPresencePayload } from '../../pubsub/topics';
import { Admin } from './admin.entity';
import { toAdminView, type AdminView, type CreateAdminInput } from './admin.types';

export class AdminService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'pubsub'>,
  ) {}

  /** Forked on first use: many operations (a send, above all) never touch it. */
  private get em(): EntityManager {
    return this.entityManager();
  }

  async list(viewer: Viewer | null): Promise<AdminView[]> {
    requireAdmin(viewer);
    const admins = await this.em.find(Admin, {}, { orderBy: { name: 'asc', id: 'asc' } });
    return admins.map(toAdminView);
  }

  async create(viewer: Viewer | null, input: CreateAdminInput): Promise<AdminView> {
    requireAdmin(viewer);
    const email = emailAddress(input.email);
    const name = personName(input.name);
    requireAcceptablePassword(input.password, 'password');
    if (await this.em.count(Admin, { email })) throw duplicateEmail();
    const admin = this.em.create(Admin, { email, name, passwordHash: await hashPassword(input.password), createdAt: new Date() });
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

  subscribeToPresence(viewer: Viewer | null): EventStream<AdminPresencePayload> {
    requireAdmin(viewer);
    return this.deps.pubsub.subscribe('ADMIN_PRESENCE_CHANGED');
  }
}

const duplicateEmail = () => badInput('An agent with this email already exists.', 'email');
