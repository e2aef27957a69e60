import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { ADMIN_SCOPE } from '../connections/admin.js';
import { openDatabase } from '../db/database.js';
import { StoreLockedError } from '../db/pglite-lock.js';
import { SwitchboardError } from '../errors.js';
import { expiryFrom, listApiKeys, revokeApiKey, type ApiKeyListing } from '../store/key-admin.js';
import { addMember, createWorkspace, issueApiKey } from '../store/provisioning.js';

/**
 * `npm run admin -- <command> …`: set up built-in workspaces, people and API keys in the store that
 * `npm start` uses (DATABASE_URL, or PGlite in DATA_DIR). On PGlite, which serves one process at a time,
 * it refuses to run while a server has the store open (src/db/pglite-lock.ts): a key it printed would be
 * lost. Each new API key is printed once; list-keys shows ids and dates, never keys.
 */
export const USAGE = `Usage:
  npm run admin -- new-workspace --name Acme --person-name "Alice Chen" --email alice@acme.com --handle alice
  npm run admin -- add-member --workspace <workspace uuid> --person-name "Bob" --email bob@acme.com --handle bob [--admin]
  npm run admin -- new-key --email alice@acme.com [--read-only | --admin] [--expires-in 90d | --expires-at 2027-01-01T00:00:00Z]
  npm run admin -- list-keys [--email alice@acme.com]
  npm run admin -- revoke-key --id <key id from list-keys>
  (--admin: may connect provider workspaces; --expires-in takes m, h or d)`;

export interface AdminOutput {
  out(text: string): void;
  err(text: string): void;
}

const COMMANDS = new Set(['new-workspace', 'add-member', 'new-key', 'list-keys', 'revoke-key']);

/** Runs one admin command; returns the exit code (0 done, 1 refused or failed, 2 usage). */
export async function runAdmin(argv: string[], config: Pick<Config, 'database'>, io: AdminOutput): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        'person-name': { type: 'string' },
        email: { type: 'string' },
        handle: { type: 'string' },
        workspace: { type: 'string' },
        id: { type: 'string' },
        admin: { type: 'boolean', default: false },
        'read-only': { type: 'boolean', default: false },
        'expires-in': { type: 'string' },
        'expires-at': { type: 'string' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { positionals, values } = parsed;
  const command = positionals[0];
  if (!command || !COMMANDS.has(command)) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  const required = (name: 'name' | 'person-name' | 'email' | 'handle' | 'workspace' | 'id'): string => {
    const value = values[name];
    if (typeof value !== 'string' || value === '') throw new SwitchboardError('VALIDATION_ERROR', `--${name} is required.\n${USAGE}`);
    return value;
  };
  const purpose = command === 'list-keys' ? 'nothing' : command === 'revoke-key' ? 'the revocation' : 'the API key printed';

  let database;
  try {
    database = await openDatabase(config.database, { holder: 'tool', purpose });
  } catch (error) {
    if (error instanceof StoreLockedError) {
      io.err(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  try {
    const person = () => ({ name: required('person-name'), email: required('email'), handle: required('handle') });
    switch (command) {
      case 'new-workspace': {
        const made = await createWorkspace(database.db, required('name'), person());
        io.out(`workspace ${made.workspaceId}\napi key   ${made.apiKey}   (shown once)\n`);
        break;
      }
      case 'add-member': {
        const made = await addMember(database.db, required('workspace'), person(), values.admin ? 'ADMIN' : 'MEMBER');
        io.out(`api key   ${made.apiKey}   (shown once)\n`);
        break;
      }
      case 'new-key': {
        if (values['read-only'] && values.admin) throw new SwitchboardError('VALIDATION_ERROR', `--read-only and --admin exclude each other.\n${USAGE}`);
        const scopes = values['read-only'] ? ['read'] : values.admin ? ['read', 'write', ADMIN_SCOPE] : ['read', 'write'];
        const expiresAt = expiryFrom(values['expires-in'], values['expires-at']);
        const key = await issueApiKey(database.db, required('email'), scopes, expiresAt);
        io.out(`api key   ${key}   (shown once${expiresAt ? `; expires ${expiresAt.toISOString()}` : ''})\n`);
        break;
      }
      case 'list-keys': {
        const keys = await listApiKeys(database.db, values.email ? { email: values.email } : {});
        io.out(keys.length === 0 ? 'no API keys\n' : `${keys.map((key) => describeKey(key)).join('\n')}\n`);
        break;
      }
      case 'revoke-key': {
        const key = await revokeApiKey(database.db, required('id'));
        io.out(`revoked   ${describeKey(key)}\n`);
        break;
      }
    }
    return 0;
  } catch (error) {
    io.err(`${error instanceof SwitchboardError ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await database.close();
  }
}

/** One line per key: id, account, label, scopes, dates and state. */
export function describeKey(key: ApiKeyListing, now = new Date()): string {
  const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : key.expiresAt && key.expiresAt <= now ? 'expired' : 'active';
  const expires = key.expiresAt ? `expires ${key.expiresAt.toISOString()}` : 'no expiry';
  return `${key.id}  ${key.email ?? '-'}  ${JSON.stringify(key.label)}  [${key.scopes.join(',')}]  created ${key.createdAt.toISOString()}  ${expires}  ${state}`;
}
