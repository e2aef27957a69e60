import type { SlackResponse } from './client.js';
import type { Acting, SlackConnection } from './connection.js';
import { isAbsent } from './errors.js';
import type { SlackConversation, SlackMessage } from './wire.js';

/** Thread pages are read 200 at a time, Slack's recommended page size (limits.md). */
export const THREAD_PAGE_SIZE = 200;
/** Up to this many unknown channels are looked up one by one (conversations.info); more read the member list. */
const INFO_LOOKUPS_BEFORE_LIST = 3;
const ALL_TYPES = 'public_channel,private_channel,mpim,im';

/**
 * The reads of one request (or one provider call, outside requests), cached for its lifetime, so that a
 * query touching a thread's root, its replies and their parents reads the thread once. Every cache is keyed
 * by token: what Slack answers depends on whose token asks. Writes through the same session forget what
 * they changed.
 */
export class ReadSession {
  /** Every message this session has seen, by token|channel|ts. */
  private readonly seen = new Map<string, SlackMessage>();
  /** Whole threads (root first), by token|channel|root ts. */
  private readonly threads = new Map<string, Promise<SlackMessage[] | null>>();
  private readonly infos = new Map<string, Promise<SlackConversation | null>>();
  private readonly memberLists = new Map<string, Promise<Map<string, SlackConversation>>>();

  constructor(private readonly connection: SlackConnection) {}

  // ---- messages -------------------------------------------------------------------------------------

  remember(token: string, channel: string, messages: SlackMessage[]): void {
    for (const message of messages) this.seen.set(`${token}|${channel}|${message.ts}`, message);
  }

  known(token: string, channel: string, ts: string): SlackMessage | undefined {
    return this.seen.get(`${token}|${channel}|${ts}`);
  }

  /** Drops what this session knows of a channel's messages, after a write changed them. */
  forget(channel: string): void {
    for (const cache of [this.seen, this.threads]) {
      for (const key of cache.keys()) if (key.split('|')[1] === channel) cache.delete(key);
    }
  }

  /**
   * The thread each ts belongs to (root first, then replies oldest first), or null when there is no such
   * message. A message known to have no replies is its own thread, at no cost. Threads of known messages are
   * read in parallel; unknown ts are read one after the other, because each answer may reveal the threads of
   * the next ones: however many of a thread's messages are asked, the thread costs one conversations.replies.
   */
  async threadsOf(acting: Acting, channel: string, tsList: readonly string[]): Promise<Map<string, SlackMessage[] | null>> {
    const result = new Map<string, SlackMessage[] | null>();
    const unknown: string[] = [];
    await Promise.all(
      [...new Set(tsList)].map(async (ts) => {
        const message = this.known(acting.token, channel, ts);
        if (!message) return unknown.push(ts);
        if (!message.thread_ts && !(message.reply_count ?? 0)) return result.set(ts, [message]);
        result.set(ts, await this.thread(acting.token, channel, message.thread_ts ?? ts));
      }),
    );
    for (const ts of unknown) {
      const message = this.known(acting.token, channel, ts);
      const rootTs = message ? (message.thread_ts ?? ts) : ts;
      result.set(ts, message && !message.thread_ts && !(message.reply_count ?? 0) ? [message] : await this.thread(acting.token, channel, rootTs));
    }
    return result;
  }

  /** One whole thread through conversations.replies, cached under its root's ts (and the ts asked for). */
  private thread(token: string, channel: string, ts: string): Promise<SlackMessage[] | null> {
    const key = `${token}|${channel}|${ts}`;
    let pending = this.threads.get(key);
    if (!pending) {
      pending = this.connection.api
        .callAll<SlackMessage>('conversations.replies', { channel, ts, limit: THREAD_PAGE_SIZE }, token, 'messages')
        .then((messages) => {
          this.remember(token, channel, messages);
          const rootTs = messages[0]?.ts;
          if (rootTs && rootTs !== ts) this.threads.set(`${token}|${channel}|${rootTs}`, Promise.resolve(messages));
          return messages.length ? messages : null;
        })
        .catch((error: unknown) => {
          if (isAbsent(error)) return null;
          this.threads.delete(key);
          throw error;
        });
      this.threads.set(key, pending);
    }
    return pending;
  }

  // ---- conversations --------------------------------------------------------------------------------

  /**
   * The conversations `acting`'s user is a member of (users.conversations, every type), by id. With the
   * user's own token Slack answers for that token; with the read token it is asked for the user by id.
   */
  memberships(acting: Acting): Promise<Map<string, SlackConversation>> {
    const key = `${acting.token}|${acting.own ? '' : (acting.userId ?? '')}`;
    let pending = this.memberLists.get(key);
    if (!pending) {
      const args = { types: ALL_TYPES, exclude_archived: false, limit: 999, ...(acting.own || !acting.userId ? {} : { user: acting.userId }) };
      pending = this.connection.api
        .callAll<SlackConversation>('users.conversations', args, acting.token, 'channels')
        .then((channels) => new Map(channels.map((channel) => [channel.id, { ...channel, is_member: true }])));
      pending.catch(() => this.memberLists.delete(key));
      this.memberLists.set(key, pending);
    }
    return pending;
  }

  hasMemberships(acting: Acting): boolean {
    return this.memberLists.has(`${acting.token}|${acting.own ? '' : (acting.userId ?? '')}`);
  }

  /**
   * Conversations by id as `acting`'s token sees them; null for ids it cannot see. A few ids are looked up
   * one by one (conversations.info); more, or any once the member list is at hand, come from that list, and
   * only the rest (public channels the user is not in) one by one.
   */
  async conversations(acting: Acting, ids: readonly string[]): Promise<Map<string, SlackConversation | null>> {
    const unique = [...new Set(ids)];
    const useList = acting.userId !== null && (this.hasMemberships(acting) || unique.length > INFO_LOOKUPS_BEFORE_LIST);
    const members = useList ? await this.memberships(acting) : null;
    const result = new Map<string, SlackConversation | null>();
    await Promise.all(
      unique.map(async (id) => {
        result.set(id, members?.get(id) ?? (await this.info(acting.token, id)));
      }),
    );
    return result;
  }

  private info(token: string, channel: string): Promise<SlackConversation | null> {
    const key = `${token}|${channel}`;
    let pending = this.infos.get(key);
    if (!pending) {
      pending = this.connection.api
        .call<SlackResponse & { channel: SlackConversation }>('conversations.info', { channel }, token)
        .then((result) => result.channel)
        .catch((error: unknown) => {
          if (isAbsent(error)) return null;
          this.infos.delete(key);
          throw error;
        });
      this.infos.set(key, pending);
    }
    return pending;
  }
}
