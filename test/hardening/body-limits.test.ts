import { request as httpRequest, type IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useLiveServer, within, type LiveServer } from '../../testkit/subscriptions.js';

/**
 * Issue 15, item 2: bodies without a Content-Length (Transfer-Encoding: chunked) were read whole before
 * anything was decided — 400 MB before a 401, 30 MiB executed, Slack webhooks buffered whole. Bytes are
 * counted as they stream and a body is cut off at its limit with 413 on every route; a GraphQL request
 * without a valid key is refused before its body is read.
 *
 * Each request below streams a body that would not end before 64 MiB; the server must answer long before.
 */

const MIB = 1024 * 1024;
const GIVE_UP_AFTER = 64 * MIB;

interface Outcome {
  status: number;
  body: string;
  /** Bytes the client had written when the answer came. */
  sentBeforeAnswer: number;
}

/** POSTs a chunked body that keeps growing until the server answers (or GIVE_UP_AFTER bytes). */
function streamUntilAnswered(live: LiveServer, path: string, headers: Record<string, string>, prefix: string, filler = 'x'): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = httpRequest({ host: '127.0.0.1', port: live.port, path, method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } });
    request.on('response', (response: IncomingMessage) => {
      answered = true;
      const sentBeforeAnswer = sent;
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body, sentBeforeAnswer });
        request.destroy();
      });
    });
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, filler);
    const pump = () => {
      while (!answered && sent < GIVE_UP_AFTER) {
        sent += chunk.length;
        if (!request.write(chunk)) return request.once('drain', pump);
      }
      if (!answered) request.end();
    };
    request.write(prefix);
    sent += prefix.length;
    pump();
  });
}

describe('request bodies are counted as they stream', { timeout: 90_000 }, () => {
  let live: LiveServer;
  useLiveServer('pglite', (server) => (live = server));

  const json = { 'content-type': 'application/json' };
  const prefix = '{"query":"{ viewer { name } }","variables":{"padding":"';

  it('a GraphQL request without a key is refused with 401 before its body is read', async () => {
    const outcome = await within(streamUntilAnswered(live, '/graphql', json, prefix), 'the answer', 60_000);
    expect(outcome.status).toBe(401);
    expect(JSON.parse(outcome.body)).toMatchObject({ errors: [{ extensions: { code: 'NOT_AUTHENTICATED' } }] });
    expect(outcome.sentBeforeAnswer).toBeLessThan(8 * MIB);
  });

  it('a GraphQL request with an unknown key is refused the same way', async () => {
    const outcome = await within(streamUntilAnswered(live, '/graphql', { ...json, authorization: 'Bearer demo-mallory' }, prefix), 'the answer', 60_000);
    expect(outcome.status).toBe(401);
    expect(outcome.sentBeforeAnswer).toBeLessThan(8 * MIB);
  });

  it('an authenticated chunked JSON body is cut off at 1 MiB with 413', async () => {
    const outcome = await within(streamUntilAnswered(live, '/graphql', { ...json, authorization: 'Bearer demo-alice' }, prefix), 'the answer', 60_000);
    expect(outcome.status).toBe(413);
    expect(JSON.parse(outcome.body)).toMatchObject({
      errors: [{ message: 'The request body is over the limit of 1,048,576 bytes.', extensions: { code: 'VALIDATION_ERROR' } }],
    });
    expect(outcome.sentBeforeAnswer).toBeLessThan(8 * MIB);
  });

  it('a Slack webhook body is cut off at its limit with 413 before its signature is checked', async () => {
    const headers = {
      ...json,
      'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
      'x-slack-signature': `v0=${'0'.repeat(64)}`,
    };
    const outcome = await within(streamUntilAnswered(live, '/webhooks/slack', headers, '{"type":"event_callback","pad":"'), 'the answer', 60_000);
    expect(outcome.status).toBe(413);
    expect(JSON.parse(outcome.body)).toMatchObject({ ok: false, error: 'body_too_large' });
    expect(outcome.sentBeforeAnswer).toBeLessThan(8 * MIB);
  });

  it('a multipart upload is counted too: chunked without a length it is refused before its body is read', async () => {
    const headers = { 'content-type': 'multipart/form-data; boundary=xyz', authorization: 'Bearer demo-alice' };
    const outcome = await within(streamUntilAnswered(live, '/graphql', headers, '--xyz\r\nContent-Disposition: form-data; name="0"; filename="a.bin"\r\n\r\n'), 'the answer', 60_000);
    expect([411, 413]).toContain(outcome.status);
    expect(outcome.sentBeforeAnswer).toBeLessThan(8 * MIB);
  });

  it('an ordinary request still works after all that', async () => {
    const response = await fetch(live.httpUrl, {
      method: 'POST',
      headers: { ...json, authorization: 'Bearer demo-alice' },
      body: JSON.stringify({ query: '{ viewer { name } }' }),
    });
    expect(await response.json()).toEqual({ data: { viewer: { name: 'Alice Chen' } } });
  });
});
