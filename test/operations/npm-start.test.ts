import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { runAdmin } from '../../src/admin/commands.js';
import { within } from '../../testkit/subscriptions.js';

/**
 * `npm start` as an operator runs it, in its own process group: the server logs JSON at the most verbose
 * level while it gets traffic carrying a unique marker in every place content can travel (messages,
 * markdown, edits, scheduled messages, search, variables that fail validation, subscriptions over SSE and
 * WebSocket, a webhook body, query strings, paths, a bad API key); then SIGTERM goes to the npm process.
 * Everything the process tree printed must be free of the marker and of the API keys, the port must close,
 * subscribers must be told, and no process of the tree may survive.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-npm-start-'));
const MARKER = `zq${randomUUID().replace(/-/g, '')}`;

interface Server {
  npm: ChildProcess;
  output: () => string;
  port: number;
  nodePid: number;
}

async function admin(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runAdmin(argv, { database: { kind: 'pglite', dataDir: join(dataDir, 'pglite') } }, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** Processes whose process group is `pgid` (from /proc). */
function processGroup(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) members.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return members;
}

function portRefuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

function startNpm(): Promise<Server> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'trace',
    LOG_FORMAT: 'json',
    SHUTDOWN_GRACE_MS: '20000',
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  delete env.PUBLIC_URL;
  // detached: a process group of its own, to find every process the start made.
  const npm = spawn('npm', ['start'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const started = /\{[^\n]*"event":"server_started"[^\n]*\}/.exec(output);
      if (started) {
        const line = JSON.parse(started[0]) as { port: number; pid: number };
        resolve({ npm, output: () => output, port: line.port, nodePid: line.pid });
      }
    };
    npm.stdout!.on('data', onData);
    npm.stderr!.on('data', onData);
    npm.once('exit', (code) => reject(new Error(`npm start exited with ${code} before it was ready:\n${output}`)));
  });
}

describe('npm start, operated', () => {
  let server: Server;
  let owner: string;
  let member: string;
  let client: Client | null = null;

  const gql = async (key: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions: { code: string } }> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  beforeAll(async () => {
    const made = await admin('new-workspace', '--name', 'Initech', '--person-name', 'Peter Gibbons', '--email', 'peter@initech.test', '--handle', 'peter');
    const workspace = /workspace (\S+)/.exec(made.out)![1];
    owner = /api key\s+(\S+)/.exec(made.out)![1];
    member = /api key\s+(\S+)/.exec((await admin('add-member', '--workspace', workspace, '--person-name', 'Milton', '--email', 'milton@initech.test', '--handle', 'milton')).out)![1];
    server = await startNpm();
  }, 180_000);
  afterAll(async () => {
    client?.terminate();
    if (server && processGroup(server.npm.pid!).length > 0) process.kill(-server.npm.pid!, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses npm run admin beside the running server instead of printing a key that would be lost', async () => {
    const refused = await admin('new-key', '--email', 'peter@initech.test');
    expect(refused).toMatchObject({ code: 1, out: '' });
    expect(refused.err).toContain(`is open in a running Switchboard server (pid ${server.nodePid} `);
  });

  it('logs no content, token or key, and stops gracefully on SIGTERM to npm with nothing left running', async () => {
    const channels = await gql(owner, '{ workspaces { channels(first: 5) { nodes { id name } } } }');
    const general = channels.data.workspaces[0].channels.nodes.find((channel: { name: string }) => channel.name === 'general').id;

    // Subscribers on both transports, as the member.
    const sse = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${member}` },
      body: JSON.stringify({ query: 'subscription Watch { events { type message { text } } }' }),
    });
    const sseReader = sse.body!.getReader();
    let sseText = '';
    const sseDone = (async () => {
      for (;;) {
        const { value, done } = await sseReader.read();
        if (done) return sseText;
        sseText += new TextDecoder().decode(value);
      }
    })();
    sseDone.catch(() => {}); // a failure shows in the assertion on it
    let closeCode: number | null = null;
    const wsMessages: string[] = [];
    let wsCompleted!: () => void;
    const wsComplete = new Promise<void>((resolve) => (wsCompleted = resolve));
    const wsSeen = new Promise<void>((resolve) => {
      client = createClient({
        url: `ws://127.0.0.1:${server.port}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${member}` },
        retryAttempts: 0,
        on: { closed: (event) => (closeCode = (event as { code: number }).code) },
      });
      client.subscribe(
        { query: 'subscription WatchWs { events { type message { text markdown } } }' },
        {
          next: (result) => {
            wsMessages.push(JSON.stringify(result));
            if (JSON.stringify(result).includes(MARKER)) resolve();
          },
          error: () => {},
          complete: () => wsCompleted(),
        },
      );
    });
    // Both are listening once the subscription_started lines are out.
    await within(
      (async () => {
        while ((server.output().match(/"event":"subscription_started"/g) ?? []).length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
      })(),
      'both subscriptions to start',
    );

    const sent = await gql(owner, 'mutation Send($input: SendMessageInput!) { sendMessage(input: $input) { message { id text } userErrors { code } } }', {
      input: { channelId: general, text: `hello ${MARKER}` },
    });
    const messageId = sent.data.sendMessage.message.id;
    expect(sent.data.sendMessage.message.text).toContain(MARKER);
    await gql(owner, 'mutation Md($input: SendMessageInput!) { sendMessage(input: $input) { message { id } } }', {
      input: { channelId: general, markdown: `**${MARKER}** and _more_` },
    });
    await gql(owner, 'mutation Edit($input: UpdateMessageInput!) { updateMessage(input: $input) { message { id } } }', {
      input: { messageId, text: `edited ${MARKER}` },
    });
    await gql(owner, 'mutation Later($input: ScheduleMessageInput!) { scheduleMessage(input: $input) { scheduledMessage { id } } }', {
      input: { channelId: general, text: `later ${MARKER}`, scheduledFor: new Date(Date.now() + 3_600_000).toISOString() },
    });
    const search = await gql(owner, 'query Find($q: String!, $w: ID!) { workspace(id: $w) { search(query: $q) { totalCount } } }', {
      q: MARKER,
      w: (await gql(owner, '{ workspaces { id } }')).data.workspaces[0].id,
    });
    expect(search.errors).toBeUndefined();
    // Bad input is quoted back to the client, never to the logs.
    const invalid = await gql(owner, 'mutation Bad($input: SendMessageInput!) { sendMessage(input: $input) { message { id } userErrors { code message } } }', {
      input: { channelId: MARKER, text: MARKER },
    });
    expect(JSON.stringify(invalid)).toContain(MARKER);
    const badKey = `sb_${MARKER}`;
    expect((await gql(badKey, '{ viewer { name } }')).errors?.[0].extensions.code).toBe('NOT_AUTHENTICATED');
    await fetch(`http://127.0.0.1:${server.port}/graphql?query=${encodeURIComponent(`{ viewer { name } } # ${MARKER}`)}`, { headers: { authorization: `Bearer ${owner}` } });
    await fetch(`http://127.0.0.1:${server.port}/${MARKER}`);
    const webhook = await fetch(`http://127.0.0.1:${server.port}/webhooks/slack`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)), 'x-slack-signature': `v0=${MARKER}` },
      body: JSON.stringify({ type: 'event_callback', event: { type: 'message', text: MARKER } }),
    });
    expect(webhook.status).toBe(401);
    await within(wsSeen, 'the WebSocket subscriber to get the message');
    await within(
      (async () => {
        while (!sseText.includes(MARKER)) await new Promise((resolve) => setTimeout(resolve, 20));
      })(),
      'the SSE subscriber to get the message',
    );

    // SIGTERM to the npm process, as Docker, systemd or PM2 would send it.
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      server.npm.once('exit', (code, signal) => resolve({ code, signal })),
    );
    process.kill(server.npm.pid!, 'SIGTERM');
    expect(await within(exited, 'npm start to exit', 30_000)).toEqual({ code: 0, signal: null });
    // Subscribers were told: SSE got its final complete, graphql-ws a complete and then close 1001.
    expect(await within(sseDone, 'the SSE stream to end')).toMatch(/event: complete\ndata:\n\n$/);
    await within(wsComplete, 'the WebSocket subscription to complete');
    await within(
      (async () => {
        while (closeCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
      })(),
      'the WebSocket to close',
    );
    expect(closeCode).toBe(1001);
    // The port is closed and no process of the tree is left (npm, node, tsx's esbuild service).
    expect(await portRefuses(server.port)).toBe(true);
    await within(
      (async () => {
        while (processGroup(server.npm.pid!).length > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      })(),
      'every process of the tree to exit',
    );
    expect(processGroup(server.npm.pid!)).toEqual([]);

    const output = server.output();
    expect(output).toMatch(/"event":"server_stopping","signal":"SIGTERM"/);
    expect(output).toMatch(/"event":"server_stopped","signal":"SIGTERM"[^\n]*"cutRequests":0/);
    // Traffic was logged: requests, subscriptions, the webhook…
    expect(output).toMatch(/"event":"request"[^\n]*"operationName":"Send","operationType":"mutation"/);
    expect(output).toMatch(/"event":"subscription_stopped"[^\n]*"reason":"server_shutdown"/);
    expect(output).toMatch(/"event":"webhook_delivery","provider":"slack","route":"default","status":401,"verified":false/);
    // …and none of it carries content, tokens or keys.
    expect(output).not.toContain(MARKER);
    for (const key of [owner, member, badKey]) expect(output).not.toContain(key);
  }, 120_000);
});
