import type { Config } from './config.js';
import type { Services } from './context.js';
import { openDatabase } from './db/database.js';
import type { LoaderOptions } from './loaders.js';
import { ProviderRegistry } from './providers/registry.js';
import { seedDemo, type DemoSeedSummary } from './seed/demo.js';
import { InProcessBus, type EventBus } from './subscriptions/bus.js';
import { EventLog } from './subscriptions/event-log.js';
import { RedisBus } from './subscriptions/redis-bus.js';

export interface StartedServices {
  services: Services;
  /** True when the store holds the demo seed (then the demo API keys work). */
  demoMode: boolean;
  /** Set when this start seeded an empty store. */
  seeded: DemoSeedSummary | null;
  close(): Promise<void>;
}

/**
 * Opens the database (migrations applied), seeds the demo workspace into an empty store when asked, and
 * wires the registry, the bus (Redis when configured, else in-process) and the event log.
 */
export async function startServices(
  config: Pick<Config, 'database' | 'publicUrl' | 'seedDemo'> & Partial<Pick<Config, 'redisUrl'>>,
  options: { loaderOptions?: LoaderOptions; redisChannel?: string } = {},
): Promise<StartedServices> {
  const database = await openDatabase(config.database);
  const seeded = config.seedDemo ? await seedDemo(database.db) : null;
  const demoSetting = await database.db.selectFrom('settings').select('value').where('key', '=', 'demo_mode').executeTakeFirst();
  const bus: EventBus = config.redisUrl ? await RedisBus.connect(config.redisUrl, options.redisChannel) : new InProcessBus();
  const services: Services = {
    database,
    registry: new ProviderRegistry(database.db),
    bus,
    eventLog: new EventLog(database.db, bus),
    publicUrl: config.publicUrl,
    loaderOptions: options.loaderOptions,
  };
  return {
    services,
    demoMode: demoSetting?.value === 'true',
    seeded,
    close: async () => {
      await bus.close();
      await database.close();
    },
  };
}
