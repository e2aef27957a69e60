import type { RequestContext } from '../context.js';
import { parseScopedId, scopedId } from '../providers/ids.js';
import type { UserRecord } from '../providers/model.js';
import { handleOf, memberScope } from '../resolvers/access.js';
import { builder } from './builder.js';
import { UserRef, WorkspaceRef } from './refs.js';

/** Users are visible to every member of their workspace. */
async function loadUsers(ctx: RequestContext, ids: string[]): Promise<Array<UserRecord | null>> {
  return Promise.all(
    ids.map(async (id) => {
      const ref = parseScopedId(id);
      const scope = await memberScope(ctx, ref);
      return scope ? scope.loaders.users.load(ref.nativeId) : null;
    }),
  );
}

builder.node(UserRef, {
  description: 'A person or bot in one workspace.',
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'isBot' in value,
  id: { resolve: (user) => scopedId(user.provider, user.workspaceId, user.id) },
  loadMany: (ids, ctx) => loadUsers(ctx, ids as string[]),
  fields: (t) => ({
    workspace: t.field({
      type: WorkspaceRef,
      description: 'The workspace this user belongs to (a person has one user per workspace).',
      resolve: (user, _args, ctx) => ctx.scope(handleOf(user)).workspace(),
    }),
    name: t.exposeString('name', { description: 'Display name, e.g. "Alice Chen".' }),
    handle: t.string({
      nullable: true,
      description:
        'The handle people type to mention this user, without the @ (e.g. "alice" for @alice in markdown): the ' +
        'username on Slack; on the built-in workspace, the handle the person was added with. Null where ' +
        'the provider has no handles (mailboxes, Slack integrations without a user).',
      resolve: (user) => user.handle ?? null,
    }),
    email: t.field({
      type: 'EmailAddress',
      nullable: true,
      description: 'Email address, when the provider shares it with you; null for bots.',
      resolve: (user) => user.email,
    }),
    avatarUrl: t.field({ type: 'URL', nullable: true, description: 'Profile picture; null when there is none.', resolve: (user) => user.avatarUrl }),
    isBot: t.exposeBoolean('isBot', { description: 'A bot or app rather than a person (its messages come from an integration).' }),
  }),
});
