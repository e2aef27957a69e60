import { graphql } from './gql/index.js';

/**
 * Documents that tests and benchmarks share, so that a benchmark measures exactly what a test pins.
 */

/** The thread-tree query: channels → messages → whole reply trees → authors and reactors (test/graphql/thread-tree.test.ts). */
export const ThreadTreeByDescendants = graphql(`
  query ThreadTreeByDescendants($workspaceId: ID!) {
    workspace(id: $workspaceId) {
      channels(first: 20) {
        nodes {
          messages(first: 20) {
            nodes {
              id
              author { name }
              reactions { emoji count users { name } }
              descendants(first: 100) {
                nodes { id parent { id } author { name } reactions { emoji count users { name } } }
              }
            }
          }
        }
      }
    }
  }
`);

/** The unified inbox: the newest 50 messages of every workspace, with what a list shows of each. */
export const BenchInbox = graphql(`
  query BenchInbox {
    messages(first: 50) {
      nodes {
        id
        text
        createdAt
        workspace { name }
        channel { name }
        author { name }
        reactions { emoji count users { name } }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
