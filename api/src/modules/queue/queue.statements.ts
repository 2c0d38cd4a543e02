import { isoTimestamp, type PreparedStatement } from '../../db/sql';

/**
 * The queue in SQL. A chat waits in the queue of its team (all chats without a team form one
 * queue) from its first message (`queued_at`), in (queued_at, id) order, while it is WAITING.
 */

/** The chat's columns as a ChatSessionPayload needs them (see `sessionPayloadOf`). */
const sessionColumns = (alias: string) => `${alias}.id, ${alias}.status, ${alias}.customer_id, ${alias}.assigned_admin_id, ${alias}.team_id,
  ${isoTimestamp(`${alias}.created_at`)} as created_at, ${isoTimestamp(`${alias}.closed_at`)} as closed_at,
  ${isoTimestamp(`${alias}.last_message_at`)} as last_message_at, ${isoTimestamp(`${alias}.queued_at`)} as queued_at,
  ${alias}.customer_last_read_message_id::text, ${alias}.agent_last_read_message_id::text, ${alias}.offline`;

/** Chat `chat` is in the queue of team `team` (null: the queue of chats without a team). */
const inQueueOf = (chat: string, team: string) => `(${chat}.team_id = ${team} or (${team} is null and ${chat}.team_id is null))`;

/**
 * Agent `admin` may be routed (or take) chat `chat`: a chat without a team, one of its teams', or
 * any chat while it belongs to no team.
 */
const mayTake = (admin: string, chat: string) => `(${chat}.team_id is null
  or not exists (select 1 from team_member member where member.admin_id = ${admin})
  or exists (select 1 from team_member member where member.admin_id = ${admin} and member.team_id = ${chat}.team_id))`;

/**
 * The median wait from joining the queue to the first assignment, in seconds, over the latest 50
 * chats of team `team` first assigned in the last 24 hours; null without any.
 */
const medianWaitSeconds = (team: string) => `(
  select percentile_cont(0.5) within group (order by greatest(0, extract(epoch from recent.first_assigned_at - recent.queued_at)))
    from (select served.first_assigned_at, served.queued_at from chat_session served
           where ${inQueueOf('served', team)} and served.first_assigned_at > now() - interval '24 hours'
             and served.queued_at is not null
           order by served.first_assigned_at desc limit 50) recent)`;

/** $1 session ids: the place of each that waits in a queue, and its queue's median wait. */
export const QUEUE_PLACES: PreparedStatement = {
  name: 'livechat_queue_places',
  text: `
with target as (
  select id, team_id, queued_at from chat_session where id = any($1::uuid[]) and status = 'WAITING' and queued_at is not null
), queue as (
  select distinct team_id from target
), wait as (
  select queue.team_id, ${medianWaitSeconds('queue.team_id')} as median_seconds from queue
)
select target.id, wait.median_seconds,
  (select count(*) from chat_session ahead
    where ahead.status = 'WAITING' and ahead.queued_at is not null and ${inQueueOf('ahead', 'target.team_id')}
      and (ahead.queued_at, ahead.id) <= (target.queued_at, target.id))::int as position
from target join wait on wait.team_id is not distinct from target.team_id`,
};

export interface QueuePlaceRow {
  id: string;
  position: number;
  median_seconds: number | null;
}

/**
 * $1 team id (null: the queue without a team) · $2 chats that joined or left it: every chat
 * waiting behind the earliest of their places, with its new position, and the queue's median wait.
 */
export const QUEUE_BEHIND: PreparedStatement = {
  name: 'livechat_queue_behind',
  text: `
with queue as (
  select waiting.*, row_number() over (order by waiting.queued_at, waiting.id)::int as position
    from chat_session waiting
   where waiting.status = 'WAITING' and waiting.queued_at is not null and ${inQueueOf('waiting', '$1::uuid')}
), point as (
  select queued_at, id from chat_session where id = any($2::uuid[]) and queued_at is not null order by queued_at, id limit 1
)
select ${sessionColumns('queue')}, queue.position, ${medianWaitSeconds('$1::uuid')} as median_seconds
  from queue, point
 where (queue.queued_at, queue.id) > (point.queued_at, point.id)
 order by queue.position`,
};

/** $1 team id · $2 a chat: whether any chat waits behind its place in that team's queue. */
export const ANYONE_BEHIND: PreparedStatement = {
  name: 'livechat_anyone_behind',
  text: `
select exists (
  select 1 from chat_session waiting, chat_session point
   where point.id = $2::uuid and waiting.status = 'WAITING' and waiting.queued_at is not null
     and ${inQueueOf('waiting', '$1::uuid')} and (waiting.queued_at, waiting.id) > (point.queued_at, point.id)
) as anyone`,
};

/** Serialises the announcements of one queue's positions, so that the newest arrives last. */
export const LOCK_QUEUE: PreparedStatement = {
  name: 'livechat_lock_queue',
  text: `select pg_advisory_xact_lock(hashtext('queue:' || coalesce($1::text, '')))`,
};

/**
 * $1 chat · $2 agents with a console connected · $3 an agent to pass over (or null): in AUTO mode,
 * the agents that may be routed the waiting chat, best first: ONLINE, enabled, of its team, with a
 * free slot; fewest ACTIVE chats, then longest since its last assignment.
 */
export const ROUTING_CANDIDATES: PreparedStatement = {
  name: 'livechat_routing_candidates',
  text: `
select agent.id
  from chat_session chat
  cross join settings
  join admin agent on agent.id = any($2::uuid[]) and agent.id is distinct from $3::uuid
  cross join lateral (
    select count(*) as chats from chat_session held where held.assigned_admin_id = agent.id and held.status = 'ACTIVE'
  ) active
 where chat.id = $1::uuid and chat.status = 'WAITING' and chat.queued_at is not null
   and settings.routing_mode = 'AUTO'
   and not agent.disabled and agent.status = 'ONLINE'
   and ${mayTake('agent.id', 'chat')}
   and active.chats < coalesce(agent.max_concurrent_chats, settings.default_max_concurrent_chats)
 order by active.chats, agent.last_assigned_at nulls first, agent.id`,
};

/**
 * $1 agent: locks its row, the first step of every assignment that counts its chats, so that two
 * assignments to one agent count one after the other. Always taken before any chat's row.
 */
export const LOCK_AGENT: PreparedStatement = {
  name: 'livechat_lock_agent',
  text: `
select agent.disabled, agent.status, settings.routing_mode,
       coalesce(agent.max_concurrent_chats, settings.default_max_concurrent_chats) as slots
  from admin agent cross join settings
 where agent.id = $1::uuid
   for update of agent`,
};

/** LOCK_AGENT, or no row while another assignment holds the agent's row. */
export const LOCK_AGENT_UNLESS_BUSY: PreparedStatement = {
  name: 'livechat_lock_agent_unless_busy',
  text: `${LOCK_AGENT.text} skip locked`,
};

export interface LockedAgentRow {
  disabled: boolean;
  status: string;
  routing_mode: string;
  slots: number;
}

/** $1 agent: its ACTIVE chats, counted after LOCK_AGENT. */
export const COUNT_ACTIVE: PreparedStatement = {
  name: 'livechat_count_active',
  text: `select count(*)::int as chats from chat_session where assigned_admin_id = $1::uuid and status = 'ACTIVE'`,
};

const assignOldest = (name: string, locking: string): PreparedStatement => ({
  name,
  text: `
with picked as (
  select chat.id from chat_session chat
   where chat.status = 'WAITING' and chat.assigned_admin_id is null and chat.queued_at is not null
     and chat.id is distinct from $3::uuid and ($4::boolean or ${mayTake('$1::uuid', 'chat')})
   order by chat.queued_at, chat.id
   limit $2
     ${locking}
), assigned as (
  update chat_session chat
     set status = 'ACTIVE', assigned_admin_id = $1::uuid, first_assigned_at = coalesce(chat.first_assigned_at, now())
    from picked where chat.id = picked.id
  returning chat.*
), touched as (
  update admin set last_assigned_at = now() where id = $1::uuid and exists (select 1 from assigned)
)
select ${sessionColumns('assigned')} from assigned order by assigned.queued_at, assigned.id`,
});

/**
 * $1 agent (locked) · $2 how many · $3 a chat to leave out (or null) · $4 any queue (true), or
 * only those the agent may take: assigns the oldest waiting chats to the agent, passing over the
 * ones another transaction has locked.
 */
export const ASSIGN_OLDEST_UNLOCKED = assignOldest('livechat_assign_oldest_unlocked', 'for update skip locked');

/**
 * ASSIGN_OLDEST_UNLOCKED, waiting for the locked ones: a chat is locked by an assignment (then it
 * is found taken once the lock goes), but also by a visitor's message or a move that failed, which
 * leave it waiting. Locks are taken in queue order, as by every other assignment.
 */
export const ASSIGN_OLDEST = assignOldest('livechat_assign_oldest', 'for update');

/** $1 chat · $2 its agent as read: back to WAITING, at its place (queued_at is kept). */
export const UNASSIGN_CHAT: PreparedStatement = {
  name: 'livechat_unassign_chat',
  text: `
update chat_session chat set status = 'WAITING', assigned_admin_id = null
 where chat.id = $1::uuid and chat.status = 'ACTIVE' and chat.assigned_admin_id = $2::uuid
returning ${sessionColumns('chat')}`,
};

/** $1 agent: every ACTIVE chat it holds back to WAITING, at its place (a disabled agent's). */
export const UNASSIGN_ALL_OF: PreparedStatement = {
  name: 'livechat_unassign_all_of',
  text: `
update chat_session chat set status = 'WAITING', assigned_admin_id = null
 where chat.assigned_admin_id = $1::uuid and chat.status = 'ACTIVE'
returning ${sessionColumns('chat')}`,
};

/** $1 agents with a console connected: the ONLINE ones among them, fewest ACTIVE chats first. */
export const ONLINE_AGENTS: PreparedStatement = {
  name: 'livechat_online_agents',
  text: `
select agent.id from admin agent
 cross join lateral (
   select count(*) as chats from chat_session held where held.assigned_admin_id = agent.id and held.status = 'ACTIVE'
 ) active
 where agent.id = any($1::uuid[]) and not agent.disabled and agent.status = 'ONLINE'
 order by active.chats, agent.last_assigned_at nulls first, agent.id`,
};

export interface SessionRow {
  id: string;
  status: string;
  customer_id: string;
  assigned_admin_id: string | null;
  team_id: string | null;
  created_at: string;
  closed_at: string | null;
  last_message_at: string | null;
  queued_at: string | null;
  customer_last_read_message_id: string | null;
  agent_last_read_message_id: string | null;
  offline: boolean;
}

export interface QueuedSessionRow extends SessionRow {
  position: number;
  median_seconds: number | null;
}
