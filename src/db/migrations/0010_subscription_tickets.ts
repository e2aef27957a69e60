import { sql, type Kysely } from 'kysely';

/**
 * Subscription tickets: how a browser's native EventSource, which cannot send an Authorization header,
 * opens a subscription without putting an API key in a URL. A ticket is random, stored as its SHA-256 hash
 * only, bound to the account (with the scopes of the key that asked for it) and to one subscription
 * document, used once, and valid for a minute (src/store/subscription-tickets.ts).
 */
const statements = [
  `create table subscription_tickets (
     ticket_hash text primary key,
     account_id uuid not null references accounts (id) on delete cascade,
     scopes text[] not null,
     document_hash text not null,
     expires_at timestamptz not null,
     created_at timestamptz not null default now()
   )`,
  `create index subscription_tickets_expiry on subscription_tickets (expires_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
