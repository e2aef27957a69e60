import { logUnexpected } from '../../log.js';
import type { Poller, PollResult } from '../definition.js';
import { DeltaLinkStore } from '../kit/graph/delta-links.js';
import { deltaDeliveries, folderResource, parsePosition, pollFolder, watchedFolders, type OutlookChange } from './changes.js';
import { OUTLOOK, type OutlookServer, type OutlookWorkspaces } from './workspaces.js';

/**
 * Polling of mailboxes whose events are not pushed (eventDelivery POLL), and the delta rounds of pushed ones
 * (the baseline taken when they subscribe, the resynchronisation after a `missed` lifecycle event): a round
 * lists the watched folders (one `$batch`: the top-level folders and Drafts, which is left out) and runs one
 * delta round per folder (changes.ts) within the mailbox's rate budget. Positions are stored per connection
 * and folder in the kit's DeltaLinkStore (provider_poll_cursors: metadata, never content), so a restart or
 * another process continues where the last round ended. A folder's first round is its silent baseline.
 * Child folders are not polled yet.
 */
export class OutlookPoller implements Poller {
  readonly positions: DeltaLinkStore;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<PollResult> | null = null;

  constructor(
    private readonly server: OutlookServer,
    private readonly workspaces: OutlookWorkspaces,
  ) {
    this.positions = new DeltaLinkStore(server.host.db, OUTLOOK);
  }

  async pollOnce(): Promise<PollResult> {
    const connections = (await this.server.host.connections.store.all(OUTLOOK)).filter((connection) => connection.eventDelivery === 'POLL');
    const result: PollResult = { workspaces: 0, calls: 0, published: 0 };
    for (const stored of connections) {
      const round = await this.pollMailbox(stored.workspaceId, null, async (changes) => {
        for (const delivery of deltaDeliveries(stored.workspaceId, changes)) result.published += await this.server.host.ingest.deliver(delivery);
      });
      if (!round) continue;
      result.workspaces += 1;
      result.calls += round.calls;
    }
    return result;
  }

  /**
   * One delta round over a mailbox's watched folders (`folderIds`: only these; null: all); null when the
   * mailbox is not connected. Each folder's position is stored after its changes went to `publish` (when
   * given), so a crash in between reads them again rather than losing them (their delivery ids repeat).
   */
  async pollMailbox(mailboxId: string, folderIds: readonly string[] | null, publish?: (changes: OutlookChange[]) => Promise<void>): Promise<{ calls: number; changes: OutlookChange[]; folders: string[] } | null> {
    const provider = await this.workspaces.openFresh(mailboxId);
    if (!provider) return null;
    const { connection } = provider;
    const principal = connection.readPrincipal;
    const watched = await watchedFolders(connection, principal);
    const folders = watched.folders.map((folder) => folder.id).filter((id) => folderIds === null || folderIds.includes(id));
    const positions = await this.positions.load(mailboxId, folders.map(folderResource));
    let calls = watched.calls;
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
