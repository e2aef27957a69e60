import type { WorkspaceScope } from '../context.js';
import type { MessageRecord } from '../providers/model.js';

/**
 * Who may change a message, as the operation reference states it: only the author edits; the author, a
 * channel admin, or a workspace admin or owner deletes. The same rules back `viewerCanUpdate`/`Delete`
 * and the mutations, so the UI never offers what the server refuses.
 */
export async function canUpdateMessage(scope: WorkspaceScope, message: MessageRecord): Promise<boolean> {
  if (message.deletedAt || message.type === 'SYSTEM' || !scope.provider.capabilities().editMessages) return false;
  const actor = await scope.actor();
  return actor !== null && message.authorId === actor.userId;
}

export async function canDeleteMessage(scope: WorkspaceScope, message: MessageRecord): Promise<boolean> {
  if (message.deletedAt || !scope.provider.capabilities().deleteMessages) return false;
  const user = await scope.viewerUser();
  if (!user) return false;
  if (message.authorId === user.id || user.role === 'OWNER' || user.role === 'ADMIN') return true;
  const access = await scope.loaders.channelAccess.load(message.channelId);
  return access.canRead && access.isChannelAdmin;
}
