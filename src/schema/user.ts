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
    workspace: t.field({ type: WorkspaceRef, resolve: (user, _args, ctx) => ctx.scope(handleOf(user)).workspace() }),
    name: t.exposeString('name', { description: 'Display name.' }),
    email: t.field({ type: 'EmailAddress', nullable: true, resolve: (user) => user.email }),
    avatarUrl: t.field({ type: 'URL', nullable: true, resolve: (user) => user.avatarUrl }),
    isBot: t.exposeBoolean('isBot'),
  }),
});
