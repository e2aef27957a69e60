import { sql, type Kysely, type Selectable } from 'kysely';
import type { ProviderConnectionsTable } from '../db/connection-tables.js';
import type { Database } from '../db/tables.js';
import { SwitchboardError } from '../errors.js';
import { logInfo } from '../log.js';
import type { CredentialCipher } from './crypto.js';

/**
 * Connected provider workspaces and the Switchboard accounts linked to their users, for every provider,
 * with every credential sealed by the CredentialCipher. Reads return opened credentials; nothing here logs
 * or puts a credential into an error message.
 *
 * The model: a provider workspace is connected once per server by an admin. A Switchboard account reaches
 * it only through a link to one user of that workspace (made when the admin connects, through an OAuth
 * "link" flow, or with the user's own token). A link may carry the user's token, then reads and writes act
 * as that user; without one the workspace's own credential acts.
 */

export type EventDelivery = 'PUSH' | 'POLL';
export type LinkedVia = 'CONNECT' | 'OAUTH' | 'TOKEN';

/** The secrets of a connection, opened. */
export interface ConnectionCredentials {
  /** What the workspace is read and written with (a bot or app token). */
  accessToken: string;
  /** What its webhooks are verified with (a signing secret); null: the provider's app-wide one. */
  webhookSecret: string | null;
  /** What renews `accessToken`, for platforms whose tokens expire; null when they do not. */
  refreshToken: string | null;
  /** When `accessToken` expires; null: it does not. */
  expiresAt: Date | null;
}

export interface StoredConnection {
  provider: string;
  workspaceId: string;
  name: string;
  webUrl: string | null;
  /** The platform's id of the app connected, to route webhooks; null when unknown. */
  appId: string | null;
  /** The platform's user id of the app itself, when it has one. */
  botUserId: string | null;
  credentials: ConnectionCredentials;
  eventDelivery: EventDelivery;
  /** Bumped by every re-connect and refresh: cached providers built from an older generation are stale. */
  generation: number;
  connectedBy: string | null;
}

/**
 * A stored connection whose credentials cannot be opened (key missing or rotated, tampered with): what is
 * known of it without them, so that its workspace can be shown as disconnected (a provider's disconnected-provider.ts).
 */
export class UnreadableConnectionError extends SwitchboardError {
  constructor(
    readonly connection: { provider: string; workspaceId: string; name: string; webUrl: string | null; generation: number },
    cause: unknown,
  ) {
    super('PROVIDER_ERROR', `The stored credentials of ${connection.provider} workspace ${connection.workspaceId} cannot be opened.`, { cause });
    this.name = 'UnreadableConnectionError';
  }
}

/** What connecting stores; the generation and the connecting account are the store's to set. */
export type NewConnection = Omit<StoredConnection, 'generation' | 'connectedBy'>;

export interface AccountLink {
  provider: string;
  workspaceId: string;
  accountId: string;
  /** The provider's id of the user the account acts as. */
  externalUserId: string;
  /** The user's own token; null when the workspace's credential acts for this user. */
  userToken: string | null;
  linkedVia: LinkedVia;
}

/**
 * The labels a provider's secrets are sealed under (AES-GCM associated data, after provider and workspace
 * id): a sealed value opens only under its own label, so a provider keeps its labels once it stored rows.
 * Declared by each definition's credential shape (src/providers/definition.ts).
 */
export interface CredentialLabels {
  accessToken: string;
  webhookSecret: string;
  refreshToken: string;
}

export const DEFAULT_CREDENTIAL_LABELS: CredentialLabels = { accessToken: 'access_token', webhookSecret: 'webhook_secret', refreshToken: 'refresh_token' };

/** The associated-data context a credential is sealed for: it opens only in the same row and column. */
export const credentialContext = {
  connection: (provider: string, workspaceId: string, label: string) => `${provider}:${workspaceId}:${label}`,
  userToken: (provider: string, workspaceId: string, accountId: string) => `${provider}:${workspaceId}:user:${accountId}`,
};

export class ConnectionStore {
  constructor(
    private readonly db: Kysely<Database>,
    readonly cipher: CredentialCipher,
    /** The sealing labels of each provider; default DEFAULT_CREDENTIAL_LABELS. */
    private readonly labelsOf: (provider: string) => CredentialLabels = () => DEFAULT_CREDENTIAL_LABELS,
  ) {}

  /**
   * Stores a connection, or replaces the credentials of an existing one (a re-connect, bumping its
   * generation), and returns it. Refuses (VALIDATION_ERROR) when the server has no encryption key.
   */
  async save(connection: NewConnection, connectedBy: string | null, db: Kysely<Database> = this.db): Promise<StoredConnection> {
    this.cipher.requireKey();
    const values = {
      name: connection.name,
      web_url: connection.webUrl,
      app_id: connection.appId,
      bot_user_id: connection.botUserId,
      ...this.sealCredentials(connection.provider, connection.workspaceId, connection.credentials),
      event_delivery: connection.eventDelivery,
      connected_by: connectedBy,
    };
    const row = await db
      .insertInto('provider_connections')
      .values({ provider: connection.provider, workspace_id: connection.workspaceId, ...values })
      .onConflict((oc) =>
        oc.columns(['provider', 'workspace_id']).doUpdateSet({ ...values, generation: sql`provider_connections.generation + 1`, updated_at: sql`now()` }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    return this.open(row);
  }

  /** Replaces the credentials of a connection (a token refresh) and bumps its generation; null when it is gone. */
  async updateCredentials(provider: string, workspaceId: string, credentials: ConnectionCredentials): Promise<StoredConnection | null> {
    this.cipher.requireKey();
    const row = await this.db
      .updateTable('provider_connections')
      .set({ ...this.sealCredentials(provider, workspaceId, credentials), generation: sql`generation + 1`, updated_at: sql`now()` })
      .where('provider', '=', provider)
      .where('workspace_id', '=', workspaceId)
      .returningAll()
      .executeTakeFirst();
    return row ? this.open(row) : null;
  }

  /** One connection with its credentials opened, or null; UnreadableConnectionError when they cannot be opened. */
  async load(provider: string, workspaceId: string): Promise<StoredConnection | null> {
    const row = await this.db
      .selectFrom('provider_connections')
      .selectAll()
      .where('provider', '=', provider)
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    return row ? this.open(row) : null;
  }

  /**
   * Every connection of a provider whose credentials open, by name (webhook routing, pollers). One that does
   * not is left out and logged: it must not stop the others' webhooks.
   */
  async all(provider: string): Promise<StoredConnection[]> {
    const rows = await this.db.selectFrom('provider_connections').selectAll().where('provider', '=', provider).orderBy('name').execute();
    return rows.flatMap((row) => {
      try {
        return [this.open(row)];
      } catch (error) {
        if (!(error instanceof UnreadableConnectionError)) throw error;
        logInfo('connection_unreadable', { provider, workspaceId: row.workspace_id });
        return [];
      }
    });
  }

  /** The generation of each connection of a provider (null: of every one), without opening anything. */
  async generations(provider: string, workspaceIds: readonly string[] | null): Promise<Map<string, number>> {
    if (workspaceIds !== null && workspaceIds.length === 0) return new Map();
    let query = this.db.selectFrom('provider_connections').select(['workspace_id', 'generation']).where('provider', '=', provider);
    if (workspaceIds !== null) query = query.where('workspace_id', 'in', workspaceIds);
    const rows = await query.execute();
    return new Map(rows.map((row) => [row.workspace_id, row.generation]));
  }

  /**
   * Removes a connection and every link to it (a provider's metadata rows go with it by foreign key), with
   * its poll positions and waiting echo claims: connecting it again starts afresh.
   */
  async remove(provider: string, workspaceId: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('provider_poll_cursors').where('provider', '=', provider).where('workspace_id', '=', workspaceId).execute();
      await trx.deleteFrom('provider_echoes').where('provider', '=', provider).where('workspace_id', '=', workspaceId).execute();
      const result = await trx.deleteFrom('provider_connections').where('provider', '=', provider).where('workspace_id', '=', workspaceId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }

  /**
   * Links an account to a user of a connected workspace (replacing the account's previous link there).
   * CONFLICT when that user is already linked to another account.
   */
  async link(link: AccountLink, db: Kysely<Database> = this.db): Promise<void> {
    this.cipher.requireKey();
    const taken = await db
      .selectFrom('provider_user_links')
      .select('account_id')
      .where('provider', '=', link.provider)
      .where('workspace_id', '=', link.workspaceId)
      .where('external_user_id', '=', link.externalUserId)
      .executeTakeFirst();
    if (taken && taken.account_id !== link.accountId) {
      throw new SwitchboardError(
        'CONFLICT',
        `User ${link.externalUserId} of workspace ${link.workspaceId} is already linked to another Switchboard account.`,
      );
    }
    const context = credentialContext.userToken(link.provider, link.workspaceId, link.accountId);
    const values = {
      external_user_id: link.externalUserId,
      user_token_sealed: link.userToken === null ? null : this.cipher.seal(link.userToken, context),
      linked_via: link.linkedVia,
    };
    await db
      .insertInto('provider_user_links')
      .values({ provider: link.provider, workspace_id: link.workspaceId, account_id: link.accountId, ...values })
      .onConflict((oc) => oc.columns(['provider', 'workspace_id', 'account_id']).doUpdateSet({ ...values, updated_at: sql`now()` }))
      .execute();
  }

  async unlink(provider: string, workspaceId: string, accountId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('provider_user_links')
      .where('provider', '=', provider)
      .where('workspace_id', '=', workspaceId)
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The user an account is linked to in a workspace (with its token opened), or null. */
  async linkOf(provider: string, workspaceId: string, accountId: string): Promise<AccountLink | null> {
    const row = await this.db
      .selectFrom('provider_user_links')
      .selectAll()
      .where('provider', '=', provider)
      .where('workspace_id', '=', workspaceId)
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    if (!row) return null;
    const context = credentialContext.userToken(provider, workspaceId, accountId);
    return {
      provider,
      workspaceId,
      accountId,
      externalUserId: row.external_user_id,
      userToken: row.user_token_sealed === null ? null : this.cipher.open(row.user_token_sealed, context),
      linkedVia: row.linked_via,
    };
  }

  /** The provider user id an account is linked to, without opening its token (disconnected workspaces), or null. */
  async linkedExternalUserId(provider: string, workspaceId: string, accountId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('provider_user_links')
      .select('external_user_id')
      .where('provider', '=', provider)
      .where('workspace_id', '=', workspaceId)
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    return row?.external_user_id ?? null;
  }

  /** The account linked to a provider user, or null (webhook events name provider users). */
  async accountFor(provider: string, workspaceId: string, externalUserId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('provider_user_links')
      .select('account_id')
      .where('provider', '=', provider)
      .where('workspace_id', '=', workspaceId)
      .where('external_user_id', '=', externalUserId)
      .executeTakeFirst();
    return row?.account_id ?? null;
  }

  private sealCredentials(provider: string, workspaceId: string, credentials: ConnectionCredentials) {
    const labels = this.labelsOf(provider);
    const seal = (value: string | null, label: string) =>
      value === null ? null : this.cipher.seal(value, credentialContext.connection(provider, workspaceId, label));
    return {
      access_token_sealed: seal(credentials.accessToken, labels.accessToken)!,
      signing_secret_sealed: seal(credentials.webhookSecret, labels.webhookSecret),
      refresh_token_sealed: seal(credentials.refreshToken, labels.refreshToken),
      access_token_expires_at: credentials.expiresAt,
    };
  }

  private open(row: Selectable<ProviderConnectionsTable>): StoredConnection {
    try {
      return this.openCredentials(row);
    } catch (error) {
      const connection = { provider: row.provider, workspaceId: row.workspace_id, name: row.name, webUrl: row.web_url, generation: row.generation };
      throw new UnreadableConnectionError(connection, error);
    }
  }

  private openCredentials(row: Selectable<ProviderConnectionsTable>): StoredConnection {
    const { provider, workspace_id: workspaceId } = row;
    const labels = this.labelsOf(provider);
    const open = (sealed: string | null, label: string) =>
      sealed === null ? null : this.cipher.open(sealed, credentialContext.connection(provider, workspaceId, label));
    return {
      provider,
      workspaceId,
      name: row.name,
      webUrl: row.web_url,
      appId: row.app_id,
      botUserId: row.bot_user_id,
      credentials: {
        accessToken: open(row.access_token_sealed, labels.accessToken)!,
        webhookSecret: open(row.signing_secret_sealed, labels.webhookSecret),
        refreshToken: open(row.refresh_token_sealed, labels.refreshToken),
        expiresAt: row.access_token_expires_at,
      },
      eventDelivery: row.event_delivery,
      generation: row.generation,
      connectedBy: row.connected_by,
    };
  }
}
