import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
// The account as an API key authenticates it (the same shape as context.ts's Viewer): store/ sits below context.
import type { AuthenticatedAccount } from './api-keys.js';

/**
 * Subscription tickets for the browser's native EventSource, which cannot send an Authorization header.
 * A ticket stands in for the API key on exactly one request: it is random (32 bytes), stored as its SHA-256
 * hash only, bound to the account (with the scopes of the key that asked for it) and to the hash of one
 * subscription document, consumed by its first use whatever the outcome, and valid for
 * SUBSCRIPTION_TICKET_TTL_SECONDS. Tickets live in the database, so any instance sharing it accepts them.
 */

export const SUBSCRIPTION_TICKET_TTL_SECONDS = 60;

export interface IssuedTicket {
  ticket: string;
  expiresAt: Date;
}

export interface RedeemedTicket {
  viewer: AuthenticatedAccount;
  /** The document the ticket was issued for (see subscriptionDocumentHash). */
  documentHash: string;
}

function hashTicket(ticket: string): string {
  return createHash('sha256').update(ticket, 'utf8').digest('hex');
}

/** A new ticket for the viewer and one subscription document; expired tickets are swept on the way. */
export async function issueSubscriptionTicket(db: Kysely<Database>, viewer: AuthenticatedAccount, documentHash: string): Promise<IssuedTicket> {
  const ticket = `sbt_${randomBytes(32).toString('base64url')}`;
  await db.deleteFrom('subscription_tickets').where('expires_at', '<', sql<Date>`now()`).execute();
  const row = await db
    .insertInto('subscription_tickets')
    .values({
      ticket_hash: hashTicket(ticket),
      account_id: viewer.accountId,
      scopes: viewer.scopes,
      document_hash: documentHash,
      expires_at: sql<Date>`now() + make_interval(secs => ${SUBSCRIPTION_TICKET_TTL_SECONDS})`,
    })
    .returning('expires_at')
    .executeTakeFirstOrThrow();
  return { ticket, expiresAt: row.expires_at };
}

/**
 * Uses a ticket up: the account it stands for and the document it was issued for, or null when it is
 * unknown, expired or already used. One statement deletes it, so two requests racing with the same ticket
 * cannot both get it; a ticket presented with the wrong document is gone all the same.
 */
export async function redeemSubscriptionTicket(db: Kysely<Database>, ticket: string): Promise<RedeemedTicket | null> {
  const result = await sql<{ account_id: string; scopes: string[]; document_hash: string; name: string; email: string | null }>`
    with used as (
      delete from subscription_tickets
       where ticket_hash = ${hashTicket(ticket)} and expires_at > now()
      returning account_id, scopes, document_hash
    )
    select used.account_id, used.scopes, used.document_hash, accounts.name, accounts.email
      from used join accounts on accounts.id = used.account_id`.execute(db);
  const row = result.rows[0];
  if (!row) return null;
  return {
    viewer: { accountId: row.account_id, name: row.name, email: row.email, scopes: row.scopes },
    documentHash: row.document_hash,
  };
}
