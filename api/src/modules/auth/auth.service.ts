import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAdmin, requireViewer } from '../../auth/guards';
import { notForApiKeys } from '../api-key/api-scope';
import { hashPassword, requireAcceptablePassword, verifyPassword } from '../../auth/password';
import type { Viewer } from '../../auth/viewer';
import { appError, badInput } from '../../errors/app-error';
import type { AppDeps } from '../../app-deps';
import { Admin } from '../admin/admin.entity';
import { toAdminView, type AdminView } from '../admin/admin.types';

export class AuthService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'tokens' | 'revocations' | 'pubsub' | 'config'>,
  ) {}

  /** Forked on first use: many operations (a send, above all) never touch it. */
  private get em(): EntityManager {
    return this.entityManager();
  }

  /** The same answer, in about the same time, whether or not the email exists. */
  async login(email: string, password: string): Promise<{ token: string; admin: AdminView }> {
    const admin = await this.em.findOne(Admin, { email: email.trim().toLowerCase() });
    const valid = await verifyPassword(admin?.passwordHash, password);
    if (!admin || !valid) throw appError('UNAUTHENTICATED', 'The email or password is wrong.');
    // Told only to whoever knows the password, so that the agent asks an admin instead of retrying.
    if (admin.disabled) throw appError('FORBIDDEN', 'This account is disabled. Ask an admin to enable it.', { reason: 'DISABLED' });
    const { token } = await this.deps.tokens.sign('ADMIN', admin.id);
    return { token, admin: toAdminView(admin) };
  }

  /** Revokes the caller's token everywhere and closes the sockets it opened. */
  async logout(viewer: Viewer | null): Promise<boolean> {
    const signedIn = requireViewer(viewer);
    if (signedIn.role === 'API_KEY') throw notForApiKeys();
    await this.deps.revocations.revoke(signedIn.tokenId, signedIn.expiresAt);
    await this.deps.pubsub.publish('TOKEN_REVOKED', { jti: signedIn.tokenId });
    return true;
  }

  /**
   * Signs the agent out everywhere else: every other token it holds stops working, on every
   * instance, and the sockets they opened close with 4401. The caller's token stays valid.
   */
  async changePassword(viewer: Viewer | null, currentPassword: string, newPassword: string): Promise<boolean> {
    const signedIn = requireAdmin(viewer);
    const admin = await this.em.findOne(Admin, signedIn.adminId);
    if (!admin) throw appError('UNAUTHENTICATED', 'This account no longer exists.');
    // Not UNAUTHENTICATED: that would tell the console to drop a token that is still good.
    if (!(await verifyPassword(admin.passwordHash, currentPassword))) {
      throw badInput('The current password is wrong.', 'currentPassword');
    }
    requireAcceptablePassword(newPassword, 'newPassword');
    admin.passwordHash = await hashPassword(newPassword);
    await this.em.flush();
    await this.deps.revocations.revokeAdminTokens({
      adminId: admin.id,
      issuedBefore: Date.now() / 1000,
      keptTokenId: signedIn.tokenId,
      ttlSeconds: this.deps.config.auth.adminTokenTtlSeconds,
    });
    await this.deps.pubsub.publish('ADMIN_TOKENS_REVOKED', { adminId: admin.id, keptTokenId: signedIn.tokenId });
    return true;
  }

  async me(viewer: Viewer | null): Promise<AdminView> {
    const { adminId } = requireAdmin(viewer);
    const admin = await this.em.findOne(Admin, adminId);
    if (!admin || admin.disabled) throw appError('UNAUTHENTICATED', 'This account no longer exists.');
    return toAdminView(admin);
  }
}
