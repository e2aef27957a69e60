import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Capabilities } from '../../src/providers/capabilities.js';
import type { EventEnvelope, EventType, LoggedEvent } from '../../src/providers/events.js';
import type { ProviderName } from '../../src/providers/model.js';
import type { TestApp } from '../app.js';

/**
 * The contract of a provider's webhooks, written once and run from the test file of every provider that
 * has them (today test/providers/slack/webhook-contract.test.ts): a delivery the platform did not sign,
 * signed with another secret, altered in transit or signed too long ago is refused and publishes nothing;
 * a delivery that arrives twice publishes once; and each kind of platform event becomes its normalized
 * event on the bus, with the ids subscribers filter by.
 *
 * The fixture speaks the platform's wire format (its envelope, its signature headers); the contract only
 * says which deliveries to make and what must come out on the event bus.
 */

/** How a delivery is spoiled: no signature, another secret's, a body changed after signing, an old timestamp. */
export type Tamper = 'unsigned' | 'forged' | 'altered' | 'stale';

/** One kind of platform event and the normalized event it must become. */
export interface WebhookSample<Event> {
  /** The platform's name for it ("reaction_added", "block_actions"), shown in the case's name. */
  name: string;
  event: Event;
  /**
   * The envelope's fields that identify it. Of channelId, messageId, threadRootId, actorId, emoji and
   * buttonId, one left out must be null; `provider` and `workspaceId` are checked for every sample.
   */
  expected: Pick<EventEnvelope, 'type'> & Partial<Omit<EventEnvelope, 'id' | 'occurredAt' | 'provider' | 'workspaceId'>>;
}

export interface WebhookContractFixture<Event, Delivery> {
  /** A running app with the provider's workspace connected (its signing secret stored). */
  app: TestApp;
  provider: ProviderName;
  /** The workspace's id as events carry it. */
  workspaceId: string;
  capabilities: Capabilities;
  /** The HTTP status of a refused delivery (Slack: 401). */
  refusedStatus: number;
  /** The request the platform would send for `event`; each call is a new delivery with an id of its own. */
  delivery(event: Event): Delivery;
  /** Sends a delivery to the app as the platform does: signed, or spoiled by `tamper`. */
  send(delivery: Delivery, tamper?: Tamper): Promise<Response>;
  /** A platform event that publishes MESSAGE_CREATED for a message no other call used. */
  newMessage(): { event: Event; messageId: string };
  /** Waits for the work done after the acknowledgement. */
  settle(): Promise<void>;
  cleanup(): Promise<void>;
}

/** Events Switchboard emits itself (read state, scheduled delivery): no platform webhook brings them. */
const SWITCHBOARD_ONLY: ReadonlySet<EventType> = new Set(['THREAD_READ', 'CHANNEL_READ', 'SCHEDULED_MESSAGE_SENT', 'SCHEDULED_MESSAGE_FAILED']);

/**
 * What a provider's test file hands to `runWebhookContract`. Samples are plain data (fixed ids the setup
 * seeds), so that every kind of event is a case of its own, named before the fixture exists.
 */
export interface WebhookContract<Event, Delivery> {
  /** One sample per kind of event the webhooks normalize. */
  samples: WebhookSample<Event>[];
  /** Platform events the webhooks acknowledge but publish nothing for (typing, bookkeeping). */
  ignored: Array<{ name: string; event: Event }>;
  setup(): Promise<WebhookContractFixture<Event, Delivery>>;
  /**
   * Spoilings the platform's deliveries cannot suffer, each with the reason, shown in the skipped case's name
   * (Graph's notifications carry a shared secret, `clientState`, but no signature over the body and no
   * timestamp: nothing to alter or replay that the secret would not already decide).
   */
  notApplicable?: Partial<Record<Tamper, string>>;
}

export function runWebhookContract<Event, Delivery>(name: string, contract: WebhookContract<Event, Delivery>): void {
  const { samples, ignored, setup, notApplicable = {} } = contract;
  describe(`webhook contract: ${name}`, () => {
    let fixture: WebhookContractFixture<Event, Delivery> | undefined;
    const get = (): WebhookContractFixture<Event, Delivery> => {
      if (!fixture) throw new Error('The webhook fixture is not ready: setup failed or has not run.');
      return fixture;
    };

    beforeAll(async () => {
      fixture = await setup();
    });
    afterAll(async () => {
      await fixture?.cleanup();
    });

    /** Runs `work` and returns the events of the workspace published on the bus meanwhile, after the work settled. */
    async function published(work: (f: WebhookContractFixture<Event, Delivery>) => Promise<void>): Promise<LoggedEvent[]> {
      const f = get();
      const seen: LoggedEvent[] = [];
      const unsubscribe = f.app.started.services.bus.subscribe((event) => {
        if (event.provider === f.provider && event.workspaceId === f.workspaceId) seen.push(event);
      });
      try {
        await work(f);
        await f.settle();
      } finally {
        unsubscribe();
      }
      return seen;
    }

    describe('refused deliveries publish nothing', () => {
      for (const tamper of ['unsigned', 'forged', 'altered', 'stale'] as const) {
        const title = `a delivery ${tamper === 'stale' ? 'signed too long ago (a replay)' : tamper === 'altered' ? 'altered after signing' : tamper === 'forged' ? 'signed with another secret' : 'without a signature'} is refused`;
        const reason = notApplicable[tamper];
        if (reason) {
          it.skip(`${title} (skipped: ${name} ${reason})`, () => {});
          continue;
        }
        it(title, async () => {
          let status = 0;
          const events = await published(async (f) => {
            status = (await f.send(f.delivery(f.newMessage().event), tamper)).status;
          });
          expect(status).toBe(get().refusedStatus);
          expect(events).toEqual([]);
        });
      }
    });

    it('a delivery that arrives twice, or several times at once, publishes its event once', async () => {
      let messageId = '';
      const statuses: number[] = [];
      const events = await published(async (f) => {
        const fresh = f.newMessage();
        messageId = fresh.messageId;
        const delivery = f.delivery(fresh.event);
        statuses.push((await f.send(delivery)).status);
        statuses.push(...(await Promise.all([1, 2, 3].map(async () => (await f.send(delivery)).status))));
      });
      expect(statuses.every((status) => status >= 200 && status < 300), `every copy is acknowledged: ${statuses.join(', ')}`).toBe(true);
      expect(events.map((event) => [event.type, event.messageId])).toEqual([['MESSAGE_CREATED', messageId]]);
    });

    it('the samples cover every event type the capabilities announce that a platform can bring', () => {
      const f = get();
      const covered = new Set(samples.map((sample) => sample.expected.type));
      const announced = f.capabilities.eventTypes.filter((type) => !SWITCHBOARD_ONLY.has(type));
      expect(announced.filter((type) => !covered.has(type)), 'announced event types without a sample').toEqual([]);
    });

    describe('each event becomes its normalized event on the bus', () => {
      for (const sample of samples) {
        it(`${sample.name} → ${sample.expected.type}`, async () => {
          const events = await published(async (f) => {
            const response = await f.send(f.delivery(sample.event));
            expect(response.status).toBeLessThan(300);
          });
          expect(events).toHaveLength(1);
          const identity = { channelId: null, messageId: null, threadRootId: null, actorId: null, emoji: null, buttonId: null };
          expect(events[0]).toMatchObject({ ...identity, ...sample.expected, provider: get().provider, workspaceId: get().workspaceId });
        });
      }
    });

    it('events the webhooks do not normalize are acknowledged and publish nothing', async () => {
      const statuses: number[] = [];
      const events = await published(async (f) => {
        for (const { event } of ignored) statuses.push((await f.send(f.delivery(event))).status);
      });
      expect(ignored.length).toBeGreaterThan(0);
      expect(statuses.every((status) => status >= 200 && status < 300)).toBe(true);
      expect(events).toEqual([]);
    });
  });
}
