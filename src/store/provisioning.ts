import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import { SwitchboardError } from '../errors.js';
import { createApiKey, generateApiKey } from './api-keys.js';

/**
 * Setting up a real (non-demo) installation: built-in workspaces, the people in them and their API keys.
 * Used by `npm run admin`. Each call is one transaction; a new key is returned once and stored hashed.
 */

export interface Person {
  name: string;
  email: string;
  /** The @handle in the workspace: lower-case letters, digits, dots, dashes and underscores. */
  handle: string;
}

export interface Provisioned {
  workspaceId: string;
  accountId: string;
  userId: string;
  apiKey: string;
}

const HANDLE = /^[a-z0-9][a-z0-9._-]{0,38}[a-z0-9]$|^[a-z0-9]$/;

/** A workspace with its owner and a #general channel the owner administers. */
export async function createWorkspace(db: Kysely<Database>, name: string, owner: Person): Promise<Provisioned> {
  checkPerson(owner);
  if (!name.trim()) throw new SwitchboardError('VALIDATION_ERROR', 'The workspace name must not be empty.');
  return db.transaction().execute(async (trx) => {
    const workspace = await trx.insertInto('workspaces').values({ name: name.trim() }).returning('id').executeTakeFirstOrThrow();
    const { accountId, userId } = await addPerson(trx, workspace.id, owner, 'OWNER');
    const general = await trx
      .insertInto('channels')
      .values({ workspace_id: workspace.id, name: 'general', type: 'PUBLIC', description: 'Everyone', created_by: userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('channel_members').values({ channel_id: general.id, user_id: userId, role: 'ADMIN' }).execute();
    const apiKey = generateApiKey();
    await createApiKey(trx, accountId, apiKey, 'admin CLI');
    return { workspaceId: workspace.id, accountId, userId, apiKey };
  });
}

/** A person joins a workspace (and its #general); they get an account and an API key. */
export async function addMember(
  db: Kysely<Database>,
  workspaceId: string,
  person: Person,
  role: 'ADMIN' | 'MEMBER' = 'MEMBER',
): Promise<Provisioned> {
  checkPerson(person);
  return db.transaction().execute(async (trx) => {
    const workspace = await trx.selectFrom('workspaces').select('id').where('id', '=', workspaceId).executeTakeFirst();
    if (!workspace) throw new SwitchboardError('NOT_FOUND', `Workspace ${JSON.stringify(workspaceId)} does not exist.`);
    const { accountId, userId } = await addPerson(trx, workspaceId, person, role);
    const general = await trx
      .selectFrom('channels')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('name', '=', 'general')
      .executeTakeFirst();
    if (general) await trx.insertInto('channel_members').values({ channel_id: general.id, user_id: userId }).execute();
    const apiKey = generateApiKey();
    await createApiKey(trx, accountId, apiKey, 'admin CLI');
    return { workspaceId, accountId, userId, apiKey };
  });
}

/** Another key for an existing account (e.g. a read-only one for a dashboard). */
export async function issueApiKey(db: Kysely<Database>, email: string, scopes: string[], expiresAt: Date | null = null): Promise<string> {
  const account = await db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirst();
  if (!account) throw new SwitchboardError('NOT_FOUND', `No account has the email ${JSON.stringify(email)}.`);
  const apiKey = generateApiKey();
  await createApiKey(db, account.id, apiKey, 'admin CLI', scopes, expiresAt);
  return apiKey;
}

/** One account per email: a person in several workspaces keeps one account (and sees them all). */
async function addPerson(
  trx: Kysely<Database>,
  workspaceId: string,
  person: Person,
  role: 'OWNER' | 'ADMIN' | 'MEMBER',
): Promise<{ accountId: string; userId: string }> {
  const existing = await trx.selectFrom('accounts').select('id').where('email', '=', person.email).executeTakeFirst();
  const accountId =
    existing?.id ??
    (await trx.insertInto('accounts').values({ name: person.name, email: person.email }).returning('id').executeTakeFirstOrThrow()).id;
  const taken = await trx
    .selectFrom('users')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb.or([eb('name', '=', person.handle), eb('account_id', '=', accountId)]))
    .executeTakeFirst();
  if (taken) {
    throw new SwitchboardError('CONFLICT', `@${person.handle} or ${person.email} is already in this workspace.`);
  }
  const user = await trx
    .insertInto('users')
    .values({ workspace_id: workspaceId, account_id: accountId, name: person.handle, display_name: person.name, email: person.email, role })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { accountId, userId: user.id };
}

function checkPerson(person: Person): void {
  if (!person.name.trim()) throw new SwitchboardError('VALIDATION_ERROR', 'The name must not be empty.');
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(person.email)) {
    throw new SwitchboardError('VALIDATION_ERROR', `${JSON.stringify(person.email)} is not an email address.`);
  }
  if (!HANDLE.test(person.handle)) {
    throw new SwitchboardError(
      'VALIDATION_ERROR',
      `@${person.handle} is not a valid handle: use lower-case letters, digits, dots, dashes and underscores.`,
    );
  }
}
