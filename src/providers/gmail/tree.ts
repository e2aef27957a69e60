/**
 * Who answered whom inside one Gmail thread, from Message-ID, In-Reply-To and References. Interim: the email
 * kit's reply-tree.ts (shared with Outlook) replaces this once it is on main (README, "Not yet"); the rule is
 * the same as Outlook's interim one: a message's parent is the message its In-Reply-To names, else the
 * nearest ancestor its References name (last first), when that message is in the thread and came before it;
 * a message that names a parent not in the thread hangs under the thread's first message; one that names
 * nothing is a root. A Message-ID seen twice (mail to oneself: the SENT and INBOX copies) names its first copy.
 */

export interface TreeInput {
  id: string;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
}

/** Parent id of each message (null for roots); `items` are the thread oldest first. */
export function parentsOf(items: readonly TreeInput[]): Map<string, string | null> {
  const byMessageId = new Map<string, { id: string; index: number }>();
  items.forEach((item, index) => {
    if (item.messageId && !byMessageId.has(item.messageId)) byMessageId.set(item.messageId, { id: item.id, index });
  });
  const parents = new Map<string, string | null>();
  items.forEach((item, index) => {
    const candidates = [item.inReplyTo, ...[...item.references].reverse()].filter((value): value is string => !!value && value !== item.messageId);
    const found = candidates.map((candidate) => byMessageId.get(candidate)).find((entry) => entry !== undefined && entry.index < index && entry.id !== item.id);
    parents.set(item.id, found ? found.id : candidates.length > 0 && index > 0 ? items[0].id : null);
  });
  return parents;
}
