import { Kind, visit, type DocumentNode } from 'graphql';
import { EVERY_PART, type MessageParts } from '../providers/message-parts.js';

/**
 * Which parts of message records (src/providers/message-parts.ts) an operation reads, from its document
 * alone: a part is read when a field that resolves from it is selected anywhere in the document, on any
 * type, in any fragment, under any alias. Over-reading is harmless (a part read for a same-named field of
 * another type costs only time); under-reading is not, so every field of the schema that reads a part is
 * named here — test/graphql/message-parts.test.ts checks each Message field alone against a query of every
 * part. Only queries are narrowed: mutations and subscriptions hand records to code beyond their selection
 * (app-mention events read mentions, a subscription's records serve every subscriber of its class).
 */
const FIELDS_OF_PART: Record<keyof MessageParts, readonly string[]> = {
  thread: ['replyCount', 'lastReplyAt', 'threadParticipants'],
  hasChildren: ['hasChildren'],
  mentions: ['mentions'],
  reactions: ['reactions'],
  // Mail's html signs links to its inline images, which are attachments (src/resolvers/message-html.ts).
  attachments: ['attachments', 'html'],
  linkPreview: ['linkPreview'],
};

const PART_OF_FIELD = new Map(
  (Object.entries(FIELDS_OF_PART) as Array<[keyof MessageParts, readonly string[]]>).flatMap(([part, fields]) =>
    fields.map((field) => [field, part] as const),
  ),
);

const byDocument = new WeakMap<DocumentNode, MessageParts>();

/** The parts `document` reads; every part unless all its operations are queries. Cached per document. */
export function messagePartsOf(document: DocumentNode): MessageParts {
  let parts = byDocument.get(document);
  if (!parts) {
    parts = scan(document);
    byDocument.set(document, parts);
  }
  return parts;
}

function scan(document: DocumentNode): MessageParts {
  const onlyQueries = document.definitions.every(
    (definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'query',
  );
  if (!onlyQueries) return EVERY_PART;
  const parts: MessageParts = { thread: false, hasChildren: false, mentions: false, reactions: false, attachments: false, linkPreview: false };
  visit(document, {
    Field(field) {
      const part = PART_OF_FIELD.get(field.name.value);
      if (part) parts[part] = true;
    },
  });
  return parts;
}
