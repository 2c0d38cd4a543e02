import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-deps';
import type { CustomerViewer, Viewer } from '../../auth/viewer';
import { appError } from '../../errors/app-error';
import { emailAddress, messageText, optionalPhone, personName } from '../../input/text-rules';
import { ChatSession } from '../chat-session/chat-session.entity';
import type { ChatSessionService } from '../chat-session/chat-session.service';
import { Customer } from '../customer/customer.entity';
import { toCustomerNode } from '../customer/customer.types';
import type { MessageService } from '../message/message.service';
import type { LeaveOfflineMessageInput, OfflineMessagePayloadNode } from './offline-message.types';
import { requireIdentityWhereRequired } from '../customer/identity';

export class OfflineMessageService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'tokens' | 'sql'>,
    private readonly chatSessions: ChatSessionService,
    private readonly messages: MessageService,
  ) {}

  private get em(): EntityManager {
    return this.entityManager();
  }

  /**
   * Everything is checked before anything is stored. The chat is flagged before its first message
   * is stored, so the message's announcement and routing already carry the flag.
   */
  async leave(viewer: Viewer | null, input: LeaveOfflineMessageInput): Promise<OfflineMessagePayloadNode> {
    if (viewer && viewer.role !== 'CUSTOMER') throw appError('FORBIDDEN', 'Only a visitor may leave an offline message.');
    const signedIn = viewer as CustomerViewer | null;
    await requireIdentityWhereRequired(this.deps.sql, signedIn);
    const profile = {
      name: personName(input.name),
      email: emailAddress(input.email),
      phone: optionalPhone(input.phone),
    };
    const text = messageText(input.message, 'message');
    const teamId = input.teamId == null ? null : await this.chatSessions.requireTopic(input.teamId);
    const { customer, token, visitor } = await this.visitor(signedIn, profile);
    const opened = await this.chatSessions.start(visitor, { teamId });
    await this.em.nativeUpdate(ChatSession, { id: opened.id }, { offline: true });
    const stored = await this.messages.store(visitor, opened.id, { text });
    return { token, customer: toCustomerNode(customer), chatSession: stored.session ?? { ...opened, offline: true } };
  }

  /** A new visitor for an anonymous caller; a signed-in one's profile takes what the form says. */
  private async visitor(viewer: CustomerViewer | null, profile: Pick<Customer, 'name' | 'email' | 'phone'>): Promise<Visitor> {
    if (!viewer) {
      const customer = this.em.create(Customer, { ...profile, createdAt: new Date() });
      await this.em.flush();
      const signed = await this.deps.tokens.sign('CUSTOMER', customer.id);
      return { customer, token: signed.token, visitor: signed.viewer as CustomerViewer };
    }
    const customer = await this.em.findOne(Customer, viewer.customerId);
    if (!customer) throw appError('UNAUTHENTICATED', 'This account no longer exists. Please start again.');
    customer.name = profile.name;
    customer.email = profile.email;
    if (profile.phone) customer.phone = profile.phone;
    await this.em.flush();
    return { customer, token: null, visitor: viewer };
  }
}

interface Visitor {
  customer: Customer;
  /** Only for a visitor made here. */
  token: string | null;
  visitor: CustomerViewer;
}
