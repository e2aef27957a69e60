/**
 * The tabs GraphiQL opens on a first visit: one per thing a frontend does first. GraphiQL names each tab after
 * its operation. test/http/graphiql-assets.test.ts validates every one against the schema.
 */

/** The first tab: a channel page with whole reply trees, in one request. */
export const EXAMPLE_QUERY = `# Welcome to Switchboard. The Authorization header below is a demo key (see README).
# A channel page with whole reply trees, authors and reactions, in one request.
# The other tabs: reply, live events, search, unreads, scheduled messages.
query ThreadTrees {
  viewer { name }
  workspaces {
    id
    name
    capabilities { threadModel }
    channels(first: 5) {
      nodes {
        id
        name
        messages(first: 5) {
          nodes {
            id
            text
            author { name handle }
            reactions { emoji count viewerHasReacted }
            replyCount
            descendants(first: 50) {
              nodes { id text author { name } parent { id } }
            }
          }
        }
      }
    }
  }
}
`;

const REPLY = `# Reply at any depth: copy a channel id and a message id (any reply of a tree) from the
# ThreadTrees tab into the variables below, then run Reply. The idempotency key makes a retry safe.
mutation Reply($channelId: ID!, $parentId: ID!) {
  sendMessage(input: { channelId: $channelId, parentId: $parentId, markdown: "On it, @bob", idempotencyKey: "graphiql-reply-1" }) {
    message { id text parent { id } threadRoot { id } mentions { name } }
    userErrors { code message field }
  }
}

mutation React($messageId: ID!) {
  addReaction(input: { messageId: $messageId, emoji: "👍" }) {
    message { reactions { emoji count viewerHasReacted } }
    userErrors { code message }
  }
}
`;

const LIVE = `# Live events over server-sent events (this GraphiQL) or graphql-ws. Run it, then send a message
# from another tab: it appears here. Pass the last cursor as after: "…" to resume without gaps.
subscription LiveEvents {
  events(filter: { types: [MESSAGE_CREATED, MESSAGE_UPDATED, REACTION_ADDED, REACTION_REMOVED] }) {
    cursor
    type
    occurredAt
    channel { name }
    actor { name }
    emoji
    message { id text author { name } parent { id } }
  }
}
`;

const SEARCH = `# Full-text search with highlights and the messages around each hit.
query Search($workspaceId: ID!) {
  workspace(id: $workspaceId) {
    search(query: "deploy staging", first: 10) {
      totalCount
      hasMore
      nodes {
        score
        highlights
        message { id text author { name } channel { name } createdAt }
        context { text author { name } }
      }
    }
  }
}
`;

const UNREADS = `# What the viewer has not read yet: channels with unread messages, and followed threads with new replies.
query Unreads {
  workspaces {
    name
    unreads(first: 20) {
      nodes { channel { id name } unreadCount messages(first: 10) { nodes { id text author { name } } } }
    }
    threads(first: 10, filter: { unreadOnly: true }) {
      unreadThreadCount
      nodes { root { id text channel { name } } unreadReplyCount latestReplies(last: 3) { text author { name } } }
    }
  }
}
`;

const SCHEDULED = `# Messages written now and sent later. List yours, or schedule one (scheduledFor: a time in the future).
query Scheduled {
  workspaces {
    name
    scheduledMessages(first: 20) { nodes { id text scheduledFor status channel { name } } }
  }
}

mutation Schedule($channelId: ID!, $at: DateTime!) {
  scheduleMessage(input: { channelId: $channelId, markdown: "Standup moves to 10:30, @bob", scheduledFor: $at }) {
    scheduledMessage { id status scheduledFor }
    userErrors { code message field }
  }
}
`;

export interface ExampleTab {
  query: string;
  variables: string;
}

const variables = (value: Record<string, string>) => JSON.stringify(value, null, 2);

export const EXAMPLE_TABS: readonly ExampleTab[] = [
  { query: EXAMPLE_QUERY, variables: '' },
  { query: REPLY, variables: variables({ channelId: 'a Channel.id from ThreadTrees', parentId: 'a Message.id from ThreadTrees', messageId: 'a Message.id' }) },
  { query: LIVE, variables: '' },
  { query: SEARCH, variables: variables({ workspaceId: 'a Workspace.id from ThreadTrees' }) },
  { query: UNREADS, variables: '' },
  { query: SCHEDULED, variables: variables({ channelId: 'a Channel.id from ThreadTrees', at: 'a time in the future (at most 120 days ahead), as an ISO 8601 date-time with a time zone' }) },
];
