import { print } from 'graphql';
import type { GmailRuntime } from '../../src/providers/gmail/index.js';
import type { TestApp } from '../../testkit/app.js';
import { ThreadTreeByDescendants } from '../../testkit/documents.js';
import { startFakeGmail, type FakeGmail } from '../../testkit/fakes/gmail/index.js';
import { connectMailbox, MAILBOX, seedMailbox, startGmailApp, type ConnectedMailbox } from './gmail.js';
import { pacedQueries } from './economy.js';

/**
 * Provider-call economy on Gmail: the owner of a mailbox with push delivery (Pub/Sub) refreshes the same
 * thread tree many times a minute. Without sharing reads across requests every tree costs 7 HTTP requests and
 * 106 quota units (bench/calls/gmail.ts); with the mailbox's read cache (src/providers/gmail/cached-reads.ts)
 * the first one does, and the rest are answered until an event (a push's history) says the mailbox changed.
 * Gmail's quota is that of a project created from May 2026 (limits.md 5d: 6,000 units per user per minute),
 * both in the fake (429 past it) and in Switchboard's budget (80% of it). A second mailbox (bob's, seeded the
 * same way) is connected beside alice's: the tests read it to show a mailbox never gets another's answer.
 */

/** Quota units per user per minute of a Gmail project created from May 2026 (limits.md 5d). */
const QUOTA_2026 = 6_000;

/** The other mailbox of the scenario (bob's). */
export const OTHER_MAILBOX = 'bob.gmail@example.com';

export interface GmailEconomyResult {
  queries: number;
  spreadMs: number;
  /** HTTP requests the fake Gmail received (a batch counts once; token requests left out), in total and by route. */
  requests: number;
  byRoute: Record<string, number>;
  /** Quota units Gmail charged. */
  units: number;
  /** What the first (cold) tree cost: every later one without the cache would cost as much. */
  firstQuery: { requests: number; units: number };
  /** Answers with a RATE_LIMITED error. */
  rateLimited: number;
  /** Answers with any other error. */
  otherErrors: number;
}

export interface GmailEconomyScenario {
  app: TestApp;
  fake: FakeGmail;
  /** alice's mailbox (alice@acme.test's key) and bob's (bob@acme.test's), both PUSH. */
  alice: ConnectedMailbox;
  bob: ConnectedMailbox;
  /** One thread-tree query of `mailbox` (default alice's) by its owner. */
  tree(mailbox?: ConnectedMailbox): Promise<{ data?: unknown; errors?: ReadonlyArray<{ message: string; extensions?: { code?: string } }> }>;
  /** Gmail's push for `mailbox`'s latest change, posted to /webhooks/gmail as Pub/Sub does; resolves once its events are published. */
  push(mailbox: ConnectedMailbox): Promise<void>;
  close(): Promise<void>;
}

/** The fake Gmail with both mailboxes, Switchboard connected to them with push delivery, their watches made. */
export async function openGmailEconomyScenario(): Promise<GmailEconomyScenario> {
  const fake = await startFakeGmail({ userQuotaPerMinute: QUOTA_2026 });
  seedMailbox(fake, MAILBOX);
  seedMailbox(fake, OTHER_MAILBOX);
  const app = await startGmailApp(fake, { push: true, settings: { userQuotaPerMinute: QUOTA_2026 } });
  try {
    const webhook = 'http://switchboard.test/webhooks/gmail';
    fake.pubsub.audience = webhook;
    const alice = await connectMailbox(app, fake, MAILBOX, { email: 'alice@acme.test', key: 'economy-gmail-alice', push: true });
    const bob = await connectMailbox(app, fake, OTHER_MAILBOX, { email: 'bob@acme.test', key: 'economy-gmail-bob', push: true });
    // users.watch for both: the history ids pushes are read from (the fake's pusher has no endpoint: pushes are posted by `push`).
    const runtime = app.started.services.registry.require('gmail').runtime as GmailRuntime;
    await runtime.poller.renewWatches();
    const query = print(ThreadTreeByDescendants);
    return {
      app,
      fake,
      alice,
      bob,
      tree: (mailbox = alice) => app.gql(mailbox.key, query, { workspaceId: mailbox.workspaceId }) as never,
      async push(mailbox) {
        const body = fake.pubsub.body(mailbox.mailbox, fake.mailbox(mailbox.mailbox).historyId);
        const response = await app.app.fetch(webhook, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${fake.pubsub.token()}` }, body: JSON.stringify(body) });
        if (response.status !== 204) throw new Error(`the push was answered ${response.status}: ${await response.text()}`);
        await app.started.services.afterAck.idle();
      },
      close: async () => {
        await app.close();
        await fake.close();
      },
    };
  } catch (error) {
    await app.close();
    await fake.close();
    throw error;
  }
}

/** `queries` thread trees of alice's mailbox by alice, evenly over `spreadMs` (calls counted from the first query). */
export async function measureGmailEconomy(queries = 60, spreadMs = 60_000): Promise<GmailEconomyResult> {
  const scenario = await openGmailEconomyScenario();
  const { fake } = scenario;
  const counted = () => fake.calls.filter((call) => call.route !== 'token');
  try {
    fake.resetCalls();
    let firstQuery = { requests: 0, units: 0 };
    const { rateLimited, otherErrors } = await pacedQueries(queries, spreadMs, () => scenario.tree(), (i) => {
      if (i === 0) firstQuery = { requests: counted().filter((call) => !call.inBatch).length, units: fake.units() };
    });
    const byRoute: Record<string, number> = {};
    for (const call of counted()) byRoute[call.route] = (byRoute[call.route] ?? 0) + 1;
    return {
      queries,
      spreadMs,
      requests: counted().filter((call) => !call.inBatch).length,
      byRoute,
      units: fake.units(),
      firstQuery,
      rateLimited,
      otherErrors,
    };
  } finally {
    await scenario.close();
  }
}
