import { logUnexpected } from '../../log.js';
import type { Poller, PollResult } from '../definition.js';
import { pollFolder, type FolderPollState } from './changes.js';
import type { GraphList, GraphMailFolder } from './wire.js';
import { OUTLOOK, type OutlookServer, type OutlookWorkspaces } from './workspaces.js';

/**
 * Polling of mailboxes (eventDelivery POLL, the default while the shared Graph subscriptions are not on
 * main): each round lists the mailbox's top-level folders (1 call) and runs one delta round per folder
 * (changes.ts) within the mailbox's rate budget, handing what changed to the ingest path. The first round
 * of a folder is its baseline. Delta links are kept in this process (metadata); a restart starts new
 * baselines. Child folders are not polled yet.
 */
export class OutlookPoller implements Poller {
  private readonly states = new Map<string, FolderPollState>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<PollResult> | null = null;

  constructor(
    private readonly server: OutlookServer,
    private readonly workspaces: OutlookWorkspaces,
  ) {}

  async pollOnce(): Promise<PollResult> {
    const connections = (await this.server.host.connections.store.all(OUTLOOK)).filter((connection) => connection.eventDelivery === 'POLL');
    const result: PollResult = { workspaces: 0, calls: 0, published: 0 };
    for (const stored of connections) {
      const provider = await this.workspaces.openFresh(stored.workspaceId);
      if (!provider) continue;
      result.workspaces += 1;
      const { connection } = provider;
      const principal = connection.readPrincipal;
      const folders = await connection.call<GraphList<GraphMailFolder>>(principal, connection.calls.folders());
      result.calls += 1;
      for (const folder of folders.value ?? []) {
        const key = `${stored.workspaceId}|${folder.id}`;
        const round = await pollFolder(connection, principal, folder.id, this.states.get(key) ?? null);
        result.calls += round.calls;
        this.states.set(key, round.state);
        if (round.changes.length > 0) result.published += await this.server.host.ingest.deliver({ workspaceId: stored.workspaceId, deliveryId: null, changes: round.changes });
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
