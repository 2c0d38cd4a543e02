import { DEFAULT_ADMIN } from '../../src/db/seed';
import { CreateAdmin, Login, RegisterCustomer, StartChatSession } from './operations';
import { graphqlRequest } from './test-app';

export interface Actor {
  id: string;
  token: string;
}

export async function loginAdmin(url: string, email: string = DEFAULT_ADMIN.email, password: string = DEFAULT_ADMIN.password): Promise<Actor> {
  const response = await graphqlRequest(url, Login, { email, password });
  if (!response.data) throw new Error(`login failed: ${JSON.stringify(response.errors)}`);
  return { id: response.data.login.admin.id, token: response.data.login.token };
}

export type StaffRole = 'ADMIN' | 'SUPERVISOR' | 'AGENT';

/**
 * A second agent, created through the API by the seeded one. An ADMIN unless `role` says
 * otherwise: the tests written before roles meant a colleague who may do everything.
 */
export async function createAgent(url: string, creator: Actor, email: string, name = 'Agen Dua', role: StaffRole = 'ADMIN'): Promise<Actor> {
  const password = 'agent-password-1';
  const created = await graphqlRequest(url, CreateAdmin, { input: { email, name, password, role } }, creator.token);
  if (!created.data) throw new Error(`createAdmin failed: ${JSON.stringify(created.errors)}`);
  return loginAdmin(url, email, password);
}

export async function registerCustomer(url: string, name = 'Budi Santoso', email?: string): Promise<Actor> {
  const response = await graphqlRequest(url, RegisterCustomer, { input: { name, email } });
  if (!response.data) throw new Error(`registerCustomer failed: ${JSON.stringify(response.errors)}`);
  return { id: response.data.registerCustomer.customer.id, token: response.data.registerCustomer.token };
}

export async function startSession(url: string, customer: Actor, message?: string): Promise<string> {
  const response = await graphqlRequest(url, StartChatSession, { input: message ? { message } : null }, customer.token);
  if (!response.data) throw new Error(`startChatSession failed: ${JSON.stringify(response.errors)}`);
  return response.data.startChatSession.id;
}
