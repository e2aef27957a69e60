import { describe, expect, it, type TestFunction } from 'vitest';
import { graphql } from '../../testkit/gql/index.js';
import { PROVIDER_TABLE, useProviderFixture, type ProviderFixture } from '../../testkit/providers/table.js';

const Page = graphql(`
  query Page($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $around: ID) {
    channel(id: $id) {
      messages(first: $first, after: $after, last: $last, before: $before, around: $around) {
        edges { cursor node { id createdAt } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`);

const Replies = graphql(`
  query Replies($id: ID!, $last: Int) {
    message(id: $id) { children(last: $last) { nodes { id } } }
  }
`);

describe.each(PROVIDER_TABLE)('channel message pages on $name', (entry) => {
  let f: ProviderFixture;
  useProviderFixture(entry, (fixture) => {
    f = fixture;
  });

  const page = async (variables: Record<string, unknown>) => {
    const result = await f.app.gql(f.key.alice, Page, { id: f.channel.general, ...variables });
    return result;
  };

  /** A case about backward or centred pages: skipped, saying why, where the platform pages forward only. */
  const itPagesBackward = (name: string, fn: TestFunction) =>
    entry.rules.channelPagesForwardOnly ? it.skip(`${name} (skipped: ${entry.name} pages channel timelines forward only)`, fn) : it(name, fn);

  it('walking first/after visits every message once, newest first, until hasNextPage is false', async () => {
    const seen: string[] = [];
    const times: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result = await page({ first: 40, after });
      const connection = result.data!.channel!.messages;
      seen.push(...connection.edges.map((edge) => edge.node.id));
      times.push(...connection.edges.map((edge) => edge.node.createdAt));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor ?? null;
    }
    expect(seen.length).toBeGreaterThan(60);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...times].sort().reverse()).toEqual(times);
  });

  itPagesBackward('last/before returns the messages just newer than the cursor, still newest first', async () => {
    const all = (await page({ first: 10 })).data!.channel!.messages.edges;
    const result = await page({ last: 3, before: all[6].cursor });
    const connection = result.data!.channel!.messages;
    expect(connection.edges.map((edge) => edge.node.id)).toEqual(all.slice(3, 6).map((edge) => edge.node.id));
    expect(connection.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  itPagesBackward('around centres the page on one message (scroll-to-message)', async () => {
    const all = (await page({ first: 20 })).data!.channel!.messages.edges;
    const anchor = all[10].node.id;
    const connection = (await page({ first: 5, around: anchor })).data!.channel!.messages;
    expect(connection.edges.map((edge) => edge.node.id)).toEqual(all.slice(8, 13).map((edge) => edge.node.id));
    expect(connection.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  if (entry.rules.channelPagesForwardOnly) {
    it('where the platform pages forward only, last/before and around answer UNSUPPORTED rather than a wrong page', async () => {
      const all = (await page({ first: 10 })).data!.channel!.messages.edges;
      for (const variables of [{ last: 3, before: all[6].cursor }, { first: 5, around: all[5].node.id }]) {
        const result = await page(variables);
        expect(result.data?.channel ?? null).toBeNull();
        expect(result.errors?.[0]).toMatchObject({ message: expect.stringMatching(/ forward only \(first\/after\)/), extensions: { code: 'UNSUPPORTED' } });
      }
    });
  }

  it('a page size outside 1…100 is a VALIDATION_ERROR naming the argument and the value', async () => {
    const tooBig = await page({ first: 500 });
    expect(tooBig.errors?.[0]).toMatchObject({
      message: 'first must be between 1 and 100, got 500.',
      extensions: { code: 'VALIDATION_ERROR' },
    });
    const zero = await page({ last: 0 });
    expect(zero.errors?.[0].message).toBe('last must be between 1 and 100, got 0.');
  });

  it('mixing directions and a foreign cursor are VALIDATION_ERRORs', async () => {
    const mixed = await page({ first: 2, last: 2 });
    expect(mixed.errors?.[0].message).toBe('Use first/after or last/before, not both.');
    const forged = await page({ first: 2, after: 'bm90IGEgY3Vyc29y' });
    expect(forged.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION_ERROR' } });
    // Well-formed JSON with values that are not a position must not reach SQL as a cast error.
    const tampered = Buffer.from(JSON.stringify(['yesterday', 'not-a-uuid'])).toString('base64url');
    const result = await page({ first: 2, after: tampered });
    expect(result.errors?.[0]).toMatchObject({ message: `Cursor "${tampered}" is not a valid cursor.`, extensions: { code: 'VALIDATION_ERROR' } });
  });

  it('reply lists read forward only; asking for last is UNSUPPORTED rather than an empty page', async () => {
    const root = (await page({ first: 1 })).data!.channel!.messages.edges[0].node.id;
    const result = await f.app.gql(f.key.alice, Replies, { id: root, last: 2 });
    expect(result.errors?.[0]).toMatchObject({
      message: 'This list can only be read forward (first/after).',
      extensions: { code: 'UNSUPPORTED' },
    });
  });
});
