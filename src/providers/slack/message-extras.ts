import type { LinkPreviewRecord } from '../model.js';
import { isChannelId, isTs, messageId, tsToDate } from './ids.js';

/**
 * What a Slack message object says about pins and link previews, for map.ts (pure, like it).
 *
 * Pins: Slack marks a pinned message with `pinned_to: [channel…]` but says neither when nor by whom; only
 * pins.list (and the pin_added event) do. So a message read through history or replies is pinned with
 * `pinnedAt` = the message's own time and no `pinnedById`; Channel.pins and pinMessage, which know better,
 * replace both (features/pins.ts).
 *
 * Link previews: Slack unfurls links itself and puts the result in the message's `attachments`: a message
 * link as `is_msg_unfurl` with `channel_id` and `ts` (an internal preview: ids only), anything else with
 * `title`, `text`, `image_url` / `thumb_url` and `service_name`. The first unfurl is the preview.
 */

/** The fields of a Slack unfurl attachment that previews use. */
export interface SlackUnfurl {
  from_url?: string;
  original_url?: string;
  title?: string;
  text?: string;
  image_url?: string;
  thumb_url?: string;
  service_name?: string;
  is_msg_unfurl?: boolean;
  channel_id?: string;
  ts?: string;
}

export interface PinAndUnfurlFields {
  ts: string;
  pinned_to?: string[];
  attachments?: SlackUnfurl[];
}

/** When the message was pinned to `channel`, as well as a message object tells (see the file comment). */
export function pinnedAtOf(message: PinAndUnfurlFields, channel: string): Date | null {
  return message.pinned_to?.includes(channel) ? tsToDate(message.ts) : null;
}

/** The preview of the message's first unfurled link; null when Slack unfurled none. */
export function linkPreviewOf(message: PinAndUnfurlFields): LinkPreviewRecord | null {
  const unfurl = (message.attachments ?? []).find((attachment) => attachment.from_url || attachment.original_url);
  if (!unfurl) return null;
  const url = (unfurl.from_url ?? unfurl.original_url)!;
  if (unfurl.is_msg_unfurl && unfurl.channel_id && unfurl.ts && isChannelId(unfurl.channel_id) && isTs(unfurl.ts)) {
    // A link to a message of the team: ids only, so each reader sees what its own access allows.
    return { url, title: null, description: null, imageUrl: null, siteName: null, linkedMessageId: messageId(unfurl.channel_id, unfurl.ts), linkedChannelId: null, pending: false };
  }
  return {
    url,
    title: unfurl.title ?? null,
    description: unfurl.text ?? null,
    imageUrl: unfurl.image_url ?? unfurl.thumb_url ?? null,
    siteName: unfurl.service_name ?? null,
    linkedMessageId: null,
    linkedChannelId: null,
    pending: false,
  };
}
