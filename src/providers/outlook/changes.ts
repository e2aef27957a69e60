import type { ProviderDelivery } from '../definition.js';
import type { EventType, ProviderChange } from '../events.js';
import type { ChangeNotification } from '../kit/graph/notifications.js';
import { parseResourcePath } from '../kit/graph/notifications.js';
import { isAbsent } from '../kit/graph/errors.js';
import type { Principal } from '../kit/graph/tokens.js';
import { uncached } from './client.js';
import type { OutlookConnection } from './connection.js';
import type { GraphList, GraphMailFolder, GraphMessage } from './wire.js';

/**
 * Mail changes, from the two sources Graph has: one folder's delta round (`…/mailFolders/{id}/messages/delta`,
 * polling and the catch-up after `missed`) and change notifications of a folder subscription. Both name the
 * folder as the channel and the mail by its immutable id; content is resolved by subscribers through the
 * provider's loaders (one `$batch` of GETs), never carried here.
 *
 * Delta gives mail in its current state, so "new" has to be inferred: a mail whose `createdDateTime` is later
 * than the newest change the folder's rounds had seen (`since`, Graph's own clock) is MESSAGE_CREATED, any
 * other MESSAGE_UPDATED; mail that left the folder (`@removed`: deleted or moved) is MESSAGE_DELETED there.
 * A mail moved into a folder keeps its creation time and shows as MESSAGE_UPDATED in its new folder when
 * polled (notifications say `created` for it). The position kept between rounds is metadata only: the delta
 * link, whether the baseline is still running, and `since`.
 */

export interface FolderPosition {
  /** Where the next round starts: a deltaLink, or a nextLink while a round (or the baseline) was cut short. */
  link: string;
  /** True while the first round (the folder's current state, not changes) has pages left. */
  baseline: boolean;
  /** The newest `lastModifiedDateTime` seen in the folder (Graph's clock); null before any mail was seen. */
  since: string | null;
}

export interface OutlookChange {
  change: ProviderChange;
  /** Names the change itself (mail id and instant), so reading it again publishes it once. */
  key: string;
}

/** Bounds one round (50 per page): a folder that changed more than this continues from its nextLink next round. */
const MAX_PAGES = 20;

/** The position's key in the DeltaLinkStore (provider_poll_cursors.channel_id). */
export const folderResource = (folderId: string) => `folder:${folderId}`;

export function parsePosition(stored: string | undefined): FolderPosition | null {
  if (!stored) return null;
  try {
    const parsed = JSON.parse(stored) as Partial<FolderPosition>;
    return typeof parsed.link === 'string' ? { link: parsed.link, baseline: parsed.baseline === true, since: typeof parsed.since === 'string' ? parsed.since : null } : null;
  } catch {
    return null;
  }
}

/**
 * One delta round of one folder. Without a position the round is the baseline: it reports nothing and
 * answers where to continue (a baseline cut short by the page bound continues silently in the next round).
 */
export async function pollFolder(
  connection: OutlookConnection,
  principal: Principal,
  folderId: string,
  position: FolderPosition | null,
): Promise<{ position: FolderPosition; changes: OutlookChange[]; calls: number }> {
  const baseline = position === null || position.baseline;
  // Created means "after everything earlier rounds saw": the bound is fixed for the whole round.
  const before = position?.since ?? null;
  let since = before;
  const newest = (at: string) => (since === null || Date.parse(at) > Date.parse(since) ? at : since);
  const changes: OutlookChange[] = [];
  let link: string | null = position?.link ?? null;
  let calls = 0;
  let deltaLink: string | null = null;
  let next: string | null = null;
  do {
    const page: GraphList<GraphMessage> = await connection.call(principal, link === null ? connection.calls.delta(folderId) : connection.calls.deltaLink(link));
    calls += 1;
    for (const item of page.value ?? []) {
      if (item['@removed']) {
        if (!baseline) changes.push(change(connection, 'MESSAGE_DELETED', folderId, item.id, null, new Date(connection.now()).toISOString(), `${folderId}/${item.id}@removed:${link ?? ''}`));
        continue;
      }
      since = newest(item.lastModifiedDateTime);
      if (baseline || item.isDraft) continue;
      const created = before === null || Date.parse(item.createdDateTime) > Date.parse(before);
      const type = created ? 'MESSAGE_CREATED' : 'MESSAGE_UPDATED';
      changes.push(change(connection, type, folderId, item.id, item.from?.emailAddress.address ?? null, item.lastModifiedDateTime, `${item.id}@${item.lastModifiedDateTime}`));
    }
    next = page['@odata.nextLink'] ?? null;
    deltaLink = page['@odata.deltaLink'] ?? null;
    link = next;
  } while (next && calls < MAX_PAGES);
  const complete = deltaLink !== null || next === null;
  return { position: { link: deltaLink ?? next ?? position?.link ?? '', baseline: baseline && !complete, since }, changes, calls };
}

/**
 * Folders whose mail is watched (polled, or subscribed to): every folder of the mailbox, child folders at any
 * depth included, but Drafts and what is below it (unsent mail). One `$batch` for the top-level list and
 * Drafts, then one `$batch` per level of child folders (only folders whose `childFolderCount` says they have
 * some are asked). A list that fails fails the whole answer: an incomplete list would read as folders gone.
 */
export async function watchedFolders(connection: OutlookConnection, principal: Principal): Promise<{ folders: GraphMailFolder[]; calls: number }> {
  // Read from Graph, never the read cache: a round decides from this list which folders exist.
  const [list, drafts] = await connection.batch(principal, [uncached(connection.calls.folders()), connection.calls.folder('drafts')]);
  if (list instanceof Error) throw list;
  const draftsId = drafts instanceof Error ? null : (drafts as GraphMailFolder).id;
  const seen = new Set<string>(draftsId ? [draftsId] : []);
  const folders: GraphMailFolder[] = [];
  let calls = 1;
  let level = (await allPages(connection, principal, list as GraphList<GraphMailFolder>, 'mail.folders.list')).filter((folder) => !seen.has(folder.id));
  while (level.length > 0) {
    for (const folder of level) seen.add(folder.id);
    folders.push(...level);
    const parents = level.filter((folder) => folder.childFolderCount > 0);
    if (parents.length === 0) break;
    const answers = await connection.batch(principal, parents.map((folder) => uncached(connection.calls.childFolders(folder.id))));
    calls += Math.ceil(parents.length / 20);
    const children: GraphMailFolder[] = [];
    for (const answer of answers) {
      // A folder deleted since it was listed has no children to watch; any other failure fails the list.
      if (answer instanceof Error) {
        if (isAbsent(answer)) continue;
        throw answer;
      }
      children.push(...(await allPages(connection, principal, answer as GraphList<GraphMailFolder>, 'mail.folders.children')));
    }
    level = children.filter((folder) => !seen.has(folder.id));
  }
  return { folders, calls };
}

/** A folder list with its further pages (Graph pages past `$top=250`; rare for folders). */
async function allPages(connection: OutlookConnection, principal: Principal, page: GraphList<GraphMailFolder>, operation: string): Promise<GraphMailFolder[]> {
  const first = page.value ?? [];
  const next = page['@odata.nextLink'];
  return next ? [...first, ...(await connection.api.callAll<GraphMailFolder>(principal, connection.calls.link(operation, next)))] : first;
}

const NOTIFIED: Record<ChangeNotification['changeType'], EventType> = { created: 'MESSAGE_CREATED', updated: 'MESSAGE_UPDATED', deleted: 'MESSAGE_DELETED' };

/** The folder a subscription resource watches: `/users/{id}/mailFolders/{folderId}/messages`; null for others. */
export function folderOfSubscription(resource: string): string | null {
  const segments = parseResourcePath(resource);
  if (!segments || segments.length !== 3 || segments[1].name !== 'mailfolders' || segments[2].name !== 'messages' || segments[2].key !== null) return null;
  try {
    return decodeURIComponent(segments[1].key!);
  } catch {
    return null;
  }
}

/**
 * The change a trusted notification of a folder subscription stands for: Graph names the mail
 * (`Users/{id}/Messages/{id}`, `resourceData.id`) but not the folder, which the subscription's resource gives.
 */
export function changeOfNotification(connection: Pick<OutlookConnection, 'workspaceId'>, notification: ChangeNotification, subscriptionResource: string, receivedAt: Date): ProviderChange | null {
  const folderId = folderOfSubscription(subscriptionResource);
  const segments = parseResourcePath(notification.resource);
  const messageId = notification.resourceId ?? (segments?.at(-1)?.name === 'messages' ? segments.at(-1)!.key : null);
  if (!folderId || !messageId) return null;
  return change(connection, NOTIFIED[notification.changeType], folderId, messageId, null, receivedAt.toISOString(), '').change;
}

/** One delivery per change a delta round found, named by the change, so a round read twice publishes once. */
export function deltaDeliveries(workspaceId: string, changes: readonly OutlookChange[]): ProviderDelivery[] {
  return changes.map(({ change, key }) => ({ workspaceId, deliveryId: `delta:${change.envelope.type}:${key}`, changes: [change] }));
}

function change(
  connection: Pick<OutlookConnection, 'workspaceId'>,
  type: EventType,
  folderId: string,
  messageId: string,
  author: string | null,
  at: string,
  key: string,
): OutlookChange {
  return {
    key,
    change: {
      envelope: {
        type,
        occurredAt: new Date(at),
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
    },
  };
}
