import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { ADMIN_SCOPE } from '../src/connections/admin.js';
import { openDatabase } from '../src/db/database.js';
import { SwitchboardError } from '../src/errors.js';
import { addMember, createWorkspace, issueApiKey } from '../src/store/provisioning.js';

/**
 * `npm run admin -- <command> …`: set up built-in workspaces, people and API keys in the store that
 * `npm start` uses (DATABASE_URL, or PGlite in DATA_DIR; stop the server first when on PGlite, which
 * one process opens at a time). Each new API key is printed once.
 */
const USAGE = `Usage:
  npm run admin -- new-workspace --name Acme --person-name "Alice Chen" --email alice@acme.com --handle alice
  npm run admin -- add-member --workspace <workspace uuid> --person-name "Bob" --email bob@acme.com --handle bob [--admin]
  npm run admin -- new-key --email alice@acme.com [--read-only | --admin]   (--admin: may connect Slack workspaces)`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    'person-name': { type: 'string' },
    email: { type: 'string' },
    handle: { type: 'string' },
    workspace: { type: 'string' },
    admin: { type: 'boolean', default: false },
    'read-only': { type: 'boolean', default: false },
  },
});

function required(name: keyof typeof values): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new SwitchboardError('VALIDATION_ERROR', `--${name} is required.\n${USAGE}`);
  return value;
}

const database = await openDatabase(loadConfig().database);
try {
  const person = () => ({ name: required('person-name'), email: required('email'), handle: required('handle') });
  switch (positionals[0]) {
    case 'new-workspace': {
      const made = await createWorkspace(database.db, required('name'), person());
      process.stdout.write(`workspace ${made.workspaceId}\napi key   ${made.apiKey}   (shown once)\n`);
      break;
    }
    case 'add-member': {
      const made = await addMember(database.db, required('workspace'), person(), values.admin ? 'ADMIN' : 'MEMBER');
      process.stdout.write(`api key   ${made.apiKey}   (shown once)\n`);
      break;
    }
    case 'new-key': {
      if (values['read-only'] && values.admin) throw new SwitchboardError('VALIDATION_ERROR', `--read-only and --admin exclude each other.\n${USAGE}`);
      const scopes = values['read-only'] ? ['read'] : values.admin ? ['read', 'write', ADMIN_SCOPE] : ['read', 'write'];
      const key = await issueApiKey(database.db, required('email'), scopes);
      process.stdout.write(`api key   ${key}   (shown once)\n`);
      break;
    }
    default:
      process.stderr.write(`${USAGE}\n`);
      process.exitCode = 2;
  }
} catch (error) {
  process.stderr.write(`${error instanceof SwitchboardError ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await database.close();
}
