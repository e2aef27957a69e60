import type { SlackResponse } from './client.js';

/**
 * The parts of Slack's JSON objects the provider reads (docs.slack.dev; ../shared/reference/providers.md A.1).
 * Only what is used is typed; everything else Slack sends is ignored.
 */

export interface SlackReaction {
  name: string;
  /** May be truncated by Slack; `count` stays exact. */
  users?: string[];
  count: number;
}

export interface SlackFile {
  id: string;
  name?: string;
  title?: string;
  mimetype?: string;
  size?: number;
  created?: number;
  url_private?: string;
  permalink?: string;
}

export interface SlackBlockElement {
  type: string;
  action_id?: string;
  text?: { type: string; text: string; emoji?: boolean };
  value?: string;
  url?: string;
}

export interface SlackBlock {
  type: string;
  block_id?: string;
  elements?: SlackBlockElement[];
  accessory?: SlackBlockElement;
}

export interface SlackMessage {
  type?: string;
  subtype?: string;
  ts: string;
  user?: string;
  bot_id?: string;
  username?: string;
  text?: string;
  blocks?: SlackBlock[];
  thread_ts?: string;
  parent_user_id?: string;
  reply_count?: number;
  reply_users?: string[];
  reply_users_count?: number;
  latest_reply?: string;
  edited?: { user: string; ts: string };
  reactions?: SlackReaction[];
  files?: SlackFile[];
  hidden?: boolean;
  /** channel_join: who invited. */
  inviter?: string;
  /** channel_name. */
  old_name?: string;
  name?: string;
}

export interface SlackUser {
  id: string;
  name: string;
  real_name?: string;
  deleted?: boolean;
  is_bot?: boolean;
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
  profile?: {
    display_name?: string;
    real_name?: string;
    email?: string;
    image_72?: string;
    image_192?: string;
  };
}

export interface SlackBot {
  id: string;
  name: string;
  user_id?: string;
  deleted?: boolean;
  icons?: { image_72?: string; image_36?: string };
}

export interface SlackConversation {
  id: string;
  name?: string;
  is_channel?: boolean;
  is_group?: boolean;
  is_im?: boolean;
  is_mpim?: boolean;
  is_private?: boolean;
  is_archived?: boolean;
  is_member?: boolean;
  created?: number;
  creator?: string;
  updated?: number;
  /** The other person of a direct conversation. */
  user?: string;
  topic?: { value: string };
  purpose?: { value: string };
}

export interface SlackTeam {
  id: string;
  name: string;
  domain: string;
  url?: string;
}

export interface HistoryResponse extends SlackResponse {
  messages: SlackMessage[];
  has_more?: boolean;
}

export interface PostMessageResponse extends SlackResponse {
  channel: string;
  ts: string;
  message: SlackMessage;
}
