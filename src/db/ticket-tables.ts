import type { ColumnType } from 'kysely';

/** Kysely's view of the table created in ./migrations/0010_subscription_tickets.ts. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface SubscriptionTicketsTable {
  ticket_hash: string;
  account_id: string;
  scopes: string[];
  document_hash: string;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  created_at: Timestamp;
}
