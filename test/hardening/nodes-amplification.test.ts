import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimateComplexity } from '../../src/http/query-limits.js';
import { schema } from '../../src/schema/index.js';
import type { TestApp } from '../../testkit/app.js';
import { useDemoApp, type DemoDirectory } from '../../testkit/demo.js';

/**
 * Issue 15, item 3: `nodes(ids:)` with many copies of one id multiplied the work of its selection by the list's
 * length while the cost estimate counted the list once. The estimate multiplies by list arguments' lengths, and
 * any list argument longer than 100 is refused before execution.
 */

const TREE = `... on Message { descendants(first: 100) { nodes { id text author { name } } } }`;

describe('nodes(ids:) amplification', () => {
  let app: TestApp;
  let demo: DemoDirectory;
  useDemoApp('pglite', (started, directory) => {
    app = started;
    demo = directory;
  });

  it('refuses more than 100 ids with VALIDATION_ERROR before executing anything', async () => {
    const ids = Array.from({ length: 1500 }, () => demo.channel.general);
    app.takeStatementCount();
    const result = await app.gql('demo-alice', `query Many($ids: [ID!]!) { nodes(ids: $ids) { id ${TREE} } }`, { ids });
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0].extensions?.code).toBe('VALIDATION_ERROR');
    expect(result.errors?.[0].message).toBe('nodes(ids:) takes at most 100 items; got 1,500.');
    // Only the API key lookup ran: no node was loaded.
    expect(app.takeStatementCount()).toBeLessThanOrEqual(1);
  });

  it('refuses a long list written inline, and a long list inside an input object', async () => {
    const inline = `{ nodes(ids: [${Array.from({ length: 101 }, () => JSON.stringify(demo.channel.general)).join(',')}]) { id } }`;
    const result = await app.gql('demo-alice', inline);
    expect(result.errors?.[0]).toMatchObject({ message: 'nodes(ids:) takes at most 100 items; got 101.', extensions: { code: 'VALIDATION_ERROR' } });

    const filter = { channelIds: Array.from({ length: 200 }, () => demo.channel.general) };
    const inbox = await app.gql('demo-alice', 'query Inbox($filter: MessageFilter) { messages(first: 1, filter: $filter) { nodes { id } } }', { filter });
    expect(inbox.errors?.[0]).toMatchObject({
      message: 'messages(filter.channelIds:) takes at most 100 items; got 200.',
      extensions: { code: 'VALIDATION_ERROR' },
    });
  });

  it('multiplies the estimate of a list field by the length of its list argument', () => {
    const document = parse(`query Many($ids: [ID!]!) { nodes(ids: $ids) { id ${TREE} } }`);
    const one = estimateComplexity(schema, document, { ids: ['a'] });
    const hundred = estimateComplexity(schema, document, { ids: Array.from({ length: 100 }, () => 'a') });
    expect(one).toBeGreaterThan(300);
    expect(hundred).toBe(1 + 100 * (one - 1));
  });

  it('refuses 100 copies of an id whose selection is too big as too complex', async () => {
    const ids = Array.from({ length: 100 }, () => demo.channel.general);
    const deep = `... on Channel { messages(first: 100) { nodes { descendants(first: 100) { nodes { id text } } } } }`;
    const result = await app.gql('demo-alice', `query Many($ids: [ID!]!) { nodes(ids: $ids) { id ${deep} } }`, { ids });
    expect(result.errors?.[0].extensions?.code).toBe('VALIDATION_ERROR');
    expect(result.errors?.[0].message).toMatch(/^Query is too complex: estimated 3,0\d\d,\d{3} objects exceeds the limit of 1,000,000\./);
  });

  it('still answers a modest nodes() query', async () => {
    const ids = [demo.channel.general, demo.channel.random];
    const result = await app.gql<{ nodes: Array<{ id: string }> }>('demo-alice', 'query Two($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes.map((node) => node.id)).toEqual(ids);
  });
});
