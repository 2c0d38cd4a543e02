/**
 * Every action the audit log records, as a dotted verb. One list, so that the console can offer
 * them in its filter (`auditActions`) and a typo in a service does not compile.
 */
export const AUDIT_ACTIONS = [
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'auth.password_change',
  'auth.two_factor_enable',
  'auth.two_factor_disable',
  'auth.recovery_code_used',
  'agent.create',
  'agent.update',
  'agent.role_change',
  'agent.disable',
  'agent.enable',
  'team.create',
  'team.update',
  'team.delete',
  'settings.update',
  'chat.assign',
  'chat.unassign',
  'chat.transfer',
  'chat.close',
  'customer.read',
  'customer.update',
  'customer.block',
  'customer.unblock',
  'customer.export',
  'customer.erase',
  'apikey.create',
  'apikey.revoke',
  'webhook.create',
  'webhook.update',
  'webhook.delete',
  'webhook.redeliver',
  'retention.run',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an event is about: AGENT, TEAM, SETTINGS, CHAT, CUSTOMER, API_KEY, WEBHOOK, WEBHOOK_DELIVERY, RETENTION. */
export type AuditTargetType = string;
