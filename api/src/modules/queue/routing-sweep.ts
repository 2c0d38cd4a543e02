import type { AppDeps } from '../../app-deps';
import { Router } from './routing';

export const ROUTING_SWEEP_JOB = 'routing-sweep';

/**
 * AUTO routing answers every change as it commits. What a change could not route (its instance
 * died between the commit and the routing, Redis or the database failed at that moment) would
 * otherwise wait for the next change to its queue or agent: the sweep fills every ONLINE agent's
 * free slots on a schedule, on one instance at a time. In MANUAL mode it assigns nothing.
 */
export function scheduleRoutingSweep(deps: Pick<AppDeps, 'jobs' | 'config' | 'sql' | 'pubsub' | 'presence' | 'logger' | 'outbox'>): Promise<void> {
  return deps.jobs.every(ROUTING_SWEEP_JOB, deps.config.jobs.routingSweepCron, () => new Router(deps).fillOnlineAgents());
}
