import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLError } from 'graphql';
import { requireAdmin, requireViewer } from '../../auth/guards';
import { notForApiKeys } from '../api-key/api-scope';
import { hashPassword, requireAcceptablePassword, verifyPassword } from '../../auth/password';
import type { Viewer } from '../../auth/viewer';
import { appError, badInput } from '../../errors/app-error';
import type { AppDeps } from '../../app-deps';
import { Admin } from '../admin/admin.entity';
import { toAdminView, type AdminView } from '../admin/admin.types';
import { ANONYMOUS_ACTOR, type AuditEntry, type AuditTrail } from '../audit/audit-trail';
import type { TwoFactorService } from '../two-factor/two-factor.service';

export class AuthService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'tokens' | 'revocations' | 'pubsub' | 'config' | 'sql'>,
    private readonly audit: AuditTrail,
    private readonly twoFactor: TwoFactorService,
  ) {}

  /** Forked on first use: many operations (a send, above all) never touch it. */
  private get em(): EntityManager {
    return this.entityManager();
  }

  /** The same answer, in about the same time, whether or not the email exists. */
  async login(email: string, password: string, otp?: string | null): Promise<{ token: string; admin: AdminView }> {
    const normalized = email.trim().toLowerCase();
    const admin = await this.em.findOne(Admin, { email: normalized });
    const valid = await verifyPassword(admin?.passwordHash, password);
    if (!admin || !valid) {
      await this.signInFailed(normalized, 'WRONG_CREDENTIALS');
      throw appError('UNAUTHENTICATED', 'The email or password is wrong.');
    }
    // Told only to whoever knows the password, so that the agent asks an admin instead of retrying.
    if (admin.disabled) {
      await this.signInFailed(normalized, 'DISABLED');
      throw appError('FORBIDDEN', 'This account is disabled. Ask an admin to enable it.', { reason: 'DISABLED' });
    }
    await this.twoFactor.requireSecondFactor(admin.id, otp).catch(async (refusal: GraphQLError) => {
      // The first step (no code yet) is how every two-factor sign-in starts, not a failure.
      if (otp?.trim() && refusal.extensions?.reason === 'OTP_REQUIRED') await this.signInFailed(normalized, 'WRONG_OTP');
      throw refusal;
    });
    // Recorded before the token exists: a sign-in the log cannot hold does not happen.
    await this.audit.as({ kind: 'AGENT', id: admin.id }).recordNow(this.deps.sql, { action: 'auth.sign_in', targetType: 'AGENT', targetId: admin.id });
    const { token } = await this.deps.tokens.sign('ADMIN', admin.id);
    return { token, admin: toAdminView(admin) };
  }

  /**
   * Nobody is signed in yet, so nobody is the actor; the email tried is an agent's login (or a guess
   * at one), never a visitor's. Written on its own: the refusal that follows rolls nothing back.
   */
  async signInFailed(email: string, reason: string): Promise<void> {
    await this.audit.as(ANONYMOUS_ACTOR).recordNow(this.deps.sql, {
      action: 'auth.sign_in_failed',
      details: { email: email.slice(0, MAX_AUDITED_EMAIL_LENGTH), reason },
    });
  }

  /** Revokes the caller's token everywhere and closes the sockets it opened. */
  async logout(viewer: Viewer | null): Promise<boolean> {
    const signedIn = requireViewer(viewer);
    if (signedIn.role === 'API_KEY') throw notForApiKeys();
    // Before the revocation, which no transaction covers: a sign-out is never left unrecorded.
    await this.audit.recordNow(this.deps.sql, { action: 'auth.sign_out', ...signedOutTarget(signedIn) });
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
    this.audit.record(this.em, { action: 'auth.password_change', targetType: 'AGENT', targetId: admin.id });
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

/** The longest email a failed sign-in keeps in the audit log. */
const MAX_AUDITED_EMAIL_LENGTH = 254;

const signedOutTarget = (viewer: Viewer): Pick<AuditEntry, 'targetType' | 'targetId'> =>
  viewer.role === 'ADMIN'
    ? { targetType: 'AGENT', targetId: viewer.adminId }
    : viewer.role === 'CUSTOMER'
      ? { targetType: 'CUSTOMER', targetId: viewer.customerId }
      : {};
