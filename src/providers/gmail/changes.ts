import { SwitchboardError } from '../../errors.js';
import { logInfo } from '../../log.js';
import type { ProviderChange } from '../events.js';
import type { GmailApi, GmailHistory } from './client.js';
import { messageNativeId } from './ids.js';
import { channelLabels } from './map.js';
import type { MailboxStates } from './state.js';

/**
 * One round of a mailbox's changes (the webhook's and the poller's part): history.list from the stored
 * history id (2 units a page; ids and labels only, never content) → MESSAGE_CREATED for added messages,
 * MESSAGE_DELETED for deleted or trashed ones, MESSAGE_UPDATED for other label changes (read state, labels).
 * The first round stores a baseline (getProfile's history id) and reports nothing. A 404 (history too old)
 * is a full resynchronisation: the baseline is taken again and the gap is logged (clients re-read lists).
 * A baseline also drops the mailbox's cached reads (client.ts): what changed in the gap has no event.
 */
export async function syncMailbox(api: GmailApi, states: MailboxStates, workspaceId: string, now = new Date()): Promise<{ changes: ProviderChange[]; calls: number; resynced: boolean }> {
  const start = await states.historyId(workspaceId);
  let calls = 0;
  const baseline = async () => {
    const profile = await api.call('getProfile', (gmail) => gmail.users.getProfile({ userId: 'me' }));
    calls++;
    await states.reset(workspaceId, profile.historyId ?? '0');
    api.forgetReads();
  };
  if (!start) {
    await baseline();
    return { changes: [], calls, resynced: false };
  }
  const history: GmailHistory[] = [];
  let pageToken: string | undefined;
  let latest = start;
  try {
    for (let guard = 0; guard < 50; guard++) {
      const data = await api.call('history.list', (gmail) => gmail.users.history.list({ userId: 'me', startHistoryId: start, pageToken, maxResults: 500 }));
      calls++;
      history.push(...(data.history ?? []));
      latest = data.historyId ?? latest;
      pageToken = data.nextPageToken ?? undefined;
      if (!pageToken) break;
    }
  } catch (error) {
    if (error instanceof SwitchboardError && error.code === 'NOT_FOUND') {
      logInfo('gmail history too old: full resynchronisation', { workspaceId });
      await baseline();
      return { changes: [], calls, resynced: true };
    }
    throw error;
  }
  if (latest === start) return { changes: [], calls, resynced: false };
  if (!(await states.advance(workspaceId, start, latest))) return { changes: [], calls, resynced: false };
  return { changes: historyChanges(workspaceId, history, now), calls, resynced: false };
}

type Ref = { id?: string | null; threadId?: string | null; labelIds?: string[] | null };

export function historyChanges(workspaceId: string, history: readonly GmailHistory[], now: Date): ProviderChange[] {
  const changes: ProviderChange[] = [];
  const seen = new Set<string>();
  const push = (type: 'MESSAGE_CREATED' | 'MESSAGE_UPDATED' | 'MESSAGE_DELETED', message: Ref | undefined) => {
    if (!message?.id || !message.threadId) return;
    const messageId = messageNativeId(message.threadId, message.id);
    const key = `${type}:${messageId}`;
    // One event per message and type per round: a mail that arrived and was read in one round is created once and updated once.
    if (seen.has(key)) return;
    seen.add(key);
    const labels = channelLabels(message.labelIds ?? []);
    changes.push({
      envelope: { type, occurredAt: now, provider: 'gmail', workspaceId, channelId: labels.includes('INBOX') ? 'INBOX' : (labels[0] ?? null), messageId, threadRootId: null, actorId: null, emoji: null, buttonId: null },
      detail: '',
    });
  };
  for (const record of history) {
    for (const added of record.messagesAdded ?? []) push('MESSAGE_CREATED', added.message);
    for (const deleted of record.messagesDeleted ?? []) push('MESSAGE_DELETED', deleted.message);
    for (const added of record.labelsAdded ?? []) push(added.labelIds?.includes('TRASH') ? 'MESSAGE_DELETED' : 'MESSAGE_UPDATED', added.message);
    for (const removed of record.labelsRemoved ?? []) push('MESSAGE_UPDATED', removed.message);
  }
  return changes;
}
