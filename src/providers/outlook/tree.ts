/**
 * Who answered whom inside one conversation, from Message-ID, In-Reply-To and References. This is the seam
 * for the provider-neutral reply tree of the email kit (src/providers/kit/email/reply-tree.ts, shared with
 * Gmail), which replaces this interim rule once it is on main. The rule: a message's parent is the message
 * its In-Reply-To names, else the nearest ancestor its References name (last first), when that message is in
 * the conversation; otherwise the conversation's first message (unless it is that message). A Message-ID
 * seen twice (a mail to oneself: the Sent Items and Inbox copies) names its first copy. Cycles are broken by
 * never taking a parent that comes later in the conversation's order.
 */

export interface TreeInput {
  id: string;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
}

/** Parent id of each message (null for roots); `items` are the conversation oldest first. */
export function parentsOf(items: readonly TreeInput[]): Map<string, string | null> {
  const byMessageId = new Map<string, { id: string; index: number }>();
  items.forEach((item, index) => {
    if (item.messageId && !byMessageId.has(item.messageId)) byMessageId.set(item.messageId, { id: item.id, index });
  });
  const parents = new Map<string, string | null>();
  items.forEach((item, index) => {
    const candidates = [item.inReplyTo, ...[...item.references].reverse()].filter((value): value is string => !!value && value !== item.messageId);
    const found = candidates.map((candidate) => byMessageId.get(candidate)).find((entry) => entry !== undefined && entry.index < index && entry.id !== item.id);
    const referencesSomething = candidates.length > 0;
    parents.set(item.id, found ? found.id : referencesSomething && index > 0 ? items[0].id : null);
  });
  return parents;
}

/** Message-ids of a References header, in order. */
export function referencesOf(value: string | null | undefined): string[] {
  return value ? (value.match(/<[^<>\s]+>/g) ?? []) : [];
}
