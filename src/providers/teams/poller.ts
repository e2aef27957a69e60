import { logUnexpected } from '../../log.js';
import type { Poller, PollResult, ProviderDelivery } from '../definition.js';
import { DeltaLinkStore } from '../kit/graph/delta-links.js';
import { APP } from '../kit/graph/tokens.js';
import { pollChannel, pollChat, type ChannelPollState, type TeamsChange } from './changes.js';
import { teamsCalls } from './client.js';
import type { TeamsConnection } from './connection.js';
import { rosterRound } from './roster-poll.js';
import type { GraphChannel, GraphChat } from './wire.js';
import { TEAMS, type TeamsServer, type TeamsWorkspaces } from './workspaces.js';

/**
 * Polling for tenants without a public URL (eventDelivery POLL), and the resynchronisation after a `missed`
 * lifecycle notification (PUSH tenants): each round reads, as the app and within the tenant's rate budget,
 * - the channel-message delta of every channel of every team a linked person belongs to,
 * - the replies' delta of the FOLLOWED_ROOTS most recently changed roots of each channel (Graph leaves
 *   replies out of a channel's delta), a root new in a round being followed from its first reply,
 * - every chat of a linked person by `lastModifiedDateTime gt` the newest change seen (no delta per chat),
 * - (polled tenants) the channel and member lists, compared with the previous round's (roster-poll.ts),
 * and hands what changed to the ingest path. Positions (delta links, instants, the followed roots' ids) are
 * stored per connection and resource (DeltaLinkStore: metadata, never content), so a restart or another
 * process continues where the last round ended. A resource's first round is its baseline (no events), unless
 * the round is a resynchronisation, which starts from the given instant instead.
 */

/** How many of a channel's roots have their replies polled, most recently changed first. */
export const FOLLOWED_ROOTS = 5;

interface ChannelPosition extends ChannelPollState {
  /** Ids of the roots whose replies are followed, most recent first. */
  roots: string[];
}

export interface TenantRound {
  calls: number;
  changes: TeamsChange[];
}

const channelKey = (teamId: string, channelId: string) => `channel:${teamId}/${channelId}`;
const repliesKey = (teamId: string, channelId: string, rootId: string) => `replies:${teamId}/${channelId}/${rootId}`;
const chatKey = (chatId: string) => `chat:${chatId}`;

/**
 * One delivery per change found by a delta round, named by the message and the instant of its change, so a
 * change read again (a round repeated after a crash, a resynchronisation over a polled range) publishes once.
 */
export function deltaDeliveries(workspaceId: string, changes: readonly TeamsChange[]): ProviderDelivery[] {
  return changes.map(({ envelope, detail }) => ({ workspaceId, deliveryId: `delta:${envelope.type}:${detail}`, changes: [{ envelope, detail: envelope.emoji ?? '' }] }));
}

export class TeamsPoller implements Poller {
  readonly positions: DeltaLinkStore;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<PollResult> | null = null;

  constructor(
    private readonly server: TeamsServer,
    private readonly workspaces: TeamsWorkspaces,
  ) {
    this.positions = new DeltaLinkStore(server.host.db, TEAMS);
  }

  async pollOnce(): Promise<PollResult> {
    const connections = (await this.server.host.connections.store.all(TEAMS)).filter((connection) => connection.eventDelivery === 'POLL');
    const result: PollResult = { workspaces: 0, calls: 0, published: 0 };
    for (const stored of connections) {
      const round = await this.pollTenant(stored.workspaceId, { channels: true, chats: true, rosters: true }, null);
      if (!round) continue;
      result.workspaces += 1;
      result.calls += round.calls;
      for (const delivery of deltaDeliveries(stored.workspaceId, round.changes)) result.published += await this.server.host.ingest.deliver(delivery);
    }
    return result;
  }

  /**
   * One round over a tenant's channels and/or chats; null when the tenant is not connected. `since`: a
   * resynchronisation — resources without a stored position start from that instant instead of a baseline.
   * `rosters`: also compare the channel and member lists with the previous round's (needs channels and chats).
   */
  async pollTenant(tenantId: string, scope: { channels: boolean; chats: boolean; rosters?: boolean }, since: Date | null): Promise<TenantRound | null> {
    const provider = await this.workspaces.openFresh(tenantId);
    if (!provider) return null;
    const { connection } = provider;
    const round: TenantRound = { calls: 0, changes: [] };
    const users = await this.server.host.db
      .selectFrom('provider_user_links')
      .select('external_user_id')
      .where('provider', '=', TEAMS)
      .where('workspace_id', '=', tenantId)
      .execute();
    const positions = await this.positions.load(tenantId);
    const teams = new Map<string, GraphChannel[]>();
    const chats = new Map<string, GraphChat>();
    if (scope.channels) {
      const teamIds = new Set<string>();
      for (const user of users) {
        round.calls += 1;
        for (const team of await connection.api.callAll<{ id: string }>(APP, teamsCalls.joinedTeams(user.external_user_id))) teamIds.add(team.id);
      }
      for (const teamId of teamIds) {
        round.calls += 1;
        const channels = await connection.api.callAll<GraphChannel>(APP, teamsCalls.channels(teamId));
        teams.set(teamId, channels);
        for (const channel of channels) await this.pollOneChannel(connection, tenantId, teamId, channel.id, positions, since, round);
      }
    }
    if (scope.chats) {
      for (const user of users) {
        round.calls += 1;
        for (const chat of await connection.api.callAll<GraphChat>(APP, teamsCalls.chats(user.external_user_id))) chats.set(chat.id, chat);
      }
      for (const chatId of chats.keys()) {
        const key = chatKey(chatId);
        const from = positions.get(key) ?? since?.toISOString() ?? null;
        const chat = await pollChat(connection, APP, chatId, from);
        round.calls += 1;
        round.changes.push(...chat.changes);
        if (chat.since !== positions.get(key)) await this.positions.save(tenantId, key, chat.since);
      }
    }
    if (scope.rosters && scope.channels && scope.chats) {
      const store = { get: (key: string) => positions.get(key), save: (key: string, value: string) => this.positions.save(tenantId, key, value) };
      const rosters = await rosterRound(connection, APP, { teams, chats: [...chats.values()] }, store, new Date());
      round.calls += rosters.calls;
      round.changes.push(...rosters.changes);
    }
    return round;
  }

  private async pollOneChannel(connection: TeamsConnection, tenantId: string, teamId: string, channelId: string, positions: Map<string, string>, since: Date | null, round: TenantRound): Promise<void> {
    const container = { kind: 'channel' as const, teamId, channelId };
    const key = channelKey(teamId, channelId);
    const stored = parse<ChannelPosition>(positions.get(key));
    const roots = await pollChannel(connection, APP, container, stored, null, since);
    round.calls += 1;
    round.changes.push(...roots.changes);
    // Roots changed in this round first. A root first seen in a round after the baseline has its replies read
    // from the start (they are all new); in a resynchronisation without a position, from `since`.
    const before = stored?.roots ?? [];
    const fresh = stored === null || stored.baseline ? new Set<string>() : new Set(roots.seen.filter((id) => !before.includes(id)));
    const followed = [...new Set([...[...roots.seen].reverse(), ...before])].slice(0, FOLLOWED_ROOTS);
    for (const rootId of followed) {
      const replyKey = repliesKey(teamId, channelId, rootId);
      const replyState = parse<ChannelPollState>(positions.get(replyKey));
      const start = replyState ? null : fresh.has(rootId) ? new Date(0) : since;
      const replies = await pollChannel(connection, APP, container, replyState, rootId, start);
      round.calls += 1;
      round.changes.push(...replies.changes);
      await this.positions.save(tenantId, replyKey, JSON.stringify(replies.state));
    }
    await this.positions.save(tenantId, key, JSON.stringify({ ...roots.state, roots: followed } satisfies ChannelPosition));
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

function parse<T>(value: string | undefined): T | null {
  if (value === undefined) return null;
  try {
    return JSON.parse(value) as T;
  } catch {
    return null;
  }
}
