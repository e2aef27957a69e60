/**
 * The three requests of the HTTP benchmark, as GraphQL documents for Switchboard and as paths for the
 * hand-written baseline, which answers the same JSON (`{ "data": … }`) for the same selection.
 */

export const CHANNEL_PAGE = /* GraphQL */ `
  query BenchChannelPage($id: ID!) {
    node(id: $id) {
      ... on Channel {
        id
        name
        messages(first: 50) {
          nodes { id text createdAt replyCount author { id name } reactions { emoji count } }
        }
      }
    }
  }
`;

const level = (inner: string) => `children(first: 10) { nodes { id text createdAt author { id name } ${inner} } }`;

/** A root and four levels of replies, each with its author. */
export const THREAD_TREE = /* GraphQL */ `
  query BenchThreadTree($id: ID!) {
    node(id: $id) {
      ... on Message {
        id text createdAt author { id name }
        ${level(level(level(level(''))))}
      }
    }
  }
`;

export const SEARCH = /* GraphQL */ `
  query BenchSearch($workspaceId: ID!, $query: String!) {
    workspace(id: $workspaceId) {
      search(query: $query, first: 20) {
        totalCount
        nodes { score message { id text createdAt author { id name } channel { id name } } }
      }
    }
  }
`;

export interface BenchRequest {
  name: string;
  /** GraphQL POST body for Switchboard. */
  graphql: { query: string; variables: Record<string, unknown> };
  /** Path on the baseline server. */
  baselinePath: string;
}
