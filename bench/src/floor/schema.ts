/**
 * The API's two tables as far as the message path touches them: the same columns, indexes and
 * constraints on `message` (minus foreign keys to tables the floor has no use for), so an insert
 * costs PostgreSQL the same work.
 */
export const SCHEMA = `
create table if not exists chat_session (
  id uuid primary key,
  created_at timestamptz not null default now(),
  last_message_at timestamptz null
);
create table if not exists message (
  id bigserial primary key,
  session_id uuid not null references chat_session (id) on update cascade on delete cascade,
  sender text not null,
  sender_admin_id uuid null,
  sender_name varchar(100) null,
  text text null,
  client_message_id varchar(100) null,
  created_at timestamptz not null,
  constraint message_session_id_client_message_id_unique unique (session_id, client_message_id)
);
create index if not exists message_session_id_id_index on message (session_id, id);
create index if not exists message_sender_admin_id_index on message (sender_admin_id);
`;

/**
 * One round trip, one prepared statement: insert the message and move the session's
 * lastMessageAt, which is all the work a message must do in the database. A clientMessageId
 * seen before inserts nothing (the contract's idempotency), at no extra cost.
 */
export const INSERT_MESSAGE = `
with inserted as (
  insert into message (session_id, sender, sender_name, text, client_message_id, created_at)
  values ($1, 'CUSTOMER', $2, $3, $4, now())
  on conflict (session_id, client_message_id) do nothing
  returning id, created_at
)
update chat_session set last_message_at = inserted.created_at
from inserted where chat_session.id = $1
returning inserted.id, inserted.created_at`;

export const SELECT_MESSAGE = `
select id, created_at from message where session_id = $1 and client_message_id = $2`;

export const INSERT_SESSION = `insert into chat_session (id) values ($1)`;
