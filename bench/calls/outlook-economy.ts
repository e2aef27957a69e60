import { print } from 'graphql';
import type { OutlookRuntime, OutlookSettings } from '../../src/providers/outlook/index.js';
import type { GraphQLResponse } from '../../testkit/app.js';
import { ThreadTreeByDescendants } from '../../testkit/documents.js';
import { startFakeGraph, type FakeGraph } from '../../testkit/fakes/graph/index.js';
import { outlookServerSettings } from '../../testkit/fakes/graph/outlook-fixture.js';
import { startLiveServer, type LiveServer } from '../../testkit/subscriptions.js';
import { connectOutlook, graphAppOf, graphCallsOf, seedMailbox, type MailboxSeed } from './outlook.js';
import { pacedQueries, type GraphEconomyResult } from './economy.js';

/**
 * Provider-call economy on Outlook: alice refreshes the thread tree of her mailbox (bench/calls/outlook.ts:
 * 8 conversations of 4 mails in Inbox and Archive) many times a minute. The mailbox is connected with change
 * notifications (PUSH: one subscription per watched folder, posting to this server's /webhooks/microsoft),
 * so its Graph reads go through the connection's read cache (src/providers/outlook/cached-reads.ts); with
 * `cached: false` it is connected as a polled mailbox, whose reads are not cached, for comparison. The
 * mailbox's own rate budget is Outlook's (limits.md 5c: 10,000 requests per 10 minutes per mailbox, used at
 * 80%, with 10 s of burst): about 930 Graph calls in a minute. A thread tree costs 15 Graph calls uncached
 * (17 on a cold connection), so 60 a minute (about 900) spend nearly all of it; cached, one cold tree and a
 * folder list again after its 30 s.
 */

export type OutlookEconomyResult = GraphEconomyResult;

export interface OutlookEconomyScenario {
  fake: FakeGraph;
  seed: MailboxSeed;
  live: LiveServer;
  runtime: OutlookRuntime;
  /** Alice's mailbox, as GraphQL names the workspace. */
  workspaceId: string;
  /** One thread-tree query as alice (API key `bench-outlook`). */
  tree(): Promise<GraphQLResponse<Record<string, unknown>>>;
  /** Waits until the fake has posted its notifications and the server has taken them in. */
  delivered(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The fake Graph with alice's mailbox, a live server (a real port, for Graph's notifications) connected to it
 * with Outlook's own rate budget, and, when `cached`, the mailbox subscribed (PUSH).
 */
export async function openOutlookEconomyScenario(options: { cached?: boolean } = {}): Promise<OutlookEconomyScenario> {
  const cached = options.cached ?? true;
  const fake = await startFakeGraph({ displayName: 'Economy on Outlook' });
  const seed = seedMailbox(fake);
  const settings = outlookServerSettings(fake, graphAppOf(fake));
  // Outlook's budget rows (limits.ts), not the fixture's unlimited ones: running out is part of the measure.
  const outlook: OutlookSettings = { ...(settings.providers.outlook as OutlookSettings), budget: {} };
  const live = await startLiveServer('pglite', { connections: { ...settings, providers: { ...settings.providers, outlook } } });
  try {
    await connectOutlook(live.testApp, seed, cached ? 'PUSH' : 'POLL');
    const runtime = live.testApp.started.services.registry.require('outlook').runtime as OutlookRuntime;
    if (cached) await runtime.subscribe(seed.alice.id, `http://127.0.0.1:${live.port}`);
    const listed = await live.testApp.gql<{ workspaces: Array<{ id: string; provider: string }> }>('bench-outlook', 'query { workspaces { id provider } }');
    const workspaceId = listed.data!.workspaces.find((workspace) => workspace.provider === 'OUTLOOK')!.id;
    const query = print(ThreadTreeByDescendants);
    return {
      fake,
      seed,
      live,
      runtime,
      workspaceId,
      tree: () => live.testApp.gql('bench-outlook', query, { workspaceId }),
      delivered: async () => {
        await fake.notifications.flush();
        await live.testApp.started.services.afterAck.idle();
        await runtime.graph.idle();
      },
      close: async () => {
        await live.close();
        await fake.close();
      },
    };
  } catch (error) {
    await live.close();
    await fake.close();
    throw error;
  }
}

/** `queries` thread trees by alice, evenly over `spreadMs`, after connecting (requests counted from the first query). */
export async function measureOutlookEconomy(queries = 60, spreadMs = 60_000, options: { cached?: boolean } = {}): Promise<OutlookEconomyResult> {
  const scenario = await openOutlookEconomyScenario(options);
  try {
    let answered = { rateLimited: 0, otherErrors: 0 };
    const measured = await graphCallsOf(scenario.fake, async () => {
      answered = await pacedQueries(queries, spreadMs, () => scenario.tree());
    });
    return {
      queries,
      viewers: 1,
      spreadMs,
      cached: options.cached ?? true,
      requests: measured.requests,
      calls: measured.calls,
      byMethod: measured.byRoute,
      ...answered,
    };
  } finally {
    await scenario.close();
  }
}
