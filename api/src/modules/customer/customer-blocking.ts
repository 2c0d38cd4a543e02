import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-deps';
import type { Viewer } from '../../auth/viewer';
import { badInput, notFound } from '../../errors/app-error';
import { isUuid, messageText } from '../../input/text-rules';
import { connection, type ConnectionResult } from '../../pagination/connection.types';
import { decodeCursor, encodeCursor, pageSize } from '../../pagination/cursor';
import { Admin, AdminRole } from '../admin/admin.entity';
import { requireStaffOrKey, SUPERVISORS, type Staff } from '../admin/staff';
import { Customer } from './customer.entity';
import { toCustomerNode, type CustomerNode } from './customer.types';
import type { AuditTrail } from '../audit/audit-trail';

export const MAX_BLOCK_REASON_LENGTH = 500;
const CURSOR_KIND = 'blocked';

/**
 * Who may block: every agent, an AGENT only the visitor of a chat it may see (one facing abuse acts
 * at once). Lifting a block, and the list of blocked visitors, belong to ADMIN and SUPERVISOR.
 * A block stops the visitor on every instance at once through the account check (auth/account.ts)
 * and closes its open chats.
 */
export class CustomerBlocking {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'pubsub' | 'revocations' | 'config'>,
    private readonly agentSeesChatOf: (staff: Staff, customerId: string) => Promise<boolean>,
    private readonly closeOpenChatsOf: (customerId: string) => Promise<void>,
    private readonly audit: AuditTrail,
  ) {}

  private get em(): EntityManager {
    return this.entityManager();
  }

  async block(viewer: Viewer | null, id: string, reason: string | null | undefined): Promise<CustomerNode> {
    const staff = await requireStaffOrKey(this.em, viewer, 'blockCustomer');
    const text = blockReason(reason);
    const customer = await this.find(id);
    if (staff.role === AdminRole.AGENT && !(await this.agentSeesChatOf(staff, customer.id))) throw notFound('Customer');
    customer.blockedAt ??= new Date();
    customer.blockedReason = text;
    customer.blockedBy = staff.adminId ? this.em.getReference(Admin, staff.adminId, { wrapped: true }) : null; // null: by an API key
    // Whether a reason was given, not the reason: an agent's words about a visitor are personal data.
    this.audit.record(this.em, { action: 'customer.block', targetType: 'CUSTOMER', targetId: customer.id, details: { withReason: text !== null } });
    await this.em.flush();
    await this.cutOffTokens(customer.id, Date.now() / 1000);
    await this.deps.pubsub.publish('CUSTOMER_BLOCKED', { customerId: customer.id });
    // Its chats leave the queue and its agents' hands: nobody is left answering a blocked visitor.
    await this.closeOpenChatsOf(customer.id);
    return toCustomerNode(customer);
  }

  async unblock(viewer: Viewer | null, id: string): Promise<CustomerNode> {
    await requireStaffOrKey(this.em, viewer, 'unblockCustomer', SUPERVISORS);
    const customer = await this.find(id);
    customer.blockedAt = null;
    customer.blockedReason = null;
    customer.blockedBy = null;
    this.audit.record(this.em, { action: 'customer.unblock', targetType: 'CUSTOMER', targetId: customer.id });
    await this.em.flush();
    await this.cutOffTokens(customer.id, 0);
    return toCustomerNode(customer);
  }

  /** Most recently blocked first. */
  async list(viewer: Viewer | null, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionResult<CustomerNode>> {
    await requireStaffOrKey(this.em, viewer, 'blockedCustomers', SUPERVISORS);
    const size = pageSize(first, 20);
    const from = after ? keyOf(decodeCursor(CURSOR_KIND, after)) : null;
    const rows = await this.em.find(
      Customer,
      {
        blockedAt: { $ne: null },
        ...(from ? { $or: [{ blockedAt: { $lt: from.blockedAt } }, { blockedAt: from.blockedAt, id: { $lt: from.id } }] } : {}),
      },
      { orderBy: { blockedAt: 'desc', id: 'desc' }, limit: size + 1 },
    );
    const page = rows.slice(0, size);
    const edges = page.map((customer) => ({
      cursor: encodeCursor(CURSOR_KIND, `${customer.blockedAt!.toISOString()}|${customer.id}`),
      node: toCustomerNode(customer),
    }));
    return connection(
      edges,
      { hasNextPage: rows.length > size, hasPreviousPage: Boolean(after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      () => this.entityManager().count(Customer, { blockedAt: { $ne: null } }),
    );
  }

  /**
   * The agents' revocation feed (a disabled agent's), keyed by the visitor's id: every instance
   * refuses its tokens at once, and the account check says BLOCKED. A cutoff at 0 lifts it.
   */
  private cutOffTokens(customerId: string, issuedBefore: number) {
    return this.deps.revocations.revokeAdminTokens({
      adminId: customerId,
      issuedBefore,
      keptTokenId: '',
      ttlSeconds: this.deps.config.auth.customerTokenTtlSeconds,
    });
  }

  private async find(id: string): Promise<Customer> {
    const customer = isUuid(id) ? await this.em.findOne(Customer, id) : null;
    if (!customer) throw notFound('Customer');
    return customer;
  }
}

/** A blank reason is none; otherwise the rules of a message's text, up to 500 characters. */
function blockReason(value: string | null | undefined): string | null {
  if (value == null || value.trim() === '') return null;
  const text = messageText(value, 'reason');
  if ([...text].length > MAX_BLOCK_REASON_LENGTH) throw badInput(`The reason is longer than ${MAX_BLOCK_REASON_LENGTH} characters.`, 'reason');
  return text;
}

function keyOf(cursor: string): { blockedAt: Date; id: string } {
  const [at, id] = cursor.split('|');
  const blockedAt = new Date(at ?? '');
  if (Number.isNaN(blockedAt.getTime()) || !id || !isUuid(id)) throw badInput('The cursor is not valid for this list.', 'after');
  return { blockedAt, id };
}
