import type { Insertable, Kysely, Transaction } from 'kysely';
import type { LinkPreviewsTable } from '../../../db/link-preview-tables.js';
import type { Database } from '../../../db/tables.js';
import { logUnexpected } from '../../../log.js';
import { notFound, SwitchboardError } from '../../../errors.js';
import { decodeGlobalId } from '../../ids.js';
import type { BatchResult } from '../../paging.js';
import type { Actor, LinkMetadata, MessageRecord } from '../../model.js';
import type { LinkPreviews } from '../../features/link-previews.js';
import { isNativeId } from '../ids.js';
import { lockLiveMessage } from '../mutations.js';

/**
 * Link previews of the built-in workspace: the preview of a message's first link.
 *
 * - A link to `<PUBLIC_URL>/messages/<message id>` or `<PUBLIC_URL>/channels/<channel id>` (global ids, as
 *   the API hands them out) naming a message or channel of this workspace is an internal preview, READY at
 *   once. It stores the ids only; whoever reads it sees `linkedMessage`/`linkedChannel` only if they can
 *   read them. A link of that form naming something that does not exist here gets no preview.
 * - Any other http(s) link is an external preview, PENDING until Switchboard's unfurler (src/unfurl/)
 *   hands its metadata to `complete`: READY with metadata, FAILED without.
 * - Editing a message re-examines its first link: a new link replaces the preview, no link drops it, the
 *   same link keeps it as it is. Removal by the author (REMOVED) therefore sticks while the message keeps
 *   linking to the same URL, even across edits; a different link gets a preview again.
 */

/** The first http(s) link in a message's source text; punctuation that ends a sentence is not part of it. */
export function firstLink(source: string): string | null {
  const match = /\bhttps?:\/\/[^\s<>()[\]{}"'`]+/i.exec(source);
  if (!match) return null;
  const url = match[0].replace(/[.,;:!?*_~]+$/, '');
  try {
    const parsed = new URL(url);
    return parsed.hostname ? parsed.toString() : null;
  } catch {
    return null;
  }
}

type Target = { kind: 'message' | 'channel'; nativeId: string };

export class BuiltinLinkPreviews implements LinkPreviews {
  private readonly base: URL | null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly workspaceId: string,
    private readonly loadMessages: (ids: readonly string[]) => BatchResult<MessageRecord | null>,
    /** Base of Switchboard's own URLs (PUBLIC_URL); without it no link is recognized as internal. */
    publicUrl: string | null,
  ) {
    this.base = publicUrl ? new URL(publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`) : null;
  }

  /**
   * Brings the preview of a message in line with its new source text, after a send (`edited` false) or an
   * edit. A preview is extra: if this fails, the message stays sent or edited and the failure is logged.
   * Returns the message re-read when its preview changed, else the record given.
   */
  async afterWrite(message: MessageRecord, source: string, edited: boolean): Promise<MessageRecord> {
    const url = firstLink(source);
    // A new message without a link has no preview to write: no statement at all.
    if (url === null && !edited) return message;
    try {
      const changed = await this.db.transaction().execute((trx) => this.sync(trx, message.id, url));
      return changed ? await this.reload(message.id) : message;
    } catch (error) {
      logUnexpected(error);
      return message;
    }
  }

  /** The author takes a preview away (pending ones too, so they never appear). */
  async removeLinkPreview(_actor: Actor, messageId: string): Promise<MessageRecord> {
    await this.db.transaction().execute(async (trx) => {
      await lockLiveMessage(trx, this.workspaceId, messageId);
      const removed = await trx
        .updateTable('link_previews')
        .set({ state: 'REMOVED', title: null, description: null, image_url: null, site_name: null, updated_at: new Date() })
        .where('message_id', '=', messageId)
        .where('state', 'in', ['PENDING', 'READY'])
        .returning('message_id')
        .executeTakeFirst();
      if (!removed) throw new SwitchboardError('NOT_FOUND', 'The message has no link preview to remove.');
    });
    return this.reload(messageId);
  }

  /**
   * Lands what the unfurler found, if the preview is still waiting for this URL: an edit to another link,
   * a removal or a deletion since the unfurl started leaves everything as it is.
   */
  async completeLinkPreview(messageId: string, url: string, metadata: LinkMetadata | null): Promise<MessageRecord | null> {
    if (!isNativeId(messageId)) return null;
    const landed = await this.db
      .updateTable('link_previews')
      .set({
        state: metadata ? 'READY' : 'FAILED',
        title: metadata?.title ?? null,
        description: metadata?.description ?? null,
        image_url: metadata?.imageUrl ?? null,
        site_name: metadata?.siteName ?? null,
        updated_at: new Date(),
      })
      .where('message_id', '=', messageId)
      .where('url', '=', url)
      .where('state', '=', 'PENDING')
      .returning('message_id')
      .executeTakeFirst();
    if (!landed || !metadata) return null;
    return this.reload(messageId);
  }

  /** Writes the preview for `url` (or none); true when what readers see changed. */
  private async sync(trx: Transaction<Database>, messageId: string, url: string | null): Promise<boolean> {
    const existing = await trx
      .selectFrom('link_previews')
      .select(['url', 'state'])
      .where('message_id', '=', messageId)
      .forUpdate()
      .executeTakeFirst();
    const wasVisible = existing !== undefined && (existing.state === 'READY' || existing.state === 'PENDING');
    // The same link keeps its preview, or its removal.
    if (existing && existing.url === url) return false;
    const preview = url === null ? null : await this.previewFor(trx, url);
    if (preview === null) {
      // No link any more: forget the preview. A removal is kept, so the same link coming back stays removed.
      if (existing && existing.state !== 'REMOVED') await trx.deleteFrom('link_previews').where('message_id', '=', messageId).execute();
      return wasVisible;
    }
    const row: Insertable<LinkPreviewsTable> = { message_id: messageId, ...preview, updated_at: new Date() };
    await trx
      .insertInto('link_previews')
      .values(row)
      .onConflict((conflict) => conflict.column('message_id').doUpdateSet({ ...row }))
      .execute();
    return true;
  }

  /** The preview row for a link: internal (READY, ids only), external (PENDING), or null for none. */
  private async previewFor(
    trx: Transaction<Database>,
    url: string,
  ): Promise<Omit<Insertable<LinkPreviewsTable>, 'message_id' | 'updated_at'> | null> {
    const blank = { title: null, description: null, image_url: null, site_name: null, linked_message_id: null, linked_channel_id: null };
    const target = this.internalTarget(url);
    if (target === 'foreign') return null;
    if (target === null) return { url, state: 'PENDING', ...blank };
    const table = target.kind === 'message' ? 'messages' : 'channels';
    const exists = await trx
      .selectFrom(table)
      .select('id')
      .where('workspace_id', '=', this.workspaceId)
      .where('id', '=', target.nativeId)
      .executeTakeFirst();
    if (!exists) return null;
    return {
      url,
      state: 'READY',
      ...blank,
      linked_message_id: target.kind === 'message' ? target.nativeId : null,
      linked_channel_id: target.kind === 'channel' ? target.nativeId : null,
    };
  }

  /**
   * What a link names: a message or channel of this workspace, 'foreign' for a Switchboard link to
   * anything else (another workspace, a malformed id: never fetched from ourselves), null for an
   * external link.
   */
  private internalTarget(url: string): Target | 'foreign' | null {
    if (!this.base) return null;
    const parsed = new URL(url);
    if (parsed.origin !== this.base.origin || !parsed.pathname.startsWith(this.base.pathname)) return null;
    const match = /^(messages|channels)\/([^/]+)\/?$/.exec(parsed.pathname.slice(this.base.pathname.length));
    if (!match) return null;
    const kind = match[1] === 'messages' ? 'message' : 'channel';
    try {
      const id = decodeGlobalId(decodeURIComponent(match[2]));
      const typename = kind === 'message' ? 'Message' : 'Channel';
      if (id.typename !== typename || id.provider !== 'builtin' || id.workspaceId !== this.workspaceId || !isNativeId(id.nativeId)) {
        return 'foreign';
      }
      return { kind, nativeId: id.nativeId };
    } catch {
      return 'foreign';
    }
  }

  private async reload(messageId: string): Promise<MessageRecord> {
    const [record] = await this.loadMessages([messageId]);
    if (!record || record instanceof Error) throw record ?? notFound('Message', messageId);
    return record;
  }
}
