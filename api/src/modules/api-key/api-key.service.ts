import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-deps';
import type { Viewer } from '../../auth/viewer';
import { notFound } from '../../errors/app-error';
import { isUuid, personName } from '../../input/text-rules';
import { Admin } from '../admin/admin.entity';
import { MANAGERS, requireStaff } from '../admin/staff';
import type { AuditTrail } from '../audit/audit-trail';
import { ApiKey } from './api-key.entity';
import { API_KEY_SECRET_PREFIX, hashSecret, keyRevocationExpiry, keyTokenId } from './api-key-lookup';
import { toApiKeyNode, type ApiKeyNode, type CreateApiKeyInput, type CreatedApiKeyNode } from './api-key.types';

/** 32 random bytes: a secret nobody guesses, which is why a fast hash is enough to store it. */
const SECRET_BYTES = 32;
/** `lco_` and 8 characters: enough for an operator to tell keys apart, nothing to guess the rest with. */
const SHOWN_PREFIX_LENGTH = API_KEY_SECRET_PREFIX.length + 8;

/** API keys are an ADMIN's to make and revoke; every other role, and a key itself, is FORBIDDEN. */
export class ApiKeyService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'revocations' | 'pubsub'>,
    private readonly audit: AuditTrail,
  ) {}

  private get em(): EntityManager {
    return this.entityManager();
  }

  async create(viewer: Viewer | null, input: CreateApiKeyInput): Promise<CreatedApiKeyNode> {
    const { adminId } = await requireStaff(this.em, viewer, MANAGERS);
    const name = personName(input.name);
    const scopes = [...new Set(input.scopes)];
    const secret = API_KEY_SECRET_PREFIX + randomBytes(SECRET_BYTES).toString('base64url');
    const key = this.em.create(ApiKey, {
      name,
      scopes,
      secretHash: hashSecret(secret),
      prefix: secret.slice(0, SHOWN_PREFIX_LENGTH),
      createdBy: this.em.getReference(Admin, adminId, { wrapped: true }),
      createdAt: new Date(),
    });
    this.audit.record(this.em, { action: 'apikey.create', targetType: 'API_KEY', targetId: key.id, details: { name, scopes } });
    await this.em.flush();
    return { apiKey: toApiKeyNode(key), secret };
  }

  /** Newest first, revoked ones too (marked), so an operator sees what once had access. */
  async list(viewer: Viewer | null): Promise<ApiKeyNode[]> {
    await requireStaff(this.em, viewer, MANAGERS);
    const keys = await this.em.find(ApiKey, {}, { orderBy: { createdAt: 'desc', id: 'desc' } });
    return keys.map(toApiKeyNode);
  }

  /**
   * The key stops at once on every instance: its revocation goes out on the revocation feed, which
   * each instance checks before anything else, and the sockets it opened close with 4401. Revoking
   * a revoked key changes nothing.
   */
  async revoke(viewer: Viewer | null, id: string): Promise<ApiKeyNode> {
    await requireStaff(this.em, viewer, MANAGERS);
    const key = isUuid(id) ? await this.em.findOne(ApiKey, id) : null;
    if (!key) throw notFound('API key');
    if (key.revokedAt) return toApiKeyNode(key);
    key.revokedAt = new Date();
    this.audit.record(this.em, { action: 'apikey.revoke', targetType: 'API_KEY', targetId: key.id, details: { name: key.name } });
    await this.em.flush();
    const tokenId = keyTokenId(key.id);
    await this.deps.revocations.revoke(tokenId, keyRevocationExpiry());
    await this.deps.pubsub.publish('TOKEN_REVOKED', { jti: tokenId });
    return toApiKeyNode(key);
  }
}
