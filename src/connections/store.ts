import { sql, type Kysely, type Selectable } from 'kysely';
import type { ProviderConnectionsTable } from '../db/connection-tables.js';
import type { Database } from '../db/tables.js';
import { SwitchboardError } from '../errors.js';
import type { CredentialCipher } from './crypto.js';

/**
 * Connected Slack workspaces and the Switchboard accounts linked to their users, with every credential
 * sealed by the CredentialCipher. Reads return opened credentials; nothing here logs or puts a
 * credential into an error message.
 *
 * The model: a Slack workspace (team) is connected once per server by an admin (bot token and signing
 * secret). A Switchboard account reaches it only through a link to one Slack user of that team, made when
 * the admin connects (the admin's own Slack user), through the OAuth "link" flow, or with the user's own
 * token (`linkSlackUser`). A link may carry the user's token, then reads and writes act as that user;
 * without one the bot acts.
 */

export type EventDelivery = 'PUSH' | 'POLL';
export type LinkedVia = 'CONNECT' | 'OAUTH' | 'TOKEN';

export interface SlackConnection {
  teamId: string;
  name: string;
  webUrl: string | null;
  appId: string | null;
  botUserId: string | null;
  botToken: string;
  /** Null for a workspace connected without one: then its webhooks use SLACK_SIGNING_SECRET. */
  signingSecret: string | null;
  eventDelivery: EventDelivery;
  /** Bumped by every re-connect: cached providers built from an older generation are stale. */
  generation: number;
  connectedBy: string | null;
}

/** What connecting stores; the generation and the connecting account are the store's to set. */
export type NewSlackConnection = Omit<SlackConnection, 'generation' | 'connectedBy'>;

export interface SlackUserLink {
  teamId: string;
  accountId: string;
  slackUserId: string;
  /** The user's own token; null when the bot acts for this user. */
  userToken: string | null;
  linkedVia: LinkedVia;
}

const PROVIDER = 'slack';

/** The associated-data context a credential is sealed for: it opens only in the same row and column. */
export const credentialContext = {
  botToken: (teamId: string) => `slack:${teamId}:bot_token`,
  signingSecret: (teamId: string) => `slack:${teamId}:signing_secret`,
  userToken: (teamId: string, accountId: string) => `slack:${teamId}:user:${accountId}`,
};

export class ConnectionStore {
  constructor(
    private readonly db: Kysely<Database>,
    readonly cipher: CredentialCipher,
  ) {}

  /**
   * Stores a connection, or replaces the credentials of an existing one (a re-connect), and returns it.
   * Refuses (VALIDATION_ERROR) when the server has no encryption key.
   */
  async saveSlack(connection: NewSlackConnection, connectedBy: string | null, db: Kysely<Database> = this.db): Promise<SlackConnection> {
    this.cipher.requireKey();
    const sealed = {
      name: connection.name,
      web_url: connection.webUrl,
      app_id: connection.appId,
      bot_user_id: connection.botUserId,
      access_token_sealed: this.cipher.seal(connection.botToken, credentialContext.botToken(connection.teamId)),
      signing_secret_sealed:
        connection.signingSecret === null
          ? null
          : this.cipher.seal(connection.signingSecret, credentialContext.signingSecret(connection.teamId)),
      event_delivery: connection.eventDelivery,
      connected_by: connectedBy,
    };
    const row = await db
      .insertInto('provider_connections')
      .values({ provider: PROVIDER, workspace_id: connection.teamId, ...sealed })
      .onConflict((oc) =>
        oc.columns(['provider', 'workspace_id']).doUpdateSet({
          ...sealed,
          generation: sql`provider_connections.generation + 1`,
          updated_at: sql`now()`,
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    return this.open(row);
  }

  /** One connection with its credentials opened, or null. */
  async slack(teamId: string): Promise<SlackConnection | null> {
    const row = await this.db
      .selectFrom('provider_connections')
      .selectAll()
      .where('provider', '=', PROVIDER)
      .where('workspace_id', '=', teamId)
      .executeTakeFirst();
    return row ? this.open(row) : null;
  }

  /** Every Slack connection, credentials opened (webhook routing, pollers). */
  async allSlack(): Promise<SlackConnection[]> {
    const rows = await this.db.selectFrom('provider_connections').selectAll().where('provider', '=', PROVIDER).orderBy('name').execute();
    return rows.map((row) => this.open(row));
  }

  /** The generation of each connection (null: of every one), without opening anything. */
  async generations(teamIds: readonly string[] | null): Promise<Map<string, number>> {
    if (teamIds !== null && teamIds.length === 0) return new Map();
    let query = this.db.selectFrom('provider_connections').select(['workspace_id', 'generation']).where('provider', '=', PROVIDER);
    if (teamIds !== null) query = query.where('workspace_id', 'in', teamIds);
    const rows = await query.execute();
    return new Map(rows.map((row) => [row.workspace_id, row.generation]));
  }

  /** Removes a connection and every link to it. */
  async removeSlack(teamId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('provider_connections')
      .where('provider', '=', PROVIDER)
      .where('workspace_id', '=', teamId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /**
   * Links an account to a Slack user of a connected team (replacing the account's previous link there).
   * CONFLICT when that Slack user is already linked to another account.
   */
  async linkSlackUser(link: SlackUserLink, db: Kysely<Database> = this.db): Promise<void> {
    this.cipher.requireKey();
    const taken = await db
      .selectFrom('provider_user_links')
      .select('account_id')
      .where('provider', '=', PROVIDER)
      .where('workspace_id', '=', link.teamId)
      .where('external_user_id', '=', link.slackUserId)
      .executeTakeFirst();
    if (taken && taken.account_id !== link.accountId) {
      throw new SwitchboardError(
        'CONFLICT',
        `Slack user ${link.slackUserId} of workspace ${link.teamId} is already linked to another Switchboard account.`,
      );
    }
    const values = {
      external_user_id: link.slackUserId,
      user_token_sealed: link.userToken === null ? null : this.cipher.seal(link.userToken, credentialContext.userToken(link.teamId, link.accountId)),
      linked_via: link.linkedVia,
    };
    await db
      .insertInto('provider_user_links')
      .values({ provider: PROVIDER, workspace_id: link.teamId, account_id: link.accountId, ...values })
      .onConflict((oc) => oc.columns(['provider', 'workspace_id', 'account_id']).doUpdateSet({ ...values, updated_at: sql`now()` }))
      .execute();
  }

  async unlinkSlackUser(teamId: string, accountId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('provider_user_links')
      .where('provider', '=', PROVIDER)
      .where('workspace_id', '=', teamId)
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The Slack user an account is linked to in a team (with its token opened), or null. */
  async slackUserLink(teamId: string, accountId: string): Promise<SlackUserLink | null> {
    const row = await this.db
      .selectFrom('provider_user_links')
      .selectAll()
      .where('provider', '=', PROVIDER)
      .where('workspace_id', '=', teamId)
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    if (!row) return null;
    return {
      teamId,
      accountId,
      slackUserId: row.external_user_id,
      userToken: row.user_token_sealed === null ? null : this.cipher.open(row.user_token_sealed, credentialContext.userToken(teamId, accountId)),
      linkedVia: row.linked_via,
    };
  }

  /** The account linked to a Slack user, or null (webhook events name Slack users). */
  async accountForSlackUser(teamId: string, slackUserId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('provider_user_links')
      .select('account_id')
      .where('provider', '=', PROVIDER)
      .where('workspace_id', '=', teamId)
      .where('external_user_id', '=', slackUserId)
      .executeTakeFirst();
    return row?.account_id ?? null;
  }

  /** The Slack teams an account is linked to, by workspace name. */
  async slackTeamsForAccount(accountId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('provider_user_links')
      .innerJoin('provider_connections', (join) =>
        join
          .onRef('provider_connections.provider', '=', 'provider_user_links.provider')
          .onRef('provider_connections.workspace_id', '=', 'provider_user_links.workspace_id'),
      )
      .select('provider_connections.workspace_id')
      .where('provider_user_links.provider', '=', PROVIDER)
      .where('provider_user_links.account_id', '=', accountId)
      .orderBy('provider_connections.name')
      .execute();
    return rows.map((row) => row.workspace_id);
  }

  private open(row: Selectable<ProviderConnectionsTable>): SlackConnection {
    const teamId = row.workspace_id;
    return {
      teamId,
      name: row.name,
      webUrl: row.web_url,
      appId: row.app_id,
      botUserId: row.bot_user_id,
      botToken: this.cipher.open(row.access_token_sealed, credentialContext.botToken(teamId)),
      signingSecret: row.signing_secret_sealed === null ? null : this.cipher.open(row.signing_secret_sealed, credentialContext.signingSecret(teamId)),
      eventDelivery: row.event_delivery,
      generation: row.generation,
      connectedBy: row.connected_by,
    };
  }
}
