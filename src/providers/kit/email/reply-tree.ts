import type { MessageRecord } from '../../model.js';

/**
 * Reply trees for mail. Outlook groups a conversation by `conversationId` and Gmail by `threadId`, both
 * flat; the headers say who answered whom. This module turns the messages of ONE conversation into parent
 * links, provider-neutral, so both mail providers draw the same tree from the same headers.
 *
 * The rules, in order (the unit tests pin each):
 * 1. Messages are ordered by date, oldest first (ties by id, so the order never depends on input order).
 *    The oldest is the ROOT: no parent, `threadRootId` null. Everything else is below it.
 * 2. A message's parent is the message its `In-Reply-To` names (the first id there that is present).
 * 3. Else the nearest ancestor it references that is present: `References` read from last (the direct
 *    parent) to first (the thread's start). A missing middle message thus hangs its replies on the last
 *    present message before the gap.
 * 4. Else the root (a reply whose parents all left the mailbox, or mail with no headers at all).
 * 5. Duplicated Message-IDs (the same mail in Sent and Inbox, or again from a mailing list): the first by
 *    date owns the id, and every reference to the id means it. A later duplicate hangs directly under
 *    the first (it is shown, and its relation is plain), and nothing else can hang under it.
 * 6. Subjects are ignored: a reply that changes the subject stays in the tree.
 * 7. Cycles are never followed. Links to older messages are made first; a message whose wanted parent is
 *    newer (a clock that dated a reply before its parent, headers that name each other) is linked after
 *    them, to the first candidate that closes no loop, else to the root. Every message therefore reaches
 *    the root, and walking up always ends.
 */

/** What the tree needs of one message: its id in the provider and its threading headers. */
export interface ThreadedMail {
  /** The provider's id of the message (the id records carry). */
  id: string;
  /** The Message-ID header (with or without angle brackets); null when absent. */
  messageId: string | null;
  /** The In-Reply-To header as written (one or more `<id>`s); null when absent. */
  inReplyTo: string | null;
  /** The References header as written, or its ids already split; null when absent. */
  references: string | readonly string[] | null;
  /** When it was sent (the Date header, or the provider's received time). */
  date: Date;
  /** A tombstone (deleted, kept for the shape of the tree): counts for hasChildren only. Default false. */
  deleted?: boolean;
  /** The sender's user id, for `threadParticipantIds`. */
  authorId?: string | null;
}

/** The thread fields of MessageRecord, as the tree fills them. */
export type ThreadFields = Pick<MessageRecord, 'parentId' | 'threadRootId' | 'hasChildren' | 'replyCount' | 'lastReplyAt' | 'threadParticipantIds'>;

export interface ReplyTree {
  /** The root's id (the oldest message); null for an empty conversation. */
  readonly rootId: string | null;
  /** Every message id, oldest first (the order of rule 1). */
  readonly order: readonly string[];
  /** The message's parent id; null for the root and for ids not in the conversation. */
  parentOf(id: string): string | null;
  /** The root's id for a reply; null for the root itself and for ids not in the conversation. */
  threadRootOf(id: string): string | null;
  /** Immediate replies, oldest first, tombstones included. */
  childrenOf(id: string): string[];
  /** The whole subtree below the message, flattened, oldest first, tombstones included. */
  descendantsOf(id: string): string[];
  /** Whether anyone replied directly (a tombstone reply counts: it still holds its place). */
  hasChildren(id: string): boolean;
  /** Replies anywhere below, tombstones excluded. */
  replyCount(id: string): number;
  /** The date of the latest reply anywhere below, tombstones excluded; null without one. */
  lastReplyAt(id: string): Date | null;
  /** The MessageRecord thread fields of one message, consistent with the helpers above. */
  fields(id: string): ThreadFields;
}

/**
 * The Message-IDs of a header, in order, normalized (see normalizeMessageId): every `<…>`; a header
 * with no angle brackets at all (some mailers) is read as whitespace-separated ids containing `@`.
 */
export function parseMessageIds(header: string | readonly string[] | null | undefined): string[] {
  if (!header) return [];
  if (typeof header !== 'string') return header.map(normalizeMessageId).filter((id) => id !== '');
  const bracketed = [...header.matchAll(/<([^<>]*)>/g)].map((match) => normalizeMessageId(match[1])).filter((id) => id !== '');
  if (bracketed.length > 0 || header.includes('<')) return bracketed;
  return header.split(/[\s,]+/).filter((token) => token.includes('@')).map(normalizeMessageId);
}

/**
 * A Message-ID as compared here: angle brackets and whitespace removed, lower-cased (ids are opaque, but
 * gateways have been seen to change their case; two ids differing only by case are one message).
 */
export function normalizeMessageId(value: string): string {
  return value.trim().replace(/^<|>$/g, '').trim().toLowerCase();
}

function byDateThenId(a: ThreadedMail, b: ThreadedMail): number {
  return a.date.getTime() - b.date.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Builds the reply tree of one conversation (see the rules above). Ids must be unique; a repeated id is ignored after its first. */
export function buildReplyTree(messages: readonly ThreadedMail[]): ReplyTree {
  const seenIds = new Set<string>();
  const ordered = [...messages].sort(byDateThenId).filter((message) => !seenIds.has(message.id) && seenIds.add(message.id));
  const byId = new Map(ordered.map((message) => [message.id, message]));
  const rootId = ordered[0]?.id ?? null;

  // Rule 5: the first by date owns a Message-ID.
  const owner = new Map<string, string>();
  for (const message of ordered) {
    const messageId = message.messageId ? normalizeMessageId(message.messageId) : '';
    if (messageId && !owner.has(messageId)) owner.set(messageId, message.id);
  }

  const parent = new Map<string, string | null>();
  /** Whether linking `child` under `candidate` would close a loop, over the links made so far. */
  const closesLoop = (child: string, candidate: string): boolean => {
    const seen = new Set<string>();
    for (let at: string | null | undefined = candidate; at != null && !seen.has(at); at = parent.get(at)) {
      if (at === child) return true;
      seen.add(at);
    }
    return false;
  };

  const position = new Map(ordered.map((message, index) => [message.id, index]));
  /** The messages a message's headers name, most wanted first, as ids of present messages (rules 2, 3, 5). */
  const candidatesOf = (message: ThreadedMail): string[] => {
    const messageId = message.messageId ? normalizeMessageId(message.messageId) : '';
    const own = owner.get(messageId);
    const named =
      own !== undefined && own !== message.id
        ? [messageId] // a later duplicate: under the first (rule 5)
        : [...parseMessageIds(message.inReplyTo), ...parseMessageIds(message.references).reverse()];
    return named.flatMap((id) => {
      const candidate = owner.get(id);
      return candidate === undefined || candidate === message.id ? [] : [candidate];
    });
  };

  // First pass, oldest first: a message whose best candidate is older takes it (no loop is possible, the
  // parent being placed already). One whose best candidate is newer (headers that loop, skewed clocks)
  // waits for the second pass, so that links to older messages are made first.
  const waiting: ThreadedMail[] = [];
  for (const message of ordered) {
    if (message.id === rootId) {
      parent.set(message.id, null);
      continue;
    }
    const best = candidatesOf(message)[0];
    if (best !== undefined && position.get(best)! > position.get(message.id)!) waiting.push(message);
    else parent.set(message.id, best ?? rootId!); // rule 4 when nothing is named
  }
  for (const message of waiting) {
    const usable = candidatesOf(message).find((candidate) => !closesLoop(message.id, candidate)); // rule 7
    parent.set(message.id, usable ?? rootId!);
  }

  const children = new Map<string, string[]>();
  for (const message of ordered) {
    const parentId = parent.get(message.id);
    if (parentId != null) children.set(parentId, [...(children.get(parentId) ?? []), message.id]);
  }

  const descendantsOf = (id: string): string[] => {
    const below: string[] = [];
    const stack = [...(children.get(id) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      below.push(next);
      stack.push(...(children.get(next) ?? []));
    }
    return below.sort((a, b) => byDateThenId(byId.get(a)!, byId.get(b)!));
  };
  const liveBelow = (id: string) => descendantsOf(id).map((replyId) => byId.get(replyId)!).filter((reply) => !reply.deleted);

  const tree: ReplyTree = {
    rootId,
    order: ordered.map((message) => message.id),
    parentOf: (id) => parent.get(id) ?? null,
    threadRootOf: (id) => (byId.has(id) && id !== rootId ? rootId : null),
    childrenOf: (id) => [...(children.get(id) ?? [])],
    descendantsOf,
    hasChildren: (id) => (children.get(id)?.length ?? 0) > 0,
    replyCount: (id) => liveBelow(id).length,
    lastReplyAt: (id) => {
      const live = liveBelow(id);
      return live.length === 0 ? null : live[live.length - 1].date;
    },
    fields: (id) => {
      const live = liveBelow(id);
      return {
        parentId: tree.parentOf(id),
        threadRootId: tree.threadRootOf(id),
        hasChildren: tree.hasChildren(id),
        replyCount: live.length,
        lastReplyAt: live.length === 0 ? null : live[live.length - 1].date,
        threadParticipantIds: [...new Set(live.flatMap((reply) => (reply.authorId ? [reply.authorId] : [])))].sort(),
      };
    },
  };
  return tree;
}
