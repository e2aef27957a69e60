import { readFileSync } from 'node:fs';
import {
  Kind,
  LoneAnonymousOperationRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import type { TestApp } from '../../testkit/app.js';
import { useDemoApp } from '../../testkit/demo.js';

/**
 * Every ```graphql block of the READMEs is valid against the schema (a block may list several one-line
 * operations, each checked on its own), and the ones that can run as they are (queries without placeholders
 * or variables) run on the demo as alice without errors.
 */

const READMES = ['README.md', 'client/README.md'];

interface Block {
  file: string;
  line: number;
  text: string;
}

function graphqlBlocks(): Block[] {
  return READMES.flatMap((file) => {
    const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    return [...text.matchAll(/^```graphql\n([\s\S]*?)^```$/gm)].map((match) => ({
      file,
      line: text.slice(0, match.index).split('\n').length,
      text: match[1],
    }));
  });
}

/** Each operation of a block as a document of its own, with the block's fragments. */
function operations(document: DocumentNode): DocumentNode[] {
  const fragments = document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION);
  return document.definitions
    .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }));
}

const blocks = graphqlBlocks();
const rules = specifiedRules.filter((rule) => rule !== LoneAnonymousOperationRule);

describe('README GraphQL examples', () => {
  it('finds the examples (one block per feature at least)', () => {
    expect(blocks.length).toBeGreaterThan(15);
  });

  it.each(blocks.map((block) => [`${block.file}:${block.line}`, block] as const))('%s is valid against the schema', (_where, block) => {
    const document = parse(block.text);
    const each = operations(document);
    expect(each.length).toBeGreaterThan(0);
    for (const operation of each) expect(validate(schema, operation, rules).map((error) => error.message)).toEqual([]);
  });

  it('schedules nothing in the past', () => {
    for (const block of blocks) {
      for (const [, date] of block.text.matchAll(/scheduledFor:\s*"([^"]+)"/g)) {
        expect(Date.parse(date), `${block.file}:${block.line} schedules for ${date}`).toBeGreaterThan(Date.now());
      }
    }
  });

  describe('run on the demo as alice', () => {
    let app: TestApp;
    useDemoApp('pglite', (started) => (app = started));

    const runnable = blocks.flatMap((block) =>
      operations(parse(block.text))
        .filter((document) => {
          const operation = document.definitions[0] as OperationDefinitionNode;
          return operation.operation === 'query' && !operation.variableDefinitions?.length && !block.text.includes('…');
        })
        .map((document) => [`${block.file}:${block.line}`, document] as const),
    );

    it('has examples that can run as written', () => {
      expect(runnable.length).toBeGreaterThanOrEqual(4);
    });

    it.each(runnable)('%s answers without errors', async (_where, document) => {
      const result = await app.gql('demo-alice', document);
      expect(result.errors).toBeUndefined();
      expect(result.data).toBeTruthy();
    });

    it('the Unreads example shows the three followed threads with new replies', async () => {
      const unreads = runnable.find(([, document]) => (document.definitions[0] as OperationDefinitionNode).name?.value === 'Unreads');
      expect(unreads).toBeDefined();
      const result = await app.gql('demo-alice', unreads![1]);
      const acme = (result.data as { workspaces: Array<{ name: string; threads: { unreadThreadCount: number; nodes: Array<{ unreadReplyCount: number; hasNewReplies: boolean }> } }> }).workspaces.find(
        (workspace) => workspace.name === 'Acme',
      )!;
      expect(acme.threads.unreadThreadCount).toBe(3);
      expect(acme.threads.nodes.map((thread) => [thread.hasNewReplies, thread.unreadReplyCount])).toEqual([
        [true, 2],
        [true, 2],
        [true, 2],
      ]);
    });
  });
});
