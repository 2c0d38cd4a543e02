/**
 * The Socket.IO design's tables: `message` exactly as the floor's (and so the API's) message
 * table, and `chat_session` with the columns its visibility rules read (whose chat it is, who is
 * assigned, whether it is open), plus the two identity tables.
 */
import { SCHEMA as FLOOR_SCHEMA } from '../floor/schema';

export const SCHEMA = `
${FLOOR_SCHEMA}
create table if not exists customer (
  id uuid primary key,
  name varchar(100) not null,
  created_at timestamptz not null default now()
);
create table if not exists admin (
  id uuid primary key,
  email varchar(255) not null unique,
  name varchar(100) not null,
  role text not null,
  password_hash text not null
);
alter table chat_session add column if not exists customer_id uuid null references customer (id) on delete cascade;
alter table chat_session add column if not exists assigned_admin_id uuid null references admin (id) on delete set null;
alter table chat_session add column if not exists status text not null default 'WAITING';
create index if not exists chat_session_customer_id_index on chat_session (customer_id);
create index if not exists chat_session_assigned_admin_id_status_index on chat_session (assigned_admin_id, status);
`;

/**
 * One round trip: the visibility check (the caller's own chat, an agent's assigned chat, any chat
 * for ADMIN and SUPERVISOR; never a closed one), the insert that a repeated clientMessageId turns
 * into nothing, and the session's lastMessageAt. `visible` tells NOT_FOUND from a repeat.
 * $1 session, $2 caller id, $3 caller role, $4 sender, $5 sender admin id, $6 sender name,
 * $7 text, $8 clientMessageId.
 */
export const INSERT_MESSAGE = `
with target as (
  select id from chat_session
  where id = $1 and status <> 'CLOSED'
    and (customer_id = $2 or assigned_admin_id = $2 or $3::text in ('ADMIN', 'SUPERVISOR'))
), inserted as (
  insert into message (session_id, sender, sender_admin_id, sender_name, text, client_message_id, created_at)
  select id, $4, $5, $6, $7, $8, now() from target
  on conflict (session_id, client_message_id) do nothing
  returning id, created_at
), touched as (
  update chat_session set last_message_at = inserted.created_at from inserted where chat_session.id = $1
)
select (select id from inserted) as id, (select created_at from inserted) as created_at, exists (select 1 from target) as visible`;

/** The stored message of a repeated clientMessageId. */
export const SELECT_MESSAGE = `
select id, sender, sender_name, text, client_message_id, created_at from message where session_id = $1 and client_message_id = $2`;

/** May this caller see the chat? ($1 session, $2 caller id, $3 role) */
export const CAN_SEE = `
select 1 from chat_session
where id = $1 and (customer_id = $2 or assigned_admin_id = $2 or $3::text in ('ADMIN', 'SUPERVISOR'))`;
