import { describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/providers/ids.js';
import { useLiveServer, within, type LiveServer } from '../../testkit/subscriptions.js';

/**
 * Issue 15, item 8: inputs that leaked PROVIDER_ERROR ("Unexpected error.") or no code at all, over HTTP and
 * graphql-ws. Each is a VALIDATION_ERROR whose message names the problem.
 */

type Errors = ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;

describe('the closed error set holds for odd inputs', () => {
  let live: LiveServer;
  useLiveServer('pglite', (server) => (live = server));

  async function post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; errors?: Errors; data?: unknown }> {
    const response = await fetch(live.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: 'Bearer demo-alice', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }

  /** Runs one operation over graphql-ws and collects what the server sent back. */
  async function overSocket(payload: { query: string; variables?: Record<string, unknown>; operationName?: string }) {
    const client = live.wsClient({ authorization: 'Bearer demo-alice' });
    const results: Array<{ errors?: Errors }> = [];
    const outcome = await within(
      new Promise<{ errors?: Errors; closed?: string }>((resolve) => {
        client.subscribe(payload, {
          next: (result) => results.push(result as { errors?: Errors }),
          error: (error) => {
            if (Array.isArray(error)) resolve({ errors: error as Errors });
            else resolve({ closed: String((error as { code?: number; reason?: string }).code ?? '') + ' ' + String((error as { reason?: string }).reason ?? error) });
          },
          complete: () => resolve({ errors: results.flatMap((result) => result.errors ?? []) }),
        });
      }),
      'the socket to answer',
    );
    return outcome;
  }

  const nul = 'before\u0000after';

  it('a NUL character in a string variable is a VALIDATION_ERROR naming the variable, over HTTP and graphql-ws', async () => {
    const query = 'query Find($q: String) { workspaces { channels(query: $q) { nodes { id } } } }';
    const http = await post({ query, variables: { q: nul } });
    expect(http.errors).toEqual([
      expect.objectContaining({
        message: 'Variable $q contains a NUL character (U+0000), which no text may contain.',
        extensions: { code: 'VALIDATION_ERROR' },
      }),
    ]);
    const ws = await overSocket({ query, variables: { q: nul } });
    expect(ws.errors?.[0]).toMatchObject({ message: 'Variable $q contains a NUL character (U+0000), which no text may contain.', extensions: { code: 'VALIDATION_ERROR' } });
  });

  it('a NUL character nested in an input object or written in the document is refused too', async () => {
    const send = await post({
      query: 'mutation Send($input: SendMessageInput!) { sendMessage(input: $input) { message { id } userErrors { code } } }',
      variables: { input: { channelId: live.directory.channel.general, text: nul } },
    });
    expect(send.errors?.[0]).toMatchObject({ message: 'Variable $input contains a NUL character (U+0000), which no text may contain.', extensions: { code: 'VALIDATION_ERROR' } });
    const literal = await post({ query: '{ workspaces { channels(query: "a\\u0000b") { nodes { id } } } }' });
    expect(literal.errors?.[0]).toMatchObject({
      message: 'A string in the document contains a NUL character (U+0000), which no text may contain.',
      extensions: { code: 'VALIDATION_ERROR' },
    });
  });

  it('a global id with a bad % escape is a VALIDATION_ERROR, through an argument and through node(id)', async () => {
    const bad = Buffer.from('sb1:Channel:builtin:ws:%zz').toString('base64url');
    const channel = await post({ query: `{ channel(id: "${bad}") { id } }` });
    expect(channel.errors?.[0]).toMatchObject({ message: `id: "${bad}" is not a valid Switchboard id.`, extensions: { code: 'VALIDATION_ERROR' } });
    const node = await post({ query: `{ node(id: "${bad}") { id } }` });
    expect(node.errors?.[0]).toMatchObject({ message: `"${bad}" is not a valid Switchboard id.`, extensions: { code: 'VALIDATION_ERROR' } });
    // A well-formed id that names nothing stays NOT_FOUND.
    const missing = encodeGlobalId({ typename: 'Channel', provider: 'builtin', workspaceId: 'x', nativeId: 'y' });
    expect((await post({ query: `{ channel(id: "${missing}") { id } }` })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  const deepList = `{ nodes(ids: ${'['.repeat(2400)}"x"${']'.repeat(2400)}) { id } }`;

  it('a document nested 2,400 levels (under the token limit) is a VALIDATION_ERROR over HTTP', async () => {
    const result = await post({ query: deepList });
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'The document nests 2,402 levels deep; at most 64 brackets, braces and parentheses may be open at once.',
        extensions: { code: 'VALIDATION_ERROR' },
      }),
    ]);
  });

  it('the same document over graphql-ws gets the same error and the socket stays open', async () => {
    const result = await overSocket({ query: deepList });
    expect(result.closed).toBeUndefined();
    expect(result.errors?.[0]).toMatchObject({
      message: 'The document nests 2,402 levels deep; at most 64 brackets, braces and parentheses may be open at once.',
      extensions: { code: 'VALIDATION_ERROR' },
    });
  });

  it('a JSON body sent as multipart/form-data is a VALIDATION_ERROR saying so', async () => {
    const body = JSON.stringify({ query: '{ viewer { name } }' });
    const result = await post(body, { 'content-type': 'multipart/form-data; boundary=xyz', 'content-length': String(body.length) });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION_ERROR' } });
    expect(result.errors?.[0].message).toMatch(/^The request body is not valid multipart\/form-data/);
  });

  it('over graphql-ws, a bad variable and an unknown operation carry extensions.code VALIDATION_ERROR', async () => {
    const badVariable = await overSocket({ query: 'query Q($n: Int) { workspaces { channels(first: $n) { nodes { id } } } }', variables: { n: 'many' } });
    expect(badVariable.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION_ERROR' } });
    expect(badVariable.errors?.[0].message).toMatch(/^Variable "\$n" got invalid value "many"/);

    const unknown = await overSocket({ query: 'query A { viewer { name } } query B { viewer { name } }', operationName: 'C' });
    expect(unknown.errors).toEqual([
      expect.objectContaining({ message: 'The document has no operation named "C" (it has A, B).', extensions: { code: 'VALIDATION_ERROR' } }),
    ]);
    const unnamed = await overSocket({ query: 'query A { viewer { name } } query B { viewer { name } }' });
    expect(unnamed.errors?.[0]).toMatchObject({
      message: 'The document has several operations (A, B): name one with operationName.',
      extensions: { code: 'VALIDATION_ERROR' },
    });
  });
});
