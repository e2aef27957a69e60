import { logUnexpected } from '../../log.js';
import type { Poller, PollResult } from '../definition.js';
import { APP } from '../kit/graph/tokens.js';
import { pollChannel, type ChannelPollState } from './changes.js';
import { teamsCalls } from './client.js';
import { TEAMS, type TeamsServer, type TeamsWorkspaces } from './workspaces.js';

/**
 * Polling for tenants without a public URL (eventDelivery POLL): each round reads the channel-message delta
 * of every channel of every team a linked person belongs to, as the app, within the tenant's rate budget,
 * and hands what changed to the ingest path. The first round of a channel is its baseline (no events).
 * Delta links are kept in this process (metadata, never content); a restart starts new baselines.
 * Not yet: chats (no delta on one chat; changes.ts has `pollChat`), replies' delta, and storing delta links.
 */
export class TeamsPoller implements Poller {
  private readonly states = new Map<string, ChannelPollState>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<PollResult> | null = null;

  constructor(
    private readonly server: TeamsServer,
    private readonly workspaces: TeamsWorkspaces,
  ) {}

  async pollOnce(): Promise<PollResult> {
    const connections = (await this.server.host.connections.store.all(TEAMS)).filter((connection) => connection.eventDelivery === 'POLL');
    const result: PollResult = { workspaces: 0, calls: 0, published: 0 };
    for (const stored of connections) {
      const provider = await this.workspaces.openFresh(stored.workspaceId);
      if (!provider) continue;
      result.workspaces += 1;
      const { connection } = provider;
      const users = await this.server.host.db
        .selectFrom('provider_user_links')
        .select('external_user_id')
        .where('provider', '=', TEAMS)
        .where('workspace_id', '=', stored.workspaceId)
        .execute();
      const teamIds = new Set<string>();
      for (const user of users) {
        result.calls += 1;
        for (const team of await connection.api.callAll<{ id: string }>(APP, teamsCalls.joinedTeams(user.external_user_id))) teamIds.add(team.id);
      }
      for (const teamId of teamIds) {
        result.calls += 1;
        for (const channel of await connection.api.callAll<{ id: string }>(APP, teamsCalls.channels(teamId))) {
          const key = `${stored.workspaceId}|${teamId}|${channel.id}`;
          const round = await pollChannel(connection, APP, { kind: 'channel', teamId, channelId: channel.id }, this.states.get(key) ?? null);
          result.calls += 1;
          this.states.set(key, round.state);
          if (round.changes.length > 0) {
            result.published += await this.server.host.ingest.deliver({ workspaceId: stored.workspaceId, deliveryId: null, changes: round.changes.map(({ envelope }) => ({ envelope, detail: '' })) });
          }
        }
      }
    }
    return result;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.pollOnce()
        .catch((error: unknown) => {
          logUnexpected(error);
          return { workspaces: 0, calls: 0, published: 0 };
        })
        .finally(() => (this.running = null));
    }, this.server.settings.pollIntervalSeconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
