import type { ApiScope } from '../modules/api-key/api-scope';

export type ViewerRole = 'ADMIN' | 'CUSTOMER';

export interface AdminViewer {
  role: 'ADMIN';
  adminId: string;
  tokenId: string;
  expiresAt: number;
}

export interface CustomerViewer {
  role: 'CUSTOMER';
  customerId: string;
  tokenId: string;
  expiresAt: number;
}

/**
 * A third party's API key (`Authorization: Bearer lco_...`). It is neither an agent nor a visitor:
 * `requireAdmin` and `requireCustomer` refuse it, and an operation admits it only through
 * `requireStaffOrKey` with the scope the operation needs (see api-key/api-scope.ts). A type, not an
 * interface, so that code reading viewers generically (the audit trail) can treat it as a record.
 */
export type ApiKeyViewer = {
  role: 'API_KEY';
  apiKeyId: string;
  /** The key's name: a bot's messages carry it as their sender's name. */
  name: string;
  scopes: readonly ApiScope[];
  /** `api-key:<id>`: what the revocation feed and the sockets it opened know the key by. */
  tokenId: string;
  /** A key does not expire; revoking it is what ends it. */
  expiresAt: number;
};

export type Viewer = AdminViewer | CustomerViewer | ApiKeyViewer;

/** The id of the agent, visitor or key a viewer speaks for. */
export const accountIdOf = (viewer: Viewer): string =>
  viewer.role === 'ADMIN' ? viewer.adminId : viewer.role === 'CUSTOMER' ? viewer.customerId : viewer.apiKeyId;
