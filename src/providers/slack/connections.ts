import type { Kysely } from 'kysely';
import type { ConnectionStore, CredentialLabels, EventDelivery, LinkedVia, StoredConnection } from '../../connections/store.js';
import type { Database } from '../../db/tables.js';
import type { ProviderHost } from '../definition.js';
import type { SlackAppSettings } from './settings.js';

/**
 * A Slack connection as the Slack code reads it: the shared store (src/connections/store.ts) keeps every
 * provider's connections alike; here its fields get their Slack names (team, bot token, signing secret).
 */

export const SLACK = 'slack';

/** What the Slack code of one server works with: the server's host and the Slack app's settings. */
export interface SlackServer {
  host: ProviderHost;
  app: SlackAppSettings;
}

/**
 * Slack's secrets are sealed under these labels (with `slack:<team>:`), as they were before connections
 * were shared by providers: rows stored then still open. Slack tokens do not expire, so no refresh token.
 */
export const SLACK_CREDENTIAL_LABELS: CredentialLabels = { accessToken: 'bot_token', webhookSecret: 'signing_secret', refreshToken: 'refresh_token' };

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

export function slackConnectionOf(stored: StoredConnection): SlackConnection {
  return {
    teamId: stored.workspaceId,
    name: stored.name,
    webUrl: stored.webUrl,
    appId: stored.appId,
    botUserId: stored.botUserId,
    botToken: stored.credentials.accessToken,
    signingSecret: stored.credentials.webhookSecret,
    eventDelivery: stored.eventDelivery,
    generation: stored.generation,
    connectedBy: stored.connectedBy,
  };
}

/** Stores a Slack connection (sealed), or replaces the credentials of one already connected. */
export async function saveSlackConnection(
  store: ConnectionStore,
  connection: NewSlackConnection,
  connectedBy: string | null,
  db?: Kysely<Database>,
): Promise<SlackConnection> {
  const stored = await store.save(
    {
      provider: SLACK,
      workspaceId: connection.teamId,
      name: connection.name,
      webUrl: connection.webUrl,
      appId: connection.appId,
      botUserId: connection.botUserId,
      credentials: { accessToken: connection.botToken, webhookSecret: connection.signingSecret, refreshToken: null, expiresAt: null },
      eventDelivery: connection.eventDelivery,
    },
    connectedBy,
    db,
  );
  return slackConnectionOf(stored);
}

/** One Slack connection, or null when the team is not connected. */
export async function loadSlackConnection(store: ConnectionStore, teamId: string): Promise<SlackConnection | null> {
  const stored = await store.load(SLACK, teamId);
  return stored && slackConnectionOf(stored);
}

/** Every Slack connection (webhook routing, the poller). */
export async function allSlackConnections(store: ConnectionStore): Promise<SlackConnection[]> {
  return (await store.all(SLACK)).map(slackConnectionOf);
}

/** Links an account to a Slack user of a connected team; CONFLICT when that user is linked to another account. */
export function linkSlackUser(store: ConnectionStore, link: SlackUserLink): Promise<void> {
  return store.link({
    provider: SLACK,
    workspaceId: link.teamId,
    accountId: link.accountId,
    externalUserId: link.slackUserId,
    userToken: link.userToken,
    linkedVia: link.linkedVia,
  });
}

/** The Slack user an account is linked to in a team (with its token opened), or null. */
export async function slackUserLink(store: ConnectionStore, teamId: string, accountId: string): Promise<SlackUserLink | null> {
  const link = await store.linkOf(SLACK, teamId, accountId);
  return link && { teamId, accountId, slackUserId: link.externalUserId, userToken: link.userToken, linkedVia: link.linkedVia };
}
