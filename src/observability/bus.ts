import type { EventBus } from '../subscriptions/bus.js';
import { eventLag, eventsPublished, eventsReceived } from './metrics.js';

/**
 * The bus as services use it, counted: events published by this instance, events received from the bus
 * (whichever instance published them) and the lag from an event's occurredAt to its arrival here.
 */
export function observedBus(bus: EventBus): EventBus {
  const stopObserving = bus.subscribe((event) => {
    eventsReceived.inc({ provider: event.provider });
    const lag = (Date.now() - event.occurredAt.getTime()) / 1000;
    if (lag >= 0) eventLag.observe({ provider: event.provider }, lag);
  });
  return {
    async publish(event) {
      await bus.publish(event);
      eventsPublished.inc({ provider: event.provider, type: event.type });
    },
    subscribe: (listener) => bus.subscribe(listener),
    connected: () => bus.connected?.() ?? true,
    async close() {
      stopObserving();
      await bus.close();
    },
  };
}
