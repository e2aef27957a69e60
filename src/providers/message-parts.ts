/**
 * The costly parts of a message record, which a request may not read at all (issue 14). A provider told
 * which parts a request reads (`MessagingProvider.forRequest`) may leave the others out of the records it
 * returns to that request: the built-in workspace then skips, per message, a lateral aggregate over the
 * reply tree, three sub-selects and an existence check. A part left out reads as empty (0 replies, no
 * reactions), so only a request that reads none of the part's fields may be given a record without it;
 * `messagePartsOf` (src/schema/message-parts.ts) decides that from the operation's document.
 */
export interface MessageParts {
  /** replyCount, lastReplyAt, threadParticipantIds. */
  thread: boolean;
  hasChildren: boolean;
  mentions: boolean;
  reactions: boolean;
  attachments: boolean;
  linkPreview: boolean;
}

export const EVERY_PART: Readonly<MessageParts> = Object.freeze({
  thread: true,
  hasChildren: true,
  mentions: true,
  reactions: true,
  attachments: true,
  linkPreview: true,
});

export function readsEveryPart(parts: MessageParts): boolean {
  return Object.values(parts).every(Boolean);
}

/** A short stable name of a set of parts (a cache key). */
export function partsKey(parts: MessageParts): string {
  return (Object.keys(EVERY_PART) as Array<keyof MessageParts>).map((name) => (parts[name] ? '1' : '0')).join('');
}
