import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../app-deps';
import type { Viewer } from '../../auth/viewer';
import { appError } from '../../errors/app-error';
import { Admin, AdminRole } from '../admin/admin.entity';
import { requireStaff, type Staff } from '../admin/staff';
import type { AuditTrail } from '../audit/audit-trail';
import { SecretBox } from './secret-box';
import { asTotpCode, newRecoveryCodes, newTotpSecret, otpauthUrl, recoveryCodeHash, stepOfCode } from './totp';

export interface TwoFactorSetupView {
  secret: string;
  otpauthUrl: string;
}

type CodeKind = 'totp' | 'recovery_code';

/** Longer than any code: refused unread, so a megabyte "code" costs nothing. */
const MAX_CODE_LENGTH = 64;

const refusal = (message: string, reason: string) => appError('BAD_USER_INPUT', message, { reason });
const wrongCode = () =>
  appError('BAD_USER_INPUT', 'The code is wrong or was used already. Enter the current code from your authenticator app.', {
    field: 'code',
    reason: 'OTP_INVALID',
  });

/**
 * Two-factor sign-in (TOTP, RFC 6238) for agents. Every code is checked under the per-agent code
 * throttle, taken before the check; a TOTP step and a recovery code are each accepted once, by a
 * conditional UPDATE, so the same code sent twice at once signs in once.
 */
export class TwoFactorService {
  private staff: Promise<Staff> | undefined;
  private enabledLoader: DataLoader<string, boolean> | undefined;

  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'config' | 'rateLimits' | 'logger'>,
    private readonly audit: AuditTrail,
  ) {}

  private get em(): EntityManager {
    return this.entityManager();
  }

  private get box(): SecretBox {
    return new SecretBox(this.deps.config.auth.totpKeyMaterial);
  }

  /** Read once per request: an agents list asks for each agent's flag. */
  private caller(viewer: Viewer | null): Promise<Staff> {
    return (this.staff ??= requireStaff(this.em, viewer));
  }

  /** The agent itself and ADMINs; anyone else is FORBIDDEN. */
  async isEnabled(viewer: Viewer | null, adminId: string): Promise<boolean> {
    const caller = await this.caller(viewer);
    if (caller.adminId !== adminId && caller.role !== AdminRole.ADMIN) {
      throw appError('FORBIDDEN', "Only an ADMIN sees whether another agent uses two-factor sign-in.");
    }
    this.enabledLoader ??= new DataLoader(async (ids) => {
      const rows = await this.em.execute<{ admin_id: string }[]>(
        'select admin_id from admin_two_factor where enabled_at is not null and admin_id in (?)',
        [[...ids]],
      );
      const enabled = new Set(rows.map((row) => row.admin_id));
      return ids.map((id) => enabled.has(id));
    });
    return this.enabledLoader.load(adminId);
  }

  /**
   * A new secret for the caller, kept (encrypted) as pending until `enable` confirms a code of it;
   * a second call replaces the first. Refused while 2FA is on: a stolen token must not be enough to
   * move the agent's second factor to another phone.
   */
  async beginSetup(viewer: Viewer | null): Promise<TwoFactorSetupView> {
    const { adminId } = await this.caller(viewer);
    const admin = await this.em.findOneOrFail(Admin, adminId);
    const secret = newTotpSecret();
    const stored = await this.em.execute<{ admin_id: string }[]>(
      `insert into admin_two_factor (admin_id, pending_secret) values (?, ?)
       on conflict (admin_id) do update set pending_secret = excluded.pending_secret
       where admin_two_factor.enabled_at is null
       returning admin_id`,
      [adminId, this.box.seal(secret, adminId)],
    );
    if (!stored.length) throw alreadyEnabled();
    return { secret, otpauthUrl: otpauthUrl(secret, admin.email) };
  }

  /** Turns 2FA on with a code of the pending secret; the recovery codes are returned this once, and stored hashed. */
  async enable(viewer: Viewer | null, code: string): Promise<string[]> {
    const { adminId } = await this.caller(viewer);
    const [row] = await this.em.execute<{ pending_secret: string | null; enabled_at: Date | null }[]>(
      'select pending_secret, enabled_at from admin_two_factor where admin_id = ?',
      [adminId],
    );
    if (row?.enabled_at) throw alreadyEnabled();
    if (!row?.pending_secret) throw refusal('Start the setup first (beginTwoFactorSetup).', 'TWO_FACTOR_NOT_STARTED');
    const pending = row.pending_secret;
    const step = await this.attempt(adminId, async () => {
      const totp = asTotpCode(code);
      const secret = this.box.open(pending, adminId);
      return totp && secret ? stepOfCode(secret, totp) : null;
    });
    if (step === null) throw wrongCode();
    const codes = newRecoveryCodes();
    await this.em.transactional(async (tx) => {
      const enabled = await tx.execute<{ admin_id: string }[]>(
        `update admin_two_factor set secret = pending_secret, pending_secret = null, enabled_at = now(), last_used_step = ?
         where admin_id = ? and pending_secret = ? and enabled_at is null returning admin_id`,
        [step, adminId, pending],
      );
      // Another request enabled it, or began a new setup, since this one read the pending secret.
      if (!enabled.length) throw refusal('The setup changed meanwhile. Start it again.', 'TWO_FACTOR_NOT_STARTED');
      await tx.execute('delete from admin_recovery_code where admin_id = ?', [adminId]);
      await tx.execute(
        `insert into admin_recovery_code (id, admin_id, code_hash, created_at) values ${codes.map(() => '(?, ?, ?, now())').join(', ')}`,
        codes.flatMap((recovery) => [randomUUID(), adminId, recoveryCodeHash(recovery)]),
      );
      this.audit.record(tx, { action: 'auth.two_factor_enable', targetType: 'AGENT', targetId: adminId });
    });
    return codes;
  }

  /** Turns 2FA off with a TOTP or a recovery code; the secret and the recovery codes are deleted. */
  async disable(viewer: Viewer | null, code: string): Promise<boolean> {
    const { adminId } = await this.caller(viewer);
    if (!(await this.enabledFor(adminId))) throw refusal('Two-factor sign-in is not on.', 'TWO_FACTOR_NOT_ENABLED');
    const disabledBy = await this.attempt(adminId, () =>
      this.em.transactional(async (tx) => {
        const kind = await this.useCode(tx, adminId, code);
        if (!kind) return null;
        await tx.execute('delete from admin_recovery_code where admin_id = ?', [adminId]);
        await tx.execute('delete from admin_two_factor where admin_id = ?', [adminId]);
        this.audit.record(tx, { action: 'auth.two_factor_disable', targetType: 'AGENT', targetId: adminId, details: { with: kind } });
        return kind;
      }),
    );
    if (!disabledBy) throw wrongCode();
    return true;
  }

  /**
   * login's second step, after the password: nothing for an agent without 2FA. Otherwise `otp`
   * must be a current TOTP code or an unused recovery code; missing or wrong, it is UNAUTHENTICATED
   * with reason OTP_REQUIRED, and no token is made.
   */
  async requireSecondFactor(adminId: string, otp: string | null | undefined): Promise<void> {
    if (!(await this.enabledFor(adminId))) return;
    if (!otp?.trim()) throw otpRequired('Enter the 6-digit code from your authenticator app, or a recovery code.');
    const signedInWith = await this.attempt(adminId, () => this.em.transactional((tx) => this.useCode(tx, adminId, otp)));
    if (!signedInWith) throw otpRequired('The code is wrong or was used already. Enter the current code, or a recovery code.');
  }

  private async enabledFor(adminId: string): Promise<boolean> {
    const rows = await this.em.execute('select 1 from admin_two_factor where admin_id = ? and enabled_at is not null', [adminId]);
    return rows.length > 0;
  }

  /**
   * Uses up the code inside `tx`: a TOTP code moves the agent's last used step past its own (so it
   * and any older one are refused from now on), a recovery code is marked used (and audited).
   * Null, and nothing changed, for a wrong or spent code.
   */
  private async useCode(tx: EntityManager, adminId: string, code: string): Promise<CodeKind | null> {
    if (code.length > MAX_CODE_LENGTH) return null;
    const totp = asTotpCode(code);
    if (totp) return (await this.useTotp(tx, adminId, totp)) ? 'totp' : null;
    const used = await tx.execute<{ id: string }[]>(
      `update admin_recovery_code set used_at = now() where admin_id = ? and code_hash = ? and used_at is null returning id`,
      [adminId, recoveryCodeHash(code)],
    );
    if (!used.length) return null;
    const [{ left }] = await tx.execute<{ left: string }[]>(
      'select count(*) as "left" from admin_recovery_code where admin_id = ? and used_at is null',
      [adminId],
    );
    this.audit.as({ kind: 'AGENT', id: adminId }).record(tx, {
      action: 'auth.recovery_code_used',
      targetType: 'AGENT',
      targetId: adminId,
      details: { recoveryCodesLeft: Number(left) },
    });
    return 'recovery_code';
  }

  private async useTotp(tx: EntityManager, adminId: string, code: string): Promise<boolean> {
    const [row] = await tx.execute<{ secret: string }[]>(
      'select secret from admin_two_factor where admin_id = ? and enabled_at is not null',
      [adminId],
    );
    const secret = row && this.box.open(row.secret, adminId);
    if (!secret) {
      if (row) this.deps.logger.error({ adminId }, 'two-factor secret does not decrypt: TOTP_ENCRYPTION_KEY (or JWT_SECRET) changed?');
      return false;
    }
    const step = stepOfCode(secret, code);
    if (step === null) return false;
    const moved = await tx.execute<{ admin_id: string }[]>(
      `update admin_two_factor set last_used_step = ?
       where admin_id = ? and enabled_at is not null and (last_used_step is null or last_used_step < ?) returning admin_id`,
      [step, adminId, step],
    );
    return moved.length > 0;
  }

  /** Counts the attempt before `check` runs; a null result (a wrong code) stays counted. */
  private async attempt<T>(adminId: string, check: () => Promise<T | null>): Promise<T | null> {
    const attempt = await this.deps.rateLimits.twoFactor.begin(adminId);
    let result: T | null;
    try {
      result = await check();
    } catch (error) {
      await attempt.abandoned();
      throw error;
    }
    await (result === null ? attempt.failed() : attempt.succeeded());
    return result;
  }
}

const alreadyEnabled = () => refusal('Two-factor sign-in is on already. Turn it off first to set up another authenticator.', 'TWO_FACTOR_ENABLED');

const otpRequired = (message: string) => appError('UNAUTHENTICATED', message, { reason: 'OTP_REQUIRED' });
