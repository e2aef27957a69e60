import { randomUUID } from 'node:crypto';
import { appOperations, createApp, standardPlugins } from '../../src/http/app.js';
import { encodeGlobalId } from '../../src/providers/ids.js';
import { listen, type RunningServer } from '../../src/http/listen.js';
import { startServices, type StartedServices } from '../../src/services.js';
import { hashApiKey } from '../../src/store/api-keys.js';
import { measuredMemory, serveParent } from '../lib/child.js';
import { heapSnapshotInto } from './heap-snapshot.js';
import { subscriberKey } from './selection.js';

/**
 * Switchboard under fan-out load, in its own process: PostgreSQL (the benchmark's database, seeded with
 * the demo), a public channel #firehose with `SUBSCRIBERS` member accounts, each with its own API key, and
 * the real HTTP + graphql-ws server. The orchestrator sends messages to #firehose over HTTP as alice.
 */

const databaseUrl = process.env.BENCH_DATABASE_URL!;
const subscribers = Number(process.env.SUBSCRIBERS ?? 5000);

let started: StartedServices;
let server: RunningServer;
/** #firehose's global id, as clients name it. */
let channelId = '';
let busListeners = 0;

async function setup(): Promise<void> {
  started = await startServices({ database: { kind: 'postgres', url: databaseUrl }, publicUrl: 'http://bench.test', seedDemo: true });
  const { services } = started;
  channelId = await addFirehose(started);

  // Count the subscription streams listening on the bus: one per live subscriber.
  const subscribe = services.bus.subscribe.bind(services.bus);
  services.bus.subscribe = (listener) => {
    const unsubscribe = subscribe(listener);
    busListeners += 1;
    let active = true;
    return () => {
      unsubscribe();
      if (active) busListeners -= 1;
      active = false;
    };
  };
  // SHARED_DELIVERY=false: the app without the shared-delivery plugin, so every subscriber executes each
  // event on its own (the "before"; the access decision stays one per event, src/subscriptions/audience.ts).
  // One draining state for the plugins and the app, so that closing the listener ends the subscriptions.
  const operations = appOperations();
  const { sharedDelivery: _shared, ...unshared } = standardPlugins(services, { operations });
  const plugins = process.env.SHARED_DELIVERY === 'false' ? Object.values(unshared) : undefined;
  server = await listen(createApp(services, { plugins, operations }), services, 0, '127.0.0.1');
}

/** #firehose in Acme: alice (who publishes) and `subscribers` accounts, one member user each. */
async function addFirehose({ services }: StartedServices): Promise<string> {
  const db = services.database.db;
  const acme = await db.selectFrom('workspaces').select('id').where('name', '=', 'Acme').executeTakeFirstOrThrow();
  const alice = await db.selectFrom('users').select('id').where('workspace_id', '=', acme.id).where('name', '=', 'alice').executeTakeFirstOrThrow();
  const existing = await db.selectFrom('channels').select('id').where('workspace_id', '=', acme.id).where('name', '=', 'firehose').executeTakeFirst();
  const globalId = (id: string) => encodeGlobalId({ typename: 'Channel', provider: 'builtin', workspaceId: acme.id, nativeId: id });
  if (existing) return globalId(existing.id);
  const channel = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('channels')
      .values({ id: channel, workspace_id: acme.id, name: 'firehose', type: 'PUBLIC', created_by: alice.id, description: 'Deploy notifications' })
      .execute();
    await trx.insertInto('channel_members').values({ channel_id: channel, user_id: alice.id, role: 'ADMIN' }).execute();
    const BATCH = 1000;
    for (let start = 0; start < subscribers; start += BATCH) {
      const indexes = Array.from({ length: Math.min(BATCH, subscribers - start) }, (_, i) => start + i);
      const accounts = indexes.map((i) => ({ id: randomUUID(), name: `Subscriber ${i}`, email: `sub${i}@acme.test` }));
      const users = accounts.map((account, j) => ({
        id: randomUUID(),
        workspace_id: acme.id,
        account_id: account.id,
        name: `sub${indexes[j]}`,
        display_name: account.name,
        email: account.email,
        role: 'MEMBER' as const,
      }));
      await trx.insertInto('accounts').values(accounts).execute();
      await trx.insertInto('users').values(users).execute();
      await trx.insertInto('channel_members').values(users.map((user) => ({ channel_id: channel, user_id: user.id }))).execute();
      await trx
        .insertInto('api_keys')
        .values(accounts.map((account, j) => ({ account_id: account.id, key_hash: hashApiKey(subscriberKey(indexes[j])), label: 'bench', scopes: ['read'] })))
        .execute();
    }
  });
  return globalId(channel);
}

serveParent(
  {
    info: () => ({ url: server.url, wsUrl: server.url.replace(/^http/, 'ws'), channelId }),
    memory: () => measuredMemory(),
    heapSnapshot: (dir: string) => heapSnapshotInto(dir),
    /** CPU time of the server process so far, in microseconds (user + system). */
    cpu: () => {
      const usage = process.cpuUsage();
      return usage.user + usage.system;
    },
    listeners: () => busListeners,
    statements: () => started.services.database.stats.statements,
  },
  {
    setup,
    teardown: async () => {
      await server?.close();
      await started?.close();
    },
  },
);
