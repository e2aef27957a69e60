import { getNamedType, isLeafType, isObjectType, type GraphQLField, type GraphQLNamedType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { messagePartsOf } from '../../src/schema/message-parts.js';
import { parse } from 'graphql';
import { startTestApp, type TestApp } from '../../testkit/app.js';
import { demoDirectory, type DemoDirectory } from '../../testkit/demo.js';

/**
 * Queries read only the parts of message records they select (src/schema/message-parts.ts, issue 14): a
 * built-in message read for one field must answer that field exactly as a read of every part does. Each
 * field of Message is asked alone and inside a query of every field, for every message of the demo's
 * channels and of their threads (reactions, mentions, attachments, link previews, threads), and the answers
 * must be the same. A field added to Message that reads a part the table does not name fails here.
 */

const messageType = schema.getType('Message');
if (!isObjectType(messageType)) throw new Error('Message is not an object type');

/** A selection of `type`'s leaves, and the ids of its objects, enough to compare answers. */
function selectionOf(type: GraphQLNamedType, depth = 0): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type)) return '{ __typename }';
  const fields = Object.values(type.getFields()).filter((field) => field.args.every((arg) => !arg.type.toString().endsWith('!')));
  const parts = fields.flatMap((field) => {
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [field.name];
    if (depth > 0) return [];
    return [`${field.name} ${selectionOf(named, depth + 1)}`];
  });
  return `{ __typename ${parts.join(' ')} }`;
}

function fieldSelection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  const args = field.args.some((arg) => arg.name === 'first') ? '(first: 5)' : '';
  return `${field.name}${args} ${selectionOf(named)}`;
}

const fields = Object.values(messageType.getFields()).filter((field) => field.args.every((arg) => !arg.type.toString().endsWith('!')));

describe('message records read for the fields a query selects (built-in)', () => {
  let app: TestApp;
  let demo: DemoDirectory;
  let ids: string[];

  beforeAll(async () => {
    app = await startTestApp('pglite');
    demo = await demoDirectory(app);
    const { data, errors } = await app.gql<{ workspace: { channels: { nodes: Array<{ messages: { nodes: Array<{ id: string; descendants: { nodes: Array<{ id: string }> } }> } }> } } }>(
      'demo-alice',
      `query($id: ID!) { workspace(id: $id) { channels(first: 50) { nodes { messages(first: 12) { nodes { id descendants(first: 8) { nodes { id } } } } } } } }`,
      { id: demo.acmeId },
    );
    expect(errors).toBeUndefined();
    ids = data!.workspace.channels.nodes.flatMap((channel) => channel.messages.nodes.flatMap((message) => [message.id, ...message.descendants.nodes.map((reply) => reply.id)]));
  });
  afterAll(() => app?.close());

  it('answers every Message field alone as it does beside every other field', async () => {
    const read = async (selection: string, wanted: string[]) => {
      const answers: Array<Record<string, unknown>> = [];
      // nodes(ids:) takes 100 ids at a time.
      for (let start = 0; start < wanted.length; start += 100) {
        const { data, errors } = await app.gql<{ nodes: Array<Record<string, unknown>> }>(
          'demo-alice',
          `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Message { ${selection} } } }`,
          { ids: wanted.slice(start, start + 100) },
        );
        expect(errors, selection).toBeUndefined();
        answers.push(...data!.nodes);
      }
      return answers;
    };
    const everyField = fields.map(fieldSelection).join('\n');
    // A sample with each part several times, and messages with none: the comparison must prove something.
    const candidates = await read(everyField, ids);
    const having: Array<(message: Record<string, unknown>) => boolean> = [
      (message) => (message.reactions as unknown[]).length > 0,
      (message) => (message.mentions as unknown[]).length > 0,
      (message) => (message.attachments as unknown[]).length > 0,
      (message) => message.linkPreview !== null,
      (message) => (message.replyCount as number) > 0,
      (message) => message.hasChildren === false,
    ];
    const sample = [...new Set(having.flatMap((has) => candidates.filter(has).slice(0, 4).map((message) => message.id as string)))];
    for (const has of having) expect(candidates.some(has)).toBe(true);
    const all = await read(everyField, sample);
    for (const field of fields) {
      const alone = await read(fieldSelection(field), sample);
      expect(alone.map((message) => message[field.name]), field.name).toEqual(all.map((message) => message[field.name]));
    }
  }, 120_000);

  it('narrows queries only: mutations and subscriptions read every part', () => {
    expect(messagePartsOf(parse('{ nodes(ids: []) { id ... on Message { text author { name } } } }'))).toEqual({
      thread: false, hasChildren: false, mentions: false, reactions: false, attachments: false, linkPreview: false,
    });
    expect(messagePartsOf(parse('query { a: node(id: "x") { ...F } } fragment F on Message { n: replyCount reactions { emoji } }'))).toMatchObject({
      thread: true, reactions: true, mentions: false,
    });
    expect(Object.values(messagePartsOf(parse('mutation { deleteMessage(input: { messageId: "x" }) { message { id } } }')))).not.toContain(false);
    expect(Object.values(messagePartsOf(parse('subscription { events { id } }')))).not.toContain(false);
  });

  it('reads a query of text and authors without the costly parts, in the same statements', async () => {
    // The lean read is still one statement per level: narrowing changes columns, never the plan's shape.
    app.takeStatementCount();
    const { errors } = await app.gql('demo-alice', `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Message { id text author { name } } } }`, { ids: ids.slice(0, 100) });
    expect(errors).toBeUndefined();
    // API key, memberships, the messages with the viewer's access to their channels, the authors.
    expect(app.takeStatementCount()).toBe(4);
  });
});
