import type { Config } from './config.js';
import { pruneOAuthStates } from './connections/oauth-states.js';
import type { Services } from './context.js';
import { openDatabase } from './db/database.js';
import { openAttachmentFiles } from './files/service.js';
import type { LoaderOptions } from './loaders.js';
import { observedBus } from './observability/bus.js';
import { watchDatabase } from './observability/gauge-source.js';
import type { ProviderDefinition } from './providers/definition.js';
import { PROVIDERS } from './providers/index.js';
import type { ProviderRegistry } from './providers/registry.js';
import { startProviders, type ProviderStartOptions } from './providers/runtimes.js';
import { Scheduler, type SchedulerOptions } from './scheduler/scheduler.js';
import { isStoreEmpty, seedDemo, type DemoSeedSummary } from './seed/demo.js';
import { provideDemoFiles } from './seed/demo-files.js';
import { InProcessBus, type EventBus } from './subscriptions/bus.js';
import { loadBusSecret } from './subscriptions/bus-messages.js';
import { pruneEchoes } from './subscriptions/echoes.js';
import { EventLog } from './subscriptions/event-log.js';
import { EventIngest } from './subscriptions/ingest.js';
import { invalidateProviderReads } from './providers/kit/read-cache/invalidation.js';
import { DEFAULT_REDIS_CHANNEL, RedisBus } from './subscriptions/redis-bus.js';
import { LinkUnfurler } from './unfurl/unfurler.js';
import { AfterAck } from './webhooks/after-ack.js';
import { pruneDeliveries } from './webhooks/deliveries.js';
import { FileCollector } from './files/collector.js';
import { openLimits } from './limits/open.js';
import type { ResourceLimits } from './limits/settings.js';

/** How often expired delivery ids, echo claims and OAuth states are deleted. */
const CLEANUP_INTERVAL_MS = 60 * 60 * 1000;

export interface StartedServices {
  services: Services;
  /** True when the store holds the demo seed (then the demo API keys work). */
  demoMode: boolean;
  /** Set when this start seeded an empty store. */
  seeded: DemoSeedSummary | null;
  /** Delivers scheduled messages; null when `config.scheduler` is absent or disabled (tools, tests). */
  scheduler: Scheduler | null;
  /** Stops the providers' pollers (the graceful stop's second step, src/shutdown.ts); `close` stops them too. */
  stopPollers(): Promise<void>;
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** The providers this server runs, in list order. Default: src/providers/index.ts; a test adds its own. */
  providers?: readonly ProviderDefinition[];
  /** Background work of the providers; pollers run unless `pollers: false` (tests poll by hand). */
  integrations?: ProviderStartOptions;
  loaderOptions?: LoaderOptions;
  redisChannel?: string;
  scheduler?: SchedulerOptions;
  /** The command opening the store ("npm start"), named to a second process refused its PGlite lock. */
  holder?: string;
  /** Called with a line of progress while starting (the server prints them: a first start takes seconds). */
  progress?: (step: string) => void;
}

/**
 * Opens the database (migrations applied), seeds the demo workspace into an empty store when asked, and
 * wires the providers and their registry, the bus (Redis when configured, else in-process), the event log
 * and the ingest path.
 */
export async function startServices(
  config: Pick<Config, 'database' | 'publicUrl' | 'seedDemo'> &
    Partial<Pick<Config, 'connections' | 'redisUrl' | 'redisChannel' | 'scheduler' | 'files' | 'linkPreviews'>> & { limits?: Partial<ResourceLimits> },
  options: ServiceOptions = {},
): Promise<StartedServices> {
  const progress = options.progress;
  const database = await openDatabase(config.database, { progress, holderName: options.holder });
  if (config.seedDemo && progress && (await isStoreEmpty(database.db))) progress('seeding the demo workspaces into the empty store');
  const seeded = config.seedDemo ? await seedDemo(database.db, new Date(), { publicUrl: config.publicUrl }) : null;
  const demoSetting = await database.db.selectFrom('settings').select('value').where('key', '=', 'demo_mode').executeTakeFirst();
  // Uploads: without a files config (tests), a temporary folder removed at close.
  const files = await openAttachmentFiles(database.db, config.files, config.publicUrl);
  if (demoSetting?.value === 'true') await provideDemoFiles(database.db, files.store);
  if (config.redisUrl) progress?.('connecting to Redis');
  let eventLog: EventLog | null = null;
  // Counted for /metrics: events published, received and their lag (src/observability/bus.ts).
  const bus: EventBus = observedBus(
    config.redisUrl
      ? await RedisBus.connect(config.redisUrl, {
          channel: options.redisChannel ?? config.redisChannel,
          secret: await loadBusSecret(database.db),
          logHighWater: () => eventLog!.highWater(),
        })
      : new InProcessBus(),
  );
  const unwatch = watchDatabase(database);
  eventLog = new EventLog(database.db, bus);
  let registry: ProviderRegistry | null = null;
  const ingest = new EventIngest(database.db, eventLog, () => registry!);
  // Events of other instances (Redis) make this instance's cached provider reads stale too; the ingest
  // path already dropped them for events that enter here (src/providers/kit/read-cache/).
  bus.subscribe(invalidateProviderReads);
  const providers = startProviders(
    options.providers ?? PROVIDERS,
    config.connections,
    { db: database.db, publicUrl: config.publicUrl, fileStore: files.store, intakeFor: (provider) => ingest.intakeFor(provider) },
    options.integrations,
  );
  registry = providers.registry;
  const afterAck = new AfterAck();
  const limited = await openLimits(config.limits, { url: config.redisUrl, prefix: options.redisChannel ?? config.redisChannel ?? DEFAULT_REDIS_CHANNEL });
  const services: Services = {
    database,
    registry,
    bus,
    eventLog,
    ingest,
    publicUrl: config.publicUrl,
    files,
    unfurler: new LinkUnfurler(config.linkPreviews),
    connections: providers.connections,
    afterAck,
    loaderOptions: options.loaderOptions,
    ...limited,
  };
  await providers.begin();
  const cleanup = setInterval(() => {
    void Promise.all([pruneDeliveries(database.db), pruneEchoes(database.db), pruneOAuthStates(database.db)]).catch(() => {});
  }, CLEANUP_INTERVAL_MS).unref();
  const scheduler = config.scheduler?.enabled
    ? new Scheduler(services, { pollIntervalMs: config.scheduler.pollIntervalMs, ...options.scheduler })
    : null;
  scheduler?.start();
  // Stored files nothing holds any more (src/files/collector.ts): in server processes, which configure a folder.
  const collector = new FileCollector(database.db, files.store, { unattachedUploadMs: limited.limits.unattachedUploadHours * 3_600_000 });
  if (config.files) collector.start(limited.limits.fileCollectionIntervalMs);
  return {
    services,
    demoMode: demoSetting?.value === 'true',
    seeded,
    scheduler,
    stopPollers: () => providers.stopPollers(),
    close: async () => {
      // First: a delivery in progress still needs the bus and the database.
      await scheduler?.stop();
      await collector.stop();
      await limited.rateLimiter.close();
      clearInterval(cleanup);
      // A poll in progress and webhook work after its answer still need the bus and the database.
      await providers.close();
      await afterAck.idle();
      // Link previews being fetched land before the database closes.
      await services.unfurler?.idle();
      await bus.close();
      unwatch();
      await database.close();
      await files.close();
    },
  };
}
