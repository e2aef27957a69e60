import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { logInfo } from '../log.js';
import { SlackPoller, type SlackPollerOptions } from '../pollers/slack.js';
import type { ProviderRegistry } from '../providers/registry.js';
import type { RateBudgetOptions } from '../providers/slack/rate-budget.js';
import { pruneEchoes } from '../store/echoes.js';
import type { EventLog } from '../subscriptions/event-log.js';
import { AfterAck } from '../webhooks/after-ack.js';
import { pruneDeliveries } from '../webhooks/deliveries.js';
import { loadSlackConnectionsFile } from './config-file.js';
import { pruneOAuthStates } from './oauth-states.js';
import { createConnections, type Connections } from './service.js';
import { defaultConnectionSettings, type ConnectionSettings } from './settings.js';
import { SlackWorkspaces } from './slack-workspaces.js';

/**
 * Starts what connected workspaces need in a running server: the connections service, the after-ack
 * queue of webhooks, the Slack poller (for workspaces without a public URL), the import of
 * SLACK_CONNECTIONS_FILE, and an hourly clean-up of expired delivery ids, echo records and OAuth states.
 */
export interface Integrations {
  connections: Connections;
  afterAck: AfterAck;
  /** The registry's Slack providers, built from stored credentials. */
  slackWorkspaces: SlackWorkspaces;
  poller: SlackPoller | null;
  /** Starts the background work once the rest of the services exist. */
  start(deps: { eventLog: EventLog; registry: ProviderRegistry }): Promise<void>;
  close(): Promise<void>;
}

export interface IntegrationOptions {
  /** Run the Slack poller (default true). Tests drive it by hand with `poller.pollOnce()`. */
  pollers?: boolean;
  poller?: SlackPollerOptions;
  /** Each Slack team's rate budget (default: Slack's tiers at 80%); tests that make many calls raise it. */
  slackBudget?: RateBudgetOptions;
}

const CLEANUP_INTERVAL_MS = 60 * 60 * 1000;

export function createIntegrations(
  db: Kysely<Database>,
  settings: ConnectionSettings | undefined,
  publicUrl: string,
  options: IntegrationOptions = {},
): Integrations {
  const connections = createConnections(db, settings ?? defaultConnectionSettings(), publicUrl);
  const afterAck = new AfterAck();
  const slackWorkspaces = new SlackWorkspaces(connections, { db, budget: options.slackBudget });
  let poller: SlackPoller | null = null;
  let cleanup: NodeJS.Timeout | null = null;
  const integrations: Integrations = {
    connections,
    afterAck,
    slackWorkspaces,
    poller: null,
    async start({ eventLog, registry }) {
      if (connections.slack.connectionsFile) {
        const imported = await loadSlackConnectionsFile(connections, db, connections.slack.connectionsFile);
        logInfo('slack_connections_file_loaded', { workspaces: imported.length });
      }
      const budgetFor = (teamId: string) => slackWorkspaces.budget(teamId);
      await slackWorkspaces.warm();
      poller = new SlackPoller({ db, connections, eventLog, registry, budgetFor }, options.poller);
      integrations.poller = poller;
      if (options.pollers ?? true) poller.start();
      cleanup = setInterval(() => {
        void Promise.all([pruneDeliveries(db), pruneEchoes(db), pruneOAuthStates(db)]).catch(() => {});
      }, CLEANUP_INTERVAL_MS).unref();
    },
    async close() {
      if (cleanup) clearInterval(cleanup);
      await poller?.stop();
      await afterAck.idle();
    },
  };
  return integrations;
}
