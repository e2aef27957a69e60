import { SwitchboardError } from '../../errors.js';
import { logInfo, logUnexpected } from '../../log.js';
import type { Poller, PollResult } from '../definition.js';
import { DeltaLinkStore } from '../kit/graph/delta-links.js';
import { deltaDeliveries, folderResource, parsePosition, pollFolder, watchedFolders, type OutlookChange } from './changes.js';
import { OUTLOOK, type OutlookServer, type OutlookWorkspaces } from './workspaces.js';

/**
 * The background work of mailboxes, on one timer:
 *
 * - Polling of mailboxes whose events are not pushed (eventDelivery POLL): a round lists the watched folders
 *   (every folder, child folders included, but Drafts: changes.ts `watchedFolders`) and runs one delta round
 *   per folder within the mailbox's rate budget. A folder created since is in the next round's list.
 * - The folder sweep of pushed mailboxes (`sweep`, subscriptions.ts): at most every `sweepEveryMs` per
 *   mailbox, folders created since get their subscription and deleted ones lose theirs.
 *
 * It also runs the delta rounds of pushed mailboxes (the baseline taken before subscribing a folder, the
 * resynchronisation after a `missed` lifecycle event). Positions are stored per connection and folder in the
 * kit's DeltaLinkStore (provider_poll_cursors: metadata, never content), so a restart or another process
 * continues where the last round ended. A folder's first round is its silent baseline.
 */

export interface OutlookPollerOptions {
  /** Brings a pushed mailbox's subscriptions in line with its folders (subscriptions.ts). */
  sweep?: (mailboxId: string) => Promise<unknown>;
  /** How often a pushed mailbox's folders are swept. Default 10 minutes (the renewer's margin). */
  sweepEveryMs?: number;
  clock?: () => number;
}

export class OutlookPoller implements Poller {
  readonly positions: DeltaLinkStore;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<PollResult> | null = null;
  private readonly swept = new Map<string, number>();
  private readonly sweepEveryMs: number;
  private readonly clock: () => number;

  constructor(
    private readonly server: OutlookServer,
    private readonly workspaces: OutlookWorkspaces,
    private readonly options: OutlookPollerOptions = {},
  ) {
    this.positions = new DeltaLinkStore(server.host.db, OUTLOOK);
    this.sweepEveryMs = options.sweepEveryMs ?? 10 * 60_000;
    this.clock = options.clock ?? Date.now;
  }

  async pollOnce(): Promise<PollResult> {
    const connections = await this.server.host.connections.store.all(OUTLOOK);
    const result: PollResult = { workspaces: 0, calls: 0, published: 0 };
    for (const stored of connections) {
      if (stored.eventDelivery === 'PUSH') {
        await this.sweep(stored.workspaceId);
        continue;
      }
      const round = await this.pollMailbox(stored.workspaceId, null, async (changes) => {
        result.published += await this.publish(stored.workspaceId, changes);
      });
      if (!round) continue;
      result.workspaces += 1;
      result.calls += round.calls;
    }
    return result;
  }

  /**
   * One delta round over a mailbox's folders (`folderIds`: only these, unlisted; null: every watched folder);
   * null when the mailbox is not connected. Each folder's position is stored after its changes went to
   * `publish` (when given), so a crash in between reads them again rather than losing them (their delivery
   * ids repeat).
   */
  async pollMailbox(mailboxId: string, folderIds: readonly string[] | null, publish?: (changes: OutlookChange[]) => Promise<void>): Promise<{ calls: number; changes: OutlookChange[]; folders: string[] } | null> {
    const provider = await this.workspaces.openFresh(mailboxId);
    if (!provider) return null;
    const { connection } = provider;
    const principal = connection.readPrincipal;
    const watched = folderIds === null ? await watchedFolders(connection, principal) : null;
    const folders = watched ? watched.folders.map((folder) => folder.id) : [...folderIds!];
    const positions = await this.positions.load(mailboxId, folders.map(folderResource));
    let calls = watched?.calls ?? 0;
    const changes: OutlookChange[] = [];
    for (const folderId of folders) {
      const round = await pollFolder(connection, principal, folderId, parsePosition(positions.get(folderResource(folderId))));
      calls += round.calls;
      changes.push(...round.changes);
      if (publish && round.changes.length > 0) await publish(round.changes);
      await this.positions.save(mailboxId, folderResource(folderId), JSON.stringify(round.position));
    }
    return { calls, changes, folders };
  }

  /** The ids of a mailbox's watched folders; null when it is not connected. */
  async watched(mailboxId: string): Promise<string[] | null> {
    const provider = await this.workspaces.openFresh(mailboxId);
    if (!provider) return null;
    return (await watchedFolders(provider.connection, provider.connection.readPrincipal)).folders.map((folder) => folder.id);
  }

  /** Delta rounds of some folders with their changes published (a folder's first round stays silent). */
  async catchUp(mailboxId: string, folderIds: readonly string[]): Promise<number> {
    let published = 0;
    await this.pollMailbox(mailboxId, folderIds, async (changes) => {
      published += await this.publish(mailboxId, changes);
    });
    return published;
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

  private async publish(mailboxId: string, changes: readonly OutlookChange[]): Promise<number> {
    let published = 0;
    for (const delivery of deltaDeliveries(mailboxId, changes)) published += await this.server.host.ingest.deliver(delivery);
    return published;
  }

  /** A pushed mailbox's folder sweep when it is due; a failure waits for the next one (and is logged by code). */
  private async sweep(mailboxId: string): Promise<void> {
    const now = this.clock();
    if (!this.options.sweep || (this.swept.get(mailboxId) ?? -Infinity) + this.sweepEveryMs > now) return;
    this.swept.set(mailboxId, now);
    try {
      await this.options.sweep(mailboxId);
    } catch (error) {
      logInfo('outlook_folder_sweep_failed', { workspaceId: mailboxId, code: error instanceof SwitchboardError ? error.code : 'INTERNAL' });
    }
  }
}
