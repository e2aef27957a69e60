import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type SwitchboardApp } from '../../src/http/app.js';
import { startTracing, tracingEnabled, type Tracing } from '../../src/observability/tracing.js';
import { startTestApp, type TestApp } from '../../testkit/app.js';

/**
 * With OTEL_EXPORTER_OTLP_ENDPOINT set, spans reach an OTLP/HTTP collector (here a small receiver): the
 * request, the resolvers of object fields, and the provider calls below them, in one trace, with names
 * and codes as attributes and never content.
 */
interface ReceivedSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: Array<{ key: string; value: Record<string, unknown> }>;
}

describe('OpenTelemetry tracing', () => {
  let receiver: Server;
  const bodies: string[] = [];
  let tracing: Tracing | null;
  let test: TestApp;
  let app: SwitchboardApp;
  let withoutEndpoint: { result: Tracing | null; enabled: boolean };

  beforeAll(async () => {
    withoutEndpoint = { result: await startTracing({}), enabled: tracingEnabled() };
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        if (request.url === '/v1/traces') bodies.push(body);
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    tracing = await startTracing();
    test = await startTestApp('pglite');
    app = createApp(test.started.services);
  });
  afterAll(async () => {
    await tracing?.shutdown();
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    await test?.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('is off without an endpoint', () => {
    expect(withoutEndpoint).toEqual({ result: null, enabled: false });
  });

  it('exports a request with its resolvers and provider calls as one trace', async () => {
    const response = await app.fetch('http://switchboard.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer demo-alice' },
      body: JSON.stringify({ query: 'query Channels { workspaces { channels(first: 2, query: "secret-search-text") { nodes { name } } } }' }),
    });
    expect(response.status).toBe(200);
    await tracing!.forceFlush();

    const spans: ReceivedSpan[] = bodies.flatMap((body) =>
      (JSON.parse(body) as { resourceSpans: Array<{ scopeSpans: Array<{ spans: ReceivedSpan[] }> }> }).resourceSpans.flatMap((resource) =>
        resource.scopeSpans.flatMap((scope) => scope.spans),
      ),
    );
    const request = spans.find((span) => span.name === 'POST /graphql');
    expect(request).toBeDefined();
    const inTrace = spans.filter((span) => span.traceId === request!.traceId);
    const names = inTrace.map((span) => span.name);
    expect(names).toContain('resolve Query.workspaces');
    expect(names).toContain('resolve Workspace.channels');
    expect(names).toContain('provider listChannels');
    const providerCall = inTrace.find((span) => span.name === 'provider listChannels')!;
    expect(providerCall.attributes).toEqual(
      expect.arrayContaining([
        { key: 'switchboard.provider', value: { stringValue: 'builtin' } },
        { key: 'switchboard.method', value: { stringValue: 'listChannels' } },
      ]),
    );
    // Nested: the provider call's parent is in this trace.
    expect(inTrace.some((span) => span.spanId === providerCall.parentSpanId)).toBe(true);
    expect(bodies.join('')).not.toContain('secret-search-text');
  });
});
