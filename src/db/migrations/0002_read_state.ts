import { sql, type Kysely } from 'kysely';

/**
 * Read state and thread subscriptions of the built-in workspace, and the private audience of events.
 *
 * A read position is a keyset, (timestamp, id), in the order messages are listed: a message is unread
 * when its (created_at, id) is greater than the position. Keeping a keyset rather than only a message id
 * lets a position sit "just before" a message (mark unread) and survive the message it names.
 */
const statements = [
  // The viewer's position in a channel's timeline (roots and replies also sent to the channel). With no
  // row, the position is the moment the user joined the channel.
  `create table channel_read_states (
     user_id uuid not null references users(id) on delete cascade,
     channel_id uuid not null references channels(id) on delete cascade,
     read_at timestamptz(3) not null,
     read_id uuid not null,
     updated_at timestamptz not null default now(),
     primary key (user_id, channel_id)
   )`,
  // The viewer's state in one thread (a root and every reply below it, at any depth): whether it follows
  // the thread, and how far it has read. subscription is null when the user never chose either way
  // (it only marked the thread read): then replying to the user's root still subscribes it, whereas an
  // explicit UNSUBSCRIBED is kept.
  `create table thread_states (
     user_id uuid not null references users(id) on delete cascade,
     root_id uuid not null references messages(id) on delete cascade,
     subscription text check (subscription in ('SUBSCRIBED', 'UNSUBSCRIBED')),
     read_at timestamptz(3) not null,
     read_id uuid not null,
     updated_at timestamptz not null default now(),
     primary key (user_id, root_id)
   )`,
  `create index thread_states_followed on thread_states (user_id) where subscription = 'SUBSCRIBED'`,
  // Read state is private: events about it (THREAD_READ, CHANNEL_READ) reach only this account's
  // subscriptions. Null: everyone who may see the channel.
  `alter table event_log add column audience_account_id text`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
