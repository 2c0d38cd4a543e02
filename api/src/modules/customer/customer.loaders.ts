import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Customer } from './customer.entity';
import { toCustomerNode, type CustomerNode } from './customer.types';

export function createCustomerLoader(entityManager: () => EntityManager) {
  return new DataLoader<string, CustomerNode | null>(async (ids) => {
    const customers = await entityManager().find(Customer, { id: { $in: [...ids] } });
    const byId = new Map(customers.map((customer) => [customer.id, toCustomerNode(customer)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
