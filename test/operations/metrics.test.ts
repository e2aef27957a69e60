import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type SwitchboardApp } from '../../src/http/app.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { hasMetric, sample } from '../../testkit/operations.js';

/**
 * GET /metrics answers Prometheus' text format behind METRICS_TOKEN, and the metrics move with what the
 * server does: each assertion compares a scrape before and after one action (the registry is the
 * process's, shared by every app in this file).
 */
const TOKEN = 'metrics-token-0123456789';

describe('/metrics on PostgreSQL', () => {
  let test: TestApp;
  let app: SwitchboardApp;
  let general: string;

  const scrape = async (): Promise<string> => {
    const response = await app.fetch('http://switchboard.test/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    return response.text();
  };
  const gql = async (apiKey: string | null, query: string, variables: Record<string, unknown> = {}) => {
    const response = await app.fetch('http://switchboard.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, any>; errors?: Array<{ extensions: { code: string } }> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  beforeAll(async () => {
    test = await startTestApp('postgres', { seed: true });
    app = createApp(test.started.services, { metricsToken: TOKEN });
    const found = await gql('demo-alice', 'query Channels { workspaces { name channels(first: 10, query: "general") { nodes { id } } } }');
    general = found.data!.workspaces.find((workspace: { name: string }) => workspace.name === 'Acme').channels.nodes[0].id;
  });
  afterAll(async () => {
    await test?.close();
  });

  it('needs the token when METRICS_TOKEN is set', async () => {
    expect((await app.fetch('http://switchboard.test/metrics')).status).toBe(401);
    const wrong = await app.fetch('http://switchboard.test/metrics', { headers: { authorization: 'Bearer metrics-token-0123456788' } });
    expect(wrong.status).toBe(401);
    const right = await app.fetch('http://switchboard.test/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(200);
    expect(right.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await right.text();
    // The process's own metrics are there too.
    expect(hasMetric(text, 'process_cpu_user_seconds_total')).toBe(true);
    expect(hasMetric(text, 'nodejs_eventloop_lag_seconds')).toBe(true);
    // Open without a token (the test app's own, made without one).
    expect((await test.app.fetch('http://switchboard.test/metrics')).status).toBe(200);
  });

  it('times requests by operation name and type, and counts errors by closed code', async () => {
    const before = await scrape();
    await gql('demo-alice', 'query Channels { workspaces { name channels(first: 10, query: "general") { nodes { id } } } }');
    await gql(null, 'query Refused { viewer { name } }');
    await gql('demo-alice', 'query Missing { message(id: "bm90LWEtbWVzc2FnZQ") { id } }');
    const after = await scrape();
    const count = (text: string, labels: Record<string, string>) => sample(text, 'graphql_envelop_request_duration_count', labels);
    expect(count(after, { operationName: 'Channels', operationType: 'query' }) - count(before, { operationName: 'Channels', operationType: 'query' })).toBe(1);
    const http = (text: string) => sample(text, 'graphql_yoga_http_duration_count', { operationName: 'Refused', statusCode: '401' });
    expect(http(after) - http(before)).toBe(1);
    expect(after).not.toMatch(/graphql_yoga_http_duration_count\{[^}]*url=/);
    const errors = (text: string, code: string) => sample(text, 'switchboard_graphql_errors_total', { code, operationType: 'query' });
    expect(errors(after, 'NOT_AUTHENTICATED') - errors(before, 'NOT_AUTHENTICATED')).toBe(1);
    expect(errors(after, 'NOT_FOUND') + errors(after, 'VALIDATION_ERROR') - errors(before, 'NOT_FOUND') - errors(before, 'VALIDATION_ERROR')).toBe(1);
  });

  it('counts provider calls by provider and method with their latency', async () => {
    const before = await scrape();
    await gql('demo-alice', 'query Channels { workspaces { name channels(first: 10, query: "general") { nodes { id } } } }');
    const after = await scrape();
    const calls = (text: string) => sample(text, 'switchboard_provider_calls_total', { provider: 'builtin', method: 'listChannels', outcome: 'ok' });
    const timed = (text: string) => sample(text, 'switchboard_provider_call_duration_seconds_count', { provider: 'builtin', method: 'listChannels' });
    // One Acme and one Globex workspace: listChannels once each.
    expect(calls(after) - calls(before)).toBe(2);
    expect(timed(after) - timed(before)).toBe(2);
  });

  it('counts events published, received from the bus and delivered, and their lag', async () => {
    const response = await app.fetch('http://switchboard.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: 'Bearer demo-bob' },
      body: JSON.stringify({ query: 'subscription Live { events { type } }' }),
    });
    const reader = response.body!.getReader();
    await reader.read(); // the first ping: the stream is open
    const active = await scrape();
    expect(sample(active, 'switchboard_active_subscriptions', { transport: 'sse' })).toBe(1);

    const before = await scrape();
    const sent = await gql('demo-alice', 'mutation Send($id: ID!) { sendMessage(input: { channelId: $id, text: "counted" }) { message { id } } }', { id: general });
    expect(sent.errors).toBeUndefined();
    let streamed = '';
    while (!streamed.includes('MESSAGE_CREATED')) streamed += new TextDecoder().decode((await reader.read()).value);
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
    expect(delta('switchboard_events_published_total', { provider: 'builtin', type: 'MESSAGE_CREATED' })).toBe(1);
    expect(delta('switchboard_events_received_total', { provider: 'builtin' })).toBe(1);
    expect(delta('switchboard_event_lag_seconds_count', { provider: 'builtin' })).toBe(1);
    expect(delta('switchboard_events_delivered_total', { transport: 'sse' })).toBe(1);

    await reader.cancel();
    expect(sample(await scrape(), 'switchboard_active_subscriptions', { transport: 'sse' })).toBe(0);
  });

  it('reports the scheduler queue and the database pool at scrape time', async () => {
    const before = await scrape();
    // The demo seeds one pending scheduled message; schedule another.
    expect(sample(before, 'switchboard_scheduler_queue_depth', { state: 'pending' })).toBe(1);
    const scheduled = await gql(
      'demo-alice',
      'mutation Later($id: ID!, $at: DateTime!) { scheduleMessage(input: { channelId: $id, text: "later", scheduledFor: $at }) { userErrors { code } } }',
      { id: general, at: new Date(Date.now() + 3_600_000).toISOString() },
    );
    expect(scheduled.data?.scheduleMessage.userErrors).toEqual([]);
    const after = await scrape();
    // An optional part of the provider is measured like its own methods, named `part.method`.
    const partCalls = (text: string) => sample(text, 'switchboard_provider_calls_total', { provider: 'builtin', method: 'scheduled.scheduleMessage', outcome: 'ok' });
    expect(partCalls(after) - partCalls(before)).toBe(1);
    expect(sample(after, 'switchboard_scheduler_queue_depth', { state: 'pending' })).toBe(2);
    expect(sample(after, 'switchboard_scheduler_queue_depth', { state: 'due' })).toBe(0);
    expect(sample(after, 'switchboard_db_pool_connections', { state: 'total' })).toBeGreaterThan(0);
    expect(hasMetric(after, 'switchboard_db_pool_connections')).toBe(true);
  });

  it('counts webhook deliveries and failed verifications', async () => {
    const before = await scrape();
    const response = await app.fetch('http://switchboard.test/webhooks/slack', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)), 'x-slack-signature': 'v0=00' },
      body: JSON.stringify({ type: 'event_callback' }),
    });
    expect(response.status).toBe(401);
    const after = await scrape();
    expect(sample(after, 'switchboard_webhook_verifications_failed_total', { provider: 'slack' }) - sample(before, 'switchboard_webhook_verifications_failed_total', { provider: 'slack' })).toBe(1);
    const deliveries = (text: string) => sample(text, 'switchboard_webhook_deliveries_total', { provider: 'slack', route: 'default', status: '401' });
    expect(deliveries(after) - deliveries(before)).toBe(1);
  });
});
