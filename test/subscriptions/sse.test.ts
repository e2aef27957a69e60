import { createHash } from 'node:crypto';
import { createClient, type Client, type ExecutionResult } from 'graphql-sse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_PENDING_RESERVATIONS, RESERVATION_TTL_MS } from '../../src/http/sse.js';
import { graphql } from '../../testkit/gql/index.js';
import { Inbox, useLiveServer, within, type LiveServer } from '../../testkit/subscriptions.js';

/**
 * /graphql/stream from a Node client's point of view (the browser side is test/browser/sse.test.ts): graphql-sse's
 * single-connection and distinct-connections modes with an Authorization header, reservations that belong to
 * their account, and the single-use subscription tickets that let the native EventSource in without a key in
 * the URL.
 */

const LIVE_GENERAL = 'subscription LiveGeneral($channel: ID!) { events(filter: { channelIds: [$channel], types: [MESSAGE_CREATED] }) { type message { text } } }';
const EVERYTHING = 'subscription Everything { events(filter: { types: [MESSAGE_CREATED] }) { type channel { name } message { text } } }';

const TicketMutation = graphql(`
  mutation SseTicket($input: CreateSubscriptionTicketInput!) {
    createSubscriptionTicket(input: $input) { ticket expiresAt userErrors { code message field } }
  }
`);

/** Reads `data:` payloads of a server-sent event stream (a fetch response body) into an inbox. */
function readEvents(response: Response): Inbox<Record<string, unknown>> {
  const inbox = new Inbox<Record<string, unknown>>();
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return inbox.complete();
        buffered += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffered.indexOf('\n\n')) >= 0) {
          const block = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const event = /^event: (\w+)/m.exec(block)?.[1];
          const data = block
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('\n');
          if (event === 'next' && data) inbox.push(JSON.parse(data) as Record<string, unknown>);
        }
      }
    } catch (error) {
      inbox.fail(error);
    }
  })();
  return inbox;
}

describe('GraphQL over server-sent events on /graphql/stream (pglite)', () => {
  let live: LiveServer;
  useLiveServer('pglite', (server) => (live = server));
  const streamUrl = () => live.httpUrl.replace(/\/graphql$/, '/graphql/stream');
  const clients: Array<Pick<Client, 'dispose'>> = [];
  const aborts: AbortController[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.dispose();
    for (const abort of aborts.splice(0)) abort.abort();
    await live.waitForBusListeners(0, 'every stream of the test to stop');
  });

  async function ticketFor(apiKey: string, query: string, operationName?: string) {
    const answer = await live.http(apiKey, TicketMutation, { input: { query, operationName } });
    expect(answer.errors).toBeUndefined();
    return answer.data!.createSubscriptionTicket;
  }

  /** What the browser's EventSource sends: a GET with Accept: text/event-stream and no other header. */
  function eventSource(params: Record<string, string>): Promise<Response> {
    const abort = new AbortController();
    aborts.push(abort);
    return fetch(`${streamUrl()}?${new URLSearchParams(params)}`, { headers: { accept: 'text/event-stream' }, signal: abort.signal });
  }

  it('single-connection mode: a graphql-sse client reserves a stream with PUT, opens it and receives events', async () => {
    const client = createClient({ url: streamUrl(), singleConnection: true, headers: { authorization: 'Bearer demo-bob' } });
    clients.push(client);
    const received = new Inbox<ExecutionResult>();
    const before = live.busListeners;
    client.subscribe({ query: LIVE_GENERAL, variables: { channel: live.directory.channel.general } }, {
      next: (result) => received.push(result as ExecutionResult),
      error: (error) => received.fail(error),
      complete: () => received.complete(),
    });
    await live.waitForBusListeners(before + 1, 'the single-connection subscription to start');
    await live.send('demo-alice', live.directory.channel.general, 'over one connection');
    expect((await received.next('the event')).data).toEqual({ events: { type: 'MESSAGE_CREATED', message: { text: 'over one connection' } } });
  });

  it('distinct-connections mode with the header; errors carry the closed codes', async () => {
    const client = createClient({ url: streamUrl(), headers: { authorization: 'Bearer demo-carol' } });
    clients.push(client);
    const invalid = await within(
      new Promise<ExecutionResult>((resolve, reject) => {
        client.subscribe({ query: 'subscription { events { nope } }' }, { next: (result) => resolve(result as ExecutionResult), error: reject, complete: () => {} });
      }),
      'the validation error',
    );
    expect(invalid.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION_ERROR' } });
    expect(invalid.errors?.[0].message).toContain('nope');

    const viewer = await within(
      new Promise<ExecutionResult>((resolve, reject) => client.subscribe({ query: '{ viewer { name } }' }, { next: (r) => resolve(r as ExecutionResult), error: reject, complete: () => {} })),
      'a query over SSE',
    );
    expect(viewer.data).toEqual({ viewer: { name: 'Carol Nguyen' } });
  });

  it('refuses a reservation without a valid key, and someone else’s stream token', async () => {
    const anonymous = await fetch(streamUrl(), { method: 'PUT' });
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).errors[0].extensions.code).toBe('NOT_AUTHENTICATED');

    const reserved = await fetch(streamUrl(), { method: 'PUT', headers: { authorization: 'Bearer demo-alice' } });
    expect(reserved.status).toBe(201);
    const token = await reserved.text();
    expect(token).toMatch(/^[\w-]{32}$/); // 24 random bytes, not a Math.random UUID
    const stolen = await fetch(streamUrl(), {
      headers: { accept: 'text/event-stream', authorization: 'Bearer demo-bob', 'x-graphql-event-stream-token': token },
    });
    expect(stolen.status).toBe(404);
    const tokenOnly = await fetch(streamUrl(), { headers: { accept: 'text/event-stream', 'x-graphql-event-stream-token': token } });
    expect(tokenOnly.status).toBe(401);
  });

  it('caps unopened reservations per account and drops those not opened within a minute', async () => {
    const reserve = () => fetch(streamUrl(), { method: 'PUT', headers: { authorization: 'Bearer demo-dave' } });
    const tokens: string[] = [];
    for (let i = 0; i < MAX_PENDING_RESERVATIONS; i += 1) {
      const reserved = await reserve();
      expect(reserved.status).toBe(201);
      tokens.push(await reserved.text());
    }
    const refused = await reserve();
    expect(refused.status).toBe(429);
    expect((await refused.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
    // Another account is not affected.
    expect((await fetch(streamUrl(), { method: 'PUT', headers: { authorization: 'Bearer demo-carol' } })).status).toBe(201);

    // A minute later (the clock moved, not waited for) the unopened ones are gone, and their tokens with them.
    const now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(now + RESERVATION_TTL_MS + 1);
    try {
      expect((await reserve()).status).toBe(201);
    } finally {
      clock.mockRestore();
    }
    const stale = await fetch(streamUrl(), { headers: { accept: 'text/event-stream', authorization: 'Bearer demo-dave', 'x-graphql-event-stream-token': tokens[0] } });
    expect(stale.status).toBe(404);
  });

  it('a ticket lets EventSource in once, as the account that asked for it, for that document only', async () => {
    const issued = await ticketFor('demo-carol', EVERYTHING);
    expect(issued.userErrors).toEqual([]);
    expect(issued.ticket).toMatch(/^sbt_[\w-]{43}$/);
    const lifetime = Date.parse(issued.expiresAt!) - Date.now();
    expect(lifetime).toBeGreaterThan(0);
    expect(lifetime).toBeLessThanOrEqual(61_000);

    // Stored as a hash only.
    const db = live.testApp.started.services.database.db;
    const rows = await db.selectFrom('subscription_tickets').selectAll().execute();
    expect(rows.map((row) => row.ticket_hash)).toContain(createHash('sha256').update(issued.ticket!).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(issued.ticket!);

    const before = live.busListeners;
    const response = await eventSource({ ticket: issued.ticket!, query: EVERYTHING });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = readEvents(response);
    await live.waitForBusListeners(before + 1, 'the ticketed stream to start');
    // Carol's account: #leadership (she is not in it) stays silent, #general arrives.
    await live.send('demo-alice', live.directory.channel.leadership, 'not for carol');
    await live.send('demo-alice', live.directory.channel.general, 'for everyone');
    expect(await events.next('carol’s event')).toEqual({ data: { events: { type: 'MESSAGE_CREATED', channel: { name: 'general' }, message: { text: 'for everyone' } } } });

    // Used up: the same URL again (what EventSource does on reconnect) is refused.
    const again = await eventSource({ ticket: issued.ticket!, query: EVERYTHING });
    expect(again.status).toBe(401);
    expect((await again.json()).errors[0]).toMatchObject({ extensions: { code: 'NOT_AUTHENTICATED' }, message: expect.stringContaining('already used') });
  });

  it('burns a ticket presented with another document, refuses an expired one and any other method', async () => {
    const issued = await ticketFor('demo-alice', LIVE_GENERAL);
    const other = await eventSource({ ticket: issued.ticket!, query: EVERYTHING });
    expect(other.status).toBe(401);
    expect((await other.json()).errors[0].message).toContain('another subscription document');
    const right = await eventSource({ ticket: issued.ticket!, query: LIVE_GENERAL, variables: JSON.stringify({ channel: live.directory.channel.general }) });
    expect(right.status).toBe(401);

    // Whitespace does not matter; the operation name does.
    const spaced = await ticketFor('demo-alice', `  ${LIVE_GENERAL.replace(/ \{/g, '{\n  ')}  # comment`);
    const accepted = await eventSource({ ticket: spaced.ticket!, query: LIVE_GENERAL, variables: JSON.stringify({ channel: live.directory.channel.general }) });
    expect(accepted.status).toBe(200);
    await accepted.body!.cancel();

    const expiring = await ticketFor('demo-alice', EVERYTHING);
    await live.testApp.started.services.database.db.updateTable('subscription_tickets').set({ expires_at: new Date(Date.now() - 1000) }).execute();
    expect((await eventSource({ ticket: expiring.ticket!, query: EVERYTHING })).status).toBe(401);

    const posted = await ticketFor('demo-alice', EVERYTHING);
    const post = await fetch(`${streamUrl()}?ticket=${posted.ticket}`, {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ query: EVERYTHING }),
    });
    expect(post.status).toBe(400);
  });

  it('issues tickets for valid subscriptions only', async () => {
    const notSubscription = await ticketFor('demo-alice', '{ viewer { name } }');
    expect(notSubscription).toMatchObject({ ticket: null, userErrors: [{ code: 'VALIDATION_ERROR', field: ['input', 'query'] }] });
    expect(notSubscription.userErrors[0].message).toContain('this operation is a query');
    const broken = await ticketFor('demo-alice', 'subscription { events { ');
    expect(broken.userErrors[0]).toMatchObject({ code: 'VALIDATION_ERROR', field: ['input', 'query'] });
    const invalid = await ticketFor('demo-alice', 'subscription { events { nope } }');
    expect(invalid.userErrors[0].message).toContain('nope');
    const anonymous = await live.http(null, TicketMutation, { input: { query: EVERYTHING } });
    expect(anonymous.status).toBe(401);
  });

  it('never writes a ticket to the log', async () => {
    const written: string[] = [];
    const stdout = process.stdout.write.bind(process.stdout);
    const stderr = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => (written.push(String(chunk)), stdout(chunk as string, ...(rest as [])))) as typeof process.stdout.write;
    process.stderr.write = ((chunk: unknown, ...rest: unknown[]) => (written.push(String(chunk)), stderr(chunk as string, ...(rest as [])))) as typeof process.stderr.write;
    try {
      const issued = await ticketFor('demo-dave', EVERYTHING);
      (await eventSource({ ticket: issued.ticket!, query: EVERYTHING })).body!.cancel();
      await eventSource({ ticket: issued.ticket!, query: EVERYTHING }); // refused: used
      await eventSource({ ticket: `${issued.ticket!}x`, query: EVERYTHING }); // refused: unknown
      expect(written.join('')).not.toContain(issued.ticket!.slice(4));
    } finally {
      process.stdout.write = stdout;
      process.stderr.write = stderr;
    }
  });
});
