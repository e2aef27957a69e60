import { sql, type Kysely } from 'kysely';
import type { ConnectionStore } from '../../connections/store.js';
import type { Database } from '../../db/tables.js';
import { SwitchboardError } from '../../errors.js';
import { logInfo, logUnexpected } from '../../log.js';
import type { ChangeIntake, Poller, PollResult } from '../definition.js';
import { SlackApi, type SlackResponse } from './client.js';
import { allSlackConnections, SLACK, type SlackConnection } from './connections.js';
import { compareTs } from './ids.js';
import { RateBudget } from './rate-budget.js';
import { normalizeSlackEvent, type SlackInnerEvent } from './webhook/normalize.js';
import type { SlackConversation, SlackMessage } from './wire.js';

/**
 * The polling fallback for Slack workspaces without a public URL (eventDelivery POLL): Slack cannot call
 * our webhooks, so every interval the poller asks conversations.history of each channel the bot is in for
 * the messages after the newest one it has seen, and publishes each new one as MESSAGE_CREATED (echoes of
 * our own writes dropped as for webhooks).
 *
 * Budget: every call goes through the Slack provider's client and takes from the workspace's rate budget,
 * the same one its reads spend (so polling never starves a user's query of its Tier 3 allowance beyond
 * the budget, and a 429 pauses both). On top, at most `callsPerPoll` calls per workspace per poll
 * (default 20), channels taken round-robin so that a big workspace is covered over several polls. A spent
 * budget or a 429 ends the workspace's poll; the next poll resumes where it stopped.
 *
 * What it finds: the channel timeline (new roots and replies also sent to the channel), oldest first. Plain
 * thread replies are not in conversations.history, and edits, deletions and reactions have no history to
 * poll: those need the Events API. The first poll of a channel only records where it stands (no backlog).
 * The position per channel and the delivery claims (the ingest path's) live in the database, so several
 * instances polling the same workspace publish each message once.
 */

export interface SlackPollerDeps {
  db: Kysely<Database>;
  /** The shared connection store (which workspaces are POLL, their bot tokens). */
  store: ConnectionStore;
  /** The ingest path: each message found is one delivery (`poll:<channel>:<ts>`). */
  ingest: ChangeIntake;
  /** Web API base URL (SLACK_API_URL). */
  apiUrl: string;
  /** The workspace's rate budget (shared with its provider); default: one of the poller's own per workspace. */
  budgetFor?: (teamId: string) => RateBudget;
}

export interface SlackPollerOptions {
  /** Milliseconds between polls. Default 30 s (the runtime passes SLACK_POLL_INTERVAL_SECONDS). */
  intervalMs?: number;
  /** Web API calls per workspace per poll. Default 20. */
  callsPerPoll?: number;
  /** Messages per conversations.history page. Default 200 (Slack's recommendation). */
  pageSize?: number;
}

export type { PollResult };

const PROVIDER = SLACK;

type History = SlackResponse & { messages?: SlackMessage[]; has_more?: boolean };
const EMPTY_CHANNEL = '0000000000.000000';

class BudgetSpent extends Error {}

type Call = <T extends SlackResponse>(method: string, args: Record<string, unknown>) => Promise<T>;

export class SlackPoller implements Poller {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private readonly nextChannel = new Map<string, number>();
  private readonly intervalMs: number;
  private readonly callsPerPoll: number;
  private readonly pageSize: number;
  private readonly budgets = new Map<string, RateBudget>();

  constructor(
    private readonly deps: SlackPollerDeps,
    options: SlackPollerOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 30_000;
    this.callsPerPoll = options.callsPerPoll ?? 20;
    this.pageSize = options.pageSize ?? 200;
  }

  /** Polls every interval until `stop`; a poll never overlaps the previous one. */
  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.running = this.pollOnce()
        .catch((error: unknown) => logUnexpected(error))
        .finally(() => {
          this.running = null;
          if (this.timer) this.timer = setTimeout(tick, this.intervalMs).unref();
        });
    };
    this.timer = setTimeout(tick, this.intervalMs).unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One poll of every workspace flagged POLL. */
  async pollOnce(): Promise<PollResult> {
    const connections = (await allSlackConnections(this.deps.store)).filter((connection) => connection.eventDelivery === 'POLL');
    const result: PollResult = { workspaces: 0, calls: 0, published: 0 };
    for (const connection of connections) {
      const polled = await this.pollWorkspace(connection);
      result.workspaces += 1;
      result.calls += polled.calls;
      result.published += polled.published;
    }
    return result;
  }

  private budget(teamId: string): RateBudget {
    if (this.deps.budgetFor) return this.deps.budgetFor(teamId);
    let budget = this.budgets.get(teamId);
    if (!budget) this.budgets.set(teamId, (budget = new RateBudget()));
    return budget;
  }

  private async pollWorkspace(connection: SlackConnection): Promise<{ calls: number; published: number }> {
    const api = new SlackApi({ apiUrl: this.deps.apiUrl, budget: this.budget(connection.teamId), readRetries: 0 });
    let calls = 0;
    let published = 0;
    const call: Call = async (method, args) => {
      if (calls >= this.callsPerPoll) throw new BudgetSpent();
      calls += 1;
      return api.call(method, args, connection.botToken);
    };
    try {
      const channels = await this.memberChannels(call);
      const start = (this.nextChannel.get(connection.teamId) ?? 0) % Math.max(channels.length, 1);
      for (let offset = 0; offset < channels.length; offset += 1) {
        const index = (start + offset) % channels.length;
        this.nextChannel.set(connection.teamId, index);
        published += await this.pollChannel(connection.teamId, channels[index], call);
        this.nextChannel.set(connection.teamId, index + 1);
      }
    } catch (error) {
      if (error instanceof BudgetSpent) {
        logInfo('slack_poll_budget_spent', { teamId: connection.teamId, calls });
      } else if (error instanceof SwitchboardError && error.code === 'RATE_LIMITED') {
        // The shared budget is spent or Slack answered 429 (the budget is then paused for its Retry-After).
        logInfo('slack_poll_rate_limited', { teamId: connection.teamId, retryAfterSeconds: error.retryAfterSeconds ?? null });
      } else {
        logUnexpected(error);
      }
    }
    return { calls, published };
  }

  /** Channels the bot is a member of (users.conversations), unarchived, every kind. */
  private async memberChannels(call: Call): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call<SlackResponse & { channels?: SlackConversation[] }>('users.conversations', {
        types: 'public_channel,private_channel,mpim,im',
        exclude_archived: true,
        limit: 200,
        cursor,
      });
      for (const channel of page.channels ?? []) if (channel.id) ids.push(channel.id);
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return ids;
  }

  /** New messages of one channel since its cursor, published oldest first; returns how many. */
  private async pollChannel(teamId: string, channel: string, call: Call): Promise<number> {
    const cursor = await this.deps.db
      .selectFrom('provider_poll_cursors')
      .select('last_seen')
      .where('provider', '=', PROVIDER)
      .where('workspace_id', '=', teamId)
      .where('channel_id', '=', channel)
      .executeTakeFirst();
    if (!cursor) {
      // First sight: remember where the channel stands; what was there before is not news.
      const latest = await call<History>('conversations.history', { channel, limit: 1 });
      await this.advance(teamId, channel, latest.messages?.[0]?.ts ?? EMPTY_CHANNEL);
      return 0;
    }
    let oldest = cursor.last_seen;
    let published = 0;
    for (;;) {
      const page = await call<History>('conversations.history', { channel, oldest, inclusive: false, limit: this.pageSize });
      const messages = (page.messages ?? []).filter((message) => compareTs(message.ts, oldest) > 0).sort((a, b) => compareTs(a.ts, b.ts));
      for (const message of messages) {
        const changes = normalizeSlackEvent(teamId, { ...(message as unknown as SlackInnerEvent), type: 'message', channel });
        published += await this.deps.ingest.deliver({ workspaceId: teamId, deliveryId: `poll:${channel}:${message.ts}`, changes });
      }
      if (messages.length > 0) {
        oldest = messages[messages.length - 1].ts;
        await this.advance(teamId, channel, oldest);
      }
      if (!page.has_more || messages.length === 0) return published;
    }
  }

  /** Moves a channel's cursor forward (never back, whichever instance writes last). */
  private async advance(teamId: string, channel: string, ts: string): Promise<void> {
    await this.deps.db
      .insertInto('provider_poll_cursors')
      .values({ provider: PROVIDER, workspace_id: teamId, channel_id: channel, last_seen: ts })
      .onConflict((oc) =>
        oc.columns(['provider', 'workspace_id', 'channel_id']).doUpdateSet({
          last_seen: sql`greatest(provider_poll_cursors.last_seen, excluded.last_seen)`,
          updated_at: sql`now()`,
        }),
      )
      .execute();
  }
}

