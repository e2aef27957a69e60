import type { ProviderChange } from '../events.js';
import type { Principal } from '../kit/graph/tokens.js';
import type { OutlookConnection } from './connection.js';
import type { GraphList, GraphMessage } from './wire.js';

/**
 * One delta round of one folder (`…/mailFolders/{id}/messages/delta`) → normalized changes. What the caller
 * keeps between rounds is the delta link (metadata, never content). The first round is a baseline: it walks
 * to a delta link and reports nothing. New mail is MESSAGE_CREATED, a change of mail already seen
 * (read state, flags) MESSAGE_UPDATED, mail that left the folder (`@removed`: deleted or moved)
 * MESSAGE_DELETED in that folder (a move also shows as MESSAGE_CREATED in the folder it went to).
 */

export interface FolderPollState {
  deltaLink: string;
  /** Messages of the folder seen so far (ids only), to tell created from updated. */
  seen: string[];
}

/** Bounds one round (50 per page): a folder that changed more than this resumes from the last nextLink. */
const MAX_PAGES = 20;

export async function pollFolder(connection: OutlookConnection, principal: Principal, folderId: string, state: FolderPollState | null): Promise<{ state: FolderPollState; changes: ProviderChange[]; calls: number }> {
  const seen = new Set(state?.seen ?? []);
  const changes: ProviderChange[] = [];
  let link: string | null = state?.deltaLink ?? null;
  let calls = 0;
  let deltaLink: string | null = null;
  let next: string | null = null;
  do {
    const page: GraphList<GraphMessage> = await connection.call(principal, link === null ? connection.calls.delta(folderId) : connection.calls.deltaLink(link));
    calls += 1;
    for (const item of page.value ?? []) {
      if (state === null) {
        if (!item['@removed']) seen.add(item.id);
        continue;
      }
      if (item['@removed']) {
        seen.delete(item.id);
        changes.push(change(connection, 'MESSAGE_DELETED', folderId, item.id, null));
        continue;
      }
      if (item.isDraft) continue;
      const type = seen.has(item.id) ? 'MESSAGE_UPDATED' : 'MESSAGE_CREATED';
      seen.add(item.id);
      changes.push(change(connection, type, folderId, item.id, item.from?.emailAddress.address ?? null, item.lastModifiedDateTime));
    }
    next = page['@odata.nextLink'] ?? null;
    deltaLink = page['@odata.deltaLink'] ?? null;
    link = next;
  } while (next && calls < MAX_PAGES);
  return { state: { deltaLink: deltaLink ?? link ?? state?.deltaLink ?? '', seen: [...seen] }, changes, calls };
}

function change(connection: OutlookConnection, type: 'MESSAGE_CREATED' | 'MESSAGE_UPDATED' | 'MESSAGE_DELETED', folderId: string, messageId: string, author: string | null, at?: string): ProviderChange {
  return {
    envelope: {
      type,
      occurredAt: at ? new Date(at) : new Date(connection.now()),
      provider: 'outlook',
      workspaceId: connection.workspaceId,
      channelId: folderId,
      messageId,
      threadRootId: null,
      actorId: author ? author.toLowerCase() : null,
      emoji: null,
      buttonId: null,
    },
    detail: '',
  };
}
