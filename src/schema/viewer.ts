import type { Viewer } from '../context.js';
import type { UserRecord } from '../providers/model.js';
import { builder } from './builder.js';
import { UserRef } from './refs.js';

const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'The Switchboard account behind the API key of this request.',
  fields: (t) => ({
    id: t.exposeID('accountId', { description: 'The account id (not a global id: accounts are not nodes).' }),
    name: t.exposeString('name', { description: 'The name of the account, as the admin created it.' }),
    email: t.field({ type: 'EmailAddress', nullable: true, description: 'The email address of the account.', resolve: (viewer) => viewer.email }),
    scopes: t.exposeStringList('scopes', { description: 'What the API key may do.' }),
    users: t.field({
      type: [UserRef],
      description: "The viewer's own user in each workspace.",
      resolve: async (_viewer, _args, ctx) => {
        const users = await Promise.all((await ctx.workspaces()).map((handle) => ctx.scope(handle).viewerUser()));
        return users.filter((user): user is UserRecord => user !== null);
      },
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({ type: ViewerRef, description: 'Who is asking.', resolve: (_root, _args, ctx) => ctx.viewer }),
);
