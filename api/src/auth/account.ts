import type { MikroORM } from '@mikro-orm/postgresql';
import { appError } from '../errors/app-error';
import { Admin } from '../modules/admin/admin.entity';
import { Customer } from '../modules/customer/customer.entity';
import type { Viewer } from './viewer';

/**
 * A socket lives for hours on the account it opened with, so the account must still exist when it
 * opens (one lookup a connection, not one an event): a token that outlived its customer or agent
 * gets 4401 like any other bad token.
 */
export async function requireAccount(orm: MikroORM, viewer: Viewer): Promise<void> {
  const em = orm.em.fork();
  const exists =
    viewer.role === 'ADMIN' ? await em.count(Admin, viewer.adminId) : await em.count(Customer, viewer.customerId);
  if (exists !== 1) throw appError('UNAUTHENTICATED', 'This account no longer exists. Please sign in again.');
}
