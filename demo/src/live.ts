import { CreateSubscriptionTicketDocument, EventsDocument, eventStreamUrl, type EventsSubscription, type EventsSubscriptionVariables } from '@switchboard/client';
import { check, request, textOf } from './api.js';

/**
 * Live events with the browser's own EventSource, which cannot send an Authorization header: ask
 * createSubscriptionTicket for a ticket (the key travels in that mutation's header), then open
 * /graphql/stream?ticket=…&query=…&variables=…. A ticket works once, for a minute, for this document only,
 * so on any error the stream is closed, and reopened with a new ticket and `after` set to the last cursor
 * received: nothing is lost or repeated across the gap.
 */

export type LiveEvent = EventsSubscription['events'];
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'stopped';

export interface LiveStream {
  stop(): void;
}

export function openLiveStream(
  filter: NonNullable<EventsSubscriptionVariables['filter']>,
  onEvent: (event: LiveEvent) => void,
  onStatus: (status: LiveStatus) => void,
): LiveStream {
  const query = textOf(EventsDocument);
  let source: EventSource | null = null;
  let after: string | null = null;
  let stopped = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const connect = async () => {
    onStatus(failures === 0 ? 'connecting' : 'reconnecting');
    try {
      const { createSubscriptionTicket } = await request(CreateSubscriptionTicketDocument, { query });
      check(createSubscriptionTicket);
      if (stopped) return;
      const variables: EventsSubscriptionVariables = { filter, after };
      source = new EventSource(eventStreamUrl(location.origin, { ticket: createSubscriptionTicket.ticket!, query, variables }));
      source.onopen = () => {
        failures = 0;
        onStatus('live');
      };
      source.addEventListener('next', (message) => {
        const result = JSON.parse((message as MessageEvent<string>).data) as { data?: EventsSubscription };
        const event = result.data?.events;
        if (!event) return;
        after = event.cursor;
        onEvent(event);
      });
      // The browser would retry the same URL, whose ticket is spent: reconnect with a new one instead.
      source.onerror = () => schedule();
    } catch {
      schedule();
    }
  };

  const schedule = () => {
    source?.close();
    source = null;
    if (stopped) return;
    failures += 1;
    onStatus('reconnecting');
    retry = setTimeout(() => void connect(), Math.min(30_000, 500 * 2 ** Math.min(failures, 6)));
  };

  void connect();
  return {
    stop() {
      stopped = true;
      clearTimeout(retry);
      source?.close();
      onStatus('stopped');
    },
  };
}
