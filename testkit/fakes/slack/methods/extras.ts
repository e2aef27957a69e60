import { compareTs, MAX_PINS_PER_CHANNEL, SlackApiError, type FakeMessage, type FakeSlackWorkspace } from '../workspace.js';
import { messageContent, replyTarget } from './chat.js';
import {
  booleanParam,
  canSee,
  decodeCursor,
  encodeCursor,
  intParam,
  requireMessage,
  requireScope,
  requireUserToken,
  stringParam,
  visibleConversation,
  writableConversation,
  type MethodTable,
} from './support.js';

/** How far ahead chat.scheduleMessage accepts a post_at (time_too_far beyond). */
const MAX_SCHEDULE_AHEAD_SECONDS = 120 * 24 * 3600;
/** Slack marks search matches with these private-use characters when `highlight` is true. */
const HIGHLIGHT_START = '\ue000';
const HIGHLIGHT_END = '\ue001';

/** pins.*, search.messages and scheduled messages: what the pins/search/scheduling work builds on. */
export const extraMethods: MethodTable = {
  'pins.add': (call) => {
    requireScope(call, 'pins:write');
    const conversation = visibleConversation(call);
    if (!conversation.members.includes(call.caller.userId)) throw new SlackApiError('not_in_channel');
    const message = requireMessage(call, conversation, 'timestamp', 'bad_timestamp');
    const pins = call.workspace.pins.filter((pin) => pin.channel === conversation.id);
    if (pins.some((pin) => pin.ts === message.ts)) throw new SlackApiError('already_pinned');
    if (pins.length >= MAX_PINS_PER_CHANNEL) throw new SlackApiError('too_many_pins');
    call.workspace.pins.push({ channel: conversation.id, ts: message.ts, created: call.workspace.nowSeconds(), createdBy: call.caller.userId });
    return {};
  },

  'pins.remove': (call) => {
    requireScope(call, 'pins:write');
    const conversation = visibleConversation(call);
    const message = requireMessage(call, conversation, 'timestamp', 'bad_timestamp');
    const index = call.workspace.pins.findIndex((pin) => pin.channel === conversation.id && pin.ts === message.ts);
    if (index < 0) throw new SlackApiError('no_pin');
    call.workspace.pins.splice(index, 1);
    return {};
  },

  'pins.list': (call) => {
    requireScope(call, 'pins:read');
    const conversation = visibleConversation(call);
    const items = call.workspace.pins
      .filter((pin) => pin.channel === conversation.id)
      // Most recently pinned first, also within one second (`created` has whole seconds only).
      .reverse()
      .sort((a, b) => b.created - a.created)
      .flatMap((pin) => {
        const message = call.workspace.findMessage(pin.channel, pin.ts);
        if (!message) return [];
        return [
          {
            type: 'message',
            channel: pin.channel,
            created: pin.created,
            created_by: pin.createdBy,
            message: { ...call.workspace.messageJson(message), permalink: call.workspace.permalink(pin.channel, pin.ts) },
          },
        ];
      });
    return { items };
  },

  /**
   * Full-text search over what the user can see (public channels and its own conversations, replies
   * included). Understands words and "quoted phrases" (all must appear, ignoring case) and the modifiers
   * in:#channel / in:<#C…> / in:C…, from:@name / from:<@U…> / from:me, after:, before: and on: (YYYY-MM-DD, UTC).
   */
  'search.messages': (call) => {
    requireUserToken(call);
    requireScope(call, 'search:read');
    const query = stringParam(call, 'query');
    if (query === null) throw new SlackApiError('no_query');
    const count = Math.min(intParam(call, 'count', 20, 1, Number.MAX_SAFE_INTEGER), 100);
    const page = intParam(call, 'page', 1, 1, 100, 'invalid_page');
    const sort = stringParam(call, 'sort') === 'timestamp' ? 'timestamp' : 'score';
    const ascending = stringParam(call, 'sort_dir') === 'asc';
    const highlight = booleanParam(call, 'highlight');
    const parsed = parseQuery(call.workspace, query, call.caller.userId);

    const scored: Array<{ message: FakeMessage; score: number }> = [];
    for (const conversation of call.workspace.conversations.values()) {
      if (!canSee(conversation, call.caller.userId)) continue;
      if (parsed.channels && !parsed.channels.has(conversation.id)) continue;
      for (const message of call.workspace.channelMessages(conversation.id)) {
        if (message.subtype === 'tombstone') continue;
        const score = matchScore(message, parsed);
        if (score > 0) scored.push({ message, score });
      }
    }
    const direction = ascending ? 1 : -1;
    scored.sort((a, b) =>
      sort === 'score'
        ? b.score - a.score || compareTs(b.message.ts, a.message.ts)
        : direction * compareTs(a.message.ts, b.message.ts),
    );
    const total = scored.length;
    const pages = Math.max(1, Math.ceil(total / count));
    const slice = scored.slice((page - 1) * count, page * count);
    const matches = slice.map(({ message }) => matchJson(call.workspace, message, highlight ? parsed.words : []));
    return {
      query,
      messages: {
        matches,
        pagination: {
          first: total ? (page - 1) * count + 1 : 0,
          last: (page - 1) * count + slice.length,
          page,
          page_count: pages,
          per_page: count,
          total_count: total,
        },
        paging: { count, page, pages, total },
        total,
      },
    };
  },

  'chat.scheduleMessage': (call) => {
    requireScope(call, 'chat:write');
    const conversation = writableConversation(call);
    const postAtRaw = stringParam(call, 'post_at');
    if (postAtRaw === null || !/^\d+$/.test(postAtRaw)) throw new SlackApiError('invalid_time');
    const postAt = Number(postAtRaw);
    const now = call.workspace.nowSeconds();
    if (postAt <= now) throw new SlackApiError('time_in_past');
    if (postAt > now + MAX_SCHEDULE_AHEAD_SECONDS) throw new SlackApiError('time_too_far');
    const { text } = messageContent(call);
    const threadTs = replyTarget(call, conversation);
    const scheduled = {
      id: call.workspace.nextId('Q'),
      channel: conversation.id,
      postAt,
      dateCreated: now,
      text,
      threadTs,
      replyBroadcast: threadTs !== null && booleanParam(call, 'reply_broadcast'),
      userId: call.caller.userId,
      tokenKind: call.caller.kind,
    };
    call.workspace.scheduled.push(scheduled);
    const author = call.workspace.users.get(call.caller.userId);
    return {
      channel: conversation.id,
      scheduled_message_id: scheduled.id,
      post_at: String(postAt),
      message: {
        type: 'delayed_message',
        text,
        user: call.caller.userId,
        ...(call.caller.kind === 'bot' && author?.botId ? { bot_id: author.botId, subtype: 'bot_message' } : {}),
        team: call.workspace.teamId,
      },
    };
  },

  'chat.scheduledMessages.list': (call) => {
    const channel = stringParam(call, 'channel');
    if (channel !== null) {
      const conversation = call.workspace.conversations.get(channel);
      if (!conversation || !canSee(conversation, call.caller.userId)) throw new SlackApiError('invalid_channel');
    }
    const latest = stringParam(call, 'latest');
    const oldest = stringParam(call, 'oldest');
    const limit = intParam(call, 'limit', 100, 1, 1000);
    const after = decodeCursor(call, 'scheduled');
    const pending = call.workspace.scheduled
      .filter((item) => item.userId === call.caller.userId && (channel === null || item.channel === channel))
      .filter((item) => (latest === null || item.postAt <= Number(latest)) && (oldest === null || item.postAt >= Number(oldest)))
      .sort((a, b) => a.postAt - b.postAt || a.id.localeCompare(b.id));
    let start = 0;
    if (after !== null) {
      start = pending.findIndex((item) => item.id === after);
      if (start < 0) throw new SlackApiError('invalid_cursor');
    }
    const page = pending.slice(start, start + limit);
    const next = pending[start + limit];
    return {
      scheduled_messages: page.map((item) => ({
        id: item.id,
        channel_id: item.channel,
        post_at: item.postAt,
        date_created: item.dateCreated,
        text: item.text,
      })),
      response_metadata: { next_cursor: next ? encodeCursor('scheduled', next.id) : '' },
    };
  },

  'chat.deleteScheduledMessage': (call) => {
    requireScope(call, 'chat:write');
    const conversation = visibleConversation(call);
    const id = stringParam(call, 'scheduled_message_id');
    const index = call.workspace.scheduled.findIndex(
      (item) => item.id === id && item.channel === conversation.id && item.userId === call.caller.userId,
    );
    if (index < 0) throw new SlackApiError('invalid_scheduled_message_id');
    call.workspace.scheduled.splice(index, 1);
    return {};
  },
};

/**
 * Posts every scheduled message whose time has come (by the workspace clock). The server calls this before
 * each request, so a test advances its clock and the next call sees the message posted.
 */
export function deliverScheduled(workspace: FakeSlackWorkspace): FakeMessage[] {
  const now = workspace.nowSeconds();
  const due = workspace.scheduled.filter((item) => item.postAt <= now).sort((a, b) => a.postAt - b.postAt);
  const posted: FakeMessage[] = [];
  for (const item of due) {
    workspace.scheduled.splice(workspace.scheduled.indexOf(item), 1);
    const conversation = workspace.conversations.get(item.channel);
    // A channel archived or left in the meantime drops the message, as Slack does.
    if (!conversation || conversation.isArchived || !conversation.members.includes(item.userId)) continue;
    const author = workspace.users.get(item.userId);
    posted.push(
      workspace.addMessage(item.channel, {
        user: item.userId,
        botId: item.tokenKind === 'bot' ? (author?.botId ?? null) : null,
        text: item.text,
        threadTs: item.threadTs,
        broadcast: item.replyBroadcast,
      }),
    );
  }
  return posted;
}

interface ParsedQuery {
  words: string[];
  channels: Set<string> | null;
  authors: Set<string> | null;
  after: number | null;
  before: number | null;
}

function parseQuery(workspace: FakeSlackWorkspace, query: string, viewerId: string): ParsedQuery {
  const parsed: ParsedQuery = { words: [], channels: null, authors: null, after: null, before: null };
  const add = (set: Set<string> | null, value: string | undefined) => {
    const next = set ?? new Set<string>();
    next.add(value ?? '');
    return next;
  };
  const day = (value: string) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    if (Number.isNaN(time)) throw new SlackApiError('invalid_query');
    return time / 1000;
  };
  for (const match of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    const phrase = match[1];
    const token = match[2];
    if (phrase !== undefined) {
      if (phrase.trim()) parsed.words.push(phrase.toLowerCase());
      continue;
    }
    const modifier = /^(in|from|after|before|on):(.+)$/i.exec(token);
    if (!modifier) {
      parsed.words.push(token.toLowerCase());
      continue;
    }
    const [, key, value] = modifier;
    switch (key.toLowerCase()) {
      case 'in': {
        const id = /^<#([A-Z0-9]+)(\|[^>]*)?>$/.exec(value)?.[1] ?? (/^[CDG][A-Z0-9]+$/.test(value) ? value : undefined);
        const byName = [...workspace.conversations.values()].find((c) => `#${c.name}` === value || c.name === value)?.id;
        parsed.channels = add(parsed.channels, id ?? byName);
        break;
      }
      case 'from': {
        const id =
          value === 'me'
            ? viewerId
            : (/^<@([A-Z0-9]+)(\|[^>]*)?>$/.exec(value)?.[1] ?? (/^[UW][A-Z0-9]+$/.test(value) ? value : undefined));
        const byName = [...workspace.users.values()].find((u) => `@${u.name}` === value || u.name === value)?.id;
        parsed.authors = add(parsed.authors, id ?? byName);
        break;
      }
      case 'after':
        parsed.after = day(value) + 24 * 3600;
        break;
      case 'before':
        parsed.before = day(value);
        break;
      case 'on':
        parsed.after = day(value);
        parsed.before = day(value) + 24 * 3600;
        break;
    }
  }
  return parsed;
}

/** 0 when the message does not match; else how often the words occur (at least 1). */
function matchScore(message: FakeMessage, query: ParsedQuery): number {
  if (query.authors && !query.authors.has(message.user ?? '')) return 0;
  const seconds = Number(message.ts.split('.')[0]);
  if (query.after !== null && seconds < query.after) return 0;
  if (query.before !== null && seconds >= query.before) return 0;
  const text = message.text.toLowerCase();
  let score = 1;
  for (const word of query.words) {
    const occurrences = text.split(word).length - 1;
    if (occurrences === 0) return 0;
    score += occurrences;
  }
  return score;
}

function matchJson(workspace: FakeSlackWorkspace, message: FakeMessage, highlight: string[]): Record<string, unknown> {
  const conversation = workspace.conversations.get(message.channel)!;
  let text = message.text;
  for (const word of highlight) {
    text = text.replace(new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), (hit) => `${HIGHLIGHT_START}${hit}${HIGHLIGHT_END}`);
  }
  return {
    iid: `${message.channel}-${message.ts}`,
    team: workspace.teamId,
    channel: {
      id: conversation.id,
      name: conversation.name,
      is_channel: conversation.kind === 'public' || conversation.kind === 'private',
      is_private: conversation.kind !== 'public',
      is_mpim: conversation.kind === 'mpim',
      is_im: conversation.kind === 'im',
      is_shared: false,
      is_ext_shared: false,
      is_org_shared: false,
      is_pending_ext_shared: false,
      pending_shared: [],
    },
    type: 'message',
    user: message.user,
    username: message.user ? (workspace.users.get(message.user)?.name ?? '') : (message.username ?? ''),
    ts: message.ts,
    text,
    permalink: workspace.permalink(message.channel, message.ts),
  };
}
