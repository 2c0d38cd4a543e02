import { LockMode } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-deps';
import type { Viewer } from '../../auth/viewer';
import { notFound } from '../../errors/app-error';
import { isUuid, optionalEmail, optionalPhone, personName } from '../../input/text-rules';
import type { ConnectionResult } from '../../pagination/connection.types';
import type { ChatSessionPayload } from '../../pubsub/topics';
import { AdminRole } from '../admin/admin.entity';
import { requireStaffOrKey, staffSightSql, type Staff } from '../admin/staff';
import { ChatSession, ChatSessionStatus } from '../chat-session/chat-session.entity';
import type { ChatSessionService } from '../chat-session/chat-session.service';
import { toChatSessionPayload } from '../chat-session/chat-session.types';
import { blocked } from '../../auth/account';
import { changedAttributes } from './customer-attributes';
import { CustomerBlocking } from './customer-blocking';
import { verifiedExternalId } from './identity';
import { CustomerChatSessions } from './customer-chat-sessions';
import { Customer } from './customer.entity';
import type { AuditTrail } from '../audit/audit-trail';
import {
  toCustomerNode,
  type CustomerAuthPayload,
  type CustomerNode,
  type RegisterCustomerInput,
  type UpdateCustomerInput,
} from './customer.types';

export class CustomerService {
  private readonly sessions: CustomerChatSessions;
  readonly blocking: CustomerBlocking;

  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'tokens' | 'pubsub' | 'config' | 'revocations'>,
    private readonly chatSessions: ChatSessionService,
    private readonly audit: AuditTrail,
  ) {
    this.sessions = new CustomerChatSessions(entityManager);
    this.blocking = new CustomerBlocking(
      entityManager,
      deps,
      (staff, customerId) => this.agentSeesChatOf(staff, customerId),
      (customerId) => this.chatSessions.closeOpenChatsOf(customerId),
      audit,
    );
  }

  /** Forked on first use: many operations (a send, above all) never touch it. */
  private get em(): EntityManager {
    return this.entityManager();
  }

  /**
   * A new visitor; or, with an `externalId` the host site signed, its one verified customer, the
   * same on every device (found by that id alone, never by email), its profile updated from the
   * input. A blocked one is refused (a blocked browser's stored token is refused before this runs).
   */
  async register(input: RegisterCustomerInput): Promise<CustomerAuthPayload> {
    const profile = { name: personName(input.name), email: optionalEmail(input.email), phone: optionalPhone(input.phone) };
    const externalId =
      input.externalId == null && input.identityHash == null
        ? null
        : verifiedExternalId(this.deps.config.identitySecret, input.externalId ?? '', input.identityHash);
    const customer = externalId ? await this.verifiedCustomer(externalId, profile) : this.em.create(Customer, { ...profile, createdAt: new Date() });
    await this.em.flush();
    const { token } = await this.deps.tokens.sign('CUSTOMER', customer.id);
    return { token, customer: toCustomerNode(customer) };
  }

  /** One statement, so two devices signing in at once get one customer; a blocked one is left as it is. */
  private async verifiedCustomer(externalId: string, profile: Pick<Customer, 'name' | 'email' | 'phone'>): Promise<Customer> {
    const [row] = await this.em.execute<{ id: string }[]>(
      `insert into customer (id, name, email, phone, created_at, attributes, external_id, verified)
       values (?, ?, ?, ?, now(), '{}', ?, true)
       on conflict (external_id) do update set name = excluded.name, email = excluded.email, phone = excluded.phone, verified = true
         where customer.blocked_at is null
       returning id`,
      [randomUUID(), profile.name, profile.email, profile.phone, externalId],
    );
    if (!row) throw blocked();
    return this.em.findOneOrFail(Customer, row.id, { refresh: true });
  }

  /**
   * Staff edit a visitor's profile: every field left out stays as it is. An AGENT edits only the
   * visitors of chats it may see; any other is NOT_FOUND. The visitor's open chats are announced,
   * so the consoles showing them pick the change up.
   */
  async update(viewer: Viewer | null, id: string, input: UpdateCustomerInput): Promise<CustomerNode> {
    const staff = await requireStaffOrKey(this.em, viewer, 'updateCustomer');
    const name = input.name === undefined ? undefined : personName(input.name ?? '');
    const email = input.email === undefined ? undefined : optionalEmail(input.email);
    const phone = input.phone === undefined ? undefined : optionalPhone(input.phone);
    if (!isUuid(id)) throw notFound('Customer');
    if (staff.role === AdminRole.AGENT && !(await this.agentSeesChatOf(staff, id))) throw notFound('Customer');
    const customer = await this.em.transactional(async (em) => {
      // Locked: two consoles changing different attributes at once both keep their change.
      const found = await em.findOne(Customer, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!found) throw notFound('Customer');
      const before = { name: found.name, email: found.email, phone: found.phone, attributes: found.attributes };
      if (input.attributes != null) found.attributes = changedAttributes(found.attributes, input.attributes);
      if (name !== undefined) found.name = name;
      if (email !== undefined) found.email = email;
      if (phone !== undefined) found.phone = phone;
      this.recordUpdate(em, found, before);
      await em.flush();
      return found;
    });
    await this.announceOpenChatsOf(customer.id);
    return toCustomerNode(customer);
  }

  /** Which fields changed (and which attribute keys), never their values: the log outlives an erasure. */
  private recordUpdate(em: EntityManager, after: Customer, before: Pick<Customer, 'name' | 'email' | 'phone' | 'attributes'>): void {
    const fields = (['name', 'email', 'phone'] as const).filter((field) => before[field] !== after[field]);
    const was = new Map(Object.entries(before.attributes ?? {}));
    const now = new Map(Object.entries(after.attributes ?? {}));
    const attributeKeys = [...new Set([...was.keys(), ...now.keys()])].filter((key) => was.get(key) !== now.get(key));
    if (!fields.length && !attributeKeys.length) return;
    const details = { fields: attributeKeys.length ? [...fields, 'attributes'] : fields, ...(attributeKeys.length ? { attributeKeys } : {}) };
    this.audit.record(em, { action: 'customer.update', targetType: 'CUSTOMER', targetId: after.id, details });
  }

  chatSessionsOf(
    viewer: Viewer | null,
    customerId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ConnectionResult<ChatSessionPayload>> {
    return this.sessions.list(viewer, customerId, first, after);
  }

  /** Whether the AGENT may see one of the customer's chats, from the chat's first message on. */
  private async agentSeesChatOf(staff: Staff, customerId: string): Promise<boolean> {
    const sight = staffSightSql(staff);
    const [row] = await this.em.getConnection().execute<{ found: boolean }[]>(
      `select exists (select 1 from chat_session s where s.customer_id = ? and s.last_message_at is not null and ${sight.sql}) as found`,
      [customerId, ...sight.values],
    );
    return Boolean(row?.found);
  }

  private async announceOpenChatsOf(customerId: string): Promise<void> {
    const open = await this.em.find(ChatSession, { customer: customerId, status: { $ne: ChatSessionStatus.CLOSED } });
    await Promise.all(open.map((session) => this.chatSessions.publishUpdate(toChatSessionPayload(session))));
  }
}
