import type { PreparedStatement } from '../../db/sql';

const isoTimestamp = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Stores a message in one round trip: checks that the session exists, is visible to the sender
 * and still open, that a visitor is verified where the desk requires it, takes the sender's current name, inserts the file row (for a file message) and
 * the message and its outbox row, moves the session's `last_message_at` (and sets `queued_at`, its place in the
 * queue, with its first message) and, on an agent's first reply, assigns the session to that agent
 * (when $14 allows it).
 * Writing is reading: the sender's side's read mark moves to its own message. A `client_message_id` already used in the session inserts nothing.
 * An internal note changes nothing about the session: the customer never sees it, so it neither
 * starts the queue wait, nor claims a waiting chat, nor moves `last_message_at`.
 *
 * $1 session id · $2 the customer the session must belong to (null for an agent) · $3 sender ·
 * $4 sending admin · $5 sending customer · $6 text · $7 client message id · $8 created at ·
 * $9–$12 file id, name, type, size (all null without a file) · $13 internal · $14 whether a WAITING
 * session may be claimed (the caller checked the agent's limit under its row lock) · $15 a bot's
 * name (an API key's, with no sending admin or customer; null otherwise)
 */
export const STORE_MESSAGE: PreparedStatement = {
  name: 'livechat_store_message',
  text: `
with target as (
  select id, status from chat_session where id = $1::uuid and ($2::uuid is null or customer_id = $2::uuid)
), identity_refused as (
  -- Settings.identityRequired: only a verified visitor writes (no author, so nothing is stored).
  select coalesce(bool_or(settings.identity_required and not customer.verified), false) as refused
  from settings, customer where settings.id = 1 and customer.id = $5::uuid
), author as (
  select name from admin where id = $4::uuid
  union all
  select $15::text where $15::text is not null
  union all
  select name from customer where id = $5::uuid and not (select refused from identity_refused)
), stored_file as (
  insert into file_attachment (id, session_id, filename, mime_type, size, created_at)
  select $9::uuid, target.id, $10, $11, $12, $8::timestamptz from target
  where $9::uuid is not null and target.status <> 'CLOSED' and exists (select 1 from author)
  returning id
), stored as (
  insert into message (session_id, sender, sender_admin_id, sender_name, text, client_message_id, file_id, internal, created_at)
  select target.id, $3::message_sender, $4::uuid, author.name, $6, $7, (select id from stored_file), $13::boolean, $8::timestamptz
  from target, author
  where target.status <> 'CLOSED' and ($9::uuid is null or exists (select 1 from stored_file))
  on conflict (session_id, client_message_id) do nothing
  returning id, sender_name
), outbox as (
  -- Written with the message: the dispatch job tells webhooks, and announces it live should this
  -- instance die before it does (see webhook/webhook.outbox.ts).
  insert into outbox_event (event, payload)
  select 'messageAdded', jsonb_build_object('id', stored.id::text, 'sessionId', $1::uuid::text, 'sender', $3::message_sender::text,
    'senderName', stored.sender_name, 'text', $6::text, 'internal', $13::boolean, 'clientMessageId', $7::text,
    'createdAt', ${isoTimestamp('$8::timestamptz')},
    'file', case when $9::uuid is null then null else jsonb_build_object('id', $9::uuid::text, 'filename', $10::text, 'mimeType', $11::text, 'size', $12::int) end)
  from stored
  returning id
), conversation_message as (
  select stored.* from stored where not $13::boolean
), touched as (
  update chat_session session set
    last_message_at = $8::timestamptz,
    queued_at = coalesce(session.queued_at, $8::timestamptz),
    status = case when $14::boolean and session.status = 'WAITING' then 'ACTIVE' else session.status end,
    assigned_admin_id = case when $14::boolean and session.status = 'WAITING' then $4::uuid else session.assigned_admin_id end,
    first_assigned_at = case when $14::boolean and session.status = 'WAITING' then coalesce(session.first_assigned_at, $8::timestamptz) else session.first_assigned_at end,
    agent_last_read_message_id = case when $4::uuid is not null then greatest(session.agent_last_read_message_id, conversation_message.id) else session.agent_last_read_message_id end,
    customer_last_read_message_id = case when $5::uuid is not null then greatest(session.customer_last_read_message_id, conversation_message.id) else session.customer_last_read_message_id end
  from conversation_message where session.id = $1::uuid
  returning session.status, session.customer_id, session.assigned_admin_id, session.team_id,
    session.customer_last_read_message_id::text, session.agent_last_read_message_id::text, session.offline,
    ${isoTimestamp('session.created_at')} as session_created_at, ${isoTimestamp('session.closed_at')} as session_closed_at,
    ${isoTimestamp('session.queued_at')} as session_queued_at
), session_outbox as (
  insert into outbox_event (event, payload)
  select 'chatSessionUpdated', jsonb_build_object('id', $1::uuid::text, 'status', touched.status, 'customerId', touched.customer_id,
    'assignedAdminId', touched.assigned_admin_id, 'teamId', touched.team_id, 'createdAt', touched.session_created_at,
    'closedAt', touched.session_closed_at, 'queuedAt', touched.session_queued_at, 'lastMessageAt', ${isoTimestamp('$8::timestamptz')},
    'customerLastReadMessageId', touched.customer_last_read_message_id, 'agentLastReadMessageId', touched.agent_last_read_message_id,
    'offline', touched.offline)
  from touched where exists (select 1 from webhook where webhook.active and webhook.event = 'chatSessionUpdated')
  returning id
), assignee_row as (
  -- The chat's row is held by now: the agent's is not waited for (routing takes the agent's row
  -- first, then chats), and a busy one only misses this time for AUTO's order.
  select admin.id from admin, target, conversation_message
  where admin.id = $4::uuid and $14::boolean and target.status = 'WAITING'
  for update of admin skip locked
), assignee as (
  update admin set last_assigned_at = $8::timestamptz from assignee_row where admin.id = assignee_row.id
)
select target.status as target_status, exists (select 1 from author) as author_exists,
  (select refused from identity_refused) as identity_refused,
  stored.id, stored.sender_name, array(select id::text from outbox union all select id::text from session_outbox) as outbox_ids,
  touched.status, touched.customer_id, touched.assigned_admin_id, touched.team_id,
  touched.session_created_at, touched.session_closed_at, touched.session_queued_at,
  touched.customer_last_read_message_id, touched.agent_last_read_message_id, touched.offline
from (select 1) as one
left join target on true
left join stored on true
left join touched on true`,
};

export const SESSION_STATUS: PreparedStatement = {
  name: 'livechat_session_status',
  text: 'select status from chat_session where id = $1::uuid',
};

/** A file row stored for a message that then lost a `client_message_id` race. */
export const DELETE_FILE_ROW: PreparedStatement = {
  name: 'livechat_delete_file_row',
  text: 'delete from file_attachment where id = $1::uuid and not exists (select 1 from message where file_id = $1::uuid)',
};

export interface StoreMessageRow {
  target_status: string | null;
  author_exists: boolean;
  identity_refused: boolean;
  id: string | null;
  sender_name: string | null;
  /** The outbox rows of the message and of the chat's update (webhook/webhook.outbox.ts); empty when nothing was stored. */
  outbox_ids: string[];
  status: string | null;
  customer_id: string | null;
  assigned_admin_id: string | null;
  team_id: string | null;
  session_created_at: string | null;
  session_closed_at: string | null;
  session_queued_at: string | null;
  customer_last_read_message_id: string | null;
  agent_last_read_message_id: string | null;
  offline: boolean | null;
}
