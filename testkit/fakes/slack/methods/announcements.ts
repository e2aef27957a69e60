import type { FakeMessage, FakeSlackWorkspace } from '../workspace.js';
import { conversationMethods } from './conversations.js';
import { extraMethods } from './extras.js';
import { stringParam, tsParam, type MethodCall, type MethodTable } from './support.js';

/**
 * What Slack adds around pins, search and links, on top of the methods in ./extras.ts and
 * ./conversations.ts (which these wrap):
 *
 * - pins.add posts Slack's system message `pinned_item` ("<@U…> pinned a message to this channel.", with
 *   `item_type: "C"` and the pinned message as `item`), as Slack does for every pin.
 * - search.messages matches carry their neighbours as `previous` / `previous_2` / `next` / `next_2` (the
 *   channel timeline for a message shown there, the thread for a reply kept in it).
 * - Messages whose links Slack unfurled carry the unfurls as `attachments` (`addUnfurl` seeds them: Slack
 *   unfurls asynchronously, so tests say what it found).
 */

interface WorkspaceExtras {
  /** `channel:ts` → unfurl attachments. */
  unfurls: Map<string, Array<Record<string, unknown>>>;
  /** `channel:ts` of a pinned_item message → ts of the message it announces. */
  announced: Map<string, string>;
}

const extrasByWorkspace = new WeakMap<FakeSlackWorkspace, WorkspaceExtras>();

function extrasOf(workspace: FakeSlackWorkspace): WorkspaceExtras {
  let extras = extrasByWorkspace.get(workspace);
  if (!extras) {
    extras = { unfurls: new Map(), announced: new Map() };
    extrasByWorkspace.set(workspace, extras);
  }
  return extras;
}

/** Seeds what Slack's unfurler added to a message: attachments with `from_url`, `title`, `text`… */
export function addUnfurl(workspace: FakeSlackWorkspace, channel: string, ts: string, attachment: Record<string, unknown>): void {
  const { unfurls } = extrasOf(workspace);
  const key = `${channel}:${ts}`;
  unfurls.set(key, [...(unfurls.get(key) ?? []), { id: (unfurls.get(key)?.length ?? 0) + 1, ...attachment }]);
}

/** Adds unfurls and pinned items to the message objects of a response. */
function dressed(workspace: FakeSlackWorkspace, channel: string, messages: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  const { unfurls, announced } = extrasOf(workspace);
  return messages.map((message) => {
    const key = `${channel}:${String(message.ts)}`;
    const attachments = unfurls.get(key);
    const pinnedTs = announced.get(key);
    const pinned = pinnedTs ? workspace.findMessage(channel, pinnedTs) : undefined;
    return {
      ...message,
      ...(attachments ? { attachments } : {}),
      ...(pinnedTs ? { item_type: 'C', item: pinned ? workspace.messageJson(pinned) : { type: 'message', ts: pinnedTs } } : {}),
    };
  });
}

function withDressedMessages(method: 'conversations.history' | 'conversations.replies') {
  return (call: MethodCall) => {
    const result = conversationMethods[method](call);
    const channel = stringParam(call, 'channel') ?? '';
    return { ...result, messages: dressed(call.workspace, channel, result.messages as Array<Record<string, unknown>>) };
  };
}

function contextJson(workspace: FakeSlackWorkspace, message: FakeMessage | undefined): Record<string, unknown> | undefined {
  if (!message) return undefined;
  return {
    type: 'message',
    user: message.user,
    username: message.user ? (workspace.users.get(message.user)?.name ?? '') : (message.username ?? ''),
    ts: message.ts,
    text: message.text,
    iid: `${message.channel}-${message.ts}`,
    permalink: workspace.permalink(message.channel, message.ts),
  };
}

/** The list a match's neighbours come from: its thread for a reply kept there, else the channel timeline. */
function neighbourhood(workspace: FakeSlackWorkspace, message: FakeMessage): FakeMessage[] {
  const visible = (candidate: FakeMessage) => candidate.subtype !== 'tombstone';
  if (!workspace.inTimeline(message) && message.threadTs) {
    const root = workspace.findMessage(message.channel, message.threadTs);
    return root ? [root, ...workspace.repliesOf(root)].filter(visible) : [message];
  }
  return workspace.channelMessages(message.channel).filter((candidate) => workspace.inTimeline(candidate) && visible(candidate));
}

export const announcementMethods: MethodTable = {
  'pins.add': (call) => {
    const result = extraMethods['pins.add'](call);
    const channel = stringParam(call, 'channel')!;
    const pinnedTs = tsParam(call, 'timestamp', 'bad_timestamp')!;
    const announcement = call.workspace.addMessage(channel, {
      user: call.caller.userId,
      subtype: 'pinned_item',
      text: `<@${call.caller.userId}> pinned a message to this channel.`,
    });
    extrasOf(call.workspace).announced.set(`${channel}:${announcement.ts}`, pinnedTs);
    return result;
  },

  'conversations.history': withDressedMessages('conversations.history'),
  'conversations.replies': withDressedMessages('conversations.replies'),

  'search.messages': (call) => {
    const result = extraMethods['search.messages'](call);
    const messages = result.messages as { matches: Array<Record<string, unknown> & { ts: string; channel: { id: string } }> };
    messages.matches = messages.matches.map((match) => {
      const message = call.workspace.findMessage(match.channel.id, match.ts);
      if (!message) return match;
      const list = neighbourhood(call.workspace, message);
      const at = list.indexOf(message);
      const around = (offset: number) => (at < 0 ? undefined : contextJson(call.workspace, list[at + offset]));
      const context = { previous_2: around(-2), previous: around(-1), next: around(1), next_2: around(2) };
      return { ...match, ...Object.fromEntries(Object.entries(context).filter(([, value]) => value !== undefined)) };
    });
    return result;
  },
};
