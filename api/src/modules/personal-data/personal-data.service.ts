import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-deps';
import type { Viewer } from '../../auth/viewer';
import { notFound } from '../../errors/app-error';
import { isUuid } from '../../input/text-rules';
import { MANAGERS, requireStaff } from '../admin/staff';
import type { AuditTrail } from '../audit/audit-trail';
import type { ChatSessionService } from '../chat-session/chat-session.service';
import { Customer } from '../customer/customer.entity';
import type { ExportLink } from './export-links';

const LOCK_CUSTOMER = {
  name: 'livechat_erase_lock_customer',
  text: `select id from customer where id = $1 and erased_at is null for update`,
};

/**
 * Each message of the person's chats stays as a row without content: who sent it (an agent's name
 * is kept, the visitor's is not), when, and whether it was a note, which is what the reports count.
 */
const EMPTY_MESSAGES = {
  name: 'livechat_erase_empty_messages',
  text: `with emptied as (
           update message m set text = null, file_id = null, client_message_id = null,
                  sender_name = case when m.sender = 'CUSTOMER' then null else m.sender_name end
             from chat_session s
            where s.id = m.session_id and s.customer_id = $1
           returning 1)
         select count(*)::int as messages from emptied`,
};

const DELETE_FILES = {
  name: 'livechat_erase_delete_files',
  text: `delete from file_attachment f using chat_session s where s.id = f.session_id and s.customer_id = $1 returning f.id`,
};

/** The score stays (an anonymous count for the reports); the comment is the person's words. */
const EMPTY_CHATS = {
  name: 'livechat_erase_empty_chats',
  text: `with emptied as (update chat_session set rating_comment = null where customer_id = $1 returning 1)
         select count(*)::int as chats from emptied`,
};

/**
 * What webhooks have not yet sent, and the copies of what they sent: the events of the person's
 * chats (by chat id, or the customer's) are dropped, so nothing of the person is delivered later.
 */
const DROP_WEBHOOK_EVENTS = {
  name: 'livechat_erase_webhook_events',
  text: `with chats as (select id::text from chat_session where customer_id = $1),
              outbox as (delete from outbox_event
                          where coalesce(payload->>'sessionId', payload->>'id') in (select id from chats) or payload->>'customerId' = $1::text
                          returning 1)
         delete from webhook_delivery
          where body like any (select '%' || id || '%' from chats union all select '%' || $1::text || '%')`,
};

const TOMBSTONE = {
  name: 'livechat_erase_customer',
  text: `update customer set name = '', email = null, phone = null, attributes = '{}', external_id = null, verified = false,
                blocked_at = null, blocked_reason = null, blocked_by_id = null, erased_at = now()
          where id = $1`,
};

/**
 * A person's data under UU PDP: an export of everything the desk holds of a customer, and its
 * erasure. Both ADMIN only, both recorded in the audit log.
 */
export class PersonalDataService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'sql' | 'storage' | 'exportLinks' | 'revocations' | 'pubsub' | 'config'>,
    private readonly chatSessions: ChatSessionService,
    private readonly audit: AuditTrail,
  ) {}

  private get em(): EntityManager {
    return this.entityManager();
  }

  /** A short-lived link to the customer's data as JSON (served by export.download.ts). */
  async exportLink(viewer: Viewer | null, id: string): Promise<ExportLink> {
    const staff = await requireStaff(this.em, viewer, MANAGERS);
    await this.findCustomer(id);
    const link = this.deps.exportLinks.urlFor(id, staff.adminId);
    this.audit.record(this.em, { action: 'customer.export', targetType: 'CUSTOMER', targetId: id, details: { expiresAt: link.expiresAt.toISOString() } });
    await this.em.flush();
    return link;
  }

  /**
   * Removes the person for good: the profile becomes a tombstone (its id only), the messages of
   * its chats lose their texts and files, the files their rows and bytes, the ratings their
   * comments. The chats stay, detached from anything personal, so the report figures stay as they
   * were. Its open chats are closed first; its tokens stop at once, on every instance.
   */
  async erase(viewer: Viewer | null, id: string): Promise<boolean> {
    await requireStaff(this.em, viewer, MANAGERS);
    await this.findCustomer(id);
    // Before anything else: the visitor's requests stop adding to what is being erased.
    await this.cutOffTokens(id);
    await this.chatSessions.closeOpenChatsOf(id);
    await this.deps.sql.transaction(async (run) => {
      const [locked] = await run(LOCK_CUSTOMER, [id]);
      if (!locked) throw notFound('Customer');
      const [{ messages }] = await run<{ messages: number }>(EMPTY_MESSAGES, [id]);
      const files = await run<{ id: string }>(DELETE_FILES, [id]);
      const [{ chats }] = await run<{ chats: number }>(EMPTY_CHATS, [id]);
      await run(DROP_WEBHOOK_EVENTS, [id]);
      await run(TOMBSTONE, [id]);
      // Before the commit: were it to fail, the rows would still name the files, and erasing again removes what is left.
      for (const file of files) await this.deps.storage.remove(file.id);
      await this.audit.recordWith(run, { action: 'customer.erase', targetType: 'CUSTOMER', targetId: id, details: { chats, messages, files: files.length } });
    });
    // Closes its sockets (4403) on every instance.
    await this.deps.pubsub.publish('CUSTOMER_BLOCKED', { customerId: id });
    return true;
  }

  private async findCustomer(id: string): Promise<Customer> {
    const customer = isUuid(id) ? await this.em.findOne(Customer, { id, erasedAt: null }) : null;
    if (!customer) throw notFound('Customer');
    return customer;
  }

  /** As a block does (customer-blocking.ts): every token issued so far is refused, on every instance. */
  private cutOffTokens(customerId: string) {
    return this.deps.revocations.revokeAdminTokens({
      adminId: customerId,
      issuedBefore: Date.now() / 1000,
      keptTokenId: '',
      ttlSeconds: this.deps.config.auth.customerTokenTtlSeconds,
    });
  }
}
