import type { Config } from './config.js';
import { createIntegrations, type IntegrationOptions, type Integrations } from './connections/startup.js';
import type { Services } from './context.js';
import { openDatabase } from './db/database.js';
import { openAttachmentFiles } from './files/service.js';
import type { LoaderOptions } from './loaders.js';
import { ProviderRegistry, type ExtraWorkspaces } from './providers/registry.js';
import { Scheduler, type SchedulerOptions } from './scheduler/scheduler.js';
import { seedDemo, type DemoSeedSummary } from './seed/demo.js';
import { provideDemoFiles } from './seed/demo-files.js';
import { InProcessBus, type EventBus } from './subscriptions/bus.js';
import { EventLog } from './subscriptions/event-log.js';
import { RedisBus } from './subscriptions/redis-bus.js';
import { LinkUnfurler } from './unfurl/unfurler.js';

export interface StartedServices {
  services: Services;
  /** True when the store holds the demo seed (then the demo API keys work). */
  demoMode: boolean;
  /** Set when this start seeded an empty store. */
  seeded: DemoSeedSummary | null;
  /** Delivers scheduled messages; null when `config.scheduler` is absent or disabled (tools, tests). */
  scheduler: Scheduler | null;
  /** Connected workspaces' background work: the Slack poller, webhook work after the ack. */
  integrations: Integrations;
  close(): Promise<void>;
}

/**
 * Opens the database (migrations applied), seeds the demo workspace into an empty store when asked, and
 * wires the registry, the bus (Redis when configured, else in-process) and the event log.
 */
export async function startServices(
  config: Pick<Config, 'database' | 'publicUrl' | 'seedDemo'> & Partial<Pick<Config, 'connections' | 'redisUrl' | 'scheduler' | 'files' | 'linkPreviews'>>,
  options: {
    integrations?: IntegrationOptions;
    loaderOptions?: LoaderOptions;
    redisChannel?: string;
    scheduler?: SchedulerOptions;
    /** Workspaces of providers plugged in from outside (the test kit's in-memory provider). Default: none. */
    extraWorkspaces?: readonly ExtraWorkspaces[];
  } = {},
): Promise<StartedServices> {
  const database = await openDatabase(config.database);
  const seeded = config.seedDemo ? await seedDemo(database.db) : null;
  const demoSetting = await database.db.selectFrom('settings').select('value').where('key', '=', 'demo_mode').executeTakeFirst();
  // Uploads: without a files config (tests), a temporary folder removed at close.
  const files = await openAttachmentFiles(database.db, config.files, config.publicUrl);
  if (demoSetting?.value === 'true') await provideDemoFiles(database.db, files.store);
  const bus: EventBus = config.redisUrl ? await RedisBus.connect(config.redisUrl, options.redisChannel) : new InProcessBus();
  const integrations = createIntegrations(database.db, config.connections, config.publicUrl, options.integrations);
  const services: Services = {
    database,
    registry: new ProviderRegistry(
      database.db,
      { fileStore: files.store, publicUrl: config.publicUrl },
      integrations.slackWorkspaces,
      options.extraWorkspaces,
    ),
    bus,
    eventLog: new EventLog(database.db, bus),
    publicUrl: config.publicUrl,
    files,
    unfurler: new LinkUnfurler(config.linkPreviews),
    connections: integrations.connections,
    afterAck: integrations.afterAck,
    loaderOptions: options.loaderOptions,
  };
  await integrations.start({ eventLog: services.eventLog, registry: services.registry });
  const scheduler = config.scheduler?.enabled
    ? new Scheduler(services, { pollIntervalMs: config.scheduler.pollIntervalMs, ...options.scheduler })
    : null;
  scheduler?.start();
  return {
    services,
    demoMode: demoSetting?.value === 'true',
    seeded,
    scheduler,
    integrations,
    close: async () => {
      // First: a delivery in progress still needs the bus and the database.
      await scheduler?.stop();
      // Webhook work and a poll in progress still need the bus and the database.
      await integrations.close();
      // Link previews being fetched land before the database closes.
      await services.unfurler?.idle();
      await bus.close();
      await database.close();
      await files.close();
    },
  };
}
