import { randomUUID } from 'node:crypto';
import { logInfo } from '../../log.js';
import type { Poller, PollResult } from '../definition.js';
import { syncMailbox } from './changes.js';
import type { MailboxStates } from './state.js';
import { GMAIL, type GmailServer, type GmailWorkspaces } from './workspaces.js';

/**
 * Background work of Gmail in one server:
 * - polling: mailboxes whose connection says POLL (no public URL / no Pub/Sub topic) are read with
 *   history.list every GMAIL_POLL_INTERVAL_SECONDS; their changes enter the ingest path;
 * - watch renewal: PUSH mailboxes get `users.watch` when they have none and again a day before its 7-day
 *   expiry, exactly once across instances (rows claimed with `for update skip locked` under a lease).
 */
export class GmailPoller implements Poller {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private readonly owner = randomUUID();

  constructor(
    private readonly server: GmailServer,
    private readonly workspaces: GmailWorkspaces,
    private readonly states: MailboxStates,
  ) {}

  private async connections(delivery: 'PUSH' | 'POLL'): Promise<string[]> {
    const rows = await this.server.host.db.selectFrom('provider_connections').select('workspace_id').where('provider', '=', GMAIL).where('event_delivery', '=', delivery).execute();
    return rows.map((row) => row.workspace_id);
  }

  async pollOnce(): Promise<PollResult> {
    const mailboxes = await this.connections('POLL');
    let calls = 0;
    let published = 0;
    for (const mailbox of mailboxes) {
      try {
        const provider = await this.workspaces.connected(mailbox);
        if (!provider) continue;
        const round = await syncMailbox(provider.connection.api, this.states, mailbox);
        calls += round.calls;
        if (round.changes.length) published += await this.server.host.ingest.deliver({ workspaceId: mailbox, deliveryId: null, changes: round.changes });
      } catch (error) {
        logInfo('gmail poll failed', { workspaceId: mailbox, code: (error as { code?: string }).code ?? 'unknown' });
      }
    }
    return { workspaces: mailboxes.length, calls, published };
  }

  /** Renews the watches that are due (or missing); answers the mailboxes this instance renewed. */
  async renewWatches(now = new Date()): Promise<string[]> {
    const topic = this.server.settings.pubsubTopic;
    if (!topic) return [];
    for (const mailbox of await this.connections('PUSH')) await this.states.ensure(mailbox);
    const claimed = await this.states.claimDueWatches(now, new Date(now.getTime() + 24 * 3600_000), 5 * 60_000, this.owner);
    const renewed: string[] = [];
    for (const mailbox of claimed) {
      try {
        const provider = await this.workspaces.connected(mailbox);
        if (!provider) continue;
        const answer = await provider.connection.api.call('watch', (gmail) => gmail.users.watch({ userId: 'me', requestBody: { topicName: topic } }));
        if (!(await this.states.historyId(mailbox)) && answer.historyId) {
          await this.states.reset(mailbox, answer.historyId);
          // Pushes report changes from here on; what changed before has no event.
          provider.connection.api.forgetReads();
        }
        await this.states.watched(mailbox, new Date(Number(answer.expiration ?? now.getTime() + 7 * 24 * 3600_000)));
        renewed.push(mailbox);
      } catch (error) {
        // The lease runs out and the next round (here or elsewhere) tries again.
        logInfo('gmail watch renewal failed', { workspaceId: mailbox, code: (error as { code?: string }).code ?? 'unknown' });
      }
    }
    return renewed;
  }

  start(): void {
    if (this.timer) return;
    const tick = () => {
      if (this.running) return;
      this.running = Promise.allSettled([this.pollOnce(), this.renewWatches()]).finally(() => (this.running = null));
    };
    this.timer = setInterval(tick, this.server.settings.pollIntervalSeconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
