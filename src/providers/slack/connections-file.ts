import { readFile } from 'node:fs/promises';
import { SwitchboardError } from '../../errors.js';
import { connectSlackWithTokens, type ConnectedSlack } from './connect.js';
import type { SlackServer } from './connections.js';

/**
 * SLACK_CONNECTIONS_FILE: Slack workspaces to connect with tokens when the server starts, for deployments
 * configured as files rather than through the `connectWorkspace` mutation:
 *
 * ```json
 * { "slack": [
 *   { "botToken": "env:SLACK_BOT_TOKEN", "signingSecret": "env:SLACK_SIGNING_SECRET",
 *     "userToken": "xoxp-…", "eventDelivery": "PUSH", "adminEmail": "alice@acme.com" }
 * ] }
 * ```
 *
 * A value `env:NAME` is read from the environment, so the file itself can hold no secret. `adminEmail`
 * names the Switchboard account linked to the workspace (with `userToken` as its token, or else matched by
 * email in Slack). Every start re-applies the file: tokens are checked with Slack and stored sealed, like
 * the mutation does. Errors name the entry and field, never a token.
 */

export class ConnectionsFileError extends Error {
  override name = 'ConnectionsFileError';
}

interface FileEntry {
  botToken: string;
  userToken: string | null;
  signingSecret: string | null;
  eventDelivery: 'PUSH' | 'POLL';
  adminEmail: string | null;
}

function value(raw: unknown, where: string, env: NodeJS.ProcessEnv, required: boolean): string | null {
  if (raw === undefined || raw === null || raw === '') {
    if (required) throw new ConnectionsFileError(`${where} is required.`);
    return null;
  }
  if (typeof raw !== 'string') throw new ConnectionsFileError(`${where} must be a string.`);
  if (!raw.startsWith('env:')) return raw;
  const name = raw.slice(4);
  const resolved = env[name];
  if (!resolved) throw new ConnectionsFileError(`${where} refers to the environment variable ${name}, which is not set.`);
  return resolved;
}

/** Parses the file's JSON into entries; throws ConnectionsFileError naming the entry and field. */
export function parseSlackConnectionsFile(text: string, path: string, env: NodeJS.ProcessEnv = process.env): FileEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConnectionsFileError(`SLACK_CONNECTIONS_FILE ${path} is not valid JSON.`);
  }
  const list = (json as { slack?: unknown } | null)?.slack;
  if (!Array.isArray(list)) throw new ConnectionsFileError(`SLACK_CONNECTIONS_FILE ${path} must be an object with a "slack" array.`);
  return list.map((item: unknown, index) => {
    const where = (field: string) => `SLACK_CONNECTIONS_FILE ${path}: slack[${index}].${field}`;
    if (typeof item !== 'object' || item === null) throw new ConnectionsFileError(`SLACK_CONNECTIONS_FILE ${path}: slack[${index}] must be an object.`);
    const entry = item as Record<string, unknown>;
    const delivery = entry.eventDelivery ?? 'PUSH';
    if (delivery !== 'PUSH' && delivery !== 'POLL') throw new ConnectionsFileError(`${where('eventDelivery')} must be "PUSH" or "POLL".`);
    return {
      botToken: value(entry.botToken, where('botToken'), env, true)!,
      userToken: value(entry.userToken, where('userToken'), env, false),
      signingSecret: value(entry.signingSecret, where('signingSecret'), env, false),
      eventDelivery: delivery,
      adminEmail: value(entry.adminEmail, where('adminEmail'), env, false),
    };
  });
}

/** Reads the file and connects every workspace in it; returns what was connected. */
export async function loadSlackConnectionsFile(
  server: SlackServer,
  path: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ConnectedSlack[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ConnectionsFileError(`SLACK_CONNECTIONS_FILE ${path} cannot be read.`);
  }
  const connected: ConnectedSlack[] = [];
  for (const [index, entry] of parseSlackConnectionsFile(text, path, env).entries()) {
    const account = entry.adminEmail
      ? await server.host.db.selectFrom('accounts').select(['id', 'email']).where('email', '=', entry.adminEmail).executeTakeFirst()
      : undefined;
    if (entry.adminEmail && !account) {
      throw new ConnectionsFileError(`SLACK_CONNECTIONS_FILE ${path}: slack[${index}].adminEmail: no account has this email.`);
    }
    try {
      connected.push(
        await connectSlackWithTokens(server, account ? { accountId: account.id, email: account.email } : null, {
          botToken: entry.botToken,
          userToken: entry.userToken,
          signingSecret: entry.signingSecret,
          eventDelivery: entry.eventDelivery,
        }),
      );
    } catch (error) {
      if (error instanceof SwitchboardError) {
        throw new ConnectionsFileError(`SLACK_CONNECTIONS_FILE ${path}: slack[${index}]: ${error.message}`);
      }
      throw error;
    }
  }
  return connected;
}
