import { sql } from 'kysely';
import type { LinkPreviewRecord } from '../model.js';

/**
 * The link preview as a column of every message read (./message-columns.ts), so that a page of
 * messages carries its previews like it carries reactions: no extra statement. Only PENDING and READY
 * previews travel; FAILED and REMOVED ones are bookkeeping (./features/link-previews.ts). Tombstones have none.
 */
export const linkPreviewColumn = sql`
  (select json_build_object('url', lp.url, 'title', lp.title, 'description', lp.description, 'imageUrl', lp.image_url,
                            'siteName', lp.site_name, 'linkedMessageId', lp.linked_message_id,
                            'linkedChannelId', lp.linked_channel_id, 'pending', lp.state = 'PENDING')
     from link_previews lp
    where lp.message_id = m.id and lp.state in ('PENDING', 'READY') and m.deleted_at is null) as link_preview`;

/** The column as the database returns it (json). */
export type LinkPreviewColumn = LinkPreviewRecord | null;

export function toLinkPreview(column: LinkPreviewColumn | undefined): LinkPreviewRecord | null {
  return column ? { ...column } : null;
}
