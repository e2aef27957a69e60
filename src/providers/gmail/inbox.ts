import type { Actor, MessageRecord } from '../model.js';
import type { Page } from '../paging.js';
import type { InboxFilter } from '../provider.js';
import { ownerActs } from './channels.js';
import type { GmailConnection } from './connection.js';
import { emptyPage } from './pages.js';
import { listedPage } from './reads.js';
import type { ReadSession } from './session.js';

/**
 * The mailbox's inbox: every message the owner can read (not trashed or spam), newest first, narrowed by
 * Gmail's own search (`q`): labels, senders, dates and unread are Gmail terms, so one messages.list call
 * (5 units) and one batch of the page's threads serve a page. Mail has no mentions: filtering by one
 * answers nothing.
 */
export async function listInbox(connection: GmailConnection, session: ReadSession, actor: Actor, filter: InboxFilter, page: { limit: number; cursor: string | null }): Promise<Page<MessageRecord>> {
  if (!(await ownerActs(connection, actor))) return emptyPage();
  if (filter.mentioningUserId !== null) return emptyPage();
  const terms: string[] = [];
  const anyOf = (values: string[]) => (values.length === 1 ? values[0] : `{${values.join(' ')}}`);
  if (filter.channelIds && filter.channelIds.length > 1) terms.push(anyOf(filter.channelIds.map((id) => `label:${id}`)));
  if (filter.authorIds) {
    if (!filter.authorIds.length) return emptyPage();
    terms.push(anyOf(filter.authorIds.map((id) => `from:${id}`)));
  }
  // Gmail's after:/before: take seconds; the exact bounds are applied to the records below.
  if (filter.createdAfter) terms.push(`after:${Math.floor(filter.createdAfter.getTime() / 1000)}`);
  if (filter.createdBefore) terms.push(`before:${Math.ceil(filter.createdBefore.getTime() / 1000)}`);
  if (filter.unreadOnly) terms.push('is:unread');
  const labelIds = filter.channelIds?.length === 1 ? filter.channelIds : undefined;
  if (filter.channelIds && filter.channelIds.length === 0) return emptyPage();
  return listedPage(connection, session, { labelIds, q: terms.join(' ') || undefined }, page, (record) =>
    (!filter.createdAfter || record.createdAt > filter.createdAfter) && (!filter.createdBefore || record.createdAt < filter.createdBefore),
  );
}
