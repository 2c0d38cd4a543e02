import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-deps';
import { optionalEmail, optionalPhone, personName } from '../../input/text-rules';
import { Customer } from './customer.entity';
import { toCustomerNode, type CustomerAuthPayload, type RegisterCustomerInput } from './customer.types';

export class CustomerService {
  constructor(
    private readonly entityManager: () => EntityManager,
    private readonly deps: Pick<AppDeps, 'tokens'>,
  ) {}

  /** Forked on first use: many operations (a send, above all) never touch it. */
  private get em(): EntityManager {
    return this.entityManager();
  }

  async register(input: RegisterCustomerInput): Promise<CustomerAuthPayload> {
    const customer = this.em.create(Customer, {
      name: personName(input.name),
      email: optionalEmail(input.email),
      phone: optionalPhone(input.phone),
      createdAt: new Date(),
    });
    await this.em.flush();
    const { token } = await this.deps.tokens.sign('CUSTOMER', customer.id);
    return { token, customer: toCustomerNode(customer) };
  }
}
