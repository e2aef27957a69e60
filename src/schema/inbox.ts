import { unifiedInbox } from '../resolvers/inbox.js';
import { builder } from './builder.js';
import { toConnection } from './pages.js';
import { MessageRef } from './refs.js';

const MessageFilter = builder.inputType('MessageFilter', {
  description: 'Narrows the unified inbox; every given condition must hold.',
  fields: (t) => ({
    workspaceIds: t.idList({ description: 'Only these workspaces (NOT_FOUND for one you do not belong to).' }),
    channelIds: t.idList({ description: 'Only these channels.' }),
    authorIds: t.idList({ description: 'Only messages by these users.' }),
    mentionsViewer: t.boolean({ description: 'Only messages that mention you.' }),
    unreadOnly: t.boolean({
      description:
        'Only messages unread for you, i.e. whose Message.isUnread is true: timeline messages after your channel read ' +
        'position and replies after your position in their thread, never your own. UNSUPPORTED where ' +
        'capabilities.readState is NONE.',
    }),
    createdAfter: t.field({ type: 'DateTime', description: 'Only messages sent after this instant.' }),
    createdBefore: t.field({ type: 'DateTime', description: 'Only messages sent before this instant.' }),
  }),
});

builder.queryField('messages', (t) =>
  t.connection({
    type: MessageRef,
    description:
      "Unified inbox: messages across all of the viewer's workspaces (or the ones named), newest first, merged " +
      'into one list. Includes thread replies, excludes deleted messages. Reads forward only (first/after); the ' +
      'cursor resumes every workspace where the page left it.',
    args: { filter: t.arg({ type: MessageFilter, required: false, description: 'Which messages; none: all of them.' }) },
    resolve: async (_root, args, ctx) => toConnection(await unifiedInbox(ctx, args)),
  }),
);
