import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSlackConnection, loadSlackConnectionsFile, parseSlackConnectionsFile } from '../../../src/providers/slack/index.js';
import { startFakeSlack, type FakeSlack } from '../../../testkit/fakes/slack/server.js';
import { startTestApp, type TestApp } from '../../../testkit/app.js';
import { SIGNING_SECRET, slackRuntime, slackSettings } from '../../../testkit/fakes/slack/settings.js';

/** SLACK_CONNECTIONS_FILE: workspaces connected with tokens from a file when the server starts. */

describe('SLACK_CONNECTIONS_FILE', () => {
  let slack: FakeSlack;
  let dir: string;
  let botToken: string;

  beforeAll(async () => {
    slack = await startFakeSlack({ teamId: 'T0FILETEAM', teamName: 'From a File' });
    slack.workspace.addUser({ name: 'alice', displayName: 'Alice Chen', email: 'alice@acme.test' });
    botToken = slack.workspace.addBot('switchboard').token;
    dir = await mkdtemp(join(tmpdir(), 'switchboard-connections-'));
  });
  afterAll(async () => {
    await slack?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('explains a malformed file by entry and field, without quoting any value', () => {
    expect(() => parseSlackConnectionsFile('{', 'c.json')).toThrow('SLACK_CONNECTIONS_FILE c.json is not valid JSON.');
    expect(() => parseSlackConnectionsFile('[]', 'c.json')).toThrow('SLACK_CONNECTIONS_FILE c.json must be an object with a "slack" array.');
    expect(() => parseSlackConnectionsFile('{"slack":[{}]}', 'c.json')).toThrow('SLACK_CONNECTIONS_FILE c.json: slack[0].botToken is required.');
    expect(() => parseSlackConnectionsFile('{"slack":[{"botToken":"env:NOPE_NOT_SET"}]}', 'c.json', {})).toThrow(
      'SLACK_CONNECTIONS_FILE c.json: slack[0].botToken refers to the environment variable NOPE_NOT_SET, which is not set.',
    );
    expect(() => parseSlackConnectionsFile('{"slack":[{"botToken":"xoxb-1","eventDelivery":"SOMETIMES"}]}', 'c.json')).toThrow(
      'slack[0].eventDelivery must be "PUSH" or "POLL".',
    );
  });

  it('connects each workspace at start (tokens from the environment), links the named admin, and stores nothing in plain text', async () => {
    const path = join(dir, 'slack.json');
    await writeFile(path, JSON.stringify({ slack: [{ botToken: 'env:TEST_SLACK_BOT', signingSecret: 'env:TEST_SLACK_SECRET', adminEmail: 'alice@acme.test', eventDelivery: 'POLL' }] }));
    process.env.TEST_SLACK_BOT = botToken;
    process.env.TEST_SLACK_SECRET = SIGNING_SECRET;
    let app: TestApp | undefined;
    try {
      app = await startTestApp('pglite', { connections: slackSettings(slack.apiUrl, { SLACK_CONNECTIONS_FILE: path }) });
      const stored = await loadSlackConnection(app.started.services.connections.store, 'T0FILETEAM');
      expect(stored).toMatchObject({ name: 'From a File', botToken, signingSecret: SIGNING_SECRET, eventDelivery: 'POLL' });
      const workspaces = await app.gql('demo-alice', '{ workspaces { name provider } }');
      expect(workspaces.data).toEqual({
        workspaces: [
          { name: 'Acme', provider: 'BUILTIN' },
          { name: 'Globex', provider: 'BUILTIN' },
          { name: 'From a File', provider: 'SLACK' },
        ],
      });
      const raw = JSON.stringify(await app.started.services.database.db.selectFrom('provider_connections').selectAll().execute());
      expect(raw).not.toContain(botToken);

      // Loading again (the next start) re-applies it: same workspace, new generation.
      await loadSlackConnectionsFile(slackRuntime(app).server, path);
      expect((await loadSlackConnection(app.started.services.connections.store, 'T0FILETEAM'))?.generation).toBe(stored!.generation + 1);
    } finally {
      delete process.env.TEST_SLACK_BOT;
      delete process.env.TEST_SLACK_SECRET;
      await app?.close();
    }
  });

  it('fails the start on a token Slack refuses, naming the entry but not the token', async () => {
    const path = join(dir, 'bad.json');
    await writeFile(path, JSON.stringify({ slack: [{ botToken: 'xoxb-9999-refused-by-slack', signingSecret: SIGNING_SECRET }] }));
    await expect(startTestApp('pglite', { connections: slackSettings(slack.apiUrl, { SLACK_CONNECTIONS_FILE: path }) })).rejects.toThrow(
      `SLACK_CONNECTIONS_FILE ${path}: slack[0]: Slack refused botToken (auth.test: invalid_auth).`,
    );
  });
});
