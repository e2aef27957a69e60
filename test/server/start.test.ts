import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm start` as a new user runs it: the real entry point in its own process, PGlite on disk, demo seed on
 * the first start only, data kept across restarts, a clean exit on SIGTERM.
 */

interface Started {
  child: ChildProcess;
  output: string;
  baseUrl: string;
}

const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-start-'));
/** Every server started, so that a failed or timed-out test never leaves one running. */
const children = new Set<ChildProcess>();

function start(): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info', LOG_FORMAT: 'json' };
  delete env.DATABASE_URL; // the embedded default, whatever the test run points at
  delete env.REDIS_URL;
  delete env.PUBLIC_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphiQL\s+(http:\/\/localhost:\d+)\/graphql/.exec(output);
      if (match && output.includes('server_started')) resolve({ child, output, baseUrl: match[1] });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before it was ready:\n${output}`)));
  });
}

function stop(started: Started): Promise<number | null> {
  return new Promise((resolve) => {
    started.child.once('exit', (code) => resolve(code));
    started.child.kill('SIGTERM');
  });
}

async function query(baseUrl: string, body: object) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer demo-carol' },
    body: JSON.stringify(body),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- ad-hoc queries, read as the test asserts them
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

describe('npm start on the embedded default', () => {
  afterAll(async () => {
    await Promise.all([...children].map((child) => new Promise((resolve) => child.once('exit', resolve).kill('SIGKILL'))));
    rmSync(dataDir, { recursive: true, force: true });
  });

  // Two real starts of the whole server (migrations, demo seed with its files, first compile by tsx): on a
  // loaded 2-core machine that alone can take most of the default 30 s, so this test gets more.

  it('seeds an empty store, serves GraphiQL, health and queries, and keeps data across a restart', async () => {
    const first = await start();
    expect(first.output).toMatch(/Store\s+PGlite in .*switchboard-start-/);
    expect(first.output).toMatch(/Demo seed\s+\d+ messages in 2 workspaces/);
    expect(first.output).toContain('demo-alice, demo-bob, demo-carol, demo-dave');
    // The first start says what it is doing while it migrates and seeds (it takes seconds).
    expect(first.output).toMatch(/"event":"starting","step":"applying \d+ database migrations"/);
    expect(first.output).toMatch(/"step":"migration 0001_core applied/);
    expect(first.output).toContain('"step":"seeding the demo workspaces into the empty store"');

    const health = await fetch(`${first.baseUrl}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${first.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    const graphiql = await fetch(`${first.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    // The /demo page is built by the server itself: no build step after npm install.
    const demo = await fetch(`${first.baseUrl}/demo`);
    expect(demo.status).toBe(200);
    const demoScript = /src="(\/demo\/assets\/[^"]+\.js)"/.exec(await demo.text())?.[1];
    expect((await fetch(`${first.baseUrl}${demoScript}`)).status).toBe(200);

    const channels = await query(first.baseUrl, { query: '{ workspaces { channels(first: 1, query: "general") { nodes { id } } } }' });
    const general = channels.data.workspaces[0].channels.nodes[0].id;
    const sent = await query(first.baseUrl, {
      query: 'mutation($id: ID!) { sendMessage(input: { channelId: $id, text: "still here after a restart" }) { message { id } } }',
      variables: { id: general },
    });
    const messageId = sent.data.sendMessage.message.id;
    expect(await stop(first)).toBe(0);

    const second = await start();
    expect(second.output).not.toContain('Demo seed');
    expect(second.output).not.toContain('database migrations');
    const again = await query(second.baseUrl, { query: 'query($id: ID!) { message(id: $id) { text } }', variables: { id: messageId } });
    expect(again.data).toEqual({ message: { text: 'still here after a restart' } });
    expect(await stop(second)).toBe(0);
  }, 120_000);
});
